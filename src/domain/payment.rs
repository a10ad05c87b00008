//! How a bill was paid (收银): one or more payments, each by a method the program lists
//! (cash, WeChat Pay, Alipay, bank card, stored value, a package use, a voucher).

use super::money::Money;
use serde::{Deserialize, Serialize};

/// The stable keys of the methods the desk knows by name; a program may list others
/// (a local voucher platform), shown as written.
pub mod method {
    pub const CASH: &str = "cash";
    pub const WECHAT: &str = "wechat";
    pub const ALIPAY: &str = "alipay";
    pub const CARD: &str = "card";
    /// Drawn from the member's prepaid balance (储值).
    pub const STORED_VALUE: &str = "stored_value";
    /// One use of a prepaid package (次卡).
    pub const PACKAGE: &str = "package";
    /// A voucher, such as one checked off from a group-buy platform (团购券).
    pub const VOUCHER: &str = "voucher";
    /// Every method a program lists when its settings say nothing.
    pub const DEFAULT: [&str; 7] = [CASH, WECHAT, ALIPAY, CARD, STORED_VALUE, PACKAGE, VOUCHER];
}

/// One part of a bill's payment.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Payment {
    /// The method's key ([`method`]).
    pub method: String,
    pub amount: Money,
}

impl Payment {
    pub fn new(method: &str, amount: Money) -> Payment {
        Payment {
            method: method.to_string(),
            amount,
        }
    }
}

/// What the payments add up to; `None` when the sum would not fit (never wraps).
pub fn paid_total(payments: &[Payment]) -> Option<Money> {
    payments
        .iter()
        .try_fold(Money(0), |sum, p| sum.checked_add(p.amount))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payments_add_up_without_wrapping() {
        let p = |m: &str, a| Payment {
            method: m.into(),
            amount: Money(a),
        };
        assert_eq!(
            paid_total(&[p(method::CASH, 100), p(method::WECHAT, 250)]),
            Some(Money(350))
        );
        assert_eq!(paid_total(&[]), Some(Money(0)));
        assert_eq!(paid_total(&[p("cash", i64::MAX), p("cash", 1)]), None);
    }
}
