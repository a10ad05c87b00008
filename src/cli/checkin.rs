//! `frontdesk checkin ID|--walk-in [--party N] [--at LOCATION] [--staff NAME]`.

use super::{InWords, output};
use crate::desk::{CheckIn, Desk, DeskError};
use crate::domain::validate;
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
    let who = match &done.member {
        Some(v) => format!("{} ({})", v.member.name, v.member.id),
        None => "a walk-in".to_string(),
    };
    out!(
        "checked in {who}, party {}: visit {}",
        done.party,
        done.visit
    );
    output::tier_change(done.tier_change.as_ref())?;
    if let Some(v) = &done.member {
        if !v.member.alerts.is_empty() {
            out!("ALERTS: {}", v.member.alerts.join("; "));
        }
        if v.open_complaints > 0 {
            out!("open complaints: {}", v.open_complaints);
        }
    }
    Ok(())
}
