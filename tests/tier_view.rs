#![allow(clippy::unwrap_used)]
//! A Lookup row's tier comes from the member's figures alone: `standing_of_view` over the
//! activity the store keeps with the figures gives what `standing_of` gives over the whole
//! history, whatever visits, services, merges, unmerges and deletes came before, in any
//! arrival order. Stores written before the figures carried activity are migrated on open.

use frontdesk::domain::loyalty::settings::RESTAURANT_TOML;
use frontdesk::domain::loyalty::{Activity, ProgramSettings};
use frontdesk::domain::ops::NEW_ID;
use frontdesk::domain::*;
use frontdesk::membership::tiers::{standing_of, standing_of_view, tier_now};
use frontdesk::store::tables::{MEMBER_STATS, META, SCHEMA_VERSION, meta_keys};
use frontdesk::store::{MemberStats, Store};
use proptest::prelude::*;
use redb::{ReadableDatabase, ReadableTable};
use serde::{Deserialize, Serialize};

const DAY: i64 = 86_400_000;
/// 2024-01-01T12:00Z.
const START: i64 = 1_704_110_400_000;
const MEMBERS: usize = 4;

fn day(n: i64) -> Timestamp {
    Timestamp(START + n * DAY)
}

/// The restaurant rules, then from 2024-09-01 a 3-month period with low thresholds, then
/// from 2025-06-01 all-time totals: windows that differ by when activity happened.
fn changing_periods() -> ProgramSettings {
    ProgramSettings::parse(&format!(
        "{RESTAURANT_TOML}
[[policy]]
effective_from = 2024-09-01
earn_points = 1
points_lifetime_months = 12
tier_period_months = 3
[[policy.tier]]
name = \"Regular\"
[[policy.tier]]
name = \"Silver\"
min_visits = 3
[[policy.tier]]
name = \"Gold\"
min_spend = \"3000.00\"
[[policy]]
effective_from = 2025-06-01
earn_points = 1
points_lifetime_months = 12
tier_period_months = 0
[[policy.tier]]
name = \"Regular\"
[[policy.tier]]
name = \"Gold\"
min_spend = \"5000.00\"
min_visits = 20
"
    ))
    .unwrap()
}

fn new_member(name: &str) -> Change {
    let mut m = Member::empty(NEW_ID, Timestamp(0));
    m.name = name.into();
    Change::MemberUpsert {
        id: NEW_ID,
        fields: MemberFields::all_of(&m),
    }
}

fn visit(member: Option<Id>, at: Timestamp) -> Change {
    Change::Visit {
        visit: Visit {
            id: NEW_ID,
            member,
            party: 2,
            location: "T1".into(),
            staff: "Li".into(),
            at,
        },
    }
}

fn service(member: Id, at: Timestamp, amount: i64) -> Change {
    Change::Service {
        service: ServiceRecord {
            id: NEW_ID,
            member,
            items: vec!["tea".into()],
            staff: "Li".into(),
            amount: Money(amount),
            points: amount / 100,
            at,
            payments: Vec::new(),
            list_price: Money(amount),
        },
    }
}

#[derive(Clone, Debug)]
enum Step {
    Visit(usize, i64),
    Walkin(i64),
    Service(usize, i64, i64),
    Merge(usize, usize),
    Unmerge(usize),
    Delete(usize),
}

fn step() -> impl Strategy<Value = Step> {
    let m = 0..MEMBERS;
    prop_oneof![
        8 => (m.clone(), 0i64..700).prop_map(|(m, d)| Step::Visit(m, d)),
        1 => (0i64..700).prop_map(Step::Walkin),
        8 => (m.clone(), 0i64..700, 0i64..400_000).prop_map(|(m, d, a)| Step::Service(m, d, a)),
        2 => (m.clone(), m.clone()).prop_map(|(a, b)| Step::Merge(a, b)),
        1 => m.clone().prop_map(Step::Unmerge),
        1 => m.prop_map(Step::Delete),
    ]
}

/// A store with `MEMBERS` members and the steps applied, one commit each (some of them a
/// batch of several changes, as a desk commits a check-in and its service together).
fn desk(steps: &[Step]) -> (Store, Vec<Id>) {
    let store = Store::in_memory(None).unwrap();
    let ids: Vec<Id> = store
        .commit((0..MEMBERS).map(|i| new_member(&format!("m{i}"))).collect())
        .unwrap()
        .iter()
        .map(|op| op.id())
        .collect();
    for chunk in steps.chunks(3) {
        let changes = chunk
            .iter()
            .map(|s| match *s {
                Step::Visit(m, d) => visit(Some(ids[m]), day(d)),
                Step::Walkin(d) => visit(None, day(d)),
                Step::Service(m, d, a) => service(ids[m], day(d), a),
                Step::Merge(a, b) => Change::MemberMerge {
                    from: ids[a],
                    into: ids[b],
                },
                Step::Unmerge(a) => Change::MemberUnmerge { from: ids[a] },
                Step::Delete(a) => Change::MemberDelete { id: ids[a] },
            })
            .collect();
        store.commit(changes).unwrap();
    }
    (store, ids)
}

/// Every id's row tier equals its tier from the full history, at each moment, under
/// each program; and the page read gives what single reads give.
fn check_rows(store: &Store, ids: &[Id]) -> Result<(), TestCaseError> {
    let programs = [ProgramSettings::default(), changing_periods()];
    let views = store.member_views(ids).unwrap();
    prop_assert_eq!(views.len(), ids.len());
    for (id, view) in ids.iter().zip(&views) {
        prop_assert_eq!(view, &store.member(*id).unwrap());
        let Some(view) = view else { continue };
        let history = store.history(*id).unwrap();
        let (v2, h2) = store.member_with_history(*id).unwrap().unwrap();
        prop_assert_eq!(&v2, view);
        prop_assert_eq!(&h2, &history);
        // The activity is kept in time order, and is exactly the history's.
        prop_assert!(view.stats.activity.is_sorted());
        let mut from_history =
            frontdesk::domain::loyalty::activity_from(&history.visits, &history.services);
        from_history.sort();
        prop_assert_eq!(&view.stats.activity, &from_history);
        for s in &programs {
            for d in [-1, 0, 30, 200, 364, 365, 366, 450, 520, 700, 800, 1100] {
                let now = day(d);
                prop_assert_eq!(
                    standing_of_view(s, view, now),
                    standing_of(s, &history, now),
                    "member {} on day {}",
                    id,
                    d
                );
            }
            let now = day(400);
            prop_assert_eq!(
                tier_now(store, s, *id, now).unwrap(),
                standing_of(s, &history, now).tier.0
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_rows_tier_from_its_figures_is_the_tier_from_its_history(
        steps in prop::collection::vec(step(), 0..40),
    ) {
        let (store, ids) = desk(&steps);
        check_rows(&store, &ids)?;

        // Another desk receiving the same operations newest first holds the same state,
        // byte for byte, and so does a replay of the log.
        let mut ops = Vec::new();
        store.for_each_op(|op| { ops.push(op); Ok(()) }).unwrap();
        ops.reverse();
        let other = Store::in_memory(None).unwrap();
        other.import(&ops).unwrap();
        prop_assert_eq!(other.digest().unwrap(), store.digest().unwrap());
        prop_assert_eq!(store.rebuild_from_log().unwrap().digest().unwrap(), store.digest().unwrap());
        check_rows(&other, &ids)?;
    }
}

#[test]
fn member_views_follow_merges_and_answer_each_id_in_order() {
    let store = Store::in_memory(None).unwrap();
    let ids: Vec<Id> = store
        .commit(vec![new_member("a"), new_member("b"), new_member("gone")])
        .unwrap()
        .iter()
        .map(|op| op.id())
        .collect();
    let (a, b, gone) = (ids[0], ids[1], ids[2]);
    store
        .commit(vec![
            visit(Some(a), day(3)),
            service(a, day(1), 50_000),
            visit(Some(b), day(2)),
            service(b, day(2), 10_000),
            Change::MemberMerge { from: b, into: a },
            Change::MemberDelete { id: gone },
        ])
        .unwrap();
    let unknown = Id(u128::MAX);
    let views = store.member_views(&[b, unknown, a, gone]).unwrap();
    assert_eq!(views.len(), 4);
    let survivor = views[0].as_ref().unwrap();
    assert_eq!(survivor.member.id, a);
    assert_eq!(views[2].as_ref(), Some(survivor));
    assert!(views[1].is_none() && views[3].is_none());
    assert_eq!(survivor.merged_from, vec![b]);
    assert_eq!(
        survivor.stats.activity,
        vec![
            Activity::spend(day(1), Money(50_000)),
            Activity::spend(day(2), Money(10_000)),
            Activity::visit(day(2)),
            Activity::visit(day(3)),
        ]
    );
    assert_eq!(survivor.stats.visits, 2);
    assert_eq!(survivor.stats.spend, 60_000);
    assert!(store.member_views(&[]).unwrap().is_empty());
}

/// `MemberStats` as schema 2 wrote it.
#[derive(Serialize, Deserialize)]
struct StatsV2 {
    visits: u32,
    last_visit: Option<Timestamp>,
    spend: i64,
    points: i64,
}

#[test]
fn a_schema_2_store_opens_with_its_activity_recomputed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.redb");
    let steps: Vec<Step> = (0..30)
        .map(|i| match i % 5 {
            0 | 1 => Step::Visit(i % 3, 40 * i as i64),
            2 | 3 => Step::Service(i % 3, 40 * i as i64 + 1, 90_000),
            _ => Step::Walkin(i as i64),
        })
        .chain([Step::Merge(2, 0)])
        .collect();
    let (expected, ids, digest) = {
        let (mem, ids) = desk(&steps);
        let store = Store::open(&path).unwrap();
        let mut ops = Vec::new();
        mem.for_each_op(|op| {
            ops.push(op);
            Ok(())
        })
        .unwrap();
        store.import(&ops).unwrap();
        let views = store.member_views(&ids).unwrap();
        (views, ids, store.digest().unwrap())
    };
    assert!(expected[0].as_ref().unwrap().stats.activity.len() > 10);

    // Write the figures as schema 2 held them, and say so.
    {
        let db = redb::Database::create(&path).unwrap();
        let tx = db.begin_write().unwrap();
        {
            let mut stats = tx.open_table(MEMBER_STATS).unwrap();
            let rows: Vec<(u128, Vec<u8>)> = stats
                .iter()
                .unwrap()
                .map(|r| {
                    let (k, v) = r.unwrap();
                    let s: MemberStats = postcard::from_bytes(v.value()).unwrap();
                    let old = StatsV2 {
                        visits: s.visits,
                        last_visit: s.last_visit,
                        spend: s.spend,
                        points: s.points,
                    };
                    (k.value(), postcard::to_allocvec(&old).unwrap())
                })
                .collect();
            assert!(!rows.is_empty());
            for (k, v) in rows {
                stats.insert(k, v.as_slice()).unwrap();
            }
            let mut meta = tx.open_table(META).unwrap();
            meta.insert(meta_keys::SCHEMA, 2u64.to_le_bytes().as_slice())
                .unwrap();
        }
        tx.commit().unwrap();
    }

    let store = Store::open(&path).unwrap();
    assert_eq!(store.member_views(&ids).unwrap(), expected);
    assert_eq!(store.digest().unwrap(), digest);
    assert_eq!(store.rebuild_from_log().unwrap().digest().unwrap(), digest);
    let s = ProgramSettings::default();
    for id in &ids {
        let Some(view) = store.member(*id).unwrap() else {
            continue;
        };
        let history = store.history(*id).unwrap();
        for d in [100, 400, 800] {
            assert_eq!(
                standing_of_view(&s, &view, day(d)),
                standing_of(&s, &history, day(d))
            );
        }
    }
    // The schema is now the current one, and the next open migrates nothing.
    drop(store);
    let db = redb::Database::create(&path).unwrap();
    let tx = db.begin_read().unwrap();
    let meta = tx.open_table(META).unwrap();
    let schema = meta.get(meta_keys::SCHEMA).unwrap().unwrap();
    assert_eq!(
        u64::from_le_bytes(schema.value().try_into().unwrap()),
        u64::from(SCHEMA_VERSION)
    );
}
