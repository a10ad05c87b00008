//! `frontdesk member show`: the member card — profile, alerts, tier and where the member
//! stands, points, and history — as text or one JSON object.

use super::output::{self, local, or_dash};
use super::{InWords, alerts, list, yes_no};
use crate::catalog::text;
use crate::desk::{Card, Desk};
use crate::domain::loyalty::ledger_rows;
use crate::domain::{Gender, Money};
use crate::tr;
use serde_json::json;

/// History rows shown per section; `--json` has all of them.
const SHOW_ROWS: usize = 20;

pub fn show(desk: &Desk, key: &str, as_json: bool, reveal: bool) -> anyhow::Result<()> {
    let id = desk.resolve(key).in_words()?.member.id;
    let mut card = desk.open_card(id).in_words()?;
    card.view.member.phone = super::member::shown_phone(desk, &card.view.member, reveal)?;
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
    let sv = card.stored_value;
    obj["stored_value"] = json!({
        "principal": sv.principal.to_string(),
        "bonus": sv.bonus.to_string(),
        "balance": sv.total().to_string(),
        "overdrawn": sv.overdrawn(),
    });
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
        tr!("cli-card-card", card = or_dash(&m.card)),
        tr!("cli-card-phone", phone = m.phone.as_str()),
    ];
    if m.gender != Gender::Unspecified {
        facts.push(tr!("cli-card-gender", gender = text().gender(m.gender)));
    }
    if let Some(b) = m.birthday {
        facts.push(tr!("cli-card-born", date = b.to_string()));
    }
    out!("{}", facts.join(" · "));
    let (tier, points, visits) = (card.tier.as_str(), v.stats.points, v.stats.visits);
    let spend = Money(v.stats.spend).to_string();
    let line = match v.stats.last_visit {
        Some(t) => tr!(
            "cli-card-stats-last",
            tier = tier,
            points = points,
            spend = spend,
            visits = visits,
            last = local(t)
        ),
        None => tr!(
            "cli-card-stats",
            tier = tier,
            points = points,
            spend = spend,
            visits = visits
        ),
    };
    out!("{line}");
    Ok(())
}

/// What counts toward the tier, the next tier, the benefits, the next points expiry.
fn standing(card: &Card) -> anyhow::Result<()> {
    let s = &card.standing;
    let (spend, visits) = (s.spend.to_string(), s.visits);
    let counts = match s.months {
        0 => tr!("cli-standing-all", spend = spend, visits = visits),
        n => tr!(
            "cli-standing-months",
            spend = spend,
            visits = visits,
            months = n
        ),
    };
    let next = s
        .next
        .as_ref()
        .map(|t| {
            tr!(
                "cli-standing-next",
                tier = t.name.as_str(),
                threshold = crate::catalog::threshold(t)
            )
        })
        .unwrap_or_default();
    out!("{counts}{next}");
    if !card.benefits.is_empty() {
        out!(
            "{}",
            tr!("cli-card-benefits", benefits = card.benefits.as_str())
        );
    }
    if let Some((at, n)) = card.next_expiry {
        let date = at.local_date().to_string();
        out!("{}", tr!("cli-card-next-expiry", points = n, date = date));
    }
    Ok(())
}

/// Alerts, tags, notes, consent, dates, open complaints.
fn notes(card: &Card) -> anyhow::Result<()> {
    let v = &card.view;
    let m = &v.member;
    if !m.alerts.is_empty() {
        out!("{}", tr!("cli-alerts", alerts = alerts(&m.alerts)));
    }
    if !m.tags.is_empty() {
        out!("{}", tr!("cli-card-tags", tags = list(&m.tags)));
    }
    if !m.notes.is_empty() {
        out!("{}", tr!("cli-card-notes", notes = m.notes.as_str()));
    }
    let line = tr!(
        "cli-card-since",
        consent = yes_no(m.marketing_consent),
        since = m.created.local_date().to_string(),
        updated = local(m.updated)
    );
    out!("{line}");
    if v.open_complaints > 0 {
        out!("{}", tr!("cli-open-complaints", count = v.open_complaints));
    }
    Ok(())
}

fn history(card: &Card) -> anyhow::Result<()> {
    let h = &card.history;
    section("cli-section-visits", &h.visits, |x| {
        tr!(
            "cli-card-visit-row",
            time = local(x.at),
            party = x.party,
            location = or_dash(&x.location),
            staff = or_dash(&x.staff)
        )
    })?;
    section("cli-section-services", &h.services, |s| {
        tr!(
            "cli-card-service-row",
            time = local(s.at),
            amount = format!("{:>9}", s.amount.to_string()),
            points = format!("{:+}", s.points),
            items = list(&s.items),
            staff = or_dash(&s.staff)
        )
    })?;
    section("cli-section-complaints", &h.complaints, |c| {
        format!(
            "{}  {}  {}/{}  {}  {}",
            c.id,
            local(c.created),
            text().category(c.category),
            text().severity(c.severity),
            text().complaint_status(c.status),
            c.description
        )
    })?;
    // Newest first, each with the balance after it.
    let mut ledger = ledger_rows(&h.ledger);
    ledger.reverse();
    section("cli-section-ledger", &ledger, |(e, balance)| {
        format!(
            "{}  {:+}  = {balance}  {}  {}  ({})",
            local(e.at),
            e.delta,
            text().points_kind(e.kind),
            crate::ui::recorded::ledger_reason(e),
            e.operator
        )
    })?;
    section("cli-section-tiers", &h.tiers, |e| {
        format!(
            "{}  {}: {}  ({})",
            local(e.at),
            text().tier_headline(e.upgrade, &e.to),
            text().tier_event_reason(e),
            e.operator
        )
    })
}

/// A titled list: "visits (3):", at most [`SHOW_ROWS`] rows, and how many more there are.
fn section<T>(title: &str, rows: &[T], line: impl Fn(&T) -> String) -> anyhow::Result<()> {
    out!();
    let title = crate::catalog::label(title);
    out!("{}", tr!("cli-section", title = title, count = rows.len()));
    for r in rows.iter().take(SHOW_ROWS) {
        out!("  {}", line(r));
    }
    if rows.len() > SHOW_ROWS {
        out!(
            "  {}",
            tr!("cli-section-more", count = rows.len() - SHOW_ROWS)
        );
    }
    Ok(())
}
