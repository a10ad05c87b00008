//! The membership program over the store: the manager's settings file, tiers computed
//! from a member's history and recorded when they change, points earned, redeemed,
//! adjusted and expired. Used alike by the app and the command line.

pub mod care;
pub mod csv;
pub mod duplicates;
pub mod merge;
pub mod money;
pub mod points;
pub mod settings;
pub mod tiers;
