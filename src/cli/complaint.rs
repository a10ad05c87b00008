//! `frontdesk complaint add|list|show|update`: the complaint loop from the command line.

use super::output::{self, local, or_dash};
use super::{InWords, member_name};
use crate::desk::{AdvanceComplaint, ComplaintRow, Desk, DeskError, TakeComplaint};
use crate::domain::complaint::{Category, ComplaintUpdate};
use crate::domain::{Complaint, ComplaintStatus, Severity};
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

pub fn run(desk: &Desk, cmd: ComplaintCmd) -> anyhow::Result<()> {
    match cmd {
        ComplaintCmd::Add(a) => add(desk, a),
        ComplaintCmd::List { all, json } => list(desk, all, json),
        ComplaintCmd::Show { complaint, json } => show(desk, &complaint, json),
        ComplaintCmd::Update(a) => update(desk, a),
    }
}

fn add(desk: &Desk, a: AddArgs) -> anyhow::Result<()> {
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
    let member = match &a.member {
        Some(key) => Some(desk.resolve(key).in_words()?.member.id),
        None => None,
    };
    let c = desk
        .take_complaint(TakeComplaint {
            member,
            category,
            severity,
            description: a.description,
            assignee: a.assignee,
        })
        .in_words()?;
    out!("{}", c.id);
    Ok(())
}

/// Who complained, for people: the member's name, or why there is none.
fn who(member: Option<crate::domain::Id>, name: Option<String>) -> String {
    match (member, name) {
        (None, _) => "(not a member)".into(),
        (Some(_), Some(name)) => name,
        (Some(_), None) => "(deleted member)".into(),
    }
}

fn list(desk: &Desk, all: bool, as_json: bool) -> anyhow::Result<()> {
    let rows = desk.complaint_board(all).in_words()?;
    for ComplaintRow {
        complaint: c,
        member_name,
    } in &rows
    {
        if as_json {
            output::print_json(&output::complaint_json(c))?;
            continue;
        }
        out!(
            "{}  {:>4}  {:<11}  {}/{}  {}  {}  {}",
            c.id,
            c.created.age(desk.now),
            c.status.label(),
            c.category.label(),
            c.severity.label(),
            who(c.member, member_name.clone()),
            or_dash(&c.assignee),
            shorten(&c.description, 48)
        );
    }
    if !as_json && rows.is_empty() {
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

fn show(desk: &Desk, key: &str, as_json: bool) -> anyhow::Result<()> {
    let c = desk.complaint_by_key(key).in_words()?;
    if as_json {
        return output::print_json(&output::complaint_json(&c));
    }
    out!("complaint {}: {}", c.id, c.status.label());
    out!(
        "{} · {} severity · filed {} ({} ago)",
        c.category.label(),
        c.severity.label(),
        local(c.created),
        c.created.age(desk.now)
    );
    let member = match c.member {
        Some(id) => format!("{} ({id})", who(c.member, member_name(desk, id)?)),
        None => who(None, None),
    };
    out!("member: {member}");
    out!("assignee: {}", or_dash(&c.assignee));
    out!("description: {}", c.description);
    out!("resolution: {}", or_dash(&c.resolution));
    out!("compensation: {}", or_dash(&c.compensation));
    out!();
    history(&c)
}

fn history(c: &Complaint) -> anyhow::Result<()> {
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

fn update(desk: &Desk, a: UpdateArgs) -> anyhow::Result<()> {
    let id = desk.complaint_by_key(&a.complaint).in_words()?.id;
    let status = match &a.status {
        Some(text) => Some(ComplaintStatus::parse(text).ok_or_else(|| {
            anyhow!(
                "status: \"{text}\" is not a status; use in-progress, resolved, followed-up or closed"
            )
        })?),
        None => None,
    };
    let update = ComplaintUpdate {
        status,
        assignee: a.assignee,
        resolution: a.resolution,
        compensation: a.compensation,
        note: a.note.unwrap_or_default(),
    };
    let step = AdvanceComplaint {
        id,
        update,
        points: 0,
    };
    let done = match desk.advance_complaint(step) {
        Err(DeskError::NothingToChange) => bail!(
            "nothing to update: give --status, --resolution, --compensation, --assignee or --note"
        ),
        other => other.in_words()?,
    };
    out!("complaint {} updated: {}", done.id, done.status.label());
    Ok(())
}
