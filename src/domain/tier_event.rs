//! A recorded tier change: who saw it, when, and why.

use super::ids::Id;
use super::money::Money;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierEvent {
    pub id: Id,
    pub member: Id,
    pub from: String,
    pub to: String,
    pub upgrade: bool,
    /// Events recorded before [`TierFacts`] existed carry their reason as an English
    /// sentence here; newer events leave it empty and carry `facts`.
    #[serde(default)]
    pub reason: String,
    pub operator: String,
    pub at: Timestamp,
    /// What the member had when the change was noticed; `None` on older events.
    /// Never skipped when serialized: the store keeps events in postcard, which is not
    /// self-describing.
    #[serde(default)]
    pub facts: Option<TierFacts>,
}

/// The figures a tier change rests on: spend and visits over the policy's tier period.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierFacts {
    pub spend: Money,
    pub visits: u32,
    /// The tier period in months; 0 counts all history.
    pub months: u32,
}
