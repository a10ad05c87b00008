//! Complaints (投诉处理): received, classified, assigned, resolved with what was
//! given, followed up, closed. Every status change is kept in the history.

use super::hlc::Hlc;
use super::ids::Id;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ComplaintStatus {
    Open,
    InProgress,
    Resolved,
    FollowedUp,
    Closed,
}

impl ComplaintStatus {
    pub fn next(self) -> Option<ComplaintStatus> {
        use ComplaintStatus::*;
        match self {
            Open => Some(InProgress),
            InProgress => Some(Resolved),
            Resolved => Some(FollowedUp),
            FollowedUp => Some(Closed),
            Closed => None,
        }
    }
    pub fn label(self) -> &'static str {
        use ComplaintStatus::*;
        match self {
            Open => "open",
            InProgress => "in progress",
            Resolved => "resolved",
            FollowedUp => "followed up",
            Closed => "closed",
        }
    }
    pub fn parse(text: &str) -> Option<ComplaintStatus> {
        use ComplaintStatus::*;
        match text.trim().to_lowercase().replace(['_', '-'], " ").as_str() {
            "open" => Some(Open),
            "in progress" | "progress" => Some(InProgress),
            "resolved" => Some(Resolved),
            "followed up" | "followup" | "follow up" => Some(FollowedUp),
            "closed" => Some(Closed),
            _ => None,
        }
    }
    pub fn is_done(self) -> bool {
        self >= ComplaintStatus::Resolved
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    Quality,
    Service,
    Waiting,
    Billing,
    Hygiene,
    Other,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Quality,
        Category::Service,
        Category::Waiting,
        Category::Billing,
        Category::Hygiene,
        Category::Other,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Category::Quality => "quality",
            Category::Service => "service",
            Category::Waiting => "waiting",
            Category::Billing => "billing",
            Category::Hygiene => "hygiene",
            Category::Other => "other",
        }
    }
    pub fn parse(text: &str) -> Option<Category> {
        let t = text.trim().to_lowercase();
        Category::ALL
            .into_iter()
            .find(|c| c.label() == t || (!t.is_empty() && c.label().starts_with(&t)))
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
    pub fn parse(text: &str) -> Option<Severity> {
        match text.trim().to_lowercase().as_str() {
            "l" | "low" | "1" => Some(Severity::Low),
            "m" | "medium" | "med" | "2" => Some(Severity::Medium),
            "h" | "high" | "3" => Some(Severity::High),
            _ => None,
        }
    }
}

/// One step in a complaint's life, as recorded by a desk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintEvent {
    pub hlc: Hlc,
    pub at: Timestamp,
    pub operator: String,
    pub status: Option<ComplaintStatus>,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Complaint {
    pub id: Id,
    pub member: Option<Id>,
    pub visit: Option<Id>,
    pub category: Category,
    pub severity: Severity,
    pub description: String,
    pub assignee: String,
    pub status: ComplaintStatus,
    pub resolution: String,
    pub compensation: String,
    pub created: Timestamp,
    pub updated: Timestamp,
    /// Ordered by clock; never shortened.
    pub history: Vec<ComplaintEvent>,
}

impl Complaint {
    /// A complaint as received: open, with nothing given yet. Its id and times are set by
    /// the store when the operation is recorded.
    pub fn received(
        member: Option<Id>,
        category: Category,
        severity: Severity,
        description: String,
        assignee: String,
    ) -> Complaint {
        Complaint {
            id: super::ops::NEW_ID,
            member,
            visit: None,
            category,
            severity,
            description,
            assignee,
            status: ComplaintStatus::Open,
            resolution: String::new(),
            compensation: String::new(),
            created: Timestamp(0),
            updated: Timestamp(0),
            history: Vec::new(),
        }
    }

    /// When the complaint first reached `status`, from its history.
    pub fn reached(&self, status: ComplaintStatus) -> Option<Timestamp> {
        self.history
            .iter()
            .find(|e| e.status == Some(status))
            .map(|e| e.at)
    }
}

/// What an update to a complaint carries: `None` leaves a field alone. No field is
/// skipped when serialized: the store keeps updates in postcard, which is not self-describing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintUpdate {
    #[serde(default)]
    pub status: Option<ComplaintStatus>,
    #[serde(default)]
    pub assignee: Option<String>,
    #[serde(default)]
    pub resolution: Option<String>,
    #[serde(default)]
    pub compensation: Option<String>,
    #[serde(default)]
    pub note: String,
}
