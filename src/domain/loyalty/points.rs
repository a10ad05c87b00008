//! Earning, redeeming and adjusting points. The ledger is append-only: a balance is the
//! sum of its entries; these rules decide what may be appended.

use super::settings::ProgramSettings;
use super::tiers::TierName;
use crate::domain::money::Money;
use crate::domain::points::PointsEntry;
use crate::domain::time::Timestamp;
use crate::domain::validate;

/// Why a points change is refused. No wording: the edges say it (`Catalog::points_error`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PointsError {
    NotPositive,
    Short {
        balance: i64,
        wanted: i64,
    },
    NoReason,
    /// The reason did not pass validation: what is wrong with it.
    BadReason(Box<validate::Problem>),
    Zero,
    BelowZero {
        balance: i64,
        wanted: i64,
    },
    /// More points in one entry than any desk hands out by hand: a typo, never a wrap.
    TooMany {
        max: i64,
    },
}

/// The most points one redemption, adjustment or compensation may move.
pub const MAX_POINTS_CHANGE: i64 = 10_000_000;

/// Points earned on a bill of `amount` at `at` by a member of `tier`: the policy in force
/// at `at`, its earning rate and the tier's multiplier, rounded down to whole points.
/// A tier the policy does not know earns at x1. Never negative.
pub fn points_earned(
    settings: &ProgramSettings,
    amount: Money,
    tier: &TierName,
    at: Timestamp,
) -> i64 {
    let policy = settings.policy_at(at);
    if amount.0 <= 0 || policy.earn_per.0 <= 0 {
        return 0;
    }
    let pct = policy
        .tier(tier.as_str())
        .map(|t| t.multiplier_percent)
        .unwrap_or(100);
    let num = i128::from(amount.0) * i128::from(policy.earn_points) * i128::from(pct);
    let den = i128::from(policy.earn_per.0) * 100;
    i64::try_from(num / den).unwrap_or(i64::MAX)
}

/// The referral bonus in force at `at`.
pub fn referral_bonus(settings: &ProgramSettings, at: Timestamp) -> i64 {
    settings.policy_at(at).referral_bonus
}

/// The balance: the sum of every entry.
pub fn balance(ledger: &[PointsEntry]) -> i64 {
    ledger.iter().fold(0i64, |b, e| b.saturating_add(e.delta))
}

/// A redemption of `points` against `balance`: the ledger delta (negative) or why not.
pub fn check_redeem(balance: i64, points: i64) -> Result<i64, PointsError> {
    if points <= 0 {
        return Err(PointsError::NotPositive);
    }
    if points > MAX_POINTS_CHANGE {
        return Err(PointsError::TooMany {
            max: MAX_POINTS_CHANGE,
        });
    }
    if points > balance {
        return Err(PointsError::Short {
            balance: balance.max(0),
            wanted: points,
        });
    }
    Ok(-points)
}

/// A manual adjustment: a non-zero delta that does not take the balance below zero, and
/// a reason (trimmed, validated like any short text). Returns the delta and the reason.
pub fn check_adjustment(
    balance: i64,
    delta: i64,
    reason: &str,
) -> Result<(i64, String), PointsError> {
    let reason = validate::text("reason", reason, validate::NOTES_MAX, false)
        .map_err(|e| PointsError::BadReason(Box::new(e.problem)))?;
    if reason.is_empty() {
        return Err(PointsError::NoReason);
    }
    if delta == 0 {
        return Err(PointsError::Zero);
    }
    if delta.checked_abs().is_none_or(|d| d > MAX_POINTS_CHANGE) {
        return Err(PointsError::TooMany {
            max: MAX_POINTS_CHANGE,
        });
    }
    if delta < 0 && balance.saturating_add(delta) < 0 {
        return Err(PointsError::BelowZero {
            balance,
            wanted: delta.saturating_neg(),
        });
    }
    Ok((delta, reason))
}

/// Points given as complaint compensation: a positive amount with a reason.
pub fn check_compensation(points: i64, reason: &str) -> Result<(i64, String), PointsError> {
    if points <= 0 {
        return Err(PointsError::NotPositive);
    }
    check_adjustment(0, points, reason)
}

/// The order entries take effect: by time, then id (ids break ties the same on every desk).
pub fn ledger_order(a: &PointsEntry, b: &PointsEntry) -> std::cmp::Ordering {
    (a.at, a.id).cmp(&(b.at, b.id))
}

/// The card's ledger: each entry with the balance after it, oldest first.
pub fn ledger_rows(ledger: &[PointsEntry]) -> Vec<(&PointsEntry, i64)> {
    let mut sorted: Vec<&PointsEntry> = ledger.iter().collect();
    sorted.sort_by(|a, b| ledger_order(a, b));
    let mut running = 0i64;
    sorted
        .into_iter()
        .map(|e| {
            running = running.saturating_add(e.delta);
            (e, running)
        })
        .collect()
}

#[cfg(test)]
mod bounds {
    use super::*;

    #[test]
    fn a_huge_change_is_refused_never_wrapped() {
        let too_many = PointsError::TooMany {
            max: MAX_POINTS_CHANGE,
        };
        assert_eq!(check_adjustment(10, i64::MAX, "x"), Err(too_many.clone()));
        assert_eq!(check_adjustment(10, i64::MIN, "x"), Err(too_many.clone()));
        assert_eq!(
            check_redeem(i64::MAX, MAX_POINTS_CHANGE + 1),
            Err(too_many.clone())
        );
        assert_eq!(
            check_compensation(MAX_POINTS_CHANGE + 1, "x"),
            Err(too_many)
        );
        assert!(check_adjustment(0, MAX_POINTS_CHANGE, "goodwill").is_ok());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::Id;
    use crate::domain::points::PointsKind;

    fn t(name: &str) -> TierName {
        TierName(name.into())
    }

    #[test]
    fn earning_uses_the_rate_and_the_tier_multiplier_rounded_down() {
        let s = ProgramSettings::default();
        let at = Timestamp(1_720_000_000_000);
        assert_eq!(points_earned(&s, Money(12850), &t("Regular"), at), 128);
        assert_eq!(points_earned(&s, Money(12850), &t("Gold"), at), 192); // 192.75
        assert_eq!(points_earned(&s, Money(12850), &t("Diamond"), at), 257);
        assert_eq!(points_earned(&s, Money(99), &t("Regular"), at), 0);
        assert_eq!(points_earned(&s, Money(-500), &t("Regular"), at), 0);
        assert_eq!(points_earned(&s, Money(10000), &t("Unknown"), at), 100);
        let salon = ProgramSettings::parse(super::super::settings::SALON_TOML).unwrap();
        assert_eq!(points_earned(&salon, Money(38800), &t("Gold"), at), 58); // 38.8 * 1.5
    }

    #[test]
    fn redeem_and_adjust_rules() {
        assert_eq!(check_redeem(100, 40), Ok(-40));
        assert_eq!(check_redeem(100, 100), Ok(-100));
        assert_eq!(
            check_redeem(30, 40),
            Err(PointsError::Short {
                balance: 30,
                wanted: 40
            })
        );
        assert_eq!(check_redeem(30, 0), Err(PointsError::NotPositive));
        assert_eq!(check_adjustment(10, 5, "  "), Err(PointsError::NoReason));
        assert_eq!(
            check_adjustment(10, 5, " goodwill "),
            Ok((5, "goodwill".into()))
        );
        assert!(matches!(
            check_adjustment(10, -11, "fix"),
            Err(PointsError::BelowZero { .. })
        ));
        assert_eq!(check_adjustment(10, 0, "fix"), Err(PointsError::Zero));
        assert!(check_compensation(50, "cold soup").is_ok());
        assert!(check_compensation(0, "cold soup").is_err());
    }

    #[test]
    fn rows_carry_the_running_balance_oldest_first() {
        let e = |seq, delta, at| PointsEntry {
            id: Id(seq),
            member: Id(1),
            delta,
            kind: PointsKind::Earn,
            reason: String::new(),
            source: None,
            operator: "ann".into(),
            at: Timestamp(at),
        };
        let ledger = vec![e(3, -20, 30), e(1, 100, 10), e(2, 5, 20)];
        let rows: Vec<(u128, i64)> = ledger_rows(&ledger)
            .iter()
            .map(|(e, b)| (e.id.0, *b))
            .collect();
        assert_eq!(rows, vec![(1, 100), (2, 105), (3, 85)]);
        assert_eq!(balance(&ledger), 85);
    }
}
