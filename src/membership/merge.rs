//! Merging duplicate members, and undoing a merge.
//!
//! A merge is one commit of two operations: `MemberMerge { from, into }` (every visit,
//! service, complaint and ledger entry of `from` then shows under `into`; nothing is
//! copied or rewritten) and a `MemberUpsert` of the survivor with the union of both
//! members' tags and alerts, both notes joined, and the birthday or gender filled in
//! when only `from` had one. Nothing is lost: `from` keeps its own record, hidden.
//!
//! Undo reads back, from the operation log, what the survivor's fields were before the
//! merge (the last value of each field written before the merge's upsert), so it works
//! after a restart and on a desk that received the merge by sync.

use crate::domain::{Change, Gender, Hlc, Id, Member, MemberFields, Op};
use crate::store::{Store, StoreError};

/// Separates the survivor's notes from the merged member's.
pub const NOTES_JOIN: &str = " | ";

/// Why a merge or its undo was refused. Typed data, worded by the edges
/// (`catalog::merge_error`); `Display` is the developer's `Debug`.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub enum MergeError {
    /// Both sides are the same member.
    SameMember,
    /// No member has this id.
    NotFound(Id),
    /// The member to merge into was deleted.
    IntoDeleted { id: Id, name: String },
    /// The member to merge was deleted.
    FromDeleted { id: Id, name: String },
    /// The member is already merged into `into`.
    AlreadyMerged { id: Id, name: String, into: Id },
    /// Undo of a merge that did not happen.
    NotMerged { id: Id, name: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What a merge moved, for the desk to read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeReport {
    pub from: Id,
    pub from_name: String,
    pub into: Id,
    pub into_name: String,
    /// Records of `from` (and of members merged into it earlier) now under `into`.
    pub visits: usize,
    pub services: usize,
    pub complaints: usize,
    pub ledger_entries: usize,
    /// The points balance those entries carry.
    pub points: i64,
    pub tags_added: Vec<String>,
    pub alerts_added: Vec<String>,
    pub notes_joined: bool,
    /// Fields of the survivor filled from `from` because the survivor had none.
    pub filled: Vec<&'static str>,
    /// The survivor's points balance after the merge.
    pub balance_after: i64,
}

fn union(into: &[String], from: &[String]) -> (Vec<String>, Vec<String>) {
    let mut all = into.to_vec();
    let mut added = Vec::new();
    for x in from {
        if !all.iter().any(|y| y.eq_ignore_ascii_case(x)) {
            all.push(x.clone());
            added.push(x.clone());
        }
    }
    (all, added)
}

/// The survivor's fields after folding `from` into `into` (only what changes).
fn merged_fields(into: &Member, from: &Member) -> (MemberFields, Vec<String>, Vec<String>, bool) {
    let (tags, tags_added) = union(&into.tags, &from.tags);
    let (alerts, alerts_added) = union(&into.alerts, &from.alerts);
    let notes = match (into.notes.trim(), from.notes.trim()) {
        (_, "") => into.notes.clone(),
        ("", f) => f.to_string(),
        (i, f) if i.contains(f) => into.notes.clone(),
        (i, f) => format!("{i}{NOTES_JOIN}{f}"),
    };
    let mut after = into.clone();
    after.tags = tags;
    after.alerts = alerts;
    after.notes = notes;
    if after.birthday.is_none() {
        after.birthday = from.birthday;
    }
    if after.gender == Gender::Unspecified {
        after.gender = from.gender;
    }
    let notes_joined = after.notes != into.notes;
    (
        MemberFields::diff(into, &after),
        tags_added,
        alerts_added,
        notes_joined,
    )
}

/// Merge `from` into `into` (each followed through earlier merges): one commit of the
/// merge operation and the survivor's updated tags, alerts and notes.
pub fn merge(store: &Store, from: Id, into: Id) -> Result<MergeReport, MergeError> {
    let into = store.resolve(into)?;
    let from_sm = store
        .stored_member(from)?
        .filter(|s| !s.member.name.is_empty())
        .ok_or(MergeError::NotFound(from))?;
    let into_sm = store
        .stored_member(into)?
        .filter(|s| !s.member.name.is_empty())
        .ok_or(MergeError::NotFound(into))?;
    if from == into {
        return Err(MergeError::SameMember);
    }
    if let Some(already) = from_sm.merged_into {
        let already = store.resolve(already)?;
        if already == into {
            return Err(MergeError::SameMember);
        }
        return Err(MergeError::AlreadyMerged {
            id: from,
            name: from_sm.member.name,
            into: already,
        });
    }
    if into_sm.deleted {
        return Err(MergeError::IntoDeleted {
            id: into,
            name: into_sm.member.name,
        });
    }
    if from_sm.deleted {
        return Err(MergeError::FromDeleted {
            id: from,
            name: from_sm.member.name,
        });
    }
    let moved = store.history(from)?;
    let (fields, tags_added, alerts_added, notes_joined) =
        merged_fields(&into_sm.member, &from_sm.member);
    let mut filled = Vec::new();
    if fields.birthday.is_some() {
        filled.push("birthday");
    }
    if fields.gender.is_some() {
        filled.push("gender");
    }
    let mut changes = vec![Change::MemberMerge { from, into }];
    if !fields.is_empty() {
        changes.push(Change::MemberUpsert { id: into, fields });
    }
    store.commit(changes)?;
    let balance_after = store.member(into)?.map(|v| v.stats.points).unwrap_or(0);
    Ok(MergeReport {
        from,
        from_name: from_sm.member.name,
        into,
        into_name: into_sm.member.name,
        visits: moved.visits.len(),
        services: moved.services.len(),
        complaints: moved.complaints.len(),
        ledger_entries: moved.ledger.len(),
        points: moved
            .ledger
            .iter()
            .fold(0i64, |sum, e| sum.saturating_add(e.delta)),
        tags_added,
        alerts_added,
        notes_joined,
        filled,
        balance_after,
    })
}

/// What undoing a merge did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnmergeReport {
    pub from: Id,
    pub from_name: String,
    pub into: Id,
    pub into_name: String,
    /// Survivor fields put back as they were before the merge.
    pub restored: Vec<&'static str>,
}

/// Undo the merge of `from`: one commit of `MemberUnmerge` and the survivor's fields as
/// they were before the merge. A field edited at the desk since the merge keeps that
/// edit, less what the merge brought in (the tags, alerts and note of `from`).
pub fn undo_merge(store: &Store, from: Id) -> Result<UnmergeReport, MergeError> {
    let sm = store
        .stored_member(from)?
        .filter(|s| !s.member.name.is_empty())
        .ok_or(MergeError::NotFound(from))?;
    let Some(into) = sm.merged_into else {
        return Err(MergeError::NotMerged {
            id: from,
            name: sm.member.name,
        });
    };
    let survivor = store
        .stored_member(into)?
        .ok_or(MergeError::NotFound(into))?
        .member;
    let restore = restore_fields(store, from, into, &survivor)?;
    let restored = changed_names(&restore);
    let mut changes = vec![Change::MemberUnmerge { from }];
    if !restore.is_empty() {
        changes.push(Change::MemberUpsert {
            id: into,
            fields: restore,
        });
    }
    store.commit(changes)?;
    Ok(UnmergeReport {
        from,
        from_name: sm.member.name,
        into,
        into_name: survivor.name,
        restored,
    })
}

fn changed_names(f: &MemberFields) -> Vec<&'static str> {
    [
        (f.tags.is_some(), "tags"),
        (f.alerts.is_some(), "alerts"),
        (f.notes.is_some(), "notes"),
        (f.birthday.is_some(), "birthday"),
        (f.gender.is_some(), "gender"),
    ]
    .into_iter()
    .filter_map(|(set, n)| set.then_some(n))
    .collect()
}

/// The fields to write on the survivor so that it is as before the merge.
fn restore_fields(
    store: &Store,
    from: Id,
    into: Id,
    now: &Member,
) -> Result<MemberFields, StoreError> {
    // Every operation that names the survivor (its upserts, and the merge itself).
    let ops = store.ops_containing(&format!("\"{into}\""))?;
    let Some(merge_op) = ops
        .iter()
        .filter(|op| {
            matches!(op.change, Change::MemberMerge { from: f, into: i } if f == from && i == into)
        })
        .max_by_key(|op| op.hlc)
    else {
        return Ok(MemberFields::default());
    };
    // The upsert committed with the merge: the next operation of the same desk, stamped
    // in the same commit (same wall time, next counter). A merge that changed none of the
    // survivor's fields has none, and then there is nothing to restore.
    let Some(merge_upsert) = ops.iter().find(|op| {
        op.terminal == merge_op.terminal
            && op.seq == merge_op.seq + 1
            && op.hlc.ms == merge_op.hlc.ms
            && op.hlc.counter == merge_op.hlc.counter + 1
            && matches!(op.change, Change::MemberUpsert { id, .. } if id == into)
    }) else {
        return Ok(MemberFields::default());
    };
    let Change::MemberUpsert { fields: merged, .. } = &merge_upsert.change else {
        return Ok(MemberFields::default());
    };
    let before = fields_before(&ops, into, merge_upsert.hlc);
    let mut out = MemberFields::default();
    if let Some(m) = &merged.tags {
        out.tags = restore_list(&now.tags, m, before.tags.as_deref().unwrap_or(&[]));
    }
    if let Some(m) = &merged.alerts {
        out.alerts = restore_list(&now.alerts, m, before.alerts.as_deref().unwrap_or(&[]));
    }
    if let Some(m) = &merged.notes {
        let b = before.notes.clone().unwrap_or_default();
        let restored = if now.notes == *m {
            b
        } else {
            // Edited since: take out only the part the merge appended.
            let appended = m.strip_prefix(b.as_str()).unwrap_or("");
            if !appended.is_empty() && now.notes.contains(appended) {
                now.notes.replacen(appended, "", 1)
            } else {
                now.notes.clone()
            }
        };
        if restored != now.notes {
            out.notes = Some(restored);
        }
    }
    if let Some(m) = &merged.birthday
        && now.birthday == *m
    {
        let b = before.birthday.unwrap_or(None);
        if b != now.birthday {
            out.birthday = Some(b);
        }
    }
    if let Some(m) = &merged.gender
        && now.gender == *m
    {
        let b = before.gender.unwrap_or_default();
        if b != now.gender {
            out.gender = Some(b);
        }
    }
    Ok(out)
}

/// The list as before the merge: itself when untouched since; else today's list less
/// what the merge added.
fn restore_list(now: &[String], merged: &[String], before: &[String]) -> Option<Vec<String>> {
    let restored: Vec<String> = if now == merged {
        before.to_vec()
    } else {
        now.iter()
            .filter(|x| before.contains(x) || !merged.contains(x))
            .cloned()
            .collect()
    };
    (restored != now).then_some(restored)
}

/// Field-level last-writer-wins over the survivor's upserts older than `until`: each
/// field as it stood just before the merge.
fn fields_before(ops: &[Op], id: Id, until: Hlc) -> MemberFields {
    let mut upserts: Vec<(&Hlc, &MemberFields)> = ops
        .iter()
        .filter(|op| op.hlc < until)
        .filter_map(|op| match &op.change {
            Change::MemberUpsert { id: i, fields } if *i == id => Some((&op.hlc, fields)),
            _ => None,
        })
        .collect();
    upserts.sort_by_key(|(h, _)| **h);
    let mut out = MemberFields::default();
    for (_, f) in upserts {
        macro_rules! take {
            ($($name:ident),*) => {$(
                if f.$name.is_some() {
                    out.$name = f.$name.clone();
                }
            )*};
        }
        take!(
            card,
            name,
            phone,
            gender,
            birthday,
            tags,
            notes,
            alerts,
            marketing_consent
        );
    }
    out
}
