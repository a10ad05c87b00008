//! `frontdesk settings check [FILE]`: the program a settings file describes, or what is
//! wrong with it (the line and the key).

use super::output::pad_right;
use crate::catalog::Lang;
use crate::domain::loyalty::{Policy, ProgramSettings};
use crate::membership::settings::{SettingsFileError, default_path, read_settings_file};
use crate::tr;
use anyhow::anyhow;
use clap::Subcommand;
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum SettingsCmd {
    /// Read a settings file and print the program it describes (tiers, thresholds, earn
    /// rate, points lifetime), or say what is wrong and where.
    Check {
        /// The file (default: --settings, else settings.toml in the config folder).
        file: Option<PathBuf>,
    },
}

pub fn run(given: Option<&Path>, cmd: SettingsCmd) -> anyhow::Result<()> {
    let SettingsCmd::Check { file } = cmd;
    let path = file
        .or_else(|| given.map(Path::to_path_buf))
        .or_else(|| default_path().filter(|p| p.exists()));
    let (settings, source) = match &path {
        Some(p) => {
            let path = p.display().to_string();
            let text = read_settings_file(p).map_err(|e| match e {
                SettingsFileError::Unreadable { cause, .. } => anyhow!(tr!(
                    "cli-settings-unreadable",
                    path = path.as_str(),
                    error = cause
                )),
                other => anyhow!(crate::catalog::settings_file_error(&other)),
            })?;
            let s = ProgramSettings::parse(&text).map_err(|e| {
                let error = crate::catalog::settings_error(&e);
                anyhow!(tr!(
                    "cli-settings-invalid",
                    path = path.as_str(),
                    error = error
                ))
            })?;
            (s, path)
        }
        None => (ProgramSettings::default(), tr!("cli-settings-built-in")),
    };
    print_summary(&settings, &source)
}

fn print_summary(s: &ProgramSettings, source: &str) -> anyhow::Result<()> {
    out!("{} ({source})", s.program);
    if let Some(code) = &s.language {
        out!("{}", language_line(code));
    }
    let care = tr!(
        "cli-settings-care",
        birthday_days = s.care.birthday_days_ahead,
        followup_days = s.care.followup_after_days,
        lapsing_percent = s.care.lapsing_factor_percent
    );
    out!("{care}");
    let limits = tr!(
        "cli-settings-limits",
        max_bill = s.limits.max_bill.to_string(),
        max_points = s.limits.max_points_adjustment
    );
    out!("{limits}");
    out!(
        "{}",
        tr!("cli-settings-lock", minutes = s.lock_after_minutes)
    );
    for p in &s.policies {
        print_policy(p)?;
    }
    Ok(())
}

/// The `language` the file names, and whether the program speaks it.
fn language_line(code: &str) -> String {
    match Lang::parse(code) {
        Some(l) => tr!(
            "cli-settings-language",
            language = l.messages().fixed("lang-name")
        ),
        None => tr!("cli-settings-language-unknown", code = code),
    }
}

fn print_policy(p: &Policy) -> anyhow::Result<()> {
    out!();
    let from = p.effective_from.to_string();
    out!("{}", tr!("cli-policy-from", date = from));
    let per = p.earn_per.to_string();
    out!(
        "  {}",
        tr!("cli-policy-earn", points = p.earn_points, per = per)
    );
    if p.points_lifetime_months == 0 {
        out!("  {}", tr!("cli-policy-never-expire"));
    } else {
        let months = p.points_lifetime_months;
        out!("  {}", tr!("cli-policy-expire", months = months));
    }
    out!(
        "  {}",
        tr!("cli-policy-referral", points = p.referral_bonus)
    );
    if !p.birthday_benefit.is_empty() {
        let benefit = p.birthday_benefit.as_str();
        out!("  {}", tr!("cli-policy-birthday", benefit = benefit));
    }
    let tiers = match p.tier_period_months {
        0 => tr!("cli-policy-tiers-all"),
        n => tr!("cli-policy-tiers-months", months = n),
    };
    out!("  {tiers}");
    print_tiers(p)
}

/// One line per tier: name, threshold, multiplier, benefits, in columns.
fn print_tiers(p: &Policy) -> anyhow::Result<()> {
    let width = p
        .tiers
        .iter()
        .map(|t| unicode_width::UnicodeWidthStr::width(t.name.as_str()))
        .max()
        .unwrap_or(0);
    for t in &p.tiers {
        let pad = " ".repeat(width - unicode_width::UnicodeWidthStr::width(t.name.as_str()));
        let line = format!(
            "    {}{pad}  {}  x{}.{:02}  {}",
            t.name,
            pad_right(&crate::catalog::threshold(t), 28),
            t.multiplier_percent / 100,
            t.multiplier_percent % 100,
            t.benefits
        );
        out!("{}", line.trim_end());
    }
    Ok(())
}
