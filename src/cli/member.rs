//! `frontdesk member add|show|edit|delete`.

use super::output::{self, or_dash};
use super::{InWords, alerts, field_words, list, member_card, note, warn};
use crate::desk::{AddMember, Desk, DeskError, DuplicateNote, EditMember, MemberRow, Merged};
use crate::domain::duplicates::DuplicateReason;
use crate::domain::{Id, Member, Timestamp};
use crate::tr;

use crate::domain::validate::MemberDraft;
use crate::store::MemberView;
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
        /// Show whole phone numbers (each one shown is recorded in the audit trail).
        #[arg(long)]
        reveal: bool,
    },
    /// A member's profile, alerts, tier, points and history.
    Show {
        /// Member id, card number or full phone number.
        member: String,
        /// One JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Show the whole phone number (recorded in the audit trail).
        #[arg(long)]
        reveal: bool,
    },
    /// Erase a member's personal data on every desk (the right to erasure): name, phone,
    /// card, birthday, tags, notes and alerts; visits, services and points stay as
    /// anonymous figures. Cannot be undone. Manager only once operators exist.
    Erase {
        /// Member id, card number or full phone number.
        member: String,
        /// Erase without asking (for scripts).
        #[arg(long)]
        yes: bool,
    },
    /// Change some of a member's fields; the others stay as they are.
    Edit(EditArgs),
    /// Delete a member on every desk.
    Delete {
        /// Member id, card number or full phone number.
        member: String,
        /// Delete without asking (for scripts).
        #[arg(long)]
        yes: bool,
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
    /// F, M or O (女, 男, 其他).
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
    /// y or n (是 or 否).
    #[arg(long, value_name = "Y|N")]
    consent: Option<String>,
}

pub fn run(desk: &Desk, cmd: MemberCmd) -> anyhow::Result<()> {
    match cmd {
        MemberCmd::Add(a) => add(desk, a),
        MemberCmd::Find {
            query,
            limit,
            json,
            reveal,
        } => find(desk, &query, limit, json, reveal),
        MemberCmd::Show {
            member,
            json,
            reveal,
        } => member_card::show(desk, &member, json, reveal),
        MemberCmd::Erase { member, yes } => erase(desk, &member, yes),
        MemberCmd::Edit(a) => edit(desk, a),
        MemberCmd::Delete { member, yes } => delete(desk, &member, yes),
        MemberCmd::Duplicates { json } => duplicates(desk, json),
        MemberCmd::Merge { from, into } => merge(desk, &from, &into),
        MemberCmd::Unmerge { from } => unmerge(desk, &from),
    }
}

fn add(desk: &Desk, a: AddArgs) -> anyhow::Result<()> {
    let referred_by = match &a.referred_by {
        Some(key) => Some(desk.resolve(key).in_words()?.member.id),
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
    let added = desk
        .add_member(AddMember {
            draft,
            referred_by,
            confirmed: true,
        })
        .in_words()?;
    warn_duplicates(&added.similar);
    match &added.referral {
        Some((name, id, points)) if *points > 0 => note(tr!(
            "cli-referral-earned",
            name = name.as_str(),
            id = id.to_string(),
            points = *points
        )),
        Some((name, id, _)) => note(tr!(
            "cli-referral-no-bonus",
            name = name.as_str(),
            id = id.to_string()
        )),
        None => {}
    }
    out!("{}", added.id);
    Ok(())
}

/// Duplicates are kept (the same person entered twice is for the desk to merge),
/// but the person running the command hears about them.
fn warn_duplicates(others: &[DuplicateNote]) {
    for o in others {
        warn(tr!(
            "cli-maybe-same-person",
            name = o.name.as_str(),
            id = o.id.to_string(),
            reason = crate::catalog::duplicate_reason(o.reason)
        ));
    }
}

fn find(desk: &Desk, query: &str, limit: usize, as_json: bool, reveal: bool) -> anyhow::Result<()> {
    let found = desk.find(query, limit).in_words()?;
    for row in &found.rows {
        if as_json {
            find_json(desk, row, reveal)?;
        } else if reveal {
            let mut row = row.clone();
            row.phone = desk.reveal_phone(row.id).in_words()?;
            find_line(desk.now, &row)?;
        } else {
            find_line(desk.now, row)?;
        }
    }
    if !as_json {
        if found.total > found.rows.len() {
            let (shown, total) = (found.rows.len(), found.total);
            out!("{}", tr!("cli-find-more", shown = shown, total = total));
        } else if found.total == 0 {
            out!("{}", tr!("cli-find-none", query = query));
        }
    }
    Ok(())
}

/// The phone number as this command may show it: masked, or whole when asked for (and
/// then recorded as shown).
pub fn shown_phone(desk: &Desk, m: &Member, reveal: bool) -> anyhow::Result<String> {
    if reveal {
        desk.reveal_phone(m.id).in_words()
    } else {
        Ok(crate::domain::phone::mask_phone(&m.phone))
    }
}

/// A found member for scripts: the phone masked unless `--reveal` was given.
fn find_json(desk: &Desk, row: &MemberRow, reveal: bool) -> anyhow::Result<()> {
    let v = desk.member(row.id).in_words()?;
    let m = &v.member;
    output::print_json(&json!({
        "id": m.id.to_string(),
        "card": m.card,
        "name": m.name,
        "phone": shown_phone(desk, m, reveal)?,
        "tier": row.tier,
        "points": v.stats.points,
        "last_visit": v.stats.last_visit.map(output::iso),
    }))
}

fn find_line(now: Timestamp, row: &MemberRow) -> anyhow::Result<()> {
    let last = row
        .last_visit
        .map(|t| t.short(now))
        .unwrap_or_else(|| "-".into());
    let marks = if row.alerts.is_empty() {
        String::new()
    } else {
        format!("  ! {}", alerts(&row.alerts))
    };
    let line = tr!(
        "cli-find-row",
        id = row.id.to_string(),
        name = row.name.as_str(),
        phone = row.phone.as_str(),
        card = or_dash(&row.card),
        tier = row.tier.as_str(),
        points = row.points,
        last = last
    );
    out!("{line}{marks}");
    Ok(())
}

fn edit(desk: &Desk, a: EditArgs) -> anyhow::Result<()> {
    let v = desk.resolve(&a.member).in_words()?;
    let id = v.member.id;
    let draft = edited_draft(MemberDraft::from_member(&v.member), a);
    let edited = match desk.edit_member(EditMember { id, draft }) {
        Err(DeskError::NothingToChange) => bail!(tr!("cli-edit-nothing")),
        other => other.in_words()?,
    };
    warn_duplicates(&edited.similar);
    let changed: Vec<String> = edited.changed.iter().map(|f| field_words(f)).collect();
    let line = tr!(
        "cli-member-updated",
        name = edited.name.as_str(),
        id = edited.id.to_string(),
        fields = list(&changed)
    );
    out!("{line}");
    Ok(())
}

/// The member's fields as they are, with those given on the command line replaced.
fn edited_draft(mut d: MemberDraft, a: EditArgs) -> MemberDraft {
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
    d
}

fn duplicates(desk: &Desk, as_json: bool) -> anyhow::Result<()> {
    let groups = desk.duplicate_groups().in_words()?;
    for (g, members) in &groups {
        if as_json {
            output::print_json(&json!({
                "reason": g.reason.label(),
                "members": members.iter().map(|v| json!({
                    "id": v.member.id.to_string(),
                    "name": v.member.name,
                    "phone": crate::domain::phone::mask_phone(&v.member.phone),
                    "card": v.member.card,
                    "birthday": v.member.birthday.map(|d| d.to_string()),
                    "visit_count": v.stats.visits,
                    "points": v.stats.points,
                })).collect::<Vec<_>>(),
            }))?;
        } else {
            duplicate_group(g.reason, members)?;
        }
    }
    if !as_json {
        if groups.is_empty() {
            out!("{}", tr!("cli-duplicates-none"));
        } else {
            out!("{}", tr!("cli-duplicates-summary", groups = groups.len()));
        }
    }
    Ok(())
}

fn duplicate_group(reason: DuplicateReason, members: &[MemberView]) -> anyhow::Result<()> {
    out!(
        "{}",
        tr!(
            "cli-duplicate-group",
            reason = crate::catalog::duplicate_reason(reason)
        )
    );
    for v in members {
        let m = &v.member;
        let born = m.birthday.map(|d| d.to_string());
        let line = tr!(
            "cli-duplicate-row",
            id = m.id.to_string(),
            name = m.name.as_str(),
            phone = crate::domain::phone::mask_phone(&m.phone),
            card = or_dash(&m.card),
            born = born.unwrap_or_else(|| "-".into()),
            visits = v.stats.visits,
            points = v.stats.points
        );
        out!("  {line}");
    }
    Ok(())
}

fn merge(desk: &Desk, from: &str, into: &str) -> anyhow::Result<()> {
    let from = desk.resolve(from).in_words()?.member.id;
    let into = desk.resolve(into).in_words()?.member.id;
    let r = desk.merge_members(from, into).in_words()?;
    let merged = tr!(
        "cli-merged",
        from_name = r.from_name.as_str(),
        from = r.from.to_string(),
        into_name = r.into_name.as_str(),
        into = r.into.to_string()
    );
    out!("{merged}");
    let moved = tr!(
        "cli-merge-moved",
        visits = r.visits,
        services = r.services,
        complaints = r.complaints,
        entries = r.ledger_entries,
        points = format!("{:+}", r.points)
    );
    out!("{moved}");
    merge_details(&r)
}

/// Tags, alerts, notes and fields the survivor gained; its balance; how to undo.
fn merge_details(r: &Merged) -> anyhow::Result<()> {
    if !r.tags_added.is_empty() {
        out!("{}", tr!("cli-merge-tags", tags = list(&r.tags_added)));
    }
    if !r.alerts_added.is_empty() {
        out!(
            "{}",
            tr!("cli-merge-alerts", alerts = alerts(&r.alerts_added))
        );
    }
    if r.notes_joined {
        out!("{}", tr!("cli-merge-notes"));
    }
    if !r.filled.is_empty() {
        let filled: Vec<String> = r.filled.iter().map(|f| field_words(f)).collect();
        let line = tr!(
            "cli-merge-filled",
            name = r.from_name.as_str(),
            fields = list(&filled)
        );
        out!("{line}");
    }
    let balance = tr!(
        "cli-merge-balance",
        name = r.into_name.as_str(),
        points = r.balance_after
    );
    out!("{balance}");
    out!("{}", tr!("cli-merge-undo", id = r.from.to_string()));
    Ok(())
}

fn unmerge(desk: &Desk, from: &str) -> anyhow::Result<()> {
    let id = from
        .trim()
        .parse()
        .map_err(|_| DeskError::NotAMemberId(from.trim().to_string()))
        .in_words()?;
    let r = desk.unmerge_member(id).in_words()?;
    let undone = tr!(
        "cli-unmerged",
        from_name = r.from_name.as_str(),
        from = r.from.to_string(),
        into_name = r.into_name.as_str(),
        into = r.into.to_string()
    );
    out!("{undone}");
    if !r.restored.is_empty() {
        let restored: Vec<String> = r.restored.iter().map(|f| field_words(f)).collect();
        let line = tr!(
            "cli-unmerge-restored",
            name = r.into_name.as_str(),
            fields = list(&restored)
        );
        out!("{line}");
    }
    Ok(())
}

fn delete(desk: &Desk, key: &str, yes: bool) -> anyhow::Result<()> {
    let id = confirmed(desk, key, "cli-confirm-delete", yes)?;
    let v = desk.delete_member(id).in_words()?;
    let line = tr!(
        "cli-member-deleted",
        name = v.member.name.as_str(),
        id = v.member.id.to_string()
    );
    out!("{line}");
    Ok(())
}

fn erase(desk: &Desk, key: &str, yes: bool) -> anyhow::Result<()> {
    let id = confirmed(desk, key, "cli-confirm-erase", yes)?;
    let e = desk.erase_member(id).in_words()?;
    let line = tr!(
        "cli-member-erased",
        id = e.id.to_string(),
        visits = e.visits,
        spend = crate::domain::Money(e.spend).to_string()
    );
    out!("{line}");
    Ok(())
}

/// The member `key` names, once the question `ask` (a message naming them) is answered
/// yes — or `--yes` was given.
fn confirmed(desk: &Desk, key: &str, ask: &str, yes: bool) -> anyhow::Result<Id> {
    let v = desk.resolve(key).in_words()?;
    let (name, id) = (v.member.name.as_str(), v.member.id.to_string());
    super::confirm(tr!(ask, name = name, id = id.as_str()), yes)?;
    Ok(v.member.id)
}
