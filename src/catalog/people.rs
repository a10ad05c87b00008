//! Words for operators, roles, permissions and the audit trail.

use super::fluent::Messages;
use super::label;
use crate::domain::operator::OperatorProblem;
use crate::domain::{Change, Op, Permission, Role};
use crate::tr;

/// The message naming what a permission allows ("delete a member").
pub fn permission_id(p: Permission) -> &'static str {
    match p {
        Permission::DeleteMember => "permission-delete-member",
        Permission::MergeMembers => "permission-merge-members",
        Permission::AdjustPoints => "permission-adjust-points",
        Permission::ExportPersonalData => "permission-export-personal-data",
        Permission::EraseMember => "permission-erase-member",
        Permission::ManageOperators => "permission-manage-operators",
        Permission::ReadAudit => "permission-read-audit",
        Permission::Restore => "permission-restore",
        Permission::DeskWork => "permission-desk-work",
        Permission::RevealPhone => "permission-reveal-phone",
        Permission::RefundStoredValue => "permission-refund-stored-value",
        Permission::AdjustStoredValue => "permission-adjust-stored-value",
        Permission::RefundPackage => "permission-refund-package",
    }
}

pub fn role_words(r: Role) -> &'static str {
    label(match r {
        Role::Manager => "role-manager",
        Role::Receptionist => "role-receptionist",
    })
}

pub(super) fn operator_problem(m: &Messages, p: &OperatorProblem) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    let id = match p {
        OperatorProblem::NameEmpty => "operator-name-empty",
        OperatorProblem::NameTooLong { max } => {
            args.set("max", *max);
            "operator-name-too-long"
        }
        OperatorProblem::NameHasControl => "operator-name-control",
        OperatorProblem::PinShape { min, max } => {
            args.set("min", *min);
            args.set("max", *max);
            "operator-pin-shape"
        }
    };
    m.get(id, Some(&args))
}

/// One audit entry's action in words: what was done, to whom (by name when known).
pub fn audit_action(op: &Op, name: Option<&str>) -> String {
    let member = match (name, op.change.member()) {
        (Some(name), _) => name.to_string(),
        (None, Some(id)) => id.to_string(),
        (None, None) => String::new(),
    };
    let kind = change_kind(&op.change);
    let detail = match &op.change {
        Change::MemberUpsert { fields, .. } => {
            let words: Vec<String> = fields
                .keys()
                .into_iter()
                .map(|k| tr!("field-name", key = k))
                .collect();
            words.join(label("cli-list-sep"))
        }
        Change::Service { service } => service.amount.to_string(),
        Change::Points { entry } => format!("{:+}", entry.delta),
        Change::ComplaintAdd { complaint } => complaint.id.to_string(),
        Change::ComplaintUpdate { id, .. } => id.to_string(),
        Change::DataExported {
            what,
            rows,
            destination,
        } => format!("{what} {rows} → {destination}"),
        Change::OperatorSet { operator } => {
            format!("{} ({})", operator.name, role_words(operator.role))
        }
        Change::OperatorRemove { name } | Change::SignInRefused { name } => name.clone(),
        Change::MemberMerge { into, .. } => into.to_string(),
        Change::ShiftOpen { shift } => format!("#{} {}", shift.number, shift.float),
        Change::ShiftClose { close } => {
            format!("{} {}", close.figures.counted, close.figures.difference)
        }
        _ => String::new(),
    };
    [kind, member.as_str(), detail.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The change's kind in words ("member edited").
fn change_kind(c: &Change) -> &'static str {
    label(match c {
        Change::MemberUpsert { .. } => "audit-member-upsert",
        Change::MemberDelete { .. } => "audit-member-delete",
        Change::MemberMerge { .. } => "audit-member-merge",
        Change::MemberUnmerge { .. } => "audit-member-unmerge",
        Change::Visit { .. } => "audit-visit",
        Change::Service { .. } => "audit-service",
        Change::Points { .. } => "audit-points",
        Change::ComplaintAdd { .. } => "audit-complaint-add",
        Change::ComplaintUpdate { .. } => "audit-complaint-update",
        Change::TierChanged { .. } => "audit-tier-changed",
        Change::DataExported { .. } => "audit-data-exported",
        Change::OperatorSet { .. } => "audit-operator-set",
        Change::OperatorRemove { .. } => "audit-operator-remove",
        Change::MemberErase { .. } => "audit-member-erase",
        Change::PhoneRevealed { .. } => "audit-phone-revealed",
        Change::SignInRefused { .. } => "audit-sign-in-refused",
        Change::ShiftOpen { .. } => "audit-shift-open",
        Change::ShiftClose { .. } => "audit-shift-close",
        Change::ShiftAccept { .. } => "audit-shift-accept",
        Change::Wallet { .. } => "audit-wallet",
        Change::PackageSale { .. } => "audit-package-sale",
        Change::PackageUse { .. } => "audit-package-use",
        Change::PackageRefund { .. } => "audit-package-refund",
    })
}

/// "Li (manager)" for a status line or list.
pub fn operator_label(name: &str, role: Role) -> String {
    tr!("operator-label", name = name, role = role_words(role))
}

/// A desk's name as shown: the name it was given, or — for a desk never named, which the
/// store calls "desk" and the first four digits of its id — those words in the language
/// in use ("前台 1a2b").
pub fn desk_name(name: &str) -> String {
    match name.strip_prefix("desk ") {
        Some(id) if id.len() == 4 && id.chars().all(|c| c.is_ascii_hexdigit()) => {
            tr!("desk-unnamed", id = id)
        }
        _ => name.to_string(),
    }
}
