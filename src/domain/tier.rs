//! Membership tiers (会员等级). Until program settings exist the tier is reached by
//! lifetime spend with these default thresholds.

use super::money::Money;

pub const DEFAULT_TIERS: [(&str, i64); 4] = [
    ("Regular", 0),
    ("Silver", 200_000),
    ("Gold", 800_000),
    ("Diamond", 2_000_000),
];

pub fn tier_for_spend(spend: Money) -> &'static str {
    DEFAULT_TIERS
        .iter()
        .rev()
        .find(|(_, min)| spend.0 >= *min)
        .map(|(name, _)| *name)
        .unwrap_or("Regular")
}
