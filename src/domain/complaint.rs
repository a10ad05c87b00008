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
    /// A status as the desk types it, in English or Chinese (处理中, 已解决, …).
    pub fn parse(text: &str) -> Option<ComplaintStatus> {
        use ComplaintStatus::*;
        match text.trim().to_lowercase().replace(['_', '-'], " ").as_str() {
            "open" | "待处理" | "未处理" => Some(Open),
            "in progress" | "progress" | "处理中" => Some(InProgress),
            "resolved" | "已解决" | "已处理" => Some(Resolved),
            "followed up" | "followup" | "follow up" | "已回访" => Some(FollowedUp),
            "closed" | "已关闭" | "已结案" => Some(Closed),
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
    /// A category as the desk types it: English (or its start, "qual") or Chinese (菜品,
    /// 服务, 等位, 账单, 卫生, 其他).
    pub fn parse(text: &str) -> Option<Category> {
        let t = text.trim().to_lowercase();
        let chinese = match t.as_str() {
            "菜品" | "出品" | "质量" => Some(Category::Quality),
            "服务" => Some(Category::Service),
            "等位" | "等候" | "等待" => Some(Category::Waiting),
            "账单" | "结账" | "收费" => Some(Category::Billing),
            "卫生" => Some(Category::Hygiene),
            "其他" | "其它" => Some(Category::Other),
            _ => None,
        };
        chinese.or_else(|| {
            Category::ALL
                .into_iter()
                .find(|c| c.label() == t || (!t.is_empty() && c.label().starts_with(&t)))
        })
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
    /// A severity in English, as a digit 1–3, or in Chinese (低, 中, 高).
    pub fn parse(text: &str) -> Option<Severity> {
        match text.trim().to_lowercase().as_str() {
            "l" | "low" | "1" | "低" => Some(Severity::Low),
            "m" | "medium" | "med" | "2" | "中" => Some(Severity::Medium),
            "h" | "high" | "3" | "高" => Some(Severity::High),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_parse_in_english_and_chinese() {
        let words = [
            ("菜品", "quality"),
            ("服务", "service"),
            ("等位", "waiting"),
            ("账单", "billing"),
            ("卫生", "hygiene"),
            ("其他", "other"),
        ];
        for (zh, en) in words {
            let c = Category::parse(en).unwrap();
            assert_eq!(Category::parse(zh), Some(c), "{zh}");
            assert_eq!(Category::parse(&format!(" {zh} ")), Some(c), "{zh}");
        }
        assert_eq!(Category::parse("qual"), Some(Category::Quality));
        assert_eq!(Category::parse("菜"), None);
        assert_eq!(Category::parse(""), None);
    }

    #[test]
    fn severities_parse_in_english_and_chinese() {
        for (zh, en, s) in [
            ("低", "low", Severity::Low),
            ("中", "medium", Severity::Medium),
            ("高", "high", Severity::High),
        ] {
            assert_eq!(Severity::parse(zh), Some(s));
            assert_eq!(Severity::parse(en), Some(s));
        }
        assert_eq!(Severity::parse("很高"), None);
    }

    #[test]
    fn statuses_parse_in_english_and_chinese() {
        use ComplaintStatus::*;
        for (zh, en, s) in [
            ("待处理", "open", Open),
            ("处理中", "in-progress", InProgress),
            ("已解决", "resolved", Resolved),
            ("已回访", "followed-up", FollowedUp),
            ("已关闭", "closed", Closed),
        ] {
            assert_eq!(ComplaintStatus::parse(zh), Some(s), "{zh}");
            assert_eq!(ComplaintStatus::parse(en), Some(s), "{en}");
        }
        assert_eq!(ComplaintStatus::parse("in progress"), Some(InProgress));
        assert_eq!(ComplaintStatus::parse("完成了"), None);
    }
}
