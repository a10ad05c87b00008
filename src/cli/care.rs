//! `frontdesk care birthdays|lapsing|followups [--json]`.

use super::InWords;
use super::output::{self, local};
use crate::desk::Desk;
use crate::domain::phone::mask_phone;
use crate::membership::care::{BirthdayRow, FollowupRow, LapsingRow};
use crate::tr;
use chrono::{Datelike, NaiveDate};
use clap::Subcommand;
use serde_json::json;

#[derive(Subcommand, Debug)]
pub enum CareCmd {
    /// Birthdays today and this week, with the birthday benefit.
    Birthdays {
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// Regulars (3 or more visits) away for longer than twice their own usual gap.
    Lapsing {
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// Resolved complaints due their follow-up call.
    Followups {
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(desk: &Desk, cmd: CareCmd) -> anyhow::Result<()> {
    match cmd {
        CareCmd::Birthdays { json } => birthdays(
            &desk.care_birthdays().in_words()?,
            desk.settings.care.birthday_days_ahead,
            json,
        ),
        CareCmd::Lapsing { json } => lapsing(&desk.care_lapsing().in_words()?, json),
        CareCmd::Followups { json } => followups(&desk.care_followups().in_words()?, json),
    }
}

fn birthdays(rows: &[BirthdayRow], days_ahead: u32, as_json: bool) -> anyhow::Result<()> {
    for b in rows {
        if as_json {
            output::print_json(&json!({
                "id": b.id.to_string(),
                "name": b.name,
                "phone": mask_phone(&b.phone),
                "date": b.date.to_string(),
                "days_until": b.days_until,
                "turns": b.turns,
                "tier": b.tier,
                "benefit": b.benefit,
            }))?;
        } else {
            birthday_line(b)?;
        }
    }
    if rows.is_empty() && !as_json {
        out!("{}", tr!("cli-birthdays-none", days = days_ahead));
    }
    Ok(())
}

fn birthday_line(b: &BirthdayRow) -> anyhow::Result<()> {
    let turns = b
        .turns
        .map(|t| tr!("cli-birthday-turns", age = t))
        .unwrap_or_default();
    let benefit = if b.benefit.is_empty() {
        String::new()
    } else {
        format!(" · {}", b.benefit)
    };
    let line = tr!(
        "cli-birthday-row",
        id = b.id.to_string(),
        name = b.name.as_str(),
        phone = mask_phone(&b.phone),
        tier = b.tier.as_str(),
        when = birthday_when(b.days_until, b.date)
    );
    out!("{line}{turns}{benefit}");
    Ok(())
}

/// "today", "tomorrow", "in 3 days (Fri 03-21)".
fn birthday_when(days_until: u32, date: NaiveDate) -> String {
    match days_until {
        0 => tr!("cli-birthday-today"),
        1 => tr!("cli-birthday-tomorrow"),
        n => {
            let day = date.weekday().to_string().to_lowercase();
            tr!(
                "cli-birthday-in-days",
                days = n,
                weekday = tr!("cli-weekday", day = day),
                date = date.format("%m-%d").to_string()
            )
        }
    }
}

fn lapsing(rows: &[LapsingRow], as_json: bool) -> anyhow::Result<()> {
    for l in rows {
        if as_json {
            output::print_json(&json!({
                "id": l.id.to_string(),
                "name": l.name,
                "phone": mask_phone(&l.phone),
                "visits": l.visits,
                "last_visit": output::iso(l.last_visit),
                "median_gap_days": l.median_gap_days,
                "days_since": l.days_since,
                "tier": l.tier,
            }))?;
        } else {
            let line = tr!(
                "cli-lapsing-row",
                id = l.id.to_string(),
                name = l.name.as_str(),
                phone = mask_phone(&l.phone),
                tier = l.tier.as_str(),
                visits = l.visits,
                gap = l.median_gap_days.to_string(),
                last = l.last_visit.local_date().to_string(),
                days = l.days_since
            );
            out!("{line}");
        }
    }
    if rows.is_empty() && !as_json {
        out!("{}", tr!("cli-lapsing-none"));
    }
    Ok(())
}

fn followups(rows: &[FollowupRow], as_json: bool) -> anyhow::Result<()> {
    for f in rows {
        let c = &f.complaint;
        if as_json {
            output::print_json(&json!({
                "complaint": c.id.to_string(),
                "member": c.member.map(|m| m.to_string()),
                "member_name": f.member_name,
                "category": c.category.label(),
                "description": c.description,
                "resolution": c.resolution,
                "resolved_at": output::iso(f.resolved_at),
                "days_since": f.days_since,
            }))?;
        } else {
            let who = match &f.member_name {
                Some(name) => name.clone(),
                None => tr!("cli-no-member"),
            };
            let line = tr!(
                "cli-followup-row",
                id = c.id.to_string(),
                member = who,
                category = crate::catalog::text().category(c.category),
                resolved = local(f.resolved_at),
                days = f.days_since,
                description = c.description.as_str()
            );
            out!("{line}");
        }
    }
    if rows.is_empty() && !as_json {
        out!("{}", tr!("cli-followups-none"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_weekdays_are_chrono_short_names() {
        crate::catalog::set_lang(crate::catalog::Lang::En);
        let monday = NaiveDate::from_ymd_opt(2025, 3, 17).unwrap_or_default();
        for n in 0..7 {
            let d = monday + chrono::Days::new(n);
            let expected = format!("in 5 days ({})", d.format("%a %m-%d"));
            assert_eq!(birthday_when(5, d), expected);
        }
        assert_eq!(birthday_when(0, monday), "today");
        assert_eq!(birthday_when(1, monday), "tomorrow");
    }
}
