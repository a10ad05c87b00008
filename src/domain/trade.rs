//! The trade a desk serves: it picks the nouns (table, chair or room; guest or client) and
//! which fields a check-in asks for.

use serde::{Deserialize, Serialize};

#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Trade {
    /// Tables, guests, waiters; a check-in asks the party size.
    #[default]
    #[serde(alias = "餐厅", alias = "餐饮")]
    Restaurant,
    /// Chairs, clients, stylists; one client per check-in.
    #[serde(alias = "美发", alias = "美容", alias = "美业")]
    Salon,
    /// Rooms, guests, the front desk.
    #[serde(alias = "酒店", alias = "宾馆")]
    Hotel,
}

impl Trade {
    /// The stable name, as the settings file writes it.
    pub fn key(self) -> &'static str {
        match self {
            Trade::Restaurant => "restaurant",
            Trade::Salon => "salon",
            Trade::Hotel => "hotel",
        }
    }

    /// Whether a check-in asks how many are in the party (a salon serves one client).
    pub fn asks_party(self) -> bool {
        self != Trade::Salon
    }
}
