//! `frontdesk checkin ID|--walk-in [--party N] [--at LOCATION] [--staff NAME]`.

use super::{checked_text, resolve};
use crate::domain::loyalty::ProgramSettings;
use crate::domain::ops::NEW_ID;
use crate::domain::validate::{self, SHORT_MAX};
use crate::domain::{Change, Timestamp, Visit};
use crate::membership::tiers::record_tier_change;
use crate::store::Store;
use anyhow::anyhow;
use clap::Args;

#[derive(Args, Debug)]
pub struct CheckinArgs {
    /// Member id, card number or full phone number.
    #[arg(required_unless_present = "walk_in", conflicts_with = "walk_in")]
    member: Option<String>,
    /// A guest who is not a member.
    #[arg(long)]
    walk_in: bool,
    /// Party size, 1 to 99.
    #[arg(long, default_value = "1", value_name = "N")]
    party: String,
    /// Table, room or chair.
    #[arg(long = "at", value_name = "LOCATION", default_value = "")]
    location: String,
    #[arg(long, value_name = "NAME", default_value = "")]
    staff: String,
}

pub fn run(store: &Store, settings: &ProgramSettings, a: CheckinArgs) -> anyhow::Result<()> {
    let party = validate::party(&a.party).map_err(|e| {
        anyhow!(
            "{}; nothing was saved",
            crate::catalog::text().field_error(&e)
        )
    })?;
    let location = checked_text("location", &a.location, SHORT_MAX)?;
    let staff = checked_text("staff", &a.staff, SHORT_MAX)?;
    let member = match &a.member {
        Some(key) => Some(resolve::member(store, key)?),
        None => None,
    };
    let now = Timestamp::now();
    let visit = Visit {
        id: NEW_ID,
        member: member.as_ref().map(|v| v.member.id),
        party,
        location,
        staff,
        at: now,
    };
    let ops = store.commit(vec![Change::Visit { visit }])?;
    let id = ops.first().map(|op| op.id()).unwrap_or(NEW_ID);
    let who = match &member {
        Some(v) => format!("{} ({})", v.member.name, v.member.id),
        None => "a walk-in".to_string(),
    };
    out!("checked in {who}, party {party}: visit {id}");
    if let Some(v) = &member {
        if let Some(event) = record_tier_change(store, settings, v.member.id, now)? {
            out!(
                "{} ({})",
                crate::catalog::text().tier_headline(event.upgrade, &event.to),
                crate::catalog::text().tier_event_reason(&event)
            );
        }
        if !v.member.alerts.is_empty() {
            out!("ALERTS: {}", v.member.alerts.join("; "));
        }
        if v.open_complaints > 0 {
            out!("open complaints: {}", v.open_complaints);
        }
    }
    Ok(())
}
