//! `frontdesk complaint add|list|show|update`: the complaint loop from the command line.

use super::output::{self, local, or_dash, pad_left, pad_right};
use super::{InWords, member_name};
use crate::catalog::text;
use crate::desk::{AdvanceComplaint, ComplaintRow, Desk, DeskError, TakeComplaint};
use crate::domain::complaint::{Category, ComplaintUpdate};
use crate::domain::{Complaint, ComplaintStatus, Severity};
use crate::tr;
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
    /// quality, service, waiting, billing, hygiene or other (菜品 服务 等位 账单 卫生 其他).
    #[arg(long)]
    category: String,
    /// low, medium or high (低 中 高).
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
    /// in-progress, resolved, followed-up or closed (处理中 已解决 已回访 已关闭); only forward.
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
    let category = Category::parse(&a.category)
        .ok_or_else(|| anyhow!(tr!("cli-category-invalid", text = a.category.as_str())))?;
    let severity = Severity::parse(&a.severity)
        .ok_or_else(|| anyhow!(tr!("cli-severity-invalid", text = a.severity.as_str())))?;
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
        (None, _) => tr!("cli-not-a-member"),
        (Some(_), Some(name)) => name,
        (Some(_), None) => tr!("cli-deleted-member"),
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
            "{}  {}  {}  {}/{}  {}  {}  {}",
            c.id,
            pad_left(&output::age(c.created, desk.now), 4),
            pad_right(text().complaint_status(c.status), 11),
            text().category(c.category),
            text().severity(c.severity),
            who(c.member, member_name.clone()),
            or_dash(&c.assignee),
            shorten(&c.description, 48)
        );
    }
    if !as_json && rows.is_empty() {
        let none = if all {
            "cli-complaints-none"
        } else {
            "cli-complaints-none-open"
        };
        out!("{}", tr!(none));
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
    let status = text().complaint_status(c.status);
    out!(
        "{}",
        tr!(
            "cli-complaint-title",
            id = c.id.to_string(),
            status = status
        )
    );
    let line = tr!(
        "cli-complaint-filed",
        category = text().category(c.category),
        severity = text().severity(c.severity),
        time = local(c.created),
        age = output::age(c.created, desk.now)
    );
    out!("{line}");
    let member = match c.member {
        Some(id) => {
            let name = who(c.member, member_name(desk, id)?);
            tr!("cli-complaint-member-id", name = name, id = id.to_string())
        }
        None => who(None, None),
    };
    out!("{}", tr!("cli-complaint-member", member = member));
    details(&c)?;
    out!();
    history(&c)
}

/// Assignee, description, resolution and compensation, one per line.
fn details(c: &Complaint) -> anyhow::Result<()> {
    let assignee = or_dash(&c.assignee);
    out!("{}", tr!("cli-complaint-assignee", assignee = assignee));
    let description = c.description.as_str();
    out!(
        "{}",
        tr!("cli-complaint-description", description = description)
    );
    let resolution = or_dash(&c.resolution);
    out!(
        "{}",
        tr!("cli-complaint-resolution", resolution = resolution)
    );
    let compensation = or_dash(&c.compensation);
    out!(
        "{}",
        tr!("cli-complaint-compensation", compensation = compensation)
    );
    Ok(())
}

fn history(c: &Complaint) -> anyhow::Result<()> {
    out!("{}", tr!("cli-complaint-history"));
    for e in &c.history {
        let step = match e.status {
            Some(s) => text().complaint_status(s),
            None => crate::catalog::label("cli-step-note"),
        };
        let step = if e.note.is_empty() {
            step.to_string()
        } else {
            let note = crate::ui::recorded::step_note(e);
            tr!("cli-step-with-note", step = step, note = note)
        };
        out!("  {}  {step}  ({})", local(e.at), e.operator);
    }
    Ok(())
}

fn update(desk: &Desk, a: UpdateArgs) -> anyhow::Result<()> {
    let id = desk.complaint_by_key(&a.complaint).in_words()?.id;
    let status = match &a.status {
        Some(typed) => Some(
            ComplaintStatus::parse(typed)
                .ok_or_else(|| anyhow!(tr!("cli-status-invalid", text = typed.as_str())))?,
        ),
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
        Err(DeskError::NothingToChange) => bail!(tr!("cli-complaint-nothing")),
        other => other.in_words()?,
    };
    let line = tr!(
        "cli-complaint-updated",
        id = done.id.to_string(),
        status = text().complaint_status(done.status)
    );
    out!("{line}");
    Ok(())
}
