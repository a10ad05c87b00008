//! Personal data: a whole phone number shown only on request (and recorded), erasure on
//! request, and the audit trail of who did what.

use super::{Desk, DeskError};
use crate::domain::{Change, Id, Op, Permission};
use crate::store::AuditFilter;

/// A member whose personal data was erased: who they were is no longer known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Erased {
    pub id: Id,
    pub visits: u32,
    pub spend: i64,
}

/// One entry of the audit trail.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditEntry {
    pub op: Op,
    /// The member's name today; `None` when the entry is about no member, or the member
    /// is gone or erased (the id then stands for them).
    pub member: Option<String>,
}

impl Desk<'_> {
    /// The member's whole phone number; that it was shown, and to whom, is recorded.
    pub fn reveal_phone(&self, id: Id) -> Result<String, DeskError> {
        self.allow(Permission::RevealPhone)?;
        let v = self.member(id)?;
        self.commit(vec![Change::PhoneRevealed {
            member: v.member.id,
        }])?;
        Ok(v.member.phone)
    }

    /// Wipe the member's personal data on every desk (the right to erasure, PIPL/GDPR):
    /// name, phone, card, birthday, tags, notes, alerts; their visits, services and
    /// points stay as anonymous figures. Edits arriving later keep nothing personal.
    pub fn erase_member(&self, id: Id) -> Result<Erased, DeskError> {
        self.allow(Permission::EraseMember)?;
        let v = self.member(id)?;
        let ids: Vec<Id> = v.ids().collect();
        let changes = ids.iter().map(|&id| Change::MemberErase { id }).collect();
        self.commit(changes)?;
        Ok(Erased {
            id: v.member.id,
            visits: v.stats.visits,
            spend: v.stats.spend,
        })
    }

    /// Who did what, when, on which desk: the newest log entries that pass the filter,
    /// each with the name of the member it is about (as the member is named now).
    pub fn audit(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>, DeskError> {
        self.allow(Permission::ReadAudit)?;
        let ops = self.store.audit(filter)?;
        let ids: Vec<Id> = ops.iter().filter_map(|op| op.change.member()).collect();
        let mut names = self.store.member_views(&ids)?.into_iter();
        Ok(ops
            .into_iter()
            .map(|op| {
                let member = op.change.member().and_then(|_| names.next().flatten());
                AuditEntry {
                    member: member.map(|v| v.member.name).filter(|n| !n.is_empty()),
                    op,
                }
            })
            .collect())
    }
}
