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

/// Why a bill's payments cannot be taken. No wording: the edges say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaymentProblem {
    /// No payment given.
    Missing,
    /// A method the program does not list: as typed.
    UnknownMethod(String),
    /// A part of 0.
    ZeroPart,
    /// The parts add up to `paid`, not to what is `due`.
    DoesNotAddUp { paid: Money, due: Money },
    /// A method this desk cannot take yet for this bill (by key).
    Unavailable(String),
    /// More than one part was left to take "the rest".
    TwoRests,
}

/// The member price (会员价): the list price less the tier's discount, the discount
/// rounded down to the minor unit so the desk never charges less than the rule says.
pub fn member_price(list: Money, discount_percent: u32) -> Money {
    let pct = i64::from(discount_percent.min(100));
    let off = list.0.saturating_mul(pct) / 100;
    Money(list.0 - off)
}

/// The payments of a bill of `due`, each by a listed method and more than 0, adding up
/// exactly.
pub fn check_payments(
    payments: &[Payment],
    due: Money,
    methods: &[String],
) -> Result<(), PaymentProblem> {
    if payments.is_empty() {
        return Err(PaymentProblem::Missing);
    }
    for p in payments {
        if !methods.contains(&p.method) {
            return Err(PaymentProblem::UnknownMethod(p.method.clone()));
        }
        if p.amount.0 <= 0 {
            return Err(PaymentProblem::ZeroPart);
        }
    }
    match paid_total(payments) {
        Some(paid) if paid == due => Ok(()),
        Some(paid) => Err(PaymentProblem::DoesNotAddUp { paid, due }),
        None => Err(PaymentProblem::DoesNotAddUp {
            paid: super::money::MAX_AMOUNT,
            due,
        }),
    }
}

/// Parts as a desk types them: each with an amount, or one without, which takes what is
/// left of `due` ("stored value 100, the rest by WeChat").
pub fn with_rest(
    parts: &[(String, Option<Money>)],
    due: Money,
) -> Result<Vec<Payment>, PaymentProblem> {
    if parts.iter().filter(|(_, a)| a.is_none()).count() > 1 {
        return Err(PaymentProblem::TwoRests);
    }
    let given: Vec<Payment> = parts
        .iter()
        .filter_map(|(m, a)| a.map(|a| Payment::new(m, a)))
        .collect();
    let paid = paid_total(&given).ok_or(PaymentProblem::DoesNotAddUp {
        paid: super::money::MAX_AMOUNT,
        due,
    })?;
    let mut out = Vec::new();
    for (m, a) in parts {
        match a {
            Some(a) => out.push(Payment::new(m, *a)),
            None if paid < due => out.push(Payment::new(m, Money(due.0 - paid.0))),
            None => return Err(PaymentProblem::DoesNotAddUp { paid, due }),
        }
    }
    Ok(out)
}

/// The part of a bill that earns points: every payment but those by methods the
/// program names as earning none.
pub fn earning_part(payments: &[Payment], no_points_for: &[String]) -> Money {
    let earning: Vec<Payment> = payments
        .iter()
        .filter(|p| !no_points_for.contains(&p.method))
        .cloned()
        .collect();
    paid_total(&earning).unwrap_or(Money(0))
}

/// A method as typed at a desk or on the command line: its key, for the names and short
/// forms a receptionist uses in either language (微信, wx, 支付宝, zfb, 储值, sv…); any
/// other text lower-cased, to be checked against the program's list.
pub fn method_key(typed: &str) -> String {
    let t = typed.trim().to_lowercase();
    let key = match t.as_str() {
        "cash" | "现金" => method::CASH,
        "wechat" | "wx" | "weixin" | "微信" | "微信支付" => method::WECHAT,
        "alipay" | "zfb" | "支付宝" => method::ALIPAY,
        "card" | "bank" | "bankcard" | "银行卡" | "刷卡" => method::CARD,
        "stored_value" | "stored-value" | "sv" | "balance" | "储值" | "余额" => {
            method::STORED_VALUE
        }
        "package" | "pkg" | "次卡" | "套餐" => method::PACKAGE,
        "voucher" | "券" | "团购券" | "代金券" => method::VOUCHER,
        _ => return t,
    };
    key.to_string()
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
    fn a_member_price_rounds_the_discount_down() {
        assert_eq!(member_price(Money(20000), 10), Money(18000));
        assert_eq!(member_price(Money(999), 15), Money(850));
        assert_eq!(member_price(Money(999), 0), Money(999));
        assert_eq!(member_price(Money(999), 100), Money(0));
    }

    #[test]
    fn a_split_bill_must_add_up_by_listed_methods() {
        let listed: Vec<String> = method::DEFAULT.iter().map(|m| m.to_string()).collect();
        let p = |m: &str, a| Payment::new(m, Money(a));
        let due = Money(18000);
        assert_eq!(
            check_payments(&[p("stored_value", 10000), p("wechat", 8000)], due, &listed),
            Ok(())
        );
        assert_eq!(
            check_payments(&[p("wechat", 8000)], due, &listed),
            Err(PaymentProblem::DoesNotAddUp {
                paid: Money(8000),
                due
            })
        );
        assert_eq!(
            check_payments(&[p("paypal", 18000)], due, &listed),
            Err(PaymentProblem::UnknownMethod("paypal".into()))
        );
        assert_eq!(
            check_payments(&[], due, &listed),
            Err(PaymentProblem::Missing)
        );
        assert_eq!(method_key(" 微信 "), "wechat");
        assert_eq!(method_key("SV"), "stored_value");
        assert_eq!(method_key("Group_Buy"), "group_buy");
    }

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
