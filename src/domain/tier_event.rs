//! A recorded tier change: who saw it, when, and why.

use super::ids::Id;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierEvent {
    pub id: Id,
    pub member: Id,
    pub from: String,
    pub to: String,
    pub upgrade: bool,
    /// A sentence: what was reached or lapsed, under which rule.
    pub reason: String,
    pub operator: String,
    pub at: Timestamp,
}
