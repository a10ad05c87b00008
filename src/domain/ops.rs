//! Operations: every change to the store is one of these, appended to the log in the
//! same transaction that updates the tables. The log is the audit trail and what desks
//! exchange, so applying the same set of operations in any order gives the same state.

use super::complaint::{Complaint, ComplaintUpdate};
use super::hlc::Hlc;
use super::ids::{Id, TerminalId};
use super::member::MemberFields;
use super::operator::Operator;
use super::package::{PackageRefund, PackageSale, PackageUse};
use super::points::PointsEntry;
use super::service::ServiceRecord;
use super::shift::{ShiftAccept, ShiftClose, ShiftOpen};
use super::tier_event::TierEvent;
use super::visit::Visit;
use super::wallet::WalletEntry;
use serde::{Deserialize, Serialize};

/// Placeholder for the id of a record an operation creates: the store replaces it with
/// the operation's own id (terminal + sequence) when it commits.
pub const NEW_ID: Id = Id(0);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Change {
    /// Creates the member if absent; sets the given fields (field-level last-writer-wins).
    MemberUpsert {
        id: Id,
        fields: MemberFields,
    },
    /// A tombstone: the member is gone on every desk, whatever edits arrive later.
    MemberDelete {
        id: Id,
    },
    /// `from` is folded into `into`; its records show under `into`. Undone by `MemberUnmerge`.
    MemberMerge {
        from: Id,
        into: Id,
    },
    MemberUnmerge {
        from: Id,
    },
    Visit {
        visit: Visit,
    },
    /// A service and the points it earned, in one operation so both count exactly once.
    Service {
        service: ServiceRecord,
    },
    Points {
        entry: PointsEntry,
    },
    ComplaintAdd {
        complaint: Complaint,
    },
    ComplaintUpdate {
        id: Id,
        update: ComplaintUpdate,
    },
    /// A tier change a desk noticed (at check-in or service), recorded with who and why.
    TierChanged {
        event: TierEvent,
    },
    /// Customer data written to a file (a CSV export): kept in the log as an audit entry;
    /// it changes no state.
    DataExported {
        what: String,
        rows: u64,
        destination: String,
    },
    /// An operator added or changed (last writer wins per name).
    OperatorSet {
        operator: Operator,
    },
    /// An operator who may no longer sign in (last writer wins per name).
    OperatorRemove {
        name: String,
    },
    /// The member's personal data is wiped on every desk, for good (the right to
    /// erasure); their visits, services and points stay as anonymous totals.
    MemberErase {
        id: Id,
    },
    /// Someone was shown a member's whole phone number: an audit entry; no state.
    PhoneRevealed {
        member: Id,
    },
    /// A sign-in with a wrong PIN (or an unknown name): an audit entry, and what the
    /// lock after repeated tries counts; no state.
    SignInRefused {
        name: String,
    },
    /// A shift opened on this desk with its cash float.
    ShiftOpen {
        shift: ShiftOpen,
    },
    /// A shift closed, with its slip's figures as computed then (they never change).
    ShiftClose {
        close: ShiftClose,
    },
    /// The next operator accepted a closed shift.
    ShiftAccept {
        accept: ShiftAccept,
    },
    /// A stored-value (储值) ledger entry: a top-up, a spend, a refund or an adjustment.
    Wallet {
        entry: WalletEntry,
    },
    /// A package (次卡) sold to a member and how it was paid.
    PackageSale {
        sale: PackageSale,
    },
    /// One use of a package, with the staff member.
    PackageUse {
        #[serde(rename = "use")]
        package_use: PackageUse,
    },
    /// A package refunded and closed by a manager.
    PackageRefund {
        refund: PackageRefund,
    },
}

impl Change {
    /// Give a record this operation creates its id.
    pub fn assign_id(&mut self, id: Id) {
        let slot = match self {
            Change::MemberUpsert { id: m, .. } => m,
            Change::Visit { visit } => &mut visit.id,
            Change::Service { service } => &mut service.id,
            Change::Points { entry } => &mut entry.id,
            Change::ComplaintAdd { complaint } => &mut complaint.id,
            Change::ShiftOpen { shift } => &mut shift.id,
            Change::Wallet { entry } => &mut entry.id,
            Change::PackageSale { sale } => &mut sale.id,
            Change::PackageUse { package_use } => &mut package_use.id,
            Change::PackageRefund { refund } => &mut refund.id,
            _ => return,
        };
        if *slot == NEW_ID {
            *slot = id;
        }
    }
    /// Records that name the operator carry the desk's operator when the form left it empty.
    pub fn fill_operator(&mut self, operator: &str) {
        let slot = match self {
            Change::Points { entry } => &mut entry.operator,
            Change::TierChanged { event } => &mut event.operator,
            Change::ShiftOpen { shift } => &mut shift.operator,
            Change::ShiftClose { close } => &mut close.operator,
            Change::ShiftAccept { accept } => &mut accept.operator,
            Change::Wallet { entry } => &mut entry.operator,
            Change::PackageSale { sale } => &mut sale.operator,
            Change::PackageUse { package_use } => &mut package_use.operator,
            Change::PackageRefund { refund } => &mut refund.operator,
            _ => return,
        };
        if slot.is_empty() {
            *slot = operator.to_string();
        }
    }

    /// The member this change is about, if any.
    pub fn member(&self) -> Option<Id> {
        match self {
            Change::MemberUpsert { id, .. } | Change::MemberDelete { id } => Some(*id),
            Change::MemberMerge { from, .. } | Change::MemberUnmerge { from } => Some(*from),
            Change::Visit { visit } => visit.member,
            Change::Service { service } => Some(service.member),
            Change::Points { entry } => Some(entry.member),
            Change::ComplaintAdd { complaint } => complaint.member,
            Change::ComplaintUpdate { .. } => None,
            Change::TierChanged { event } => Some(event.member),
            Change::DataExported { .. } => None,
            Change::OperatorSet { .. } | Change::OperatorRemove { .. } => None,
            Change::MemberErase { id } => Some(*id),
            Change::PhoneRevealed { member } => Some(*member),
            Change::SignInRefused { .. } => None,
            Change::ShiftOpen { .. } | Change::ShiftClose { .. } | Change::ShiftAccept { .. } => {
                None
            }
            Change::Wallet { entry } => Some(entry.member),
            Change::PackageSale { sale } => Some(sale.member),
            Change::PackageUse { package_use } => Some(package_use.member),
            Change::PackageRefund { refund } => Some(refund.member),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Op {
    pub terminal: TerminalId,
    pub seq: u64,
    pub hlc: Hlc,
    pub operator: String,
    pub change: Change,
}

impl Op {
    pub fn id(&self) -> Id {
        Id::new(self.terminal, self.seq)
    }
}
