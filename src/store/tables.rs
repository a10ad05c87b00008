//! Every redb table of the store, in one place. Values are postcard-encoded records
//! except the operation log, which holds each operation's JSON exactly as it is
//! exchanged between desks.

use redb::{MultimapTableDefinition, TableDefinition};

/// Store-wide settings and counters: schema version, terminal id/name, next sequence, clock.
pub const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");
/// The operation log: (origin terminal, sequence) -> operation JSON.
pub const OPS: TableDefinition<(u64, u64), &[u8]> = TableDefinition::new("ops");

pub const MEMBERS: TableDefinition<u128, &[u8]> = TableDefinition::new("members");
/// Derived per-member figures (visits, last visit, spend, points, tier activity) kept for
/// ranking and rows.
pub const MEMBER_STATS: TableDefinition<u128, &[u8]> = TableDefinition::new("member_stats");
pub const PHONE_INDEX: MultimapTableDefinition<&str, u128> =
    MultimapTableDefinition::new("phone_index");
/// Last 4 digits of the phone -> members: duplicate checks on save ("same phone ending").
pub const PHONE_TAIL_INDEX: MultimapTableDefinition<&str, u128> =
    MultimapTableDefinition::new("phone_tail_index");
pub const CARD_INDEX: MultimapTableDefinition<&str, u128> =
    MultimapTableDefinition::new("card_index");
/// survivor -> members merged into it.
pub const MERGED: MultimapTableDefinition<u128, u128> = MultimapTableDefinition::new("merged");

pub const VISITS: TableDefinition<u128, &[u8]> = TableDefinition::new("visits");
pub const VISITS_BY_TIME: TableDefinition<(i64, u128), ()> = TableDefinition::new("visits_by_time");
pub const VISITS_BY_MEMBER: MultimapTableDefinition<u128, u128> =
    MultimapTableDefinition::new("visits_by_member");

pub const SERVICES: TableDefinition<u128, &[u8]> = TableDefinition::new("services");
pub const SERVICES_BY_MEMBER: MultimapTableDefinition<u128, u128> =
    MultimapTableDefinition::new("services_by_member");

pub const POINTS: TableDefinition<u128, &[u8]> = TableDefinition::new("points");
pub const POINTS_BY_MEMBER: MultimapTableDefinition<u128, u128> =
    MultimapTableDefinition::new("points_by_member");

pub const TIER_EVENTS: TableDefinition<u128, &[u8]> = TableDefinition::new("tier_events");
pub const TIER_EVENTS_BY_MEMBER: MultimapTableDefinition<u128, u128> =
    MultimapTableDefinition::new("tier_events_by_member");

pub const COMPLAINTS: TableDefinition<u128, &[u8]> = TableDefinition::new("complaints");
pub const COMPLAINTS_BY_MEMBER: MultimapTableDefinition<u128, u128> =
    MultimapTableDefinition::new("complaints_by_member");

/// Operator name -> postcard `StoredOperator` (the latest set or remove, by clock).
pub const OPERATORS: TableDefinition<&str, &[u8]> = TableDefinition::new("operators");
/// Members whose personal data was erased -> (): later edits of them keep nothing personal.
pub const ERASED: TableDefinition<u128, ()> = TableDefinition::new("erased");

/// Shift id -> postcard `StoredShift` (opened, closed with its slip, accepted).
pub const SHIFTS: TableDefinition<u128, &[u8]> = TableDefinition::new("shifts");
/// (desk, slip number) -> shift id.
pub const SHIFTS_BY_DESK: TableDefinition<(u64, u64), u128> =
    TableDefinition::new("shifts_by_desk");
/// Desk -> the shift open on it.
pub const OPEN_SHIFTS: TableDefinition<u64, u128> = TableDefinition::new("open_shifts");
/// Stored value (储值): ledger entry id -> postcard `WalletEntry`.
pub const WALLET: TableDefinition<u128, &[u8]> = TableDefinition::new("wallet");
pub const WALLET_BY_MEMBER: MultimapTableDefinition<u128, u128> =
    MultimapTableDefinition::new("wallet_by_member");
/// Member -> postcard `Balance`: the sum of their ledger, kept in step with it.
pub const WALLET_BALANCE: TableDefinition<u128, &[u8]> = TableDefinition::new("wallet_balance");

pub mod meta_keys {
    pub const SCHEMA: &str = "schema";
    pub const TERMINAL: &str = "terminal";
    pub const TERMINAL_NAME: &str = "terminal_name";
    pub const NEXT_SEQ: &str = "next_seq";
    pub const CLOCK: &str = "clock";
    pub const OPERATOR: &str = "operator";
}

/// 2: phone-ending index and recorded tier changes.
/// 3: member figures carry their tier activity (`MemberStats::activity`).
/// 4: recorded tier changes carry their figures (`TierEvent::facts`).
/// 5: bills carry how they were paid and their list price (`ServiceRecord::payments`).
pub const SCHEMA_VERSION: u32 = 5;

/// Packages (次卡) sold: sale id -> postcard `PackageSale`.
pub const PACKAGE_SALES: TableDefinition<u128, &[u8]> = TableDefinition::new("package_sales");
pub const PACKAGE_SALES_BY_MEMBER: MultimapTableDefinition<u128, u128> =
    MultimapTableDefinition::new("package_sales_by_member");
/// Uses of packages: use id -> postcard `PackageUse`.
pub const PACKAGE_USES: TableDefinition<u128, &[u8]> = TableDefinition::new("package_uses");
pub const PACKAGE_USES_BY_SALE: MultimapTableDefinition<u128, u128> =
    MultimapTableDefinition::new("package_uses_by_sale");
/// Refunds of packages: refund id -> postcard `PackageRefund`.
pub const PACKAGE_REFUNDS: TableDefinition<u128, &[u8]> = TableDefinition::new("package_refunds");
pub const PACKAGE_REFUNDS_BY_SALE: MultimapTableDefinition<u128, u128> =
    MultimapTableDefinition::new("package_refunds_by_sale");
