//! Plain types and rules of the front desk. No I/O, no terminal, no store.

pub mod admit;
pub mod care;
pub mod complaint;
pub mod duplicates;
pub mod hlc;
pub mod ids;
pub mod loyalty;
pub mod member;
pub mod money;
pub mod operator;
pub mod ops;
pub mod package;
pub mod payment;
pub mod phone;
pub mod points;
pub mod service;
pub mod tier_event;
pub mod time;
pub mod trade;
pub mod validate;
pub mod visit;

pub use complaint::{Complaint, ComplaintEvent, ComplaintStatus, Severity};
pub use hlc::Hlc;
pub use ids::{Id, TerminalId};
pub use member::{Gender, Member, MemberFields};
pub use money::Money;
pub use operator::{Operator, Permission, Role};
pub use ops::{Change, Op};
pub use payment::Payment;
pub use points::{PointsEntry, PointsKind};
pub use service::ServiceRecord;
pub use tier_event::{TierEvent, TierFacts};
pub use time::Timestamp;
pub use trade::Trade;
pub use visit::Visit;
