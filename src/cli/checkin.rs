//! `frontdesk checkin ID|--walk-in [--party N] [--at LOCATION] [--staff NAME]`.

use super::{InWords, alerts, output};
use crate::desk::{CheckIn, Desk, DeskError};
use crate::domain::validate;
use crate::tr;
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

pub fn run(desk: &Desk, a: CheckinArgs) -> anyhow::Result<()> {
    let party = validate::party(&a.party)
        .map_err(DeskError::from)
        .in_words()?;
    let member = match &a.member {
        Some(key) => Some(desk.resolve(key).in_words()?.member.id),
        None => None,
    };
    let done = desk
        .check_in(CheckIn {
            member,
            party,
            location: a.location,
            staff: a.staff,
        })
        .in_words()?;
    let line = match &done.member {
        Some(v) => tr!(
            "cli-checked-in",
            name = v.member.name.as_str(),
            id = v.member.id.to_string(),
            party = done.party,
            visit = done.visit.to_string()
        ),
        None => tr!(
            "cli-checked-in-walk-in",
            party = done.party,
            visit = done.visit.to_string()
        ),
    };
    out!("{line}");
    output::tier_change(done.tier_change.as_ref())?;
    if let Some(v) = &done.member {
        if !v.member.alerts.is_empty() {
            out!("{}", tr!("cli-alerts", alerts = alerts(&v.member.alerts)));
        }
        if v.open_complaints > 0 {
            out!("{}", tr!("cli-open-complaints", count = v.open_complaints));
        }
    }
    Ok(())
}
