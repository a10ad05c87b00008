//! Money is integer minor units (fen, cents), never floating point.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(
    Copy, Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Money(pub i64);

/// Why a typed amount is not one. No wording: the edges say it (`Catalog::money_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    Negative,
    TooManyDecimals,
    /// What was typed.
    NotANumber(String),
    TooLarge,
    /// An amount of 0 where something must be paid (a bill).
    Zero,
    /// More than the program's largest bill (`limits.max_bill`): that limit.
    AboveLimit(Money),
}

/// Largest amount anything may carry: just under 100 million units. Anything above is a
/// typo (or a forged operation), and sums of such amounts stay far from overflowing.
pub const MAX_AMOUNT: Money = Money(100_000_000 * 100 - 1);
const MAX_MINOR: i64 = MAX_AMOUNT.0;

impl Money {
    pub fn parse(text: &str) -> Result<Money, MoneyError> {
        let t = text.trim();
        if t.is_empty() {
            return Err(MoneyError::Empty);
        }
        if t.starts_with('-') {
            return Err(MoneyError::Negative);
        }
        let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if !digits(whole) || !digits(frac) || (whole.is_empty() && frac.is_empty()) {
            return Err(MoneyError::NotANumber(t.to_string()));
        }
        if frac.len() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        if whole.len() > 12 {
            return Err(MoneyError::TooLarge);
        }
        let units: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| MoneyError::TooLarge)?
        };
        let cents: i64 = format!("{frac:0<2}").parse().unwrap_or(0);
        let minor = units
            .checked_mul(100)
            .and_then(|u| u.checked_add(cents))
            .ok_or(MoneyError::TooLarge)?;
        if minor > MAX_MINOR {
            return Err(MoneyError::TooLarge);
        }
        Ok(Money(minor))
    }
    /// The sum, or `None` when it would not fit: money never wraps.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }
    pub fn whole_units(self) -> i64 {
        self.0.div_euclid(100)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", a / 100, a % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn parses_exact_minor_units() {
        assert_eq!(Money::parse("128.50"), Ok(Money(12850)));
        assert_eq!(Money::parse("128.5"), Ok(Money(12850)));
        assert_eq!(Money::parse("0"), Ok(Money(0)));
        assert_eq!(Money::parse(".5"), Ok(Money(50)));
        assert_eq!(Money::parse("1.234"), Err(MoneyError::TooManyDecimals));
        assert_eq!(Money::parse("-1"), Err(MoneyError::Negative));
        assert!(matches!(
            Money::parse("1,5"),
            Err(MoneyError::NotANumber(_))
        ));
        assert_eq!(Money(12850).to_string(), "128.50");
        assert_eq!(Money::parse("100000000.00"), Err(MoneyError::TooLarge));
        assert_eq!(Money::parse("99999999.99"), Ok(MAX_AMOUNT));
        assert_eq!(Money::parse("999999999999"), Err(MoneyError::TooLarge));
    }
}
