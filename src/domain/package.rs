//! Packages (次卡/套餐卡): N uses of a service bought in advance. A sale, each use and a
//! refund are separate records that never change; what a package has left, whether it
//! expired and what a refund pays are worked out from them by the pure rules below, so
//! every desk that holds the same records says the same.

use super::ids::Id;
use super::money::Money;
use super::payment::Payment;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// A package sold to a member: what it is (copied from the settings at the sale, so a
/// later settings change never rewrites it), what was paid and how, and until when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageSale {
    pub id: Id,
    pub member: Id,
    /// The settings' stable key (`haircut10`).
    pub key: String,
    pub name: String,
    /// The services it covers, as the settings name them.
    pub services: Vec<String>,
    pub uses: u32,
    pub price: Money,
    /// How the price was paid; the parts add up to `price`.
    pub payments: Vec<Payment>,
    /// After this moment the package can no longer be used.
    pub expires: Timestamp,
    pub operator: String,
    pub at: Timestamp,
}

/// One visit taken from a package, with the staff member who served it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageUse {
    pub id: Id,
    pub sale: Id,
    pub member: Id,
    pub staff: String,
    pub operator: String,
    pub at: Timestamp,
}

/// A package refunded (closed) by a manager: the amount paid back and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageRefund {
    pub id: Id,
    pub sale: Id,
    pub member: Id,
    pub amount: Money,
    pub method: String,
    pub reason: String,
    pub operator: String,
    pub at: Timestamp,
}

/// Where a package stands, in the order the desk says it: a refunded package is closed
/// whatever else is true; an expired one cannot be used even with uses left.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PackageState {
    Usable,
    UsedUp,
    Expired,
    Refunded,
}

impl PackageState {
    /// The stable key (JSON, the message id's tail).
    pub fn key(self) -> &'static str {
        match self {
            PackageState::Usable => "usable",
            PackageState::UsedUp => "used_up",
            PackageState::Expired => "expired",
            PackageState::Refunded => "refunded",
        }
    }
}

/// What a package has left at a moment.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct PackageStatus {
    pub used: u32,
    /// Uses left: never below 0.
    pub remaining: u32,
    /// Uses recorded beyond the count (two offline desks used the last one each):
    /// kept and shown, never dropped.
    pub overused: u32,
    pub state: PackageState,
}

/// The status of `sale` with `used` uses recorded, refunded or not, at `now`.
pub fn status(sale: &PackageSale, used: u32, refunded: bool, now: Timestamp) -> PackageStatus {
    let remaining = sale.uses.saturating_sub(used);
    let state = if refunded {
        PackageState::Refunded
    } else if expired(sale, now) {
        PackageState::Expired
    } else if remaining == 0 {
        PackageState::UsedUp
    } else {
        PackageState::Usable
    };
    PackageStatus {
        used,
        remaining,
        overused: used.saturating_sub(sale.uses),
        state,
    }
}

/// Expired once the time is past the expiry (the expiry itself is still in time).
pub fn expired(sale: &PackageSale, now: Timestamp) -> bool {
    now > sale.expires
}

/// What a refund pays back: the price less the uses taken at the unit price
/// (price / uses). Rounding: the uses are charged at the exact unit price and their
/// total rounded up to the minor unit, so the refund is `price × remaining / uses`
/// rounded down — never more than was paid, 0 once every use is taken, and the whole
/// price when none was.
pub fn refund_amount(price: Money, uses: u32, used: u32) -> Money {
    if uses == 0 || price.0 <= 0 {
        return Money(0);
    }
    let remaining = i128::from(uses.saturating_sub(used));
    let refund = i128::from(price.0) * remaining / i128::from(uses);
    Money(i64::try_from(refund).unwrap_or(0))
}

/// Whether a package covers a service: a package listing no services covers any; the
/// names compare without case and surrounding spaces.
pub fn covers(sale: &PackageSale, service: &str) -> bool {
    let service = service.trim().to_lowercase();
    sale.services.is_empty()
        || sale
            .services
            .iter()
            .any(|s| s.trim().to_lowercase() == service)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sale(uses: u32, price: i64, expires: i64) -> PackageSale {
        PackageSale {
            id: Id(1),
            member: Id(2),
            key: "cut10".into(),
            name: "10 haircuts".into(),
            services: vec!["Haircut".into()],
            uses,
            price: Money(price),
            payments: vec![Payment::new("cash", Money(price))],
            expires: Timestamp(expires),
            operator: String::new(),
            at: Timestamp(0),
        }
    }

    #[test]
    fn a_refund_rounds_down_to_the_minor_unit() {
        assert_eq!(refund_amount(Money(10_000), 3, 1), Money(6_666));
        assert_eq!(refund_amount(Money(10_000), 3, 3), Money(0));
        assert_eq!(refund_amount(Money(10_000), 3, 0), Money(10_000));
        assert_eq!(refund_amount(Money(10_000), 3, 5), Money(0));
    }

    #[test]
    fn the_state_reads_refunded_then_expired_then_used_up() {
        let s = sale(2, 100, 1_000);
        assert_eq!(
            status(&s, 0, false, Timestamp(1_000)).state,
            PackageState::Usable
        );
        assert_eq!(
            status(&s, 2, false, Timestamp(5)).state,
            PackageState::UsedUp
        );
        assert_eq!(
            status(&s, 0, false, Timestamp(1_001)).state,
            PackageState::Expired
        );
        assert_eq!(
            status(&s, 0, true, Timestamp(1_001)).state,
            PackageState::Refunded
        );
        assert!(covers(&s, " haircut "));
        assert!(!covers(&s, "colour"));
    }

    #[test]
    fn admission_refuses_a_package_no_desk_could_have_sold() {
        use crate::domain::admit::{OpFault, check_change};
        use crate::domain::ops::Change;
        let now = Timestamp(1_000);
        let ok = |s: PackageSale| check_change(&Change::PackageSale { sale: s }, now);
        assert_eq!(ok(sale(10, 100, 5_000_000)), Ok(()));
        assert!(ok(sale(0, 100, 0)).is_err());
        assert!(matches!(ok(sale(2, -1, 0)), Err(OpFault::Amount { .. })));
        let mut no_member = sale(2, 100, 0);
        no_member.member = Id(0);
        assert_eq!(ok(no_member), Err(OpFault::Id("member")));
        let refund = |amount| PackageRefund {
            id: Id(5),
            sale: Id(1),
            member: Id(2),
            amount: Money(amount),
            method: "cash".into(),
            reason: String::new(),
            operator: "Wang".into(),
            at: now,
        };
        let r = |x| check_change(&Change::PackageRefund { refund: x }, now);
        assert_eq!(r(refund(100)), Ok(()));
        assert!(r(refund(-5)).is_err());
        let late = PackageUse {
            id: Id(6),
            sale: Id(1),
            member: Id(2),
            staff: "Mia".into(),
            operator: String::new(),
            at: Timestamp(now.0 + 2 * 24 * 60 * 60 * 1000),
        };
        let u = check_change(&Change::PackageUse { package_use: late }, now);
        assert!(matches!(u, Err(OpFault::Time { .. })));
    }

    proptest! {
        #[test]
        fn remaining_and_overused_account_for_every_use(uses in 1u32..50, used in 0u32..100) {
            let st = status(&sale(uses, 100, 0), used, false, Timestamp(0));
            prop_assert_eq!(st.used, used);
            prop_assert_eq!(st.remaining + used.min(uses), uses);
            prop_assert_eq!(st.overused, used.saturating_sub(uses));
            prop_assert_eq!(st.state == PackageState::UsedUp, st.remaining == 0);
        }

        #[test]
        fn a_refund_is_never_more_than_paid_and_falls_with_each_use(
            price in 0i64..10_000_000_000, uses in 1u32..100, used in 0u32..100,
        ) {
            let r = refund_amount(Money(price), uses, used);
            let next = refund_amount(Money(price), uses, used + 1);
            prop_assert!(r.0 >= 0 && r.0 <= price);
            prop_assert!(next <= r);
            // What the uses were charged is at least their share of the price.
            let charged = i128::from(price - r.0) * i128::from(uses);
            prop_assert!(charged >= i128::from(price) * i128::from(used.min(uses)));
        }
    }
}
