//! `frontdesk complaint add|list|show|update`: the complaint loop from the command line.

use super::output::{self, local};
use super::{checked_text, resolve};
use crate::domain::complaint::{Category, ComplaintUpdate};
use crate::domain::ops::NEW_ID;
use crate::domain::validate::{self, DESCRIPTION_MAX, ITEMS_MAX, SHORT_MAX};
use crate::domain::{Change, Complaint, ComplaintStatus, Severity, Timestamp};
use crate::store::Store;
use anyhow::{anyhow, bail};
use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum ComplaintCmd {
    /// Record a complaint as the guest said it; prints its id.
    Add(AddArgs),
    /// Complaints not yet closed, newest first.
    List {
        /// Closed complaints too.
        #[arg(long)]
        all: bool,
        /// One JSON object per complaint line.
        #[arg(long)]
        json: bool,
    },
    /// One complaint with its history.
    Show {
        /// The complaint id.
        complaint: String,
        #[arg(long)]
        json: bool,
    },
    /// Move a complaint forward and record what was done.
    Update(UpdateArgs),
}

#[derive(Args, Debug)]
pub struct AddArgs {
    /// The member who complained: id, card number or full phone number.
    #[arg(long)]
    member: Option<String>,
    /// quality, service, waiting, billing, hygiene or other.
    #[arg(long)]
    category: String,
    /// low, medium or high.
    #[arg(long)]
    severity: String,
    #[arg(long, value_name = "TEXT")]
    description: String,
    #[arg(long, value_name = "NAME", default_value = "")]
    assignee: String,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// The complaint id.
    complaint: String,
    /// in-progress, resolved, followed-up or closed; only forward.
    #[arg(long)]
    status: Option<String>,
    #[arg(long, value_name = "TEXT")]
    resolution: Option<String>,
    /// What was given: apology, discount, points, free item, refund.
    #[arg(long, value_name = "TEXT")]
    compensation: Option<String>,
    #[arg(long, value_name = "NAME")]
    assignee: Option<String>,
    /// A note for the complaint's history, such as what the guest said on the follow-up call.
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
}

pub fn run(store: &Store, cmd: ComplaintCmd) -> anyhow::Result<()> {
    match cmd {
        ComplaintCmd::Add(a) => add(store, a),
        ComplaintCmd::List { all, json } => list(store, all, json),
        ComplaintCmd::Show { complaint, json } => show(store, &complaint, json),
        ComplaintCmd::Update(a) => update(store, a),
    }
}

fn add(store: &Store, a: AddArgs) -> anyhow::Result<()> {
    let category = Category::parse(&a.category).ok_or_else(|| {
        anyhow!(
            "category: \"{}\" is not a category; use quality, service, waiting, billing, hygiene or other",
            a.category
        )
    })?;
    let severity = Severity::parse(&a.severity).ok_or_else(|| {
        anyhow!(
            "severity: \"{}\" is not a severity; use low, medium or high",
            a.severity
        )
    })?;
    let description = validate::text("description", &a.description, DESCRIPTION_MAX, true)
        .map_err(|e| {
            anyhow!(
                "{}; nothing was saved",
                crate::catalog::text().field_error(&e)
            )
        })?;
    let assignee = checked_text("assignee", &a.assignee, SHORT_MAX)?;
    let member = match &a.member {
        Some(key) => Some(resolve::member(store, key)?.member.id),
        None => None,
    };
    let complaint = Complaint::received(member, category, severity, description, assignee);
    let ops = store.commit(vec![Change::ComplaintAdd { complaint }])?;
    out!("{}", ops.first().map(|op| op.id()).unwrap_or(NEW_ID));
    Ok(())
}

fn member_name(store: &Store, c: &Complaint) -> anyhow::Result<String> {
    Ok(match c.member {
        Some(id) => store
            .member(id)?
            .map(|v| v.member.name)
            .unwrap_or_else(|| "(deleted member)".into()),
        None => "(not a member)".into(),
    })
}

fn list(store: &Store, all: bool, as_json: bool) -> anyhow::Result<()> {
    let now = Timestamp::now();
    let complaints = store.complaints(all)?;
    for c in &complaints {
        if as_json {
            output::print_json(&output::complaint_json(c))?;
            continue;
        }
        out!(
            "{}  {:>4}  {:<11}  {}/{}  {}  {}  {}",
            c.id,
            c.created.age(now),
            c.status.label(),
            c.category.label(),
            c.severity.label(),
            member_name(store, c)?,
            if c.assignee.is_empty() {
                "-"
            } else {
                &c.assignee
            },
            shorten(&c.description, 48)
        );
    }
    if !as_json && complaints.is_empty() {
        out!(
            "{}",
            if all {
                "no complaints"
            } else {
                "no complaints awaiting closure"
            }
        );
    }
    Ok(())
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

fn find(store: &Store, key: &str) -> anyhow::Result<Complaint> {
    let id = resolve::complaint_id(key)?;
    store.complaint(id)?.ok_or_else(|| {
        anyhow!("no complaint has the id {id}; see `frontdesk complaint list --all`")
    })
}

fn show(store: &Store, key: &str, as_json: bool) -> anyhow::Result<()> {
    let c = find(store, key)?;
    if as_json {
        output::print_json(&output::complaint_json(&c))?;
        return Ok(());
    }
    let now = Timestamp::now();
    out!("complaint {}: {}", c.id, c.status.label());
    out!(
        "{} · {} severity · filed {} ({} ago)",
        c.category.label(),
        c.severity.label(),
        local(c.created),
        c.created.age(now)
    );
    let member = match c.member {
        Some(id) => format!("{} ({id})", member_name(store, &c)?),
        None => member_name(store, &c)?,
    };
    out!("member: {member}");
    out!("assignee: {}", dash(&c.assignee));
    out!("description: {}", c.description);
    out!("resolution: {}", dash(&c.resolution));
    out!("compensation: {}", dash(&c.compensation));
    out!();
    out!("history:");
    for e in &c.history {
        let status = e.status.map(|s| s.label()).unwrap_or("note");
        let note = if e.note.is_empty() {
            String::new()
        } else {
            format!(": {}", e.note)
        };
        out!("  {}  {status}{note}  ({})", local(e.at), e.operator);
    }
    Ok(())
}

fn dash(s: &str) -> &str {
    if s.is_empty() { "-" } else { s }
}

fn update(store: &Store, a: UpdateArgs) -> anyhow::Result<()> {
    let c = find(store, &a.complaint)?;
    let status = match &a.status {
        None => None,
        Some(text) => {
            let s = ComplaintStatus::parse(text).ok_or_else(|| {
                anyhow!(
                    "status: \"{text}\" is not a status; use in-progress, resolved, followed-up or closed"
                )
            })?;
            if s <= c.status {
                let next = forward_from(c.status);
                bail!(
                    "complaint {} is {}; its status only moves forward{}",
                    c.id,
                    c.status.label(),
                    if next.is_empty() {
                        String::from(" and it is already closed")
                    } else {
                        format!(" (to {next})")
                    }
                );
            }
            Some(s)
        }
    };
    let opt = |field: &'static str, v: &Option<String>, max| -> anyhow::Result<Option<String>> {
        v.as_deref()
            .map(|t| checked_text(field, t, max))
            .transpose()
    };
    let update = ComplaintUpdate {
        status,
        assignee: opt("assignee", &a.assignee, SHORT_MAX)?,
        resolution: opt("resolution", &a.resolution, DESCRIPTION_MAX)?,
        compensation: opt("compensation", &a.compensation, ITEMS_MAX)?,
        note: opt("note", &a.note, DESCRIPTION_MAX)?.unwrap_or_default(),
    };
    if update == ComplaintUpdate::default() {
        bail!(
            "nothing to update: give --status, --resolution, --compensation, --assignee or --note"
        );
    }
    store.commit(vec![Change::ComplaintUpdate { id: c.id, update }])?;
    let now = store.complaint(c.id)?.map(|c| c.status).unwrap_or(c.status);
    out!("complaint {} updated: {}", c.id, now.label());
    Ok(())
}

/// The statuses a complaint may still move to, for the message.
fn forward_from(s: ComplaintStatus) -> String {
    let mut out = Vec::new();
    let mut cur = s;
    while let Some(n) = cur.next() {
        out.push(n.label().replace(' ', "-"));
        cur = n;
    }
    out.join(", ")
}
