#![allow(clippy::unwrap_used)]
//! Properties of the loyalty rules: the balance is the sum of the ledger and never goes
//! below zero; expiry is idempotent and takes the oldest points first; the tier is a pure
//! function of rules and history; a policy change does not alter what was earned before.

use frontdesk::domain::loyalty::expiry::lots;
use frontdesk::domain::loyalty::settings::RESTAURANT_TOML;
use frontdesk::domain::loyalty::*;
use frontdesk::domain::*;
use proptest::prelude::*;
use std::collections::VecDeque;

const DAY: i64 = 86_400_000;
/// 2024-01-01T12:00Z.
const START: i64 = 1_704_110_400_000;

/// The restaurant rules, then from 2024-09-01 a 3-month lifetime, then from 2025-03-01
/// a 24-month lifetime: lifetimes that differ by when points were earned.
fn changing_lifetimes() -> ProgramSettings {
    let text = format!(
        "{RESTAURANT_TOML}
[[policy]]
effective_from = 2024-09-01
earn_points = 2
points_lifetime_months = 3
[[policy.tier]]
name = \"Regular\"
[[policy]]
effective_from = 2025-03-01
earn_points = 1
points_lifetime_months = 24
[[policy.tier]]
name = \"Regular\"
"
    );
    ProgramSettings::parse(&text).unwrap()
}

#[derive(Clone, Debug)]
enum Step {
    Earn(i64),
    Redeem(i64),
    Adjust(i64, bool),
    Expire,
    Referral,
}

fn step() -> impl Strategy<Value = (i64, Step)> {
    let s = prop_oneof![
        4 => (0i64..50_000).prop_map(Step::Earn),
        3 => (0i64..800).prop_map(Step::Redeem),
        2 => (-300i64..300, any::<bool>()).prop_map(|(d, r)| Step::Adjust(d, r)),
        2 => Just(Step::Expire),
        1 => Just(Step::Referral),
    ];
    (0i64..90 * DAY, s)
}

struct Desk {
    settings: ProgramSettings,
    ledger: Vec<PointsEntry>,
    now: Timestamp,
    seq: u128,
}

impl Desk {
    fn push(&mut self, delta: i64, kind: PointsKind, at: Timestamp, reason: &str) {
        self.seq += 1;
        self.ledger.push(PointsEntry {
            id: Id(self.seq),
            member: Id(42),
            delta,
            kind,
            reason: reason.into(),
            source: None,
            operator: "ann".into(),
            at,
        });
    }
    /// Apply one step through the rules; refused steps change nothing.
    fn apply(&mut self, s: &Step) {
        let bal = balance(&self.ledger);
        let now = self.now;
        match *s {
            Step::Earn(amount) => {
                let tier = TierName("Gold".into());
                let p = points_earned(&self.settings, Money(amount), &tier, now);
                assert!(p >= 0);
                if p > 0 {
                    self.push(p, PointsKind::Earn, now, "service");
                }
            }
            Step::Redeem(p) => match check_redeem(bal, p) {
                Ok(d) => {
                    assert!(p > 0 && p <= bal);
                    self.push(d, PointsKind::Redeem, now, "bill");
                }
                Err(_) => assert!(p <= 0 || p > bal),
            },
            Step::Adjust(d, with_reason) => {
                let reason = if with_reason { "goodwill" } else { " " };
                match check_adjustment(bal, d, reason) {
                    Ok((d, r)) => {
                        assert!(with_reason && d != 0 && bal + d >= 0);
                        self.push(d, PointsKind::Adjust, now, &r);
                    }
                    Err(_) => assert!(!with_reason || d == 0 || bal + d < 0),
                }
            }
            Step::Referral => {
                let b = referral_bonus(&self.settings, now);
                self.push(b, PointsKind::Referral, now, "referred a friend");
            }
            Step::Expire => self.expire(),
        }
    }
    fn expire(&mut self) {
        for e in expiry_entries(&self.settings, &self.ledger, self.now) {
            assert!(e.delta < 0 && e.at <= self.now);
            self.push(e.delta, PointsKind::Expire, e.at, &e.reason);
        }
    }
    fn check(&self) {
        let rows = ledger_rows(&self.ledger);
        let sum: i64 = self.ledger.iter().map(|e| e.delta).sum();
        assert_eq!(balance(&self.ledger), sum);
        assert_eq!(rows.last().map(|r| r.1).unwrap_or(0), sum);
        for (e, running) in &rows {
            assert!(*running >= 0, "running balance {running} after {e:?}");
        }
    }
}

fn run(settings: ProgramSettings, steps: &[(i64, Step)]) -> Desk {
    let mut desk = Desk {
        settings,
        ledger: Vec::new(),
        now: Timestamp(START),
        seq: 0,
    };
    for (gap, s) in steps {
        desk.now = Timestamp(desk.now.0 + gap);
        desk.apply(s);
        desk.check();
    }
    desk
}

/// An independent oracle for one lifetime: a FIFO queue of earned lots; every negative
/// entry takes from the front. What is left of lots past their lifetime expires.
fn fifo_oracle(ledger: &[PointsEntry], months: u32, now: Timestamp) -> Vec<(Id, i64)> {
    let mut sorted: Vec<&PointsEntry> = ledger.iter().filter(|e| e.at <= now).collect();
    sorted.sort_by_key(|e| (e.at, e.id));
    let mut queue: VecDeque<(Id, Timestamp, i64)> = VecDeque::new();
    for e in sorted {
        if e.delta > 0 {
            queue.push_back((e.id, e.at, e.delta));
        } else {
            let mut need = -e.delta;
            while need > 0 {
                let Some(front) = queue.front_mut() else {
                    break;
                };
                let take = need.min(front.2);
                front.2 -= take;
                need -= take;
                if front.2 == 0 {
                    queue.pop_front();
                }
            }
        }
    }
    queue
        .into_iter()
        .filter(|(_, at, left)| *left > 0 && add_months(*at, months) <= now)
        .map(|(id, _, left)| (id, -left))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn balance_is_the_sum_and_never_below_zero(steps in prop::collection::vec(step(), 1..60)) {
        let desk = run(changing_lifetimes(), &steps);
        prop_assert!(balance(&desk.ledger) >= 0);
    }

    #[test]
    fn expiry_is_idempotent(steps in prop::collection::vec(step(), 1..60), later in 0i64..900) {
        for settings in [ProgramSettings::default(), changing_lifetimes()] {
            let mut desk = run(settings, &steps);
            desk.now = Timestamp(desk.now.0 + later * DAY);
            let before = balance(&desk.ledger);
            let proposed = expiry_entries(&desk.settings, &desk.ledger, desk.now);
            let expired: i64 = proposed.iter().map(|e| -e.delta).sum();
            prop_assert!(expired <= before);
            desk.expire();
            desk.check();
            prop_assert!(expiry_entries(&desk.settings, &desk.ledger, desk.now).is_empty());
            // Nothing that is still held has outlived its lifetime.
            let refs: Vec<&PointsEntry> = desk.ledger.iter().collect();
            for lot in lots(&desk.settings, &refs, desk.now) {
                prop_assert!(lot.remaining == 0 || lot.expires.is_none_or(|x| x > desk.now));
            }
            if let Some((when, points)) = next_expiry(&desk.settings, &desk.ledger, desk.now) {
                prop_assert!(when > desk.now && points > 0 && points <= balance(&desk.ledger));
            }
        }
    }

    #[test]
    fn expiry_takes_the_oldest_points_first(steps in prop::collection::vec(step(), 1..60), later in 0i64..900) {
        // One lifetime (12 months): the proposals are exactly what a FIFO queue leaves.
        let mut desk = run(ProgramSettings::default(), &steps);
        desk.now = Timestamp(desk.now.0 + later * DAY);
        let proposed: Vec<(Id, i64)> = expiry_entries(&desk.settings, &desk.ledger, desk.now)
            .into_iter()
            .map(|e| (e.source, e.delta))
            .collect();
        prop_assert_eq!(proposed, fifo_oracle(&desk.ledger, 12, desk.now));
    }

    #[test]
    fn tier_is_a_pure_function_of_rules_and_history(
        history in prop::collection::vec((0i64..900, 0i64..600_000, 0u32..2), 0..40)
            .prop_flat_map(|h| { let n = h.len(); (Just(h.clone()), Just(h).prop_shuffle(), 0..=n) }),
        at_day in 0i64..1200,
    ) {
        let (h, shuffled, _) = history;
        let to_activity = |(d, spend, visits): &(i64, i64, u32)| Activity {
            at: Timestamp(START + d * DAY),
            visits: *visits,
            spend: Money(*spend),
        };
        let a: Vec<Activity> = h.iter().map(to_activity).collect();
        let b: Vec<Activity> = shuffled.iter().map(to_activity).collect();
        let at = Timestamp(START + at_day * DAY);
        for s in [ProgramSettings::default(), changing_lifetimes()] {
            let t = tier_for(&s, &a, at);
            prop_assert_eq!(&t, &tier_for(&s, &a, at));
            prop_assert_eq!(&t, &tier_for(&s, &b, at));
            let changes = tier_changes(&s, &a, at);
            prop_assert_eq!(&changes, &tier_changes(&s, &b, at));
            // The last change ends at the tier of the moment.
            if let Some(last) = changes.last() {
                prop_assert_eq!(&last.to, &t);
            } else {
                prop_assert_eq!(t.as_str(), s.policy_at(at).base_tier().name.as_str());
            }
        }
    }

    #[test]
    fn a_policy_change_does_not_alter_past_entries(
        earns in prop::collection::vec((0i64..360, 0i64..500_000, 0usize..4), 1..30),
        now_day in 400i64..1500,
    ) {
        // Everything happens in 2024; the new policy starts 2025-01-01 with other rates,
        // multipliers and lifetime.
        let old = ProgramSettings::default();
        let new = ProgramSettings::parse(&format!(
            "{RESTAURANT_TOML}
[[policy]]
effective_from = 2025-01-01
earn_points = 3
earn_per = \"2.00\"
points_lifetime_months = 6
[[policy.tier]]
name = \"Regular\"
multiplier_percent = 300
[[policy.tier]]
name = \"Gold\"
min_visits = 1
multiplier_percent = 50
"
        )).unwrap();
        let tiers = ["Regular", "Silver", "Gold", "Diamond"];
        let mut ledger = Vec::new();
        for (i, (d, amount, t)) in earns.iter().enumerate() {
            let at = Timestamp(START + d * DAY);
            let tier = TierName(tiers[*t].into());
            let p = points_earned(&old, Money(*amount), &tier, at);
            prop_assert_eq!(p, points_earned(&new, Money(*amount), &tier, at));
            ledger.push(PointsEntry {
                id: Id(i as u128 + 1),
                member: Id(1),
                delta: p.max(1),
                kind: PointsKind::Earn,
                reason: String::new(),
                source: None,
                operator: "ann".into(),
                at,
            });
        }
        let now = Timestamp(START + now_day * DAY);
        prop_assert_eq!(expiry_entries(&old, &ledger, now), expiry_entries(&new, &ledger, now));
        let history: Vec<Activity> = earns
            .iter()
            .map(|(d, amount, _)| Activity::spend(Timestamp(START + d * DAY), Money(*amount)))
            .collect();
        let last = Timestamp(START + 360 * DAY);
        prop_assert_eq!(tier_changes(&old, &history, last), tier_changes(&new, &history, last));
    }
}
