//! Arrivals (到店/签到).

use super::ids::Id;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    pub id: Id,
    /// `None` for a walk-in who is not a member.
    pub member: Option<Id>,
    pub party: u16,
    /// Table, room or chair.
    pub location: String,
    pub staff: String,
    pub at: Timestamp,
}
