//! `frontdesk member add|show|edit|delete`.

use super::output::{self, local};
use super::{field_errors, resolve};
use crate::domain::ops::NEW_ID;
use crate::domain::validate::MemberDraft;
use crate::domain::{Change, Member, MemberFields, Timestamp};
use crate::store::{MemberView, Store};
use anyhow::bail;
use clap::{Args, Subcommand};
use serde_json::json;

#[derive(Subcommand, Debug)]
pub enum MemberCmd {
    /// Add a member; prints the new member's id.
    Add(AddArgs),
    /// A member's profile, alerts, tier, points and history.
    Show {
        /// Member id, card number or full phone number.
        member: String,
        /// One JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Find members with the Lookup pane's search and ranking.
    Find {
        /// Name, pinyin or initials, phone or its last digits, card number, or #tag.
        query: String,
        /// At most this many results.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// One JSON object per result line instead of a table.
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

pub fn run(store: &Store, cmd: MemberCmd) -> anyhow::Result<()> {
    match cmd {
        MemberCmd::Add(a) => add(store, a),
        MemberCmd::Show { member, json } => show(store, &member, json),
        MemberCmd::Find { query, limit, json } => find(store, &query, limit, json),
        MemberCmd::Edit(a) => edit(store, a),
        MemberCmd::Delete { member } => delete(store, &member),
    }
}

fn add(store: &Store, a: AddArgs) -> anyhow::Result<()> {
    let now = Timestamp::now();
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
    let same_phone = store.members_with_phone(&m.phone)?;
    let same_card = if m.card.is_empty() {
        Vec::new()
    } else {
        store.members_with_card(&m.card)?
    };
    let ops = store.commit(vec![Change::MemberUpsert {
        id: NEW_ID,
        fields: MemberFields::all_of(&m),
    }])?;
    let id = ops.first().map(|op| op.id()).unwrap_or(NEW_ID);
    warn_duplicates("phone number", &same_phone);
    warn_duplicates("card number", &same_card);
    println!("{id}");
    Ok(())
}

/// Duplicates are kept (the same person entered twice is for the desk to merge),
/// but the person running the command hears about them.
fn warn_duplicates(what: &str, others: &[MemberView]) {
    for o in others {
        eprintln!(
            "warning: {} ({}) already has this {what}; both members are kept",
            o.member.name, o.member.id
        );
    }
}

fn show(store: &Store, key: &str, as_json: bool) -> anyhow::Result<()> {
    let v = resolve::member(store, key)?;
    let h = store.history(v.member.id)?;
    if as_json {
        let mut obj = output::member_json(&v);
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
        output::print_json(&obj);
        return Ok(());
    }
    let m = &v.member;
    println!("{}  ({})", m.name, m.id);
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
    println!("{}", facts.join(" · "));
    let last = v
        .stats
        .last_visit
        .map(|t| format!(" (last {})", local(t)))
        .unwrap_or_default();
    println!(
        "tier {} · points {} · spend {} · visits {}{last}",
        v.tier(),
        v.stats.points,
        crate::domain::Money(v.stats.spend),
        v.stats.visits
    );
    if !m.alerts.is_empty() {
        println!("ALERTS: {}", m.alerts.join("; "));
    }
    if !m.tags.is_empty() {
        println!("tags: {}", m.tags.join(", "));
    }
    if !m.notes.is_empty() {
        println!("notes: {}", m.notes);
    }
    println!(
        "marketing consent: {} · member since {} · updated {}",
        if m.marketing_consent { "yes" } else { "no" },
        m.created.local_date(),
        local(m.updated)
    );
    if v.open_complaints > 0 {
        println!("open complaints: {}", v.open_complaints);
    }
    section("visits", &h.visits, |x| {
        format!(
            "{}  party {}  {}  {}",
            local(x.at),
            x.party,
            or_dash(&x.location),
            or_dash(&x.staff)
        )
    });
    section("services", &h.services, |s| {
        format!(
            "{}  {:>9}  {:+} pts  {}  ({})",
            local(s.at),
            s.amount.to_string(),
            s.points,
            s.items.join(", "),
            or_dash(&s.staff)
        )
    });
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
    });
    section("points ledger", &h.ledger, |e| {
        format!(
            "{}  {:+}  {}  {}",
            local(e.at),
            e.delta,
            e.kind.label(),
            e.reason
        )
    });
    Ok(())
}

const SHOW_ROWS: usize = 20;

fn section<T>(title: &str, rows: &[T], line: impl Fn(&T) -> String) {
    println!();
    println!("{title} ({}):", rows.len());
    for r in rows.iter().take(SHOW_ROWS) {
        println!("  {}", line(r));
    }
    if rows.len() > SHOW_ROWS {
        println!(
            "  … {} older (all of them with --json)",
            rows.len() - SHOW_ROWS
        );
    }
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
    let others = |list: Vec<MemberView>| -> Vec<MemberView> {
        list.into_iter().filter(|o| o.member.id != old.id).collect()
    };
    let same_phone = match &fields.phone {
        Some(p) => others(store.members_with_phone(p)?),
        None => Vec::new(),
    };
    let same_card = match &fields.card {
        Some(c) if !c.is_empty() => others(store.members_with_card(c)?),
        _ => Vec::new(),
    };
    let changed = changed_names(&fields);
    store.commit(vec![Change::MemberUpsert { id: old.id, fields }])?;
    warn_duplicates("phone number", &same_phone);
    warn_duplicates("card number", &same_card);
    println!("updated {} ({}): {}", new.name, old.id, changed.join(", "));
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

fn delete(store: &Store, key: &str) -> anyhow::Result<()> {
    let v = resolve::member(store, key)?;
    store.commit(vec![Change::MemberDelete { id: v.member.id }])?;
    println!("deleted {} ({})", v.member.name, v.member.id);
    Ok(())
}

fn find(store: &Store, query: &str, limit: usize, json: bool) -> anyhow::Result<()> {
    let index = crate::search::SearchIndex::build(crate::search::from_store::member_docs(store)?);
    let now = Timestamp::now();
    let result = index.query(query, limit, now.0);
    if !json && result.hits.is_empty() {
        eprintln!("no member matches \"{query}\"");
    }
    for hit in &result.hits {
        let Some(v) = store.member(crate::domain::Id(hit.id))? else {
            continue;
        };
        if json {
            output::print_json(&json!({
                "id": v.member.id.to_string(),
                "card": v.member.card,
                "name": v.member.name,
                "phone": v.member.phone,
                "tier": v.tier(),
                "points": v.stats.points,
                "last_visit": v.stats.last_visit.map(output::iso),
            }));
        } else {
            println!(
                "{:<24} {} {:<12} {:<8} {:>7}  {}",
                v.member.id.to_string(),
                output::pad(&v.member.name, 20),
                crate::domain::phone::mask_phone(&v.member.phone),
                v.tier(),
                v.stats.points,
                v.stats.last_visit.map(local).unwrap_or_else(|| "-".into())
            );
        }
    }
    if !json && result.total > result.hits.len() {
        eprintln!(
            "{} of {} matches shown; use --limit for more",
            result.hits.len(),
            result.total
        );
    }
    Ok(())
}
