//! `frontdesk points redeem|adjust|expire`: every change is a ledger entry with who,
//! when and why; the balance never goes below zero.

use super::InWords;
use crate::desk::{AdjustPoints, Desk, RedeemPoints};
use crate::tr;
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

pub fn run(desk: &Desk, cmd: PointsCmd) -> anyhow::Result<()> {
    match cmd {
        PointsCmd::Redeem {
            member,
            points,
            note,
        } => redeem(desk, &member, &points, note),
        PointsCmd::Adjust {
            member,
            delta,
            reason,
        } => adjust(desk, &member, &delta, reason),
        PointsCmd::Expire => expire(desk),
    }
}

fn redeem(desk: &Desk, member: &str, points: &str, note: String) -> anyhow::Result<()> {
    let points = parse_points(points, false)?;
    let member = desk.resolve(member).in_words()?.member.id;
    let r = desk
        .redeem_points(RedeemPoints {
            member,
            points,
            note,
        })
        .in_words()?;
    let line = tr!(
        "cli-points-redeemed",
        points = points,
        name = r.name.as_str(),
        id = r.member.to_string(),
        balance = r.balance
    );
    out!("{line}");
    Ok(())
}

fn adjust(desk: &Desk, member: &str, delta: &str, reason: String) -> anyhow::Result<()> {
    let delta = parse_points(delta, true)?;
    let member = desk.resolve(member).in_words()?.member.id;
    let r = desk
        .adjust_points(AdjustPoints {
            member,
            delta,
            reason,
        })
        .in_words()?;
    let line = tr!(
        "cli-points-adjusted",
        name = r.name.as_str(),
        id = r.member.to_string(),
        points = format!("{delta:+}"),
        balance = r.balance
    );
    out!("{line}");
    Ok(())
}

fn expire(desk: &Desk) -> anyhow::Result<()> {
    let (entries, expired) = desk.expire_points().in_words()?;
    if entries == 0 {
        out!("{}", tr!("cli-points-none-expire"));
    } else {
        let line = tr!("cli-points-expired", points = expired, entries = entries);
        out!("{line}");
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
        let id = if signed {
            "cli-points-not-signed"
        } else {
            "cli-points-not-whole"
        };
        anyhow!(tr!(id, text = t))
    })
}
