//! Admission of operations: the rules every operation passes before it reaches a store,
//! whether a desk made it (forms, the command line, a CSV import) or a sync bundle brought
//! it from another desk. The field rules are those of [`super::validate`], so a forged
//! bundle can hold nothing a person could not have typed; on top, the figures and clocks
//! are bounded, so no stored sum or clock can overflow.
//!
//! To admit a new kind of [`Change`], add its arm to [`check_change`]: the `match` is
//! exhaustive, so the compiler asks for it.

use super::complaint::{Complaint, ComplaintUpdate};
use super::hlc::Hlc;
use super::ids::Id;
use super::loyalty::points::MAX_POINTS_CHANGE;
use super::member::MemberFields;
use super::money::{MAX_AMOUNT, Money};
use super::ops::{Change, Op};
use super::package::PackageSale;
use super::phone::normalize_phone;
use super::shift::ShiftFigures;
use super::time::Timestamp;
use super::validate::{self, FieldError, Problem};

/// How far ahead of this desk's clock another desk's clock may run: a day covers any
/// wrongly set clock or time zone; beyond it, a clock would win every later edit.
pub const CLOCK_AHEAD_MAX_MS: i64 = 24 * 60 * 60 * 1000;
/// The most points one operation may move. A service earns at most its amount times the
/// program's rate; a manual change is bounded lower still ([`MAX_POINTS_CHANGE`]). At this
/// bound a balance would need 9 million operations to overflow.
pub const MAX_POINTS_PER_OP: i64 = 1_000_000_000_000;
/// The longest text in an audit entry (a file path, what was exported).
pub const PATH_MAX: usize = 4096;
/// The most uses one package may hold.
pub const MAX_PACKAGE_USES: u32 = 1000;
/// The most events a complaint may carry when it is added (a new complaint has none).
pub const HISTORY_MAX: usize = 1000;

/// What is wrong with an operation. Typed data: the edges word it
/// (`catalog::op_fault`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpFault {
    /// A field does not pass the rule a desk applies when it is typed.
    Field(FieldError),
    /// A clock or time outside what any desk can have written: the field and its value,
    /// in milliseconds since 1970.
    Time { field: &'static str, ms: i64 },
    /// The operation's clock names another terminal than the operation.
    ClockTerminal,
    /// An amount below 0 or above [`MAX_AMOUNT`]: the field and the amount.
    Amount { field: &'static str, amount: Money },
    /// Points beyond what one operation may move: the field, the value and the bound.
    Points {
        field: &'static str,
        value: i64,
        max: i64,
    },
    /// A record or member named without an id (0): the field.
    Id(&'static str),
    /// An operator whose name cannot be typed at a desk, or whose PIN is not kept as an
    /// argon2id hash.
    Operator,
}

impl From<FieldError> for OpFault {
    fn from(e: FieldError) -> Self {
        OpFault::Field(e)
    }
}

/// Checks an operation as a whole: its operator, its clock (not before 1970, not more
/// than [`CLOCK_AHEAD_MAX_MS`] ahead of `now`, this desk's clock) and its change.
pub fn check_op(op: &Op, now: Timestamp) -> Result<(), OpFault> {
    short("operator", &op.operator)?;
    clock(op.hlc, now)?;
    if op.hlc.terminal != op.terminal.0 {
        return Err(OpFault::ClockTerminal);
    }
    own_desk_shift(op)?;
    check_change(&op.change, now)
}

/// A shift belongs to one desk: it is opened by the operation that names it, and closed
/// and accepted on that desk only.
fn own_desk_shift(op: &Op) -> Result<(), OpFault> {
    let ok = match &op.change {
        Change::ShiftOpen { shift } => shift.id == op.id(),
        Change::ShiftClose { close } => close.shift.terminal() == op.terminal,
        Change::ShiftAccept { accept } => accept.shift.terminal() == op.terminal,
        _ => true,
    };
    if ok {
        Ok(())
    } else {
        Err(OpFault::Id("shift"))
    }
}

/// Checks a change: every field as the desk checks it when typed, and every figure and
/// time within bounds. `now` is this desk's clock.
pub fn check_change(change: &Change, now: Timestamp) -> Result<(), OpFault> {
    Bounds {
        now,
        ahead_ms: CLOCK_AHEAD_MAX_MS,
    }
    .change(change)
}

/// [`check_change`] for a change this desk is about to record: its times come from this
/// desk's own clock (demo data and replays write history dated before and after today),
/// so they are bounded below only; every field and figure is checked the same.
pub fn check_local_change(change: &Change, now: Timestamp) -> Result<(), OpFault> {
    Bounds {
        now,
        ahead_ms: i64::MAX,
    }
    .change(change)
}

/// The clock against which times are judged: `now`, and how far past it a time may be.
struct Bounds {
    now: Timestamp,
    ahead_ms: i64,
}

impl Bounds {
    fn change(&self, change: &Change) -> Result<(), OpFault> {
        let now = self.now;
        let time = |name, at| self.time(name, at);
        match change {
            Change::MemberUpsert { id, fields } => {
                id_set("member", *id)?;
                member_fields(fields, now)
            }
            Change::MemberDelete { id } | Change::MemberUnmerge { from: id } => {
                id_set("member", *id)
            }
            // A member merged into itself changes nothing (the store follows merges with a
            // bound), so it is let through as any desk would have applied it.
            Change::MemberMerge { from, into } => {
                id_set("member", *from)?;
                id_set("member", *into)
            }
            Change::Visit { visit } => {
                id_set("visit", visit.id)?;
                if !(1..=validate::PARTY_MAX).contains(&visit.party) {
                    return Err(field("party", Problem::Party(validate::PARTY_MAX)));
                }
                short("location", &visit.location)?;
                short("staff", &visit.staff)?;
                time("at", visit.at)
            }
            Change::Service { service } => {
                id_set("service", service.id)?;
                id_set("member", service.member)?;
                if service.items.len() > validate::ITEM_COUNT_MAX {
                    return Err(field("items", Problem::TooMany(validate::ITEM_COUNT_MAX)));
                }
                for item in &service.items {
                    validate::text("items", item, validate::ITEMS_MAX, true)?;
                }
                short("staff", &service.staff)?;
                amount("amount", service.amount)?;
                // Earned points are never negative: redemptions are their own entries.
                points("points", service.points, MAX_POINTS_PER_OP)?;
                if service.points < 0 {
                    return Err(OpFault::Points {
                        field: "points",
                        value: service.points,
                        max: MAX_POINTS_PER_OP,
                    });
                }
                time("at", service.at)
            }
            Change::Points { entry } => {
                id_set("points", entry.id)?;
                id_set("member", entry.member)?;
                points("points", entry.delta, MAX_POINTS_PER_OP)?;
                validate::text("reason", &entry.reason, validate::NOTES_MAX, false)?;
                short("operator", &entry.operator)?;
                time("at", entry.at)
            }
            Change::ComplaintAdd { complaint } => self.complaint_add(complaint),
            Change::ComplaintUpdate { id, update } => {
                id_set("complaint", *id)?;
                complaint_update(update)
            }
            Change::TierChanged { event } => {
                id_set("member", event.member)?;
                let tier = validate::SHORT_MAX;
                validate::text("tier", &event.from, tier, false)?;
                validate::text("tier", &event.to, tier, false)?;
                validate::text("reason", &event.reason, validate::NOTES_MAX, false)?;
                short("operator", &event.operator)?;
                if let Some(f) = &event.facts {
                    amount("spend", f.spend)?;
                }
                time("at", event.at)
            }
            Change::OperatorSet { operator } => {
                let name = super::operator::check_operator_name(&operator.name);
                let hash = &operator.pin_hash;
                let hashed = hash.starts_with("$argon2id$")
                    && hash.len() <= super::operator::MAX_PIN_HASH
                    && hash.chars().all(|c| c.is_ascii_graphic());
                if name.as_deref() != Ok(operator.name.as_str()) || !hashed {
                    return Err(OpFault::Operator);
                }
                Ok(())
            }
            Change::OperatorRemove { name } => {
                if super::operator::check_operator_name(name).as_deref() != Ok(name.as_str()) {
                    return Err(OpFault::Operator);
                }
                Ok(())
            }
            Change::SignInRefused { name } => {
                short("operator", name)?;
                Ok(())
            }
            Change::MemberErase { id } | Change::PhoneRevealed { member: id } => {
                id_set("member", *id)
            }
            Change::ShiftOpen { shift } => {
                id_set("shift", shift.id)?;
                if shift.number == 0 {
                    return Err(OpFault::Id("number"));
                }
                short("desk", &shift.desk_name)?;
                short("operator", &shift.operator)?;
                amount("float", shift.float)?;
                time("at", shift.at)
            }
            Change::ShiftClose { close } => {
                id_set("shift", close.shift)?;
                short("operator", &close.operator)?;
                amount("counted", close.figures.counted)?;
                shift_figures(&close.figures)?;
                time("at", close.at)
            }
            Change::ShiftAccept { accept } => {
                id_set("shift", accept.shift)?;
                short("operator", &accept.operator)?;
                time("at", accept.at)
            }
            Change::Wallet { entry } => self.wallet(entry),
            Change::PackageSale { sale } => self.package_sale(sale),
            Change::PackageUse { package_use: u } => {
                id_set("use", u.id)?;
                id_set("sale", u.sale)?;
                id_set("member", u.member)?;
                short("staff", &u.staff)?;
                short("operator", &u.operator)?;
                time("at", u.at)
            }
            Change::PackageRefund { refund: r } => {
                id_set("refund", r.id)?;
                id_set("sale", r.sale)?;
                id_set("member", r.member)?;
                amount("amount", r.amount)?;
                short("method", &r.method)?;
                validate::text("reason", &r.reason, validate::NOTES_MAX, false)?;
                short("operator", &r.operator)?;
                time("at", r.at)
            }
            Change::DataExported {
                what, destination, ..
            } => {
                short("what", what)?;
                validate::text("destination", destination, PATH_MAX, false)?;
                Ok(())
            }
        }
    }

    /// A record's time: from 1970 (a time not yet set is 0) to `ahead_ms` after `now`.
    fn time(&self, name: &'static str, at: Timestamp) -> Result<(), OpFault> {
        if at.0 < 0 || at.0 > self.now.0.saturating_add(self.ahead_ms) {
            return Err(OpFault::Time {
                field: name,
                ms: at.0,
            });
        }
        Ok(())
    }

    /// A ledger entry: its deltas within [`MAX_AMOUNT`] either way and signed as its
    /// kind says (money in adds, money out takes off).
    fn wallet(&self, e: &super::wallet::WalletEntry) -> Result<(), OpFault> {
        use super::wallet::WalletKind;
        id_set("wallet", e.id)?;
        id_set("member", e.member)?;
        let (p, b) = (e.principal, e.bonus);
        let (p, b) = match e.kind {
            WalletKind::TopUp => (p, b),
            WalletKind::Spend | WalletKind::Refund => {
                (Money(p.0.saturating_neg()), Money(b.0.saturating_neg()))
            }
            WalletKind::Adjustment => (Money(p.0.saturating_abs()), Money(b.0.saturating_abs())),
        };
        amount("principal", p)?;
        amount("bonus", b)?;
        short("method", &e.method)?;
        validate::text("reason", &e.reason, validate::NOTES_MAX, false)?;
        short("operator", &e.operator)?;
        self.time("at", e.at)
    }

    fn package_sale(&self, s: &PackageSale) -> Result<(), OpFault> {
        id_set("sale", s.id)?;
        id_set("member", s.member)?;
        short("key", &s.key)?;
        short("name", &s.name)?;
        if s.services.len() > validate::ITEM_COUNT_MAX {
            return Err(field(
                "services",
                Problem::TooMany(validate::ITEM_COUNT_MAX),
            ));
        }
        for service in &s.services {
            short("services", service)?;
        }
        if !(1..=MAX_PACKAGE_USES).contains(&s.uses) {
            return Err(field("uses", Problem::TooMany(MAX_PACKAGE_USES as usize)));
        }
        amount("price", s.price)?;
        if s.payments.len() > validate::ITEM_COUNT_MAX {
            return Err(field(
                "payments",
                Problem::TooMany(validate::ITEM_COUNT_MAX),
            ));
        }
        for p in &s.payments {
            short("method", &p.method)?;
            amount("payments", p.amount)?;
        }
        short("operator", &s.operator)?;
        // The expiry lies ahead by design: bounded below only.
        if s.expires.0 < 0 {
            return Err(OpFault::Time {
                field: "expires",
                ms: s.expires.0,
            });
        }
        self.time("at", s.at)
    }

    fn complaint_add(&self, c: &Complaint) -> Result<(), OpFault> {
        id_set("complaint", c.id)?;
        validate::text(
            "description",
            &c.description,
            validate::DESCRIPTION_MAX,
            false,
        )?;
        short("assignee", &c.assignee)?;
        validate::text(
            "resolution",
            &c.resolution,
            validate::DESCRIPTION_MAX,
            false,
        )?;
        validate::text("compensation", &c.compensation, validate::SHORT_MAX, false)?;
        self.time("created", c.created)?;
        self.time("updated", c.updated)?;
        if c.history.len() > HISTORY_MAX {
            return Err(field("history", Problem::TooMany(HISTORY_MAX)));
        }
        for e in &c.history {
            if e.hlc.ms < 0 || e.hlc.ms > self.now.0.saturating_add(self.ahead_ms) {
                return Err(OpFault::Time {
                    field: "clock",
                    ms: e.hlc.ms,
                });
            }
            self.time("at", e.at)?;
            short("operator", &e.operator)?;
            validate::text("note", &e.note, validate::DESCRIPTION_MAX, false)?;
        }
        Ok(())
    }
}

fn field(name: &'static str, problem: Problem) -> OpFault {
    OpFault::Field(FieldError::new(name, problem))
}

fn short(name: &'static str, value: &str) -> Result<(), OpFault> {
    validate::text(name, value, validate::SHORT_MAX, false)?;
    Ok(())
}

fn id_set(name: &'static str, id: Id) -> Result<(), OpFault> {
    if id.0 == 0 {
        return Err(OpFault::Id(name));
    }
    Ok(())
}

fn clock(hlc: Hlc, now: Timestamp) -> Result<(), OpFault> {
    if hlc.ms < 0 || hlc.ms > now.0.saturating_add(CLOCK_AHEAD_MAX_MS) {
        return Err(OpFault::Time {
            field: "clock",
            ms: hlc.ms,
        });
    }
    Ok(())
}

fn amount(name: &'static str, m: Money) -> Result<(), OpFault> {
    if m.0 < 0 || m > MAX_AMOUNT {
        return Err(OpFault::Amount {
            field: name,
            amount: m,
        });
    }
    Ok(())
}

/// The most methods a slip may list.
pub const SLIP_LINES_MAX: usize = 64;
/// The largest total a slip may carry either way: a million bills of the largest amount.
pub const SLIP_TOTAL_MAX: i64 = MAX_AMOUNT.0 * 1_000_000;

/// A slip's figures: a bounded list of methods, each total within ±[`SLIP_TOTAL_MAX`].
fn shift_figures(f: &ShiftFigures) -> Result<(), OpFault> {
    if f.lines.len() > SLIP_LINES_MAX {
        return Err(field("methods", Problem::TooMany(SLIP_LINES_MAX)));
    }
    let total = |name: &'static str, m: Money| {
        if m.0.checked_abs().is_none_or(|v| v > SLIP_TOTAL_MAX) {
            return Err(OpFault::Amount {
                field: name,
                amount: m,
            });
        }
        Ok(())
    };
    for l in &f.lines {
        short("method", &l.method)?;
        total("sales", l.sales)?;
        total("top_ups", l.top_ups)?;
        total("refunds", l.refunds)?;
    }
    let named = [
        ("sales", f.sales),
        ("top_ups", f.top_ups),
        ("refunds", f.refunds),
        ("float", f.float),
        ("cash_in", f.cash_in),
        ("cash_out", f.cash_out),
        ("expected_cash", f.expected_cash),
        ("difference", f.difference),
    ];
    named.into_iter().try_for_each(|(n, m)| total(n, m))
}

fn points(name: &'static str, value: i64, max: i64) -> Result<(), OpFault> {
    if value.checked_abs().is_none_or(|v| v > max) {
        return Err(OpFault::Points {
            field: name,
            value,
            max,
        });
    }
    Ok(())
}

fn member_fields(f: &MemberFields, now: Timestamp) -> Result<(), OpFault> {
    if let Some(name) = &f.name {
        validate::name(name)?;
    }
    if let Some(phone) = &f.phone {
        // An empty phone is a phone taken off the record (an erased member).
        if !phone.is_empty() {
            normalize_phone(phone).map_err(|e| field("phone", Problem::Phone(e)))?;
        }
    }
    if let Some(card) = &f.card {
        validate::card(card)?;
    }
    if let Some(Some(birthday)) = f.birthday {
        let today = Timestamp(now.0.saturating_add(CLOCK_AHEAD_MAX_MS))
            .utc()
            .date_naive();
        validate::birthday(&birthday.to_string(), today)?;
    }
    if let Some(tags) = &f.tags {
        if tags.len() > validate::TAGS_MAX {
            return Err(field("tags", Problem::TooManyTags(validate::TAGS_MAX)));
        }
        for t in tags {
            validate::text("tags", t, validate::TAG_MAX, false)?;
        }
    }
    if let Some(alerts) = &f.alerts {
        if alerts.len() > validate::ALERTS_MAX {
            return Err(field("alerts", Problem::TooMany(validate::ALERTS_MAX)));
        }
        for a in alerts {
            validate::text("alerts", a, validate::ALERT_MAX, false)?;
        }
    }
    if let Some(notes) = &f.notes {
        validate::text("notes", notes, validate::NOTES_MAX, false)?;
    }
    Ok(())
}

fn complaint_update(u: &ComplaintUpdate) -> Result<(), OpFault> {
    if let Some(a) = &u.assignee {
        short("assignee", a)?;
    }
    if let Some(r) = &u.resolution {
        validate::text("resolution", r, validate::DESCRIPTION_MAX, false)?;
    }
    if let Some(c) = &u.compensation {
        validate::text("compensation", c, validate::SHORT_MAX, false)?;
    }
    validate::text("note", &u.note, validate::DESCRIPTION_MAX, false)?;
    Ok(())
}

/// Keeps the two bounds in step: a manual change is always within one operation's bound.
const _: () = assert!(MAX_POINTS_CHANGE <= MAX_POINTS_PER_OP);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::TerminalId;
    use crate::domain::service::ServiceRecord;

    const NOW: Timestamp = Timestamp(1_750_000_000_000);

    #[test]
    fn an_operator_arrives_only_with_a_typable_name_and_a_hashed_pin() {
        use crate::domain::operator::{Operator, Role};
        let set = |name: &str, pin_hash: &str| {
            check_op(
                &op(Change::OperatorSet {
                    operator: Operator {
                        name: name.into(),
                        role: Role::Manager,
                        pin_hash: pin_hash.into(),
                    },
                }),
                NOW,
            )
        };
        let hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA";
        assert_eq!(set("Wang", hash), Ok(()));
        assert_eq!(set("Wang", "2468"), Err(OpFault::Operator));
        assert_eq!(set("\u{1b}[2JWang", hash), Err(OpFault::Operator));
        assert_eq!(set(" Wang", hash), Err(OpFault::Operator));
        let erase = check_op(&op(Change::MemberErase { id: Id(0) }), NOW);
        assert_eq!(erase, Err(OpFault::Id("member")));
    }

    #[test]
    fn stored_value_entries_move_money_the_way_their_kind_says() {
        use crate::domain::wallet::{WalletEntry, WalletKind};
        let entry = |kind, principal, bonus| Change::Wallet {
            entry: WalletEntry {
                id: Id(3),
                member: Id(9),
                kind,
                principal: Money(principal),
                bonus: Money(bonus),
                method: "cash".into(),
                reason: String::new(),
                operator: "ann".into(),
                at: NOW,
            },
        };
        let check = |c: Change| check_op(&op(c), NOW);
        assert_eq!(check(entry(WalletKind::TopUp, 1000, 200)), Ok(()));
        assert_eq!(check(entry(WalletKind::Spend, -1000, -200)), Ok(()));
        assert_eq!(check(entry(WalletKind::Adjustment, -5, 7)), Ok(()));
        let forged = check(entry(WalletKind::Spend, 1000, 0));
        assert!(matches!(
            forged,
            Err(OpFault::Amount {
                field: "principal",
                ..
            })
        ));
        let huge = check(entry(WalletKind::Adjustment, 0, i64::MIN));
        assert!(matches!(huge, Err(OpFault::Amount { field: "bonus", .. })));
        let refund = check(entry(WalletKind::Refund, 0, 1));
        assert!(matches!(
            refund,
            Err(OpFault::Amount { field: "bonus", .. })
        ));
    }

    fn op(change: Change) -> Op {
        Op {
            terminal: TerminalId(7),
            seq: 1,
            hlc: Hlc {
                ms: NOW.0,
                counter: 0,
                terminal: 7,
            },
            operator: "ann".into(),
            change,
        }
    }

    fn upsert(f: MemberFields) -> Change {
        Change::MemberUpsert {
            id: Id(9),
            fields: f,
        }
    }

    fn service(amount: i64, points: i64) -> Change {
        Change::Service {
            service: ServiceRecord {
                id: Id(3),
                member: Id(9),
                items: vec!["tea".into()],
                staff: String::new(),
                amount: Money(amount),
                points,
                at: NOW,
                payments: Vec::new(),
                list_price: Money(amount),
            },
        }
    }

    #[test]
    fn a_forged_member_is_refused_field_by_field() {
        let name = |n: &str| {
            check_op(
                &op(upsert(MemberFields {
                    name: Some(n.into()),
                    ..Default::default()
                })),
                NOW,
            )
        };
        assert_eq!(name("Ann Lee"), Ok(()));
        for bad in [
            "Ann\u{1b}[2J",
            &"x".repeat(10_000),
            "\u{202E}eeL nnA",
            "\u{200B}\u{200B}",
            "",
        ] {
            assert!(matches!(name(bad), Err(OpFault::Field(_))), "{bad:?}");
        }
        let notes = MemberFields {
            notes: Some("a\0b".into()),
            ..Default::default()
        };
        assert!(check_op(&op(upsert(notes)), NOW).is_err());
        let tags = MemberFields {
            tags: Some((0..10_000).map(|i| format!("t{i}")).collect()),
            ..Default::default()
        };
        assert_eq!(
            check_op(&op(upsert(tags)), NOW),
            Err(field("tags", Problem::TooManyTags(validate::TAGS_MAX)))
        );
    }

    #[test]
    fn figures_and_clocks_are_bounded() {
        assert_eq!(check_op(&op(service(12850, 128)), NOW), Ok(()));
        assert!(matches!(
            check_op(&op(service(-100_000, 10)), NOW),
            Err(OpFault::Amount { .. })
        ));
        assert!(matches!(
            check_op(&op(service(100, i64::MAX)), NOW),
            Err(OpFault::Points { .. })
        ));
        assert!(check_op(&op(service(100, -5)), NOW).is_err());
        let mut late = op(service(100, 1));
        late.hlc.ms = i64::MAX;
        assert_eq!(
            check_op(&late, NOW),
            Err(OpFault::Time {
                field: "clock",
                ms: i64::MAX
            })
        );
        late.hlc.ms = NOW.0 + CLOCK_AHEAD_MAX_MS;
        assert_eq!(check_op(&late, NOW), Ok(()));
        let mut other = op(service(100, 1));
        other.hlc.terminal = 8;
        assert_eq!(check_op(&other, NOW), Err(OpFault::ClockTerminal));
        let merge = Change::MemberMerge {
            from: Id(0),
            into: Id(4),
        };
        assert_eq!(check_op(&op(merge), NOW), Err(OpFault::Id("member")));
        // A desk's own history may be dated ahead (demo data); a bundle's may not.
        let mut ahead = service(100, 1);
        if let Change::Service { service } = &mut ahead {
            service.at = Timestamp(NOW.0 + 2 * CLOCK_AHEAD_MAX_MS);
        }
        assert!(check_change(&ahead, NOW).is_err());
        assert_eq!(check_local_change(&ahead, NOW), Ok(()));
    }
}
