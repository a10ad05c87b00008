//! `frontdesk member add|show|edit|delete`.

use super::output::{self, local};
use super::{field_errors, resolve};
use crate::domain::duplicates::DuplicateReason;
use crate::domain::loyalty::{ProgramSettings, ledger_rows};
use crate::domain::ops::NEW_ID;
use crate::domain::validate::MemberDraft;
use crate::domain::{Change, Member, MemberFields, Timestamp};
use crate::membership::duplicates::{self as dup, candidates_for};
use crate::membership::points;
use crate::membership::tiers::{standing_of, tier_now};
use crate::store::{MemberView, Store};
use anyhow::bail;
use clap::{Args, Subcommand};
use serde_json::json;

#[derive(Subcommand, Debug)]
pub enum MemberCmd {
    /// Add a member; prints the new member's id.
    Add(AddArgs),
    /// Members matching a name, phone (or its last 4 digits), card or #tag, ranked
    /// as in the Lookup pane.
    Find {
        /// Name, pinyin or initials, phone or its last digits, card number, or #tag.
        query: String,
        /// At most this many results.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// One JSON object per result line.
        #[arg(long)]
        json: bool,
    },
    /// A member's profile, alerts, tier, points and history.
    Show {
        /// Member id, card number or full phone number.
        member: String,
        /// One JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Change some of a member's fields; the others stay as they are.
    Edit(EditArgs),
    /// Delete a member on every desk.
    Delete {
        /// Member id, card number or full phone number.
        member: String,
    },
    /// Members that look like one person: the same phone; the same name and birthday;
    /// near-identical names with the same last 4 phone digits.
    Duplicates {
        /// One JSON object per group per line.
        #[arg(long)]
        json: bool,
    },
    /// Merge FROM into INTO: every visit, service, complaint, note, tag and points entry
    /// of FROM shows under INTO. Undo with `member unmerge FROM`.
    Merge {
        /// The duplicate to fold in (id, card number or full phone number).
        from: String,
        /// The member that stays.
        into: String,
    },
    /// Undo the merge of FROM: its records show under it again and the survivor's tags,
    /// alerts and notes are as before the merge.
    Unmerge {
        /// The id of the member that was merged (as `member merge` printed it).
        from: String,
    },
}

#[derive(Args, Debug)]
pub struct AddArgs {
    #[arg(long)]
    name: String,
    #[arg(long)]
    phone: String,
    #[arg(long, value_name = "NO")]
    card: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    birthday: Option<String>,
    /// F, M or O.
    #[arg(long)]
    gender: Option<String>,
    /// A short tag such as vip; repeat for more.
    #[arg(long = "tag", value_name = "T")]
    tags: Vec<String>,
    /// Something the desk must see, such as "peanut allergy"; repeat for more.
    #[arg(long = "alert", value_name = "TEXT")]
    alerts: Vec<String>,
    #[arg(long, value_name = "TEXT")]
    notes: Option<String>,
    /// The member agreed to receive marketing messages.
    #[arg(long)]
    consent: bool,
    /// The member who referred this one (id, card or phone): they get the referral bonus.
    #[arg(long, value_name = "ID")]
    referred_by: Option<String>,
}

#[derive(Args, Debug)]
pub struct EditArgs {
    /// Member id, card number or full phone number.
    member: String,
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    phone: Option<String>,
    /// The new card number ("" removes it).
    #[arg(long, value_name = "NO")]
    card: Option<String>,
    /// The new birthday ("" removes it).
    #[arg(long, value_name = "YYYY-MM-DD")]
    birthday: Option<String>,
    #[arg(long)]
    gender: Option<String>,
    /// Replaces all tags; repeat for more.
    #[arg(long = "tag", value_name = "T")]
    tags: Vec<String>,
    /// Removes all tags.
    #[arg(long, conflicts_with = "tags")]
    clear_tags: bool,
    /// Replaces all alerts; repeat for more.
    #[arg(long = "alert", value_name = "TEXT")]
    alerts: Vec<String>,
    /// Removes all alerts.
    #[arg(long, conflicts_with = "alerts")]
    clear_alerts: bool,
    #[arg(long, value_name = "TEXT")]
    notes: Option<String>,
    /// y or n.
    #[arg(long, value_name = "Y|N")]
    consent: Option<String>,
}

pub fn run(store: &Store, settings: &ProgramSettings, cmd: MemberCmd) -> anyhow::Result<()> {
    match cmd {
        MemberCmd::Add(a) => add(store, settings, a),
        MemberCmd::Find { query, limit, json } => find(store, settings, &query, limit, json),
        MemberCmd::Show { member, json } => show(store, settings, &member, json),
        MemberCmd::Edit(a) => edit(store, a),
        MemberCmd::Delete { member } => delete(store, &member),
        MemberCmd::Duplicates { json } => duplicates(store, json),
        MemberCmd::Merge { from, into } => merge(store, &from, &into),
        MemberCmd::Unmerge { from } => unmerge(store, &from),
    }
}

fn add(store: &Store, settings: &ProgramSettings, a: AddArgs) -> anyhow::Result<()> {
    let now = Timestamp::now();
    let referrer = match &a.referred_by {
        Some(key) => Some(resolve::member(store, key)?),
        None => None,
    };
    let draft = MemberDraft {
        name: a.name,
        phone: a.phone,
        card: a.card.unwrap_or_default(),
        gender: a.gender.unwrap_or_default(),
        birthday: a.birthday.unwrap_or_default(),
        tags: a.tags.join(", "),
        alerts: a.alerts.join("; "),
        notes: a.notes.unwrap_or_default(),
        consent: if a.consent { "y".into() } else { "n".into() },
    };
    let m = draft
        .validate(Member::empty(NEW_ID, now), now.local_date())
        .map_err(field_errors)?;
    let similar = candidates_for(store, &m)?;
    let mut changes = vec![Change::MemberUpsert {
        id: NEW_ID,
        fields: MemberFields::all_of(&m),
    }];
    let bonus = referrer.as_ref().and_then(|r| {
        points::referral(settings, r.member.id, &m.name, &store.operator().ok()?, now)
    });
    let bonus_points = match &bonus {
        Some(Change::Points { entry }) => entry.delta,
        _ => 0,
    };
    changes.extend(bonus);
    let ops = store.commit(changes)?;
    let id = ops.first().map(|op| op.id()).unwrap_or(NEW_ID);
    warn_duplicates(&similar);
    if let Some(r) = &referrer {
        if bonus_points > 0 {
            eprintln!(
                "note: {} ({}) earned {bonus_points} referral points",
                r.member.name, r.member.id
            );
        } else {
            eprintln!(
                "note: referred by {} ({}); the program gives no referral bonus",
                r.member.name, r.member.id
            );
        }
    }
    out!("{id}");
    Ok(())
}

/// Duplicates are kept (the same person entered twice is for the desk to merge),
/// but the person running the command hears about them.
fn warn_duplicates(others: &[(MemberView, DuplicateReason)]) {
    for (o, reason) in others {
        eprintln!(
            "warning: {} ({}) may be the same person ({reason}); both members are kept, merge them with `frontdesk member merge`",
            o.member.name, o.member.id
        );
    }
}

fn find(
    store: &Store,
    settings: &ProgramSettings,
    query: &str,
    limit: usize,
    as_json: bool,
) -> anyhow::Result<()> {
    let index = crate::search::SearchIndex::build(crate::search::from_store::member_docs(store)?);
    let now = Timestamp::now();
    let result = index.query(query, limit, now.0);
    for hit in &result.hits {
        let Some(v) = store.member(crate::domain::Id(hit.id))? else {
            continue;
        };
        let tier = tier_now(store, settings, v.member.id, now)?;
        if as_json {
            let m = &v.member;
            output::print_json(&json!({
                "id": m.id.to_string(),
                "card": m.card,
                "name": m.name,
                "phone": m.phone,
                "tier": tier,
                "points": v.stats.points,
                "last_visit": v.stats.last_visit.map(output::iso),
            }))?;
        } else {
            let m = &v.member;
            let last = v
                .stats
                .last_visit
                .map(|t| t.short(now))
                .unwrap_or_else(|| "-".into());
            let alerts = if m.alerts.is_empty() {
                String::new()
            } else {
                format!("  ! {}", m.alerts.join("; "))
            };
            out!(
                "{}  {}  {}  {}  {}  {} pts  last {last}{alerts}",
                m.id,
                m.name,
                crate::domain::phone::mask_phone(&m.phone),
                or_dash(&m.card),
                tier,
                v.stats.points
            );
        }
    }
    if !as_json {
        if result.total > result.hits.len() {
            out!(
                "{} of {} matches; use --limit for more",
                result.hits.len(),
                result.total
            );
        } else if result.total == 0 {
            out!("no member matches \"{query}\"");
        }
    }
    Ok(())
}

fn show(store: &Store, settings: &ProgramSettings, key: &str, as_json: bool) -> anyhow::Result<()> {
    let now = Timestamp::now();
    let v = resolve::member(store, key)?;
    let h = store.history(v.member.id)?;
    let standing = standing_of(settings, &h, now);
    let tier = standing.tier.as_str().to_string();
    let next_expiry = points::next_expiry(settings, &h.ledger, now);
    if as_json {
        let mut obj = output::member_json(&v, &tier);
        obj["next_expiry"] = match next_expiry {
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
        output::print_json(&obj)?;
        return Ok(());
    }
    let m = &v.member;
    out!("{}  ({})", m.name, m.id);
    let mut facts = vec![
        format!("card {}", if m.card.is_empty() { "-" } else { &m.card }),
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
        "tier {tier} · points {} · spend {} · visits {}{last}",
        v.stats.points,
        crate::domain::Money(v.stats.spend),
        v.stats.visits
    );
    let policy = settings.policy_at(now);
    let period = match policy.tier_period_months {
        0 => "in all".to_string(),
        n => format!("in the last {n} months"),
    };
    let next = standing
        .next
        .as_ref()
        .and_then(|n| policy.tier(n.as_str()))
        .map(|t| format!("; next: {} at {}", t.name, t.threshold_text()))
        .unwrap_or_default();
    out!(
        "counts toward tier: spend {} and {} visits {period}{next}",
        standing.spend,
        standing.visits
    );
    if let Some(b) = policy.tier(&tier).map(|t| t.benefits.as_str())
        && !b.is_empty()
    {
        out!("benefits: {b}");
    }
    if let Some((at, n)) = next_expiry {
        out!("next expiry: {n} points on {}", at.local_date());
    }
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
    })?;
    Ok(())
}

const SHOW_ROWS: usize = 20;

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

fn or_dash(s: &str) -> &str {
    if s.is_empty() { "-" } else { s }
}

fn edit(store: &Store, a: EditArgs) -> anyhow::Result<()> {
    let v = resolve::member(store, &a.member)?;
    let old = v.member;
    let mut d = MemberDraft::from_member(&old);
    let set = |slot: &mut String, value: Option<String>| {
        if let Some(x) = value {
            *slot = x;
        }
    };
    set(&mut d.name, a.name);
    set(&mut d.phone, a.phone);
    set(&mut d.card, a.card);
    set(&mut d.birthday, a.birthday);
    set(&mut d.gender, a.gender);
    set(&mut d.notes, a.notes);
    set(&mut d.consent, a.consent);
    if a.clear_tags {
        d.tags.clear();
    } else if !a.tags.is_empty() {
        d.tags = a.tags.join(", ");
    }
    if a.clear_alerts {
        d.alerts.clear();
    } else if !a.alerts.is_empty() {
        d.alerts = a.alerts.join("; ");
    }
    let new = d
        .validate(old.clone(), Timestamp::now().local_date())
        .map_err(field_errors)?;
    let fields = MemberFields::diff(&old, &new);
    if fields.is_empty() {
        bail!("nothing to change: give the fields to edit, such as --name or --phone");
    }
    // Warn only when what identifies the member changed.
    let identity = fields.name.is_some()
        || fields.phone.is_some()
        || fields.card.is_some()
        || fields.birthday.is_some();
    let similar = if identity {
        candidates_for(store, &new)?
    } else {
        Vec::new()
    };
    let changed = changed_names(&fields);
    store.commit(vec![Change::MemberUpsert { id: old.id, fields }])?;
    warn_duplicates(&similar);
    out!("updated {} ({}): {}", new.name, old.id, changed.join(", "));
    Ok(())
}

fn changed_names(f: &MemberFields) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut add = |set: bool, name| {
        if set {
            out.push(name);
        }
    };
    add(f.name.is_some(), "name");
    add(f.phone.is_some(), "phone");
    add(f.card.is_some(), "card");
    add(f.gender.is_some(), "gender");
    add(f.birthday.is_some(), "birthday");
    add(f.tags.is_some(), "tags");
    add(f.alerts.is_some(), "alerts");
    add(f.notes.is_some(), "notes");
    add(f.marketing_consent.is_some(), "marketing consent");
    out
}

fn duplicates(store: &Store, as_json: bool) -> anyhow::Result<()> {
    let groups = dup::groups(store)?;
    for g in &groups {
        let mut members = Vec::new();
        for id in &g.members {
            if let Some(v) = store.member(*id)? {
                members.push(v);
            }
        }
        if as_json {
            output::print_json(&json!({
                "reason": g.reason.label(),
                "members": members.iter().map(|v| json!({
                    "id": v.member.id.to_string(),
                    "name": v.member.name,
                    "phone": v.member.phone,
                    "card": v.member.card,
                    "birthday": v.member.birthday.map(|d| d.to_string()),
                    "visit_count": v.stats.visits,
                    "points": v.stats.points,
                })).collect::<Vec<_>>(),
            }))?;
        } else {
            out!("{}:", g.reason);
            for v in &members {
                let m = &v.member;
                out!(
                    "  {}  {}  {}  card {}  born {}  {} visits  {} pts",
                    m.id,
                    m.name,
                    crate::domain::phone::mask_phone(&m.phone),
                    or_dash(&m.card),
                    m.birthday
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "-".into()),
                    v.stats.visits,
                    v.stats.points
                );
            }
        }
    }
    if !as_json {
        if groups.is_empty() {
            out!("no duplicates found");
        } else {
            out!(
                "{} group{}; merge with `frontdesk member merge FROM INTO`",
                groups.len(),
                if groups.len() == 1 { "" } else { "s" }
            );
        }
    }
    Ok(())
}

fn merge(store: &Store, from: &str, into: &str) -> anyhow::Result<()> {
    let from = resolve::member(store, from)?;
    let into = resolve::member(store, into)?;
    let r = crate::membership::merge::merge(store, from.member.id, into.member.id)?;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    out!(
        "merged {} ({}) into {} ({})",
        r.from_name,
        r.from,
        r.into_name,
        r.into
    );
    out!(
        "moved: {}, {}, {}, {} ({:+} points)",
        plural(r.visits, "visit", "visits"),
        plural(r.services, "service", "services"),
        plural(r.complaints, "complaint", "complaints"),
        plural(r.ledger_entries, "points entry", "points entries"),
        r.points
    );
    if !r.tags_added.is_empty() {
        out!("tags added: {}", r.tags_added.join(", "));
    }
    if !r.alerts_added.is_empty() {
        out!("alerts added: {}", r.alerts_added.join("; "));
    }
    if r.notes_joined {
        out!("notes joined");
    }
    if !r.filled.is_empty() {
        out!("filled in from {}: {}", r.from_name, r.filled.join(", "));
    }
    out!("balance of {} now {} points", r.into_name, r.balance_after);
    out!("undo with: frontdesk member unmerge {}", r.from);
    Ok(())
}

fn unmerge(store: &Store, from: &str) -> anyhow::Result<()> {
    let id: crate::domain::Id = from.trim().parse().map_err(|_| {
        anyhow::anyhow!(
            "\"{}\" is not a member id; give the id of the merged member as `frontdesk member merge` printed it",
            from.trim()
        )
    })?;
    let r = crate::membership::merge::undo_merge(store, id)?;
    out!(
        "undid the merge of {} ({}) into {} ({}); its records show under {} again",
        r.from_name,
        r.from,
        r.into_name,
        r.into,
        r.from_name
    );
    if !r.restored.is_empty() {
        out!("restored on {}: {}", r.into_name, r.restored.join(", "));
    }
    Ok(())
}

fn delete(store: &Store, key: &str) -> anyhow::Result<()> {
    let v = resolve::member(store, key)?;
    store.commit(vec![Change::MemberDelete { id: v.member.id }])?;
    out!("deleted {} ({})", v.member.name, v.member.id);
    Ok(())
}
