//! `frontdesk audit`: who did what, when, on which desk — from the operation log.

use super::{InWords, output};
use crate::catalog::people::audit_action;
use crate::desk::Desk;
use crate::domain::{Op, Timestamp};
use crate::store::AuditFilter;
use crate::tr;
use anyhow::bail;
use clap::Args;
use serde_json::json;

#[derive(Args, Debug)]
pub struct AuditArgs {
    /// Only entries about this member (id, card number or full phone number).
    #[arg(long, value_name = "ID")]
    member: Option<String>,
    /// Only entries made by this operator.
    #[arg(long, value_name = "NAME")]
    operator: Option<String>,
    /// Only entries on or after this day (YYYY-MM-DD, local time).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// The newest this many entries.
    #[arg(long, default_value_t = 200)]
    limit: usize,
    /// One JSON object per line.
    #[arg(long)]
    json: bool,
}

pub fn run(desk: &Desk, a: AuditArgs) -> anyhow::Result<()> {
    let member = match &a.member {
        Some(key) => Some(desk.resolve(key).in_words()?.member.id),
        None => None,
    };
    let since = match &a.since {
        Some(day) => Some(local_day_start(day)?),
        None => None,
    };
    let filter = AuditFilter {
        member,
        operator: a.operator,
        since,
        limit: a.limit,
    };
    let entries = desk.audit(&filter).in_words()?;
    for e in &entries {
        let op = &e.op;
        let action = audit_action(op, e.member.as_deref());
        if a.json {
            output::print_json(&entry_json(op, &action))?;
        } else {
            let at = Timestamp(op.hlc.ms).local().format("%Y-%m-%d %H:%M:%S");
            let desk_id = op.terminal.to_string();
            let line = tr!(
                "cli-audit-row",
                at = at.to_string(),
                desk = short(&desk_id),
                operator = op.operator.as_str(),
                action = action
            );
            out!("{line}");
        }
    }
    if entries.is_empty() && !a.json {
        out!("{}", tr!("cli-audit-none"));
    }
    Ok(())
}

fn entry_json(op: &Op, action: &str) -> serde_json::Value {
    json!({
        "at": output::iso(Timestamp(op.hlc.ms)),
        "desk": op.terminal.to_string(),
        "seq": op.seq,
        "operator": op.operator,
        "member": op.change.member().map(|m| m.to_string()),
        "action": action,
        "kind": serde_json::to_value(&op.change)
            .ok()
            .and_then(|c| c.get("type").cloned()),
    })
}

/// A desk's id as lists show it: its first four hex digits.
fn short(id: &str) -> &str {
    id.get(..4).unwrap_or(id)
}

fn local_day_start(day: &str) -> anyhow::Result<Timestamp> {
    let Ok(date) = chrono::NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d") else {
        bail!(tr!("cli-audit-bad-date", date = day));
    };
    let start = date.and_hms_opt(0, 0, 0).unwrap_or_default();
    match start.and_local_timezone(chrono::Local).earliest() {
        Some(t) => Ok(Timestamp(t.timestamp_millis())),
        None => Ok(Timestamp(start.and_utc().timestamp_millis())),
    }
}
