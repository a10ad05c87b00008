//! Stored value (储值): a member's prepaid balance, kept as an append-only ledger of
//! entries in integer minor units. Principal (本金, what the member paid) and bonus
//! (赠送, what the program gave) are kept apart; a balance is the sum of the entries,
//! never a number that is overwritten, so desks that merge their ledgers in any order
//! agree on it — even when two offline desks spent the same money (an overdraft, flagged).

use super::ids::Id;
use super::money::Money;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WalletKind {
    /// Money in (充值), with its bonus.
    TopUp,
    /// Paying a bill from the balance.
    Spend,
    /// Unused principal paid back (退卡); the matching bonus is voided.
    Refund,
    /// A manager's correction, with a reason.
    Adjustment,
}

impl WalletKind {
    /// The stable key (a message id's tail, the JSON value).
    pub fn key(self) -> &'static str {
        match self {
            WalletKind::TopUp => "top-up",
            WalletKind::Spend => "spend",
            WalletKind::Refund => "refund",
            WalletKind::Adjustment => "adjustment",
        }
    }
}

/// One ledger entry. The deltas are signed: a top-up adds, a spend or refund takes off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WalletEntry {
    pub id: Id,
    pub member: Id,
    pub kind: WalletKind,
    pub principal: Money,
    pub bonus: Money,
    /// How money came in or went out (a payment method key); `stored_value` for a spend,
    /// empty for an adjustment.
    pub method: String,
    pub reason: String,
    pub operator: String,
    pub at: Timestamp,
}

/// A balance: principal and bonus apart.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Balance {
    pub principal: Money,
    pub bonus: Money,
}

impl Balance {
    /// Principal plus bonus (amounts are bounded, so this never overflows in practice;
    /// it saturates rather than wraps).
    pub fn total(self) -> Money {
        Money(self.principal.0.saturating_add(self.bonus.0))
    }
    /// Below zero: two desks spent the same money before they synced.
    pub fn overdrawn(self) -> bool {
        self.total().0 < 0
    }
    /// This balance after an entry; `None` when a sum would not fit.
    pub fn plus(self, e: &WalletEntry) -> Option<Balance> {
        Some(Balance {
            principal: self.principal.checked_add(e.principal)?,
            bonus: self.bonus.checked_add(e.bonus)?,
        })
    }
}

/// A top-up bonus rule: pay at least `pay`, get `get` on top (充1000送200).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct BonusRule {
    pub pay: Money,
    pub get: Money,
}

/// The order in which a spend draws on principal and bonus.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpendOrder {
    #[default]
    BonusFirst,
    PrincipalFirst,
    /// In proportion to what is held of each (the bonus share rounded down).
    Proportional,
}

/// Why a stored-value action was refused. Typed: the edges word it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WalletError {
    /// An amount of 0 where money must move.
    Zero,
    /// A spend above what is held.
    Short { balance: Money, amount: Money },
    /// A refund above the unused principal.
    RefundAbovePrincipal { principal: Money },
    /// A spend above `limit` while this desk last synced `minutes` ago (or never).
    SyncFirst {
        limit: Money,
        within: u32,
        minutes: Option<i64>,
    },
    /// A sum that would not fit.
    TooLarge,
}

/// The bonus a top-up earns: the rule with the largest threshold the amount reaches.
pub fn bonus_for(rules: &[BonusRule], amount: Money) -> Money {
    rules
        .iter()
        .filter(|r| amount >= r.pay)
        .max_by_key(|r| (r.pay, r.get))
        .map_or(Money(0), |r| r.get)
}

/// How a spend of `amount` splits into (principal, bonus) taken, in `order`. Only what
/// is held above zero is drawn; refused when the balance is short.
pub fn split_spend(
    held: Balance,
    amount: Money,
    order: SpendOrder,
) -> Result<(Money, Money), WalletError> {
    if amount.0 <= 0 {
        return Err(WalletError::Zero);
    }
    let p = held.principal.0.max(0);
    let b = held.bonus.0.max(0);
    let short = WalletError::Short {
        balance: held.total(),
        amount,
    };
    let available = p.checked_add(b).ok_or(WalletError::TooLarge)?;
    if amount.0 > available || amount > held.total() {
        return Err(short);
    }
    let from_bonus = match order {
        SpendOrder::BonusFirst => amount.0.min(b),
        SpendOrder::PrincipalFirst => amount.0.saturating_sub(p).max(0),
        SpendOrder::Proportional => {
            let share = i128::from(amount.0) * i128::from(b) / i128::from(available);
            i64::try_from(share).map_err(|_| WalletError::TooLarge)?
        }
    };
    Ok((Money(amount.0 - from_bonus), Money(from_bonus)))
}

/// What a refund of `amount` (all the unused principal when `None`) takes off:
/// (principal, bonus voided). The bonus goes in the same proportion as the principal,
/// so a full refund voids all of it.
pub fn refund_split(held: Balance, amount: Option<Money>) -> Result<(Money, Money), WalletError> {
    let p = held.principal.0.max(0);
    let amount = amount.unwrap_or(Money(p));
    if p == 0 {
        return Err(WalletError::RefundAbovePrincipal {
            principal: Money(0),
        });
    }
    if amount.0 <= 0 {
        return Err(WalletError::Zero);
    }
    if amount.0 > p {
        return Err(WalletError::RefundAbovePrincipal {
            principal: Money(p),
        });
    }
    let b = held.bonus.0.max(0);
    let void = i128::from(b) * i128::from(amount.0) / i128::from(p);
    let void = i64::try_from(void).map_err(|_| WalletError::TooLarge)?;
    Ok((amount, Money(void)))
}

/// The entries oldest first, each with the balance after it.
pub fn running(mut entries: Vec<WalletEntry>) -> Vec<(WalletEntry, Balance)> {
    entries.sort_by_key(|e| (e.at, e.id));
    let mut held = Balance::default();
    entries
        .into_iter()
        .map(|e| {
            held = held.plus(&e).unwrap_or(held);
            (e, held)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rules() -> Vec<BonusRule> {
        vec![
            BonusRule {
                pay: Money(50_000),
                get: Money(5_000),
            },
            BonusRule {
                pay: Money(100_000),
                get: Money(20_000),
            },
        ]
    }

    #[test]
    fn the_largest_rule_reached_gives_the_bonus() {
        assert_eq!(bonus_for(&rules(), Money(49_999)), Money(0));
        assert_eq!(bonus_for(&rules(), Money(50_000)), Money(5_000));
        assert_eq!(bonus_for(&rules(), Money(150_000)), Money(20_000));
        assert_eq!(bonus_for(&[], Money(150_000)), Money(0));
    }

    #[test]
    fn spends_follow_the_order() {
        let held = Balance {
            principal: Money(1000),
            bonus: Money(200),
        };
        let s = |o| split_spend(held, Money(300), o);
        assert_eq!(s(SpendOrder::BonusFirst), Ok((Money(100), Money(200))));
        assert_eq!(s(SpendOrder::PrincipalFirst), Ok((Money(300), Money(0))));
        assert_eq!(s(SpendOrder::Proportional), Ok((Money(250), Money(50))));
        assert!(matches!(
            split_spend(held, Money(1201), SpendOrder::BonusFirst),
            Err(WalletError::Short { .. })
        ));
    }

    #[test]
    fn a_refund_returns_principal_and_voids_the_bonus() {
        let held = Balance {
            principal: Money(1000),
            bonus: Money(200),
        };
        assert_eq!(refund_split(held, None), Ok((Money(1000), Money(200))));
        assert_eq!(
            refund_split(held, Some(Money(500))),
            Ok((Money(500), Money(100)))
        );
        assert_eq!(
            refund_split(held, Some(Money(1001))),
            Err(WalletError::RefundAbovePrincipal {
                principal: Money(1000)
            })
        );
    }

    proptest! {
        #[test]
        fn a_spend_split_loses_no_cent(
            p in -1000i64..10_000_000,
            b in -1000i64..10_000_000,
            amount in 1i64..20_000_000,
            order in 0usize..3,
        ) {
            let order = [SpendOrder::BonusFirst, SpendOrder::PrincipalFirst, SpendOrder::Proportional][order];
            let held = Balance { principal: Money(p), bonus: Money(b) };
            match split_spend(held, Money(amount), order) {
                Ok((tp, tb)) => {
                    prop_assert_eq!(tp.0 + tb.0, amount);
                    prop_assert!(tp.0 >= 0 && tb.0 >= 0);
                    prop_assert!(tp.0 <= p.max(0) && tb.0 <= b.max(0));
                }
                Err(_) => prop_assert!(amount > p.max(0) + b.max(0) || amount > p + b),
            }
        }

        #[test]
        fn the_bonus_is_never_more_than_the_best_rule(amount in 0i64..1_000_000) {
            let got = bonus_for(&rules(), Money(amount));
            prop_assert!(got <= Money(20_000));
            prop_assert_eq!(got.0 > 0, amount >= 50_000);
        }

        #[test]
        fn a_refund_never_takes_more_than_is_held(
            p in 0i64..10_000_000, b in 0i64..10_000_000, amount in 1i64..20_000_000,
        ) {
            let held = Balance { principal: Money(p), bonus: Money(b) };
            match refund_split(held, Some(Money(amount))) {
                Ok((rp, rb)) => {
                    prop_assert!(rp.0 <= p && rb.0 <= b);
                    prop_assert_eq!(rb.0 == b, rp.0 == p || b == 0);
                }
                Err(_) => prop_assert!(amount > p || p == 0),
            }
        }
    }
}
