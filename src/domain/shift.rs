//! The shift (交班): a desk's operator opens it with a cash float (备用金), closes it with
//! the cash counted, and the next operator accepts it. The closed shift is a slip
//! numbered per desk that never changes: its figures are computed when it closes and
//! travel in the close operation, so late bundles cannot rewrite it.

use super::ids::{Id, TerminalId};
use super::money::Money;
use super::payment::method;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// The method key of a bill recorded before bills said how they were paid.
pub const NOT_RECORDED: &str = "not_recorded";

/// A shift opened: its id is the opening operation's (this desk and its sequence).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShiftOpen {
    pub id: Id,
    /// The desk's name when the shift opened (slips are shown by desk name and number).
    pub desk_name: String,
    /// 1, 2, 3… on this desk.
    pub number: u64,
    pub operator: String,
    pub float: Money,
    pub at: Timestamp,
}

/// A shift closed, with its slip's figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShiftClose {
    pub shift: Id,
    pub operator: String,
    pub at: Timestamp,
    pub figures: ShiftFigures,
}

/// The next operator took the closed shift over.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShiftAccept {
    pub shift: Id,
    pub operator: String,
    pub at: Timestamp,
}

/// What kind of money moved.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MovementKind {
    /// A bill or a package sold: money in.
    Sale,
    /// Money put on a prepaid balance: money in, apart from sales.
    TopUp,
    /// Money given back: money out.
    Refund,
}

/// One movement of money at a desk: the record that made it, how, how much, who, when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Movement {
    /// The record (a bill, a ledger entry): its id names the desk and its place in the
    /// desk's sequence.
    pub id: Id,
    pub kind: MovementKind,
    /// A [`method`] key, or [`NOT_RECORDED`].
    pub method: String,
    /// Never negative: a refund's amount is what went out.
    pub amount: Money,
    pub operator: String,
    pub at: Timestamp,
}

/// The figures of one method on a slip.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodLine {
    pub method: String,
    pub sales: Money,
    pub top_ups: Money,
    pub refunds: Money,
}

/// What the slip says: totals by method, sales apart from top-ups and refunds, the
/// cash expected beside the cash counted, and the counts of the shift.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShiftFigures {
    pub lines: Vec<MethodLine>,
    pub sales: Money,
    pub top_ups: Money,
    pub refunds: Money,
    pub float: Money,
    pub cash_in: Money,
    pub cash_out: Money,
    /// Float + cash taken − cash paid out.
    pub expected_cash: Money,
    pub counted: Money,
    /// Counted − expected: below 0 when cash is missing.
    pub difference: Money,
    pub check_ins: u64,
    pub services: u64,
    pub complaints: u64,
}

/// What the desk counted in a shift besides money.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct ShiftCounts {
    pub check_ins: u64,
    pub services: u64,
    pub complaints: u64,
}

/// Why figures cannot be made: a sum that would not fit.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Overflow;

/// Whether money paid by this method is cash in the drawer.
pub fn is_cash(m: &str) -> bool {
    m == method::CASH
}

/// The slip's figures from the shift's movements, float and counted cash. Lines follow
/// the program's method order, then any other method by name.
pub fn figures(
    moves: &[Movement],
    float: Money,
    counted: Money,
    counts: ShiftCounts,
) -> Result<ShiftFigures, Overflow> {
    let add = |a: Money, b: Money| a.checked_add(b).ok_or(Overflow);
    let mut f = ShiftFigures {
        float,
        counted,
        check_ins: counts.check_ins,
        services: counts.services,
        complaints: counts.complaints,
        ..ShiftFigures::default()
    };
    for m in moves {
        let i = match f.lines.iter().position(|l| l.method == m.method) {
            Some(i) => i,
            None => {
                f.lines.push(MethodLine {
                    method: m.method.clone(),
                    ..MethodLine::default()
                });
                f.lines.len() - 1
            }
        };
        let line = &mut f.lines[i];
        let (slot, total) = match m.kind {
            MovementKind::Sale => (&mut line.sales, &mut f.sales),
            MovementKind::TopUp => (&mut line.top_ups, &mut f.top_ups),
            MovementKind::Refund => (&mut line.refunds, &mut f.refunds),
        };
        *slot = add(*slot, m.amount)?;
        *total = add(*total, m.amount)?;
        if is_cash(&m.method) {
            match m.kind {
                MovementKind::Refund => f.cash_out = add(f.cash_out, m.amount)?,
                _ => f.cash_in = add(f.cash_in, m.amount)?,
            }
        }
    }
    f.lines.sort_by_key(|l| order(&l.method));
    let expected = add(float, f.cash_in)?.0.checked_sub(f.cash_out.0);
    f.expected_cash = Money(expected.ok_or(Overflow)?);
    f.difference = Money(counted.0.checked_sub(f.expected_cash.0).ok_or(Overflow)?);
    Ok(f)
}

/// Sort key: the known methods first in their usual order, then others by name.
fn order(m: &str) -> (usize, String) {
    let known = method::DEFAULT.iter().position(|k| *k == m);
    (known.unwrap_or(method::DEFAULT.len()), m.to_string())
}

/// Several slips added up (the day close, 日结).
pub fn sum(all: &[&ShiftFigures]) -> Result<ShiftFigures, Overflow> {
    let add = |a: Money, b: Money| a.checked_add(b).ok_or(Overflow);
    let mut t = ShiftFigures::default();
    for f in all {
        for l in &f.lines {
            let i = match t.lines.iter().position(|x| x.method == l.method) {
                Some(i) => i,
                None => {
                    t.lines.push(MethodLine {
                        method: l.method.clone(),
                        ..MethodLine::default()
                    });
                    t.lines.len() - 1
                }
            };
            let x = &mut t.lines[i];
            x.sales = add(x.sales, l.sales)?;
            x.top_ups = add(x.top_ups, l.top_ups)?;
            x.refunds = add(x.refunds, l.refunds)?;
        }
        t.sales = add(t.sales, f.sales)?;
        t.top_ups = add(t.top_ups, f.top_ups)?;
        t.refunds = add(t.refunds, f.refunds)?;
        t.float = add(t.float, f.float)?;
        t.cash_in = add(t.cash_in, f.cash_in)?;
        t.cash_out = add(t.cash_out, f.cash_out)?;
        t.expected_cash = add(t.expected_cash, f.expected_cash)?;
        t.counted = add(t.counted, f.counted)?;
        t.difference = add(t.difference, f.difference)?;
        t.check_ins = t.check_ins.saturating_add(f.check_ins);
        t.services = t.services.saturating_add(f.services);
        t.complaints = t.complaints.saturating_add(f.complaints);
    }
    t.lines.sort_by_key(|l| order(&l.method));
    Ok(t)
}

/// A shift as every desk converges on it: opened, maybe closed, maybe accepted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shift {
    pub id: Id,
    pub open: Option<ShiftOpen>,
    pub close: Option<ShiftClose>,
    pub accept: Option<ShiftAccept>,
}

impl Shift {
    pub fn desk(&self) -> TerminalId {
        self.id.terminal()
    }
    pub fn is_open(&self) -> bool {
        self.open.is_some() && self.close.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mv(kind: MovementKind, m: &str, a: i64) -> Movement {
        Movement {
            id: Id(1),
            kind,
            method: m.into(),
            amount: Money(a),
            operator: "Li".into(),
            at: Timestamp(0),
        }
    }

    #[test]
    fn cash_expected_is_float_plus_cash_in_minus_cash_out() {
        let moves = [
            mv(MovementKind::Sale, "wechat", 10_000),
            mv(MovementKind::Sale, "cash", 5_000),
            mv(MovementKind::TopUp, "cash", 100_000),
            mv(MovementKind::Refund, "cash", 2_000),
            mv(MovementKind::Sale, "stored_value", 7_000),
        ];
        let f = figures(
            &moves,
            Money(50_000),
            Money(152_000),
            ShiftCounts::default(),
        );
        let f = f.expect("fits");
        assert_eq!(f.expected_cash, Money(153_000));
        assert_eq!(f.difference, Money(-1_000));
        assert_eq!(f.sales, Money(22_000));
        assert_eq!(f.top_ups, Money(100_000));
        let methods: Vec<&str> = f.lines.iter().map(|l| l.method.as_str()).collect();
        assert_eq!(methods, ["cash", "wechat", "stored_value"]);
    }
}
