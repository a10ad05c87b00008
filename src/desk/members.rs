//! Members at the desk: name one by id, card or phone; add, edit, delete, merge, unmerge;
//! members a new one may duplicate.

use super::{Desk, DeskError};
use crate::domain::duplicates::{DuplicateGroup, DuplicateReason};
use crate::domain::ops::NEW_ID;
use crate::domain::phone::{mask_phone, normalize_phone};
use crate::domain::validate::{self, MemberDraft};
use crate::domain::{Change, Id, Member, MemberFields, Permission};
use crate::membership::duplicates::candidates_for;
use crate::membership::merge::{MergeReport, UnmergeReport};
use crate::store::MemberView;

/// A new member from a form or the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddMember {
    pub draft: MemberDraft,
    /// The member who referred this one: they earn the program's referral bonus.
    pub referred_by: Option<Id>,
    /// Save even when the member looks like one already held (the desk has seen the
    /// warning). Unconfirmed, a likely duplicate stops the save with
    /// [`DeskError::PossibleDuplicates`] and nothing is written.
    pub confirmed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberAdded {
    pub id: Id,
    pub name: String,
    /// Members this one may duplicate (kept: merging is the desk's call).
    pub similar: Vec<DuplicateNote>,
    /// The referrer and the points they earned (0 when the program gives none).
    pub referral: Option<(String, Id, i64)>,
}

/// A member already held who looks like the one being saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicateNote {
    pub id: Id,
    pub name: String,
    /// Masked: the screen never shows a full phone number unasked.
    pub phone: String,
    pub reason: DuplicateReason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditMember {
    pub id: Id,
    /// The member's fields after the edit, as typed.
    pub draft: MemberDraft,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberEdited {
    pub id: Id,
    pub name: String,
    /// The fields that changed, by their stable names.
    pub changed: Vec<&'static str>,
    pub similar: Vec<DuplicateNote>,
}

/// A merge done: what moved, and how to undo it.
pub type Merged = MergeReport;

impl Desk<'_> {
    /// The one member `key` names: a member id, a card number or a full phone number.
    pub fn resolve(&self, key: &str) -> Result<MemberView, DeskError> {
        let key = key.trim();
        if key.is_empty() {
            return Err(DeskError::NoMemberKey);
        }
        let mut found: Vec<MemberView> = Vec::new();
        let mut add = |views: Vec<MemberView>| {
            for v in views {
                if !found.iter().any(|f| f.member.id == v.member.id) {
                    found.push(v);
                }
            }
        };
        if let Ok(id) = key.parse::<Id>() {
            add(self.store.member(id)?.into_iter().collect());
        }
        if let Ok(card) = validate::card(key)
            && !card.is_empty()
        {
            add(self.store.members_with_card(&card)?);
        }
        if let Ok(phone) = normalize_phone(key) {
            add(self.store.members_with_phone(&phone)?);
        }
        match found.len() {
            1 => Ok(found.remove(0)),
            0 => Err(DeskError::NoSuchMember(key.to_string())),
            _ => Err(DeskError::AmbiguousMember(
                key.to_string(),
                found
                    .into_iter()
                    .map(|v| (v.member.name, v.member.id))
                    .collect(),
            )),
        }
    }

    /// The member with this id, following merges, or why not.
    pub fn member(&self, id: Id) -> Result<MemberView, DeskError> {
        self.store.member(id)?.ok_or(DeskError::MemberGone(id))
    }

    pub fn add_member(&self, a: AddMember) -> Result<MemberAdded, DeskError> {
        let m = a
            .draft
            .validate(Member::empty(NEW_ID, self.now), self.now.local_date())?;
        let similar = self.similar_to(&m)?;
        if !a.confirmed && !similar.is_empty() {
            return Err(DeskError::PossibleDuplicates(similar));
        }
        let referrer = a.referred_by.map(|id| self.member(id)).transpose()?;
        let mut changes = vec![Change::MemberUpsert {
            id: NEW_ID,
            fields: MemberFields::all_of(&m),
        }];
        let mut referral = None;
        if let Some(r) = &referrer {
            let bonus = crate::membership::points::referral(
                self.settings,
                r.member.id,
                &m.name,
                &self.operator()?,
                self.now,
            );
            let points = match &bonus {
                Some(Change::Points { entry }) => entry.delta,
                _ => 0,
            };
            changes.extend(bonus);
            referral = Some((r.member.name.clone(), r.member.id, points));
        }
        let ops = self.commit(changes)?;
        Ok(MemberAdded {
            id: ops.first().map_or(NEW_ID, |op| op.id()),
            name: m.name,
            similar,
            referral,
        })
    }

    /// Members `m` may duplicate, strongest reason first.
    pub fn similar_to(&self, m: &Member) -> Result<Vec<DuplicateNote>, DeskError> {
        Ok(candidates_for(self.store, m)?
            .into_iter()
            .map(|(v, reason)| DuplicateNote {
                id: v.member.id,
                name: v.member.name,
                phone: mask_phone(&v.member.phone),
                reason,
            })
            .collect())
    }

    pub fn edit_member(&self, e: EditMember) -> Result<MemberEdited, DeskError> {
        let old = self.member(e.id)?.member;
        let new = e.draft.validate(old.clone(), self.now.local_date())?;
        let fields = MemberFields::diff(&old, &new);
        if fields.is_empty() {
            return Err(DeskError::NothingToChange);
        }
        // Warn only when what identifies the member changed.
        let identity = fields.name.is_some()
            || fields.phone.is_some()
            || fields.card.is_some()
            || fields.birthday.is_some();
        let similar = if identity {
            self.similar_to(&new)?
        } else {
            Vec::new()
        };
        let changed = fields.keys();
        self.commit(vec![Change::MemberUpsert { id: old.id, fields }])?;
        Ok(MemberEdited {
            id: old.id,
            name: new.name,
            changed,
            similar,
        })
    }

    /// Delete a member on every desk (a tombstone: their history stays in the log).
    pub fn delete_member(&self, id: Id) -> Result<MemberView, DeskError> {
        self.allow(Permission::DeleteMember)?;
        let v = self.member(id)?;
        self.commit(vec![Change::MemberDelete { id: v.member.id }])?;
        Ok(v)
    }

    pub fn merge_members(&self, from: Id, into: Id) -> Result<Merged, DeskError> {
        self.allow(Permission::MergeMembers)?;
        Ok(crate::membership::merge::merge(self.store, from, into)?)
    }

    pub fn unmerge_member(&self, from: Id) -> Result<UnmergeReport, DeskError> {
        self.allow(Permission::MergeMembers)?;
        Ok(crate::membership::merge::undo_merge(self.store, from)?)
    }

    /// Groups of members that look like one person, each with the members' records.
    pub fn duplicate_groups(&self) -> Result<Vec<(DuplicateGroup, Vec<MemberView>)>, DeskError> {
        let groups = crate::membership::duplicates::groups(self.store)?;
        let mut out = Vec::with_capacity(groups.len());
        for g in groups {
            let views = self.views(&g.members)?;
            out.push((g, views.into_iter().flatten().collect()));
        }
        Ok(out)
    }
}
