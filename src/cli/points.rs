//! `frontdesk points redeem|adjust|expire`: every change is a ledger entry with who,
//! when and why; the balance never goes below zero.

use super::resolve;
use crate::domain::Timestamp;
use crate::domain::loyalty::ProgramSettings;
use crate::membership::points;
use crate::store::Store;
use anyhow::anyhow;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum PointsCmd {
    /// Redeem points against a bill (never more than the balance).
    Redeem {
        /// Member id, card number or full phone number.
        member: String,
        /// How many points.
        points: String,
        /// What they were redeemed for, such as "bill 2025-03-01 table 12".
        #[arg(long, value_name = "TEXT", default_value = "")]
        note: String,
    },
    /// Add or take off points by hand, with a reason.
    Adjust {
        /// Member id, card number or full phone number.
        member: String,
        /// +N to add, -N to take off.
        #[arg(allow_hyphen_values = true, value_name = "+N|-N")]
        delta: String,
        /// Why: required, kept in the ledger.
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
    /// Expire points older than their lifetime, oldest first. Running it again, or on
    /// another desk, writes nothing more.
    Expire,
}

pub fn run(store: &Store, settings: &ProgramSettings, cmd: PointsCmd) -> anyhow::Result<()> {
    let now = Timestamp::now();
    let operator = store.operator()?;
    match cmd {
        PointsCmd::Redeem {
            member,
            points: n,
            note,
        } => {
            let n = parse_points(&n, false)?;
            let v = resolve::member(store, &member)?;
            let note = super::checked_text("note", &note, crate::domain::validate::NOTES_MAX)?;
            let change = points::redeem(v.stats.points, v.member.id, n, &note, &operator, now)
                .map_err(|e| {
                    anyhow!(
                        "{}; nothing was saved",
                        crate::catalog::text().points_error(&e)
                    )
                })?;
            store.commit(vec![change])?;
            out!(
                "redeemed {n} points for {} ({}); balance {}",
                v.member.name,
                v.member.id,
                v.stats.points - n
            );
        }
        PointsCmd::Adjust {
            member,
            delta,
            reason,
        } => {
            let d = parse_points(&delta, true)?;
            let v = resolve::member(store, &member)?;
            let change = points::adjust(v.stats.points, v.member.id, d, &reason, &operator, now)
                .map_err(|e| {
                    anyhow!(
                        "{}; nothing was saved",
                        crate::catalog::text().points_error(&e)
                    )
                })?;
            store.commit(vec![change])?;
            out!(
                "adjusted {} ({}) by {d:+} points; balance {}",
                v.member.name,
                v.member.id,
                v.stats.points + d
            );
        }
        PointsCmd::Expire => {
            let (entries, expired) = points::expire(store, settings, now)?;
            if entries == 0 {
                out!("no points are due to expire");
            } else {
                out!("expired {expired} points in {entries} ledger entries");
            }
        }
    }
    Ok(())
}

fn parse_points(text: &str, signed: bool) -> anyhow::Result<i64> {
    let t = text.trim();
    let digits = if signed {
        t.strip_prefix('+').unwrap_or(t)
    } else {
        t
    };
    digits.parse::<i64>().map_err(|_| {
        if signed {
            anyhow!("\"{t}\" is not a number of points; write +50 to add or -50 to take off")
        } else {
            anyhow!("\"{t}\" is not a number of points; write a whole number such as 100")
        }
    })
}
