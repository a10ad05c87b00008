//! Shared output: times for people and for scripts, and the JSON shape of records.

use crate::domain::{Complaint, Member, PointsEntry, ServiceRecord, TierEvent, Timestamp, Visit};
use crate::store::MemberView;
use crate::tr;
use serde_json::{Value, json};

/// Local time for people: "2025-03-21 14:05".
pub fn local(t: Timestamp) -> String {
    t.local().format("%Y-%m-%d %H:%M").to_string()
}

/// UTC time for scripts: RFC 3339.
pub fn iso(t: Timestamp) -> String {
    t.utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// How long ago, short, for ages on the complaint board: "12m", "5h", "3d".
pub fn age(t: Timestamp, now: Timestamp) -> String {
    let mins = ((now.0 - t.0).max(0)) / 60_000;
    if mins < 60 {
        tr!("cli-age-minutes", n = mins)
    } else if mins < 48 * 60 {
        tr!("cli-age-hours", n = mins / 60)
    } else {
        tr!("cli-age-days", n = mins / (24 * 60))
    }
}

/// `s` followed by spaces to fill `width` terminal columns (a Chinese character takes two).
pub fn pad_right(s: &str, width: usize) -> String {
    let w = unicode_width::UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// `s` after spaces that fill `width` terminal columns.
pub fn pad_left(s: &str, width: usize) -> String {
    let w = unicode_width::UnicodeWidthStr::width(s);
    format!("{}{s}", " ".repeat(width.saturating_sub(w)))
}

/// A field for people: "-" when empty.
pub fn or_dash(s: &str) -> &str {
    if s.is_empty() { "-" } else { s }
}

/// One JSON object on a line. JSON escapes the C0 control characters itself; the other
/// characters a terminal would act on (DEL, the C1 controls such as U+009B, characters
/// that reorder text) are written as JSON escapes too (`\u009b`), so the line stays valid
/// JSON holding the data exactly, and a terminal shows it as it is.
pub fn print_json(v: &Value) -> anyhow::Result<()> {
    let risky = |c: char| c.is_control() || crate::domain::validate::is_bidi_control(c);
    let text = v.to_string();
    let text: String = if text.chars().any(risky) {
        text.chars()
            .map(|c| {
                if risky(c) {
                    format!("\\u{:04x}", u32::from(c))
                } else {
                    c.to_string()
                }
            })
            .collect()
    } else {
        text
    };
    out!("{text}");
    Ok(())
}

/// The line for a tier change a check-in or a service brought: "Upgraded to Gold (…)".
pub fn tier_change(event: Option<&TierEvent>) -> anyhow::Result<()> {
    if let Some(e) = event {
        out!(
            "{} ({})",
            crate::catalog::text().tier_headline(e.upgrade, &e.to),
            crate::catalog::text().tier_event_reason(e)
        );
    }
    Ok(())
}

/// A member as JSON; `tier` is the tier now under the program settings.
pub fn member_json(v: &MemberView, tier: &str) -> Value {
    let m: &Member = &v.member;
    json!({
        "id": m.id.to_string(),
        "card": m.card,
        "name": m.name,
        "phone": m.phone,
        "gender": m.gender.label(),
        "birthday": m.birthday.map(|d| d.to_string()),
        "tags": m.tags,
        "alerts": m.alerts,
        "notes": m.notes,
        "marketing_consent": m.marketing_consent,
        "tier": tier,
        "points": v.stats.points,
        "spend": v.stats.spend,
        "visit_count": v.stats.visits,
        "last_visit": v.stats.last_visit.map(iso),
        "open_complaints": v.open_complaints,
        "merged_from": v.merged_from.iter().map(|i| i.to_string()).collect::<Vec<_>>(),
        "created": iso(m.created),
        "updated": iso(m.updated),
    })
}

pub fn visit_json(v: &Visit) -> Value {
    json!({
        "id": v.id.to_string(),
        "member": v.member.map(|m| m.to_string()),
        "party": v.party,
        "location": v.location,
        "staff": v.staff,
        "at": iso(v.at),
    })
}

pub fn service_json(s: &ServiceRecord) -> Value {
    json!({
        "id": s.id.to_string(),
        "member": s.member.to_string(),
        "items": s.items,
        "staff": s.staff,
        "amount": s.amount.to_string(),
        "amount_minor": s.amount.0,
        "list_price_minor": s.list_price.0,
        "payments": s.payments.iter().map(|p| json!({
            "method": p.method,
            "amount_minor": p.amount.0,
        })).collect::<Vec<_>>(),
        "points": s.points,
        "at": iso(s.at),
    })
}

pub fn points_json(e: &PointsEntry) -> Value {
    json!({
        "id": e.id.to_string(),
        "member": e.member.to_string(),
        "delta": e.delta,
        "kind": e.kind.label(),
        "reason": e.reason,
        "operator": e.operator,
        "source": e.source.map(|s| s.to_string()),
        "at": iso(e.at),
    })
}

pub fn complaint_json(c: &Complaint) -> Value {
    json!({
        "id": c.id.to_string(),
        "member": c.member.map(|m| m.to_string()),
        "visit": c.visit.map(|m| m.to_string()),
        "category": c.category.label(),
        "severity": c.severity.label(),
        "description": c.description,
        "assignee": c.assignee,
        "status": c.status.label(),
        "resolution": c.resolution,
        "compensation": c.compensation,
        "created": iso(c.created),
        "updated": iso(c.updated),
        "history": c.history.iter().map(|e| json!({
            "at": iso(e.at),
            "operator": e.operator,
            "status": e.status.map(|s| s.label()),
            "note": e.note,
        })).collect::<Vec<_>>(),
    })
}
