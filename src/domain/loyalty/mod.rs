//! Membership and loyalty rules (会员制度): program settings, tiers, the points ledger
//! and expiry. Pure functions over records; the store and the screen call them.

pub mod expiry;
pub mod points;
pub mod settings;
pub mod tiers;

pub use expiry::{Lot, NewExpiry, expiry_entries, next_expiry};
pub use points::{
    PointsError, balance, check_adjustment, check_compensation, check_redeem, ledger_rows,
    points_earned, referral_bonus,
};
pub use settings::{
    CareSettings, PackageDef, PackageProblem, Policy, ProgramSettings, SettingsError,
    SettingsProblem, Tier,
};
pub use tiers::{
    Activity, Standing, TierChange, TierChangeCause, TierName, activity_from, standing,
    tier_changes, tier_for,
};

use crate::domain::time::Timestamp;
use chrono::Months;

/// `t` plus whole calendar months (UTC; the 31st becomes the month's last day).
/// Months of 0 give `t`. Saturates far in the future instead of failing.
pub fn add_months(t: Timestamp, months: u32) -> Timestamp {
    t.utc()
        .checked_add_months(Months::new(months))
        .map(|d| Timestamp(d.timestamp_millis()))
        .unwrap_or(Timestamp(i64::MAX))
}
