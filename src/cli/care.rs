//! `frontdesk care birthdays|lapsing|followups [--json]`.

use super::InWords;
use super::output::{self, local};
use crate::desk::Desk;
use crate::domain::phone::mask_phone;
use crate::membership::care::{BirthdayRow, FollowupRow, LapsingRow};
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
                "phone": b.phone,
                "date": b.date.to_string(),
                "days_until": b.days_until,
                "turns": b.turns,
                "tier": b.tier,
                "benefit": b.benefit,
            }))?;
        } else {
            let when = match b.days_until {
                0 => "today".to_string(),
                1 => "tomorrow".to_string(),
                n => format!("in {n} days ({})", b.date.format("%a %m-%d")),
            };
            let turns = b.turns.map(|t| format!(", turns {t}")).unwrap_or_default();
            let benefit = if b.benefit.is_empty() {
                String::new()
            } else {
                format!(" · {}", b.benefit)
            };
            out!(
                "{}  {}  {}  {}  birthday {when}{turns}{benefit}",
                b.id,
                b.name,
                mask_phone(&b.phone),
                b.tier
            );
        }
    }
    if rows.is_empty() && !as_json {
        out!("no birthdays today or in the next {days_ahead} days");
    }
    Ok(())
}

fn lapsing(rows: &[LapsingRow], as_json: bool) -> anyhow::Result<()> {
    for l in rows {
        if as_json {
            output::print_json(&json!({
                "id": l.id.to_string(),
                "name": l.name,
                "phone": l.phone,
                "visits": l.visits,
                "last_visit": output::iso(l.last_visit),
                "median_gap_days": l.median_gap_days,
                "days_since": l.days_since,
                "tier": l.tier,
            }))?;
        } else {
            out!(
                "{}  {}  {}  {}  {} visits, usually every {} days; last {} ({} days ago)",
                l.id,
                l.name,
                mask_phone(&l.phone),
                l.tier,
                l.visits,
                l.median_gap_days,
                l.last_visit.local_date(),
                l.days_since
            );
        }
    }
    if rows.is_empty() && !as_json {
        out!("no regular is away for longer than their usual rhythm allows");
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
            out!(
                "{}  {}  {}  resolved {} ({} days ago)  {}",
                c.id,
                f.member_name.as_deref().unwrap_or("(no member)"),
                c.category.label(),
                local(f.resolved_at),
                f.days_since,
                c.description
            );
        }
    }
    if rows.is_empty() && !as_json {
        out!("no follow-up call is due");
    }
    Ok(())
}
