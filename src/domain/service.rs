//! What was served or sold (消费/服务记录).

use super::ids::Id;
use super::money::Money;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceRecord {
    pub id: Id,
    pub member: Id,
    pub items: Vec<String>,
    pub staff: String,
    pub amount: Money,
    /// Points written to the ledger with this service.
    pub points: i64,
    pub at: Timestamp,
}
