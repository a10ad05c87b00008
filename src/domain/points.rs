//! The points ledger (积分): append-only; a balance is the sum of entries, never a
//! number that is overwritten.

use super::ids::Id;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PointsKind {
    Earn,
    Redeem,
    Adjust,
    Expire,
    Referral,
    Compensation,
}

impl PointsKind {
    pub fn label(self) -> &'static str {
        match self {
            PointsKind::Earn => "earn",
            PointsKind::Redeem => "redeem",
            PointsKind::Adjust => "adjust",
            PointsKind::Expire => "expire",
            PointsKind::Referral => "referral",
            PointsKind::Compensation => "compensation",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PointsEntry {
    pub id: Id,
    pub member: Id,
    pub delta: i64,
    pub kind: PointsKind,
    pub reason: String,
    /// The service, complaint or referral this entry belongs to, if any.
    pub source: Option<Id>,
    pub operator: String,
    pub at: Timestamp,
}
