//! The money that moved at a desk during a shift: the one place that lists it
//! ([`op_movements`]). Today it reads the bills; stored-value top-ups and refunds and
//! package sales and refunds add their arms there, each movement with its kind,
//! method, amount, operator and time.

use crate::domain::shift::{Movement, MovementKind, NOT_RECORDED, ShiftCounts};
use crate::domain::wallet::WalletKind;
use crate::domain::{Change, Id, Money, Op, TerminalId};
use crate::store::{Store, StoreError};

/// What a desk did between two points of its own sequence: every operation a desk
/// makes carries the desk and its sequence number, so a shift holds exactly the
/// operations made on its desk after it opened (`from`, the opening) and before it
/// closed (`to`, the close; `u64::MAX` while open), whatever the clocks said.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub desk: TerminalId,
    pub from: u64,
    pub to: u64,
}

impl Span {
    /// The span of a shift opened by the operation `open` and still open.
    pub fn from_open(open: Id) -> Span {
        Span {
            desk: open.terminal(),
            from: open.seq(),
            to: u64::MAX,
        }
    }
}

/// Every money movement of the span, in the desk's order.
pub fn money_movements(store: &Store, span: &Span) -> Result<Vec<Movement>, StoreError> {
    Ok(activity(store, span)?.0)
}

/// The span's money movements and its counts of check-ins, bills and complaints.
pub fn activity(store: &Store, span: &Span) -> Result<(Vec<Movement>, ShiftCounts), StoreError> {
    let (Some(first), Some(last)) = (span.from.checked_add(1), span.to.checked_sub(1)) else {
        return Ok((Vec::new(), ShiftCounts::default()));
    };
    let mut moves = Vec::new();
    let mut counts = ShiftCounts::default();
    for op in store.ops_of(span.desk.0, first, last)? {
        match &op.change {
            Change::Visit { .. } => counts.check_ins += 1,
            Change::Service { .. } => counts.services += 1,
            Change::ComplaintAdd { .. } => counts.complaints += 1,
            _ => {}
        }
        moves.extend(op_movements(&op));
    }
    Ok((moves, counts))
}

/// The money one operation moved. Each part of a bill is a sale by its method; a bill
/// with no payments recorded (an older one) counts as [`NOT_RECORDED`].
pub fn op_movements(op: &Op) -> Vec<Movement> {
    let moved = |kind, method: &str, amount, at| Movement {
        id: op.id(),
        kind,
        method: method.to_string(),
        amount,
        operator: op.operator.clone(),
        at,
    };
    match &op.change {
        Change::Service { service } if service.payments.is_empty() => {
            vec![moved(
                MovementKind::Sale,
                NOT_RECORDED,
                service.amount,
                service.at,
            )]
        }
        Change::Service { service } => service
            .payments
            .iter()
            .map(|p| moved(MovementKind::Sale, &p.method, p.amount, service.at))
            .collect(),
        // Money paid in to stored value, and unused principal paid back; a spend is a
        // bill's part already, and a bonus or an adjustment is no money at the desk.
        Change::Wallet { entry } => match entry.kind {
            WalletKind::TopUp => vec![moved(
                MovementKind::TopUp,
                &entry.method,
                entry.principal,
                entry.at,
            )],
            WalletKind::Refund => vec![moved(
                MovementKind::Refund,
                &entry.method,
                Money(entry.principal.0.saturating_neg()),
                entry.at,
            )],
            WalletKind::Spend | WalletKind::Adjustment => Vec::new(),
        },
        // A package sold is a sale by how it was paid; a refund pays money back.
        Change::PackageSale { sale } => sale
            .payments
            .iter()
            .map(|p| moved(MovementKind::Sale, &p.method, p.amount, sale.at))
            .collect(),
        Change::PackageRefund { refund } => vec![moved(
            MovementKind::Refund,
            &refund.method,
            refund.amount,
            refund.at,
        )],
        _ => Vec::new(),
    }
}
