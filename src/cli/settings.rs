//! `frontdesk settings check [FILE]`: the program a settings file describes, or what is
//! wrong with it (the line and the key).

use crate::domain::loyalty::{Policy, ProgramSettings};
use crate::membership::settings::default_path;
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
            let text = std::fs::read_to_string(p)
                .map_err(|e| anyhow!("the settings file {} could not be read: {e}", p.display()))?;
            let s = ProgramSettings::parse(&text).map_err(|e| {
                anyhow!(
                    "{} is not valid: {}",
                    p.display(),
                    crate::catalog::settings_error(&e)
                )
            })?;
            (s, p.display().to_string())
        }
        None => (
            ProgramSettings::default(),
            "built in: no settings file, so the restaurant example".to_string(),
        ),
    };
    print_summary(&settings, &source)
}

fn print_summary(s: &ProgramSettings, source: &str) -> anyhow::Result<()> {
    out!("{} ({source})", s.program);
    out!(
        "care: birthdays today and {} days ahead; follow-up calls {} days after a complaint is resolved; lapsing after {}% of a regular's usual gap",
        s.care.birthday_days_ahead,
        s.care.followup_after_days,
        s.care.lapsing_factor_percent
    );
    for p in &s.policies {
        print_policy(p)?;
    }
    Ok(())
}

fn print_policy(p: &Policy) -> anyhow::Result<()> {
    out!();
    out!("policy in force from {}:", p.effective_from);
    out!(
        "  earn {} point{} per {} spent, times the tier multiplier",
        p.earn_points,
        if p.earn_points == 1 { "" } else { "s" },
        p.earn_per
    );
    if p.points_lifetime_months == 0 {
        out!("  points never expire");
    } else {
        out!(
            "  points expire {} months after they are earned, oldest first",
            p.points_lifetime_months
        );
    }
    out!("  referral bonus: {} points", p.referral_bonus);
    if !p.birthday_benefit.is_empty() {
        out!("  birthday benefit: {}", p.birthday_benefit);
    }
    let period = if p.tier_period_months == 0 {
        "in all".to_string()
    } else {
        format!("over the last {} months", p.tier_period_months)
    };
    out!("  tiers, by spend or visits {period}:");
    let width = p
        .tiers
        .iter()
        .map(|t| unicode_width::UnicodeWidthStr::width(t.name.as_str()))
        .max()
        .unwrap_or(0);
    for t in &p.tiers {
        let pad = " ".repeat(width - unicode_width::UnicodeWidthStr::width(t.name.as_str()));
        let line = format!(
            "    {}{pad}  {:<28}  x{}.{:02}  {}",
            t.name,
            t.threshold_text(),
            t.multiplier_percent / 100,
            t.multiplier_percent % 100,
            t.benefits
        );
        out!("{}", line.trim_end());
    }
    Ok(())
}
