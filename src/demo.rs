//! Demo data: a living desk for a newcomer. Members with Chinese and Latin names,
//! plausible phones, cards, birthdays, tags and alerts, a year of visits and services
//! with a realistic rhythm (regulars, occasional guests, lapsed regulars), the points
//! they earned, and complaints in every state of their lifecycle.
//!
//! Everything goes through the store's ordinary operations, so demo data is in the log
//! like any other record. Generation is deterministic for a seed, except the ids (they
//! carry the store's random terminal id) and times (relative to now).

mod words;

use crate::domain::complaint::{Category, ComplaintUpdate};
use crate::domain::ops::NEW_ID;
use crate::domain::{
    Change, Complaint, ComplaintStatus, Gender, Id, Member, MemberFields, Money, PointsEntry,
    PointsKind, ServiceRecord, Severity, Timestamp, Visit,
};
use crate::store::{Store, StoreError};
use chrono::{Datelike, Local, NaiveDate};
use fastrand::Rng;
use std::collections::HashSet;
use words::*;

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;
/// Members generated per step: their records, then their history, ~5,000 changes.
const CHUNK: usize = 1_600;
/// How demo bills are paid, weighted as a Chinese desk sees it: mostly by phone.
const PAID_BY: &[&str] = &[
    "wechat", "wechat", "wechat", "alipay", "alipay", "cash", "card",
];
/// Complaint events closer than this share one commit (and one clock millisecond).
const COMPLAINT_WINDOW: i64 = 15 * MINUTE;

/// What `generate` wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DemoSummary {
    pub members: usize,
    pub visits: usize,
    pub walk_ins: usize,
    pub services: usize,
    pub points_entries: usize,
    pub complaints: usize,
    pub open_complaints: usize,
    pub ops: usize,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Rhythm {
    /// Every 10 days to 4 weeks, all year.
    Regular,
    /// Was a regular, stopped coming two to seven months ago: a churn-risk member.
    Lapsed,
    /// Two or three visits a year.
    Occasional,
    /// Came once.
    Once,
    /// Signed up, never came back within the year.
    Dormant,
}

/// A complaint to be filed in the last phase, in time order with all the others.
struct Plan {
    member: Option<Id>,
    /// Index of the visit in its chunk's history batch, then its id.
    visit_slot: Option<usize>,
    visit: Option<Id>,
    at: Timestamp,
    category: Category,
    severity: Severity,
    description: &'static str,
    assignee: &'static str,
    /// (time, update) steps after filing, in order.
    steps: Vec<(Timestamp, ComplaintUpdate, i64)>,
}

struct Gen<'a> {
    rng: Rng,
    now: Timestamp,
    today: NaiveDate,
    /// Local time minus UTC, in ms: visits fall in opening hours on the local clock.
    offset: i64,
    phones: HashSet<u64>,
    card_width: usize,
    today_chance: f64,
    store: &'a Store,
    summary: DemoSummary,
    /// Demo guests earn under the built-in program at its entry tier.
    program: crate::domain::loyalty::ProgramSettings,
}

/// Fill `store` with `members` generated members and their history. `progress` is
/// called with (members done, members in all) after each step.
pub fn generate(
    store: &Store,
    members: usize,
    seed: u64,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<DemoSummary, StoreError> {
    let now = Timestamp::now();
    let regulars = (members as f64 * 0.02).max(1.0);
    let mut g = Gen {
        rng: Rng::with_seed(seed),
        now,
        today: now.local_date(),
        offset: i64::from(Local::now().offset().local_minus_utc()) * 1000,
        phones: HashSet::with_capacity(members),
        card_width: members.to_string().len().max(6),
        // About members/200 arrivals today (at most ~40), drawn from the regulars.
        today_chance: ((members as f64 / 200.0).clamp(3.0, 40.0) / regulars).min(0.5),
        store,
        summary: DemoSummary::default(),
        program: crate::domain::loyalty::ProgramSettings::default(),
    };
    let mut plans: Vec<Plan> = Vec::new();
    // Members joined between three years and one year ago, in card order; their
    // history lies in the last year, and complaints are filed last, in time order,
    // so every clock reading the store takes from them is in order.
    let join_from = now.0 - 3 * 365 * DAY;
    let join_span = 2 * 365 * DAY - DAY;
    let mut start = 0;
    progress(0, members);
    while start < members {
        let end = (start + CHUNK).min(members);
        let joined = Timestamp(join_from + join_span * start as i64 / members.max(1) as i64);
        g.chunk(start, end, joined, &mut plans)?;
        start = end;
        progress(end, members);
    }
    g.complaints(plans)?;
    store.flush()?;
    progress(members, members);
    Ok(g.summary)
}

impl Gen<'_> {
    fn chunk(
        &mut self,
        start: usize,
        end: usize,
        joined: Timestamp,
        plans: &mut Vec<Plan>,
    ) -> Result<(), StoreError> {
        let mut people = Vec::with_capacity(end - start);
        let mut changes = Vec::with_capacity(end - start);
        for i in start..end {
            let (member, rhythm) = self.person(i, joined);
            changes.push(Change::MemberUpsert {
                id: NEW_ID,
                fields: MemberFields::all_of(&member),
            });
            people.push(rhythm);
        }
        let ops = self.store.commit_bulk(changes, joined)?;
        self.summary.members += ops.len();
        self.summary.ops += ops.len();

        let mut history = Vec::with_capacity((end - start) * 3);
        let first_plan = plans.len();
        for (op, rhythm) in ops.iter().zip(people) {
            self.history(op.id(), rhythm, &mut history, plans);
        }
        // Walk-ins: about one for every twenty members, a few of them complaining.
        for _ in 0..(end - start).div_ceil(20) {
            let days_ago = self.rng.i64(0..365);
            let at = self.visit_time(days_ago);
            history.push(self.visit(None, at));
            self.summary.walk_ins += 1;
            if self.rng.u32(0..100) < 3 {
                plans.push(self.plan(None, Some(history.len() - 1), at));
            }
        }
        let ops = self.store.commit_bulk(history, joined)?;
        self.summary.ops += ops.len();
        for plan in &mut plans[first_plan..] {
            plan.visit = plan.visit_slot.and_then(|s| ops.get(s)).map(|op| op.id());
        }
        Ok(())
    }

    fn person(&mut self, i: usize, joined: Timestamp) -> (Member, Rhythm) {
        let r = &mut self.rng;
        let mut m = Member::empty(NEW_ID, joined);
        if r.bool() {
            let surname = weighted(r, SURNAMES);
            let mut name = surname.to_string();
            for _ in 0..if r.u32(0..100) < 35 { 1 } else { 2 } {
                name.push_str(pick(r, GIVEN));
            }
            m.name = name;
            m.gender = match r.u32(0..100) {
                0..48 => Gender::Female,
                48..96 => Gender::Male,
                _ => Gender::Unspecified,
            };
        } else {
            let female = r.bool();
            let first = pick(r, if female { FIRST_F } else { FIRST_M });
            m.name = format!("{first} {}", pick(r, LAST));
            m.gender = if r.u32(0..100) < 3 {
                Gender::Other
            } else if female {
                Gender::Female
            } else {
                Gender::Male
            };
        }
        m.phone = self.phone();
        let r = &mut self.rng;
        if r.u32(0..100) < 92 {
            m.card = format!("M{:0w$}", i + 1, w = self.card_width);
        }
        m.birthday = match r.u32(0..1000) {
            0..5 => {
                // Birthday this week: the desk's care list should never be empty.
                let d = self.today + chrono::Duration::days(r.i64(0..7));
                let year = r.i32(1955..=2004);
                NaiveDate::from_ymd_opt(year, d.month(), d.day())
                    .or_else(|| NaiveDate::from_ymd_opt(year, d.month(), 28))
            }
            5..850 => NaiveDate::from_yo_opt(r.i32(1950..=2006), r.u32(1..=365)),
            _ => None,
        };
        for (tag, per_mille) in TAGS {
            if r.u32(0..1000) < *per_mille {
                m.tags.push((*tag).to_string());
            }
        }
        for (alert, per_mille) in ALERTS {
            if r.u32(0..1000) < *per_mille {
                m.alerts.push((*alert).to_string());
            }
        }
        if m.has_allergy() && !m.tags.iter().any(|t| t == "allergy") {
            m.tags.push("allergy".into());
        }
        if r.u32(0..100) < 10 {
            m.notes = pick(r, NOTES).to_string();
        }
        m.marketing_consent = r.u32(0..100) < 60;
        let rhythm = match r.u32(0..1000) {
            0..20 => Rhythm::Regular,
            20..32 => Rhythm::Lapsed,
            32..152 => Rhythm::Occasional,
            152..252 => Rhythm::Once,
            _ => Rhythm::Dormant,
        };
        if matches!(rhythm, Rhythm::Regular | Rhythm::Lapsed) && r.u32(0..100) < 70 {
            m.tags.push("regular".into());
        }
        (m, rhythm)
    }

    /// A unique, valid, normalized phone: mostly mainland mobiles, a few +44 and +1.
    fn phone(&mut self) -> String {
        loop {
            let r = &mut self.rng;
            let (key, text) = match r.u32(0..100) {
                0..2 => {
                    let n = 7_000_000_000 + r.u64(0..1_000_000_000);
                    (1 << 62 | 44 << 40 | n, format!("+44{n}"))
                }
                2..3 => {
                    let n = r.u64(2..10) * 1_000_000_000
                        + r.u64(0..100) * 10_000_000
                        + r.u64(2..10) * 1_000_000
                        + r.u64(0..1_000_000);
                    (1 << 62 | 1 << 40 | n, format!("+1{n}"))
                }
                _ => {
                    let n = MOBILE_PREFIXES[r.usize(0..MOBILE_PREFIXES.len())] * 100_000_000
                        + r.u64(0..100_000_000);
                    (n, n.to_string())
                }
            };
            if self.phones.insert(key) {
                return text;
            }
        }
    }

    /// A time on a local day `days_ago`, within opening hours (11:00–22:00), never later than now.
    fn visit_time(&mut self, days_ago: i64) -> Timestamp {
        let local_midnight = (self.now.0 + self.offset).div_euclid(DAY) * DAY - self.offset;
        let t = local_midnight - days_ago * DAY + 11 * HOUR + self.rng.i64(0..11 * 60) * MINUTE;
        if t < self.now.0 {
            Timestamp(t)
        } else {
            Timestamp(t - DAY)
        }
    }

    /// An arrival earlier today.
    fn today_time(&mut self) -> Timestamp {
        let local_midnight = (self.now.0 + self.offset).div_euclid(DAY) * DAY - self.offset;
        // From opening (10:00) when the day has started; before opening, the last two hours.
        let opening = local_midnight + 10 * HOUR;
        let from = if self.now.0 > opening + HOUR {
            opening
        } else {
            local_midnight.max(self.now.0 - 2 * HOUR)
        };
        Timestamp(
            self.rng
                .i64(from..self.now.0.max(from + 1))
                .min(self.now.0 - MINUTE),
        )
    }

    fn visit(&mut self, member: Option<Id>, at: Timestamp) -> Change {
        let r = &mut self.rng;
        let party = match r.u32(0..100) {
            0..15 => 1,
            15..55 => 2,
            55..70 => 3,
            70..88 => 4,
            88..96 => r.u16(5..=6),
            _ => r.u16(7..=12),
        };
        let prefix = pick(r, LOCATIONS_PREFIX);
        let location = format!("{prefix}{}", r.u32(1..=24));
        self.summary.visits += 1;
        Change::Visit {
            visit: Visit {
                id: NEW_ID,
                member,
                party,
                location,
                staff: pick(r, STAFF).to_string(),
                at,
            },
        }
    }

    fn service(&mut self, member: Id, party: u16, at: Timestamp) -> (Change, i64) {
        let r = &mut self.rng;
        let per_head = r.i64(68..=198) * 100 + r.i64(0..10) * 10;
        let amount = Money(per_head * i64::from(party.max(1)));
        let mut items: Vec<String> = Vec::new();
        for _ in 0..r.usize(1..=3) {
            let item = pick(r, MENU).to_string();
            if !items.contains(&item) {
                items.push(item);
            }
        }
        let base = self.program.policy_at(at).base_tier().name.clone();
        let points = crate::membership::points::earned(&self.program, amount, &base, at);
        self.summary.services += 1;
        self.summary.points_entries += usize::from(points != 0);
        let change = Change::Service {
            service: ServiceRecord {
                id: NEW_ID,
                member,
                items,
                staff: pick(r, STAFF).to_string(),
                amount,
                points,
                at: Timestamp(at.0 + r.i64(40..120) * MINUTE),
                payments: vec![crate::domain::Payment {
                    method: pick(r, PAID_BY).to_string(),
                    amount,
                }],
                list_price: amount,
            },
        };
        (change, points)
    }

    /// A member's year: the days they came, what they had, points they redeemed, and
    /// now and then a complaint to file later.
    fn history(&mut self, id: Id, rhythm: Rhythm, out: &mut Vec<Change>, plans: &mut Vec<Plan>) {
        let r = &mut self.rng;
        let mut days: Vec<i64> = match rhythm {
            Rhythm::Regular | Rhythm::Lapsed => {
                let every = r.i64(10..=28);
                let stop = if rhythm == Rhythm::Lapsed {
                    r.i64(60..=200)
                } else {
                    0
                };
                let mut d = 364 - r.i64(0..every);
                let mut days = Vec::new();
                while d >= stop {
                    days.push(d);
                    d -= (every + r.i64(-every / 3..=every / 3)).max(1);
                }
                days
            }
            Rhythm::Occasional => (0..r.usize(2..=3)).map(|_| r.i64(0..365)).collect(),
            Rhythm::Once => vec![r.i64(0..365)],
            Rhythm::Dormant => Vec::new(),
        };
        days.sort_unstable_by(|a, b| b.cmp(a));
        let mut times: Vec<Timestamp> = days.into_iter().map(|d| self.visit_time(d)).collect();
        if rhythm == Rhythm::Regular && self.rng.f64() < self.today_chance {
            let t = self.today_time();
            times.push(t);
        }
        let complain_at = if !times.is_empty() && self.rng.u32(0..100) < 11 {
            Some(self.rng.usize(0..times.len()))
        } else {
            None
        };
        let mut balance = 0;
        for (n, at) in times.into_iter().enumerate() {
            let change = self.visit(Some(id), at);
            let party = match &change {
                Change::Visit { visit } => visit.party,
                _ => 1,
            };
            out.push(change);
            if complain_at == Some(n) {
                plans.push(self.plan(Some(id), Some(out.len() - 1), at));
            }
            if self.rng.u32(0..100) < 90 {
                let (service, points) = self.service(id, party, at);
                out.push(service);
                balance += points;
            }
            if balance >= 1500 && self.rng.u32(0..100) < 30 {
                let spend = 500 * self.rng.i64(1..=2);
                balance -= spend;
                out.push(Change::Points {
                    entry: PointsEntry {
                        id: NEW_ID,
                        member: id,
                        delta: -spend,
                        kind: PointsKind::Redeem,
                        reason: format!("redeemed: {}", pick(&mut self.rng, REDEEM)),
                        source: None,
                        operator: "desk".into(),
                        at: Timestamp(at.0 + 90 * MINUTE),
                    },
                });
                self.summary.points_entries += 1;
            }
        }
    }

    /// A complaint about a visit at `visit_at`, and how far it has come by now.
    fn plan(&mut self, member: Option<Id>, visit_slot: Option<usize>, visit_at: Timestamp) -> Plan {
        let r = &mut self.rng;
        let (label, descriptions) = COMPLAINTS[r.usize(0..COMPLAINTS.len())];
        let category = Category::parse(label).unwrap_or(Category::Other);
        let severity = match r.u32(0..100) {
            0..45 => Severity::Low,
            45..85 => Severity::Medium,
            _ => Severity::High,
        };
        let at = Timestamp((visit_at.0 + r.i64(20..180) * MINUTE).min(self.now.0 - MINUTE));
        let target = match r.u32(0..100) {
            0..20 => ComplaintStatus::Open,
            20..35 => ComplaintStatus::InProgress,
            35..50 => ComplaintStatus::Resolved,
            50..60 => ComplaintStatus::FollowedUp,
            _ => ComplaintStatus::Closed,
        };
        let mut steps = Vec::new();
        let mut t = at.0;
        let mut status = ComplaintStatus::Open;
        while status < target {
            let Some(next) = status.next() else { break };
            t += match next {
                ComplaintStatus::InProgress => r.i64(10..360) * MINUTE,
                ComplaintStatus::Resolved => r.i64(2..72) * HOUR,
                ComplaintStatus::FollowedUp => r.i64(1..8) * DAY,
                _ => r.i64(1..6) * DAY,
            };
            if t >= self.now.0 {
                break;
            }
            let mut update = ComplaintUpdate {
                status: Some(next),
                ..Default::default()
            };
            let mut points = 0;
            match next {
                ComplaintStatus::InProgress => update.note = "called the guest back".into(),
                ComplaintStatus::Resolved => {
                    let compensation = pick(r, COMPENSATIONS);
                    points = compensation
                        .strip_suffix(" points")
                        .and_then(|n| n.parse().ok())
                        .unwrap_or(0);
                    update.resolution = Some(pick(r, RESOLUTIONS).to_string());
                    update.compensation = Some(compensation.to_string());
                }
                ComplaintStatus::FollowedUp => {
                    update.note = if r.u32(0..100) < 80 {
                        "回访: guest satisfied".into()
                    } else {
                        "回访: guest still unhappy".into()
                    }
                }
                _ => {}
            }
            steps.push((Timestamp(t), update, points));
            status = next;
        }
        Plan {
            member,
            visit_slot,
            visit: None,
            at,
            category,
            severity,
            description: pick(r, descriptions),
            assignee: pick(r, ASSIGNEES),
            steps,
        }
    }

    /// File every complaint and its updates in time order, so the store's clock gives
    /// each the time it happened and the board shows real ages.
    fn complaints(&mut self, plans: Vec<Plan>) -> Result<(), StoreError> {
        // (time, plan, step): step 0 files the complaint, step k applies update k.
        let mut events: Vec<(i64, usize, usize)> = Vec::new();
        for (p, plan) in plans.iter().enumerate() {
            events.push((plan.at.0, p, 0));
            for (s, (t, _, _)) in plan.steps.iter().enumerate() {
                events.push((t.0, p, s + 1));
            }
        }
        events.sort_unstable();
        let mut ids: Vec<Option<Id>> = vec![None; plans.len()];
        let mut batch: Vec<Change> = Vec::new();
        let mut filed: Vec<(usize, usize)> = Vec::new();
        let mut window_start = i64::MIN;
        let mut last = 0;
        for (t, p, step) in events {
            let needs_id = step > 0 && ids[p].is_none();
            if !batch.is_empty() && (t >= window_start + COMPLAINT_WINDOW || needs_id) {
                self.commit_window(std::mem::take(&mut batch), last, &mut filed, &mut ids)?;
            }
            if batch.is_empty() {
                window_start = t;
            }
            last = t;
            let plan = &plans[p];
            if step == 0 {
                filed.push((batch.len(), p));
                batch.push(Change::ComplaintAdd {
                    complaint: Complaint {
                        id: NEW_ID,
                        member: plan.member,
                        visit: plan.visit,
                        category: plan.category,
                        severity: plan.severity,
                        description: plan.description.to_string(),
                        assignee: plan.assignee.to_string(),
                        status: ComplaintStatus::Open,
                        resolution: String::new(),
                        compensation: String::new(),
                        created: plan.at,
                        updated: plan.at,
                        history: Vec::new(),
                    },
                });
                self.summary.complaints += 1;
                if plan
                    .steps
                    .iter()
                    .all(|(_, u, _)| u.status.is_none_or(|s| s < ComplaintStatus::Resolved))
                {
                    self.summary.open_complaints += 1;
                }
                continue;
            }
            let Some(cid) = ids[p] else { continue };
            let (at, update, points) = &plan.steps[step - 1];
            batch.push(Change::ComplaintUpdate {
                id: cid,
                update: update.clone(),
            });
            if let (Some(member), true) = (plan.member, *points > 0) {
                batch.push(Change::Points {
                    entry: PointsEntry {
                        id: NEW_ID,
                        member,
                        delta: *points,
                        kind: PointsKind::Compensation,
                        reason: format!("compensation for complaint {cid}"),
                        source: Some(cid),
                        operator: "desk".into(),
                        at: *at,
                    },
                });
                self.summary.points_entries += 1;
            }
        }
        if !batch.is_empty() {
            self.commit_window(batch, last, &mut filed, &mut ids)?;
        }
        Ok(())
    }

    fn commit_window(
        &mut self,
        batch: Vec<Change>,
        at: i64,
        filed: &mut Vec<(usize, usize)>,
        ids: &mut [Option<Id>],
    ) -> Result<(), StoreError> {
        let ops = self.store.commit_bulk(batch, Timestamp(at))?;
        self.summary.ops += ops.len();
        for (slot, p) in filed.drain(..) {
            ids[p] = ops.get(slot).map(|op| op.id());
        }
        Ok(())
    }
}

fn pick<'a, T: ?Sized>(r: &mut Rng, from: &[&'a T]) -> &'a T {
    from[r.usize(0..from.len())]
}

fn weighted<'a>(r: &mut Rng, from: &[(&'a str, u32)]) -> &'a str {
    let total: u32 = from.iter().map(|(_, w)| w).sum();
    let mut n = r.u32(0..total.max(1));
    for (s, w) in from {
        if n < *w {
            return s;
        }
        n -= w;
    }
    from.first().map(|(s, _)| *s).unwrap_or("王")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate::MemberDraft;

    fn names(store: &Store) -> Vec<String> {
        let mut out = Vec::new();
        store
            .for_each_member(|m, _| out.push(format!("{} {} {}", m.card, m.name, m.phone)))
            .unwrap();
        out.sort();
        out
    }

    #[test]
    fn demo_data_is_the_same_for_the_same_seed() {
        let a = Store::in_memory(None).unwrap();
        let b = Store::in_memory(None).unwrap();
        let c = Store::in_memory(None).unwrap();
        let sa = generate(&a, 300, 7, &mut |_, _| {}).unwrap();
        let sb = generate(&b, 300, 7, &mut |_, _| {}).unwrap();
        let _ = generate(&c, 300, 8, &mut |_, _| {}).unwrap();
        assert_eq!(sa, sb);
        assert_eq!(names(&a), names(&b));
        assert_ne!(names(&a), names(&c));
        assert_eq!(sa.members, 300);
        assert_eq!(a.member_count().unwrap(), 300);
        assert_eq!(a.op_count().unwrap() as usize, sa.ops);
        assert_eq!(a.complaints(true).unwrap().len(), sa.complaints);
    }

    #[test]
    fn demo_members_pass_validation_and_have_unique_phones() {
        let store = Store::in_memory(None).unwrap();
        let s = generate(&store, 2000, 1, &mut |_, _| {}).unwrap();
        let today = Timestamp::now().local_date();
        let mut phones = HashSet::new();
        let (mut chinese, mut latin, mut intl) = (0, 0, 0);
        store
            .for_each_member(|m, _| {
                let draft = MemberDraft::from_member(m);
                let checked = draft.validate(m.clone(), today);
                assert!(checked.is_ok(), "{m:?}: {checked:?}");
                assert_eq!(&checked.unwrap(), m);
                assert!(phones.insert(m.phone.clone()));
                if m.name.chars().any(|c| c > '\u{2e80}') {
                    chinese += 1;
                } else {
                    latin += 1;
                }
                intl += usize::from(m.phone.starts_with('+'));
            })
            .unwrap();
        assert!(chinese > 800 && latin > 800, "{chinese} {latin}");
        assert!(intl > 20, "{intl}");
        // Roughly three operations per member.
        assert!(s.ops > 2 * s.members && s.ops < 4 * s.members, "{s:?}");
        assert!(s.complaints > 20 && s.open_complaints > 0, "{s:?}");
        let complaints = store.complaints(true).unwrap();
        assert!(
            complaints
                .iter()
                .any(|c| c.status == ComplaintStatus::Closed && !c.compensation.is_empty())
        );
        assert!(complaints.iter().all(|c| c.created.0 <= Timestamp::now().0));
        let arrivals = store
            .arrivals_since(Timestamp::now().start_of_local_day(), 100)
            .unwrap();
        assert!(!arrivals.is_empty());
    }
}
