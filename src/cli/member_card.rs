//! `frontdesk member show`: the member card — profile, alerts, tier and where the member
//! stands, points, and history — as text or one JSON object.

use super::InWords;
use super::output::{self, local, or_dash};
use crate::desk::{Card, Desk};
use crate::domain::Money;
use crate::domain::loyalty::ledger_rows;
use serde_json::json;

/// History rows shown per section; `--json` has all of them.
const SHOW_ROWS: usize = 20;

pub fn show(desk: &Desk, key: &str, as_json: bool) -> anyhow::Result<()> {
    let id = desk.resolve(key).in_words()?.member.id;
    let card = desk.open_card(id).in_words()?;
    if as_json {
        return output::print_json(&card_json(&card));
    }
    profile(&card)?;
    standing(&card)?;
    notes(&card)?;
    history(&card)
}

fn card_json(card: &Card) -> serde_json::Value {
    let h = &card.history;
    let mut obj = output::member_json(&card.view, &card.tier);
    obj["next_expiry"] = match card.next_expiry {
        Some((at, n)) => json!({ "at": output::iso(at), "points": n }),
        None => serde_json::Value::Null,
    };
    obj["tier_history"] = json!(
        h.tiers
            .iter()
            .map(|e| json!({
                "from": e.from,
                "to": e.to,
                "upgrade": e.upgrade,
                "reason": crate::catalog::text().tier_event_reason(e),
                "operator": e.operator,
                "at": output::iso(e.at),
            }))
            .collect::<Vec<_>>()
    );
    obj["visits"] = json!(h.visits.iter().map(output::visit_json).collect::<Vec<_>>());
    obj["services"] = json!(
        h.services
            .iter()
            .map(output::service_json)
            .collect::<Vec<_>>()
    );
    obj["complaints"] = json!(
        h.complaints
            .iter()
            .map(output::complaint_json)
            .collect::<Vec<_>>()
    );
    obj["ledger"] = json!(h.ledger.iter().map(output::points_json).collect::<Vec<_>>());
    obj
}

/// Name, id, card, phone, gender, birthday; tier, points, spend and visits.
fn profile(card: &Card) -> anyhow::Result<()> {
    let v = &card.view;
    let m = &v.member;
    out!("{}  ({})", m.name, m.id);
    let mut facts = vec![
        format!("card {}", or_dash(&m.card)),
        format!("phone {}", m.phone),
    ];
    if m.gender.label() != "-" {
        facts.push(format!("gender {}", m.gender.label()));
    }
    if let Some(b) = m.birthday {
        facts.push(format!("born {b}"));
    }
    out!("{}", facts.join(" · "));
    let last = v
        .stats
        .last_visit
        .map(|t| format!(" (last {})", local(t)))
        .unwrap_or_default();
    out!(
        "tier {} · points {} · spend {} · visits {}{last}",
        card.tier,
        v.stats.points,
        Money(v.stats.spend),
        v.stats.visits
    );
    Ok(())
}

/// What counts toward the tier, the next tier, the benefits, the next points expiry.
fn standing(card: &Card) -> anyhow::Result<()> {
    let s = &card.standing;
    let period = match s.months {
        0 => "in all".to_string(),
        n => format!("in the last {n} months"),
    };
    let next = s
        .next
        .as_ref()
        .map(|(name, threshold)| format!("; next: {name} at {threshold}"))
        .unwrap_or_default();
    out!(
        "counts toward tier: spend {} and {} visits {period}{next}",
        s.spend,
        s.visits
    );
    if !card.benefits.is_empty() {
        out!("benefits: {}", card.benefits);
    }
    if let Some((at, n)) = card.next_expiry {
        out!("next expiry: {n} points on {}", at.local_date());
    }
    Ok(())
}

/// Alerts, tags, notes, consent, dates, open complaints.
fn notes(card: &Card) -> anyhow::Result<()> {
    let v = &card.view;
    let m = &v.member;
    if !m.alerts.is_empty() {
        out!("ALERTS: {}", m.alerts.join("; "));
    }
    if !m.tags.is_empty() {
        out!("tags: {}", m.tags.join(", "));
    }
    if !m.notes.is_empty() {
        out!("notes: {}", m.notes);
    }
    out!(
        "marketing consent: {} · member since {} · updated {}",
        if m.marketing_consent { "yes" } else { "no" },
        m.created.local_date(),
        local(m.updated)
    );
    if v.open_complaints > 0 {
        out!("open complaints: {}", v.open_complaints);
    }
    Ok(())
}

fn history(card: &Card) -> anyhow::Result<()> {
    let h = &card.history;
    section("visits", &h.visits, |x| {
        format!(
            "{}  party {}  {}  {}",
            local(x.at),
            x.party,
            or_dash(&x.location),
            or_dash(&x.staff)
        )
    })?;
    section("services", &h.services, |s| {
        format!(
            "{}  {:>9}  {:+} pts  {}  ({})",
            local(s.at),
            s.amount.to_string(),
            s.points,
            s.items.join(", "),
            or_dash(&s.staff)
        )
    })?;
    section("complaints", &h.complaints, |c| {
        format!(
            "{}  {}  {}/{}  {}  {}",
            c.id,
            local(c.created),
            c.category.label(),
            c.severity.label(),
            c.status.label(),
            c.description
        )
    })?;
    // Newest first, each with the balance after it.
    let mut ledger = ledger_rows(&h.ledger);
    ledger.reverse();
    section("points ledger", &ledger, |(e, balance)| {
        format!(
            "{}  {:+}  = {balance}  {}  {}  ({})",
            local(e.at),
            e.delta,
            e.kind.label(),
            e.reason,
            e.operator
        )
    })?;
    section("tier changes", &h.tiers, |e| {
        format!(
            "{}  {}: {}  ({})",
            local(e.at),
            crate::catalog::text().tier_headline(e.upgrade, &e.to),
            crate::catalog::text().tier_event_reason(e),
            e.operator
        )
    })
}

fn section<T>(title: &str, rows: &[T], line: impl Fn(&T) -> String) -> anyhow::Result<()> {
    out!();
    out!("{title} ({}):", rows.len());
    for r in rows.iter().take(SHOW_ROWS) {
        out!("  {}", line(r));
    }
    if rows.len() > SHOW_ROWS {
        out!(
            "  … {} older (all of them with --json)",
            rows.len() - SHOW_ROWS
        );
    }
    Ok(())
}
