//! What was served or sold (消费/服务记录).

use super::ids::Id;
use super::money::Money;
use super::payment::Payment;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceRecord {
    pub id: Id,
    pub member: Id,
    pub items: Vec<String>,
    pub staff: String,
    /// What the member paid (after any member price).
    pub amount: Money,
    /// Points written to the ledger with this service.
    pub points: i64,
    pub at: Timestamp,
    /// How the amount was paid; the parts add up to `amount`. Empty for bills recorded
    /// before payments were (schema 4 and earlier, older bundles).
    #[serde(default)]
    pub payments: Vec<Payment>,
    /// The price before the member's tier discount; equal to `amount` without one.
    #[serde(default)]
    pub list_price: Money,
}
