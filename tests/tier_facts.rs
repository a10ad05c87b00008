#![allow(clippy::unwrap_used)]
//! A recorded tier change carries its figures (spend, visits, period) and no sentence; the
//! edges word it. Changes recorded before carry an English sentence and no figures: they
//! still read from old operations and old stores, and desks still agree on the state.

use frontdesk::catalog::{Catalog, Lang};
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::ops::NEW_ID;
use frontdesk::domain::*;
use frontdesk::membership::tiers::record_tier_change;
use frontdesk::store::Store;
use frontdesk::store::tables::{META, TIER_EVENTS};
use redb::ReadableDatabase;

fn add_member(store: &Store) -> Id {
    let mut m = Member::empty(NEW_ID, Timestamp(0));
    m.name = "Ann Lee".into();
    m.phone = "13812345678".into();
    let ops = store
        .commit(vec![Change::MemberUpsert {
            id: NEW_ID,
            fields: MemberFields::all_of(&m),
        }])
        .unwrap();
    ops[0].id()
}

/// A change as a desk recorded it before figures existed.
fn old_event(member: Id) -> TierEvent {
    TierEvent {
        id: Id(77),
        member,
        from: "Regular".into(),
        to: "Gold".into(),
        upgrade: true,
        reason: "spend 8000.00 and 5 visits in the last 12 months".into(),
        operator: "desk".into(),
        at: Timestamp(1_700_000_000_000),
        facts: None,
    }
}

/// The layout schema 2 wrote a tier change in (postcard, field by field).
#[derive(serde::Serialize)]
struct OldLayout<'a> {
    id: Id,
    member: Id,
    from: &'a str,
    to: &'a str,
    upgrade: bool,
    reason: &'a str,
    operator: &'a str,
    at: Timestamp,
}

fn old_layout(e: &TierEvent) -> Vec<u8> {
    postcard::to_allocvec(&OldLayout {
        id: e.id,
        member: e.member,
        from: &e.from,
        to: &e.to,
        upgrade: e.upgrade,
        reason: &e.reason,
        operator: &e.operator,
        at: e.at,
    })
    .unwrap()
}

#[test]
fn a_new_change_records_its_figures_and_the_edges_word_them() {
    let store = Store::in_memory(None).unwrap();
    let settings = ProgramSettings::default();
    let id = add_member(&store);
    let now = Timestamp::now();
    store
        .commit(vec![Change::Service {
            service: ServiceRecord {
                id: NEW_ID,
                member: id,
                items: vec!["banquet".into()],
                staff: "Li".into(),
                amount: Money(900_000),
                points: 0,
                at: now,
                payments: Vec::new(),
                list_price: Money(900_000),
            },
        }])
        .unwrap();
    let event = record_tier_change(&store, &settings, id, now)
        .unwrap()
        .expect("9000.00 reaches a higher tier");
    assert!(event.reason.is_empty(), "no sentence is stored: {event:?}");
    let facts = event.facts.expect("the figures are stored");
    assert_eq!(facts.spend, Money(900_000));
    assert_eq!(facts.visits, 0);
    assert_eq!(facts.months, settings.policy_at(now).tier_period_months);
    assert_eq!(
        Lang::En.messages().tier_event_reason(&event),
        Lang::En
            .messages()
            .tier_reason(facts.spend, facts.visits, facts.months)
    );
    assert!(
        Lang::En
            .messages()
            .tier_event_reason(&event)
            .starts_with("spend 9000.00 and 0 visits"),
        "{}",
        Lang::En.messages().tier_event_reason(&event)
    );
    // Stored and read back whole, figures included.
    assert_eq!(store.history(id).unwrap().tiers, vec![event.clone()]);
    let json = serde_json::to_value(&event).unwrap();
    assert_eq!(json["facts"]["spend"], 900_000);
    assert_eq!(serde_json::from_value::<TierEvent>(json).unwrap(), event);
}

#[test]
fn an_older_desks_operation_still_reads_and_desks_agree() {
    let a = Store::in_memory(None).unwrap();
    let id = add_member(&a);
    a.commit(vec![Change::TierChanged {
        event: old_event(id),
    }])
    .unwrap();
    // The operations as an older desk wrote them: no `facts` anywhere.
    let mut ops = Vec::new();
    a.for_each_op(|op| {
        let mut v = serde_json::to_value(&op).unwrap();
        if let Some(event) = v["change"].get_mut("event") {
            event.as_object_mut().unwrap().remove("facts");
        }
        let text = serde_json::to_string(&v).unwrap();
        assert!(!text.contains("facts"), "{text}");
        ops.push(serde_json::from_str::<Op>(&text).unwrap());
        Ok(())
    })
    .unwrap();
    let b = Store::in_memory(None).unwrap();
    assert_eq!(b.import(&ops).unwrap().applied, 2);
    let tiers = b.history(id).unwrap().tiers;
    assert_eq!(tiers, vec![old_event(id)]);
    assert_eq!(
        Lang::En.messages().tier_event_reason(&tiers[0]),
        "spend 8000.00 and 5 visits in the last 12 months"
    );
    assert_eq!(a.digest().unwrap(), b.digest().unwrap());
}

#[test]
fn a_schema_2_store_is_migrated_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.redb");
    let (id, digest) = {
        let store = Store::open(&path).unwrap();
        let id = add_member(&store);
        store
            .commit(vec![Change::TierChanged {
                event: old_event(id),
            }])
            .unwrap();
        (id, store.digest().unwrap())
    };
    // Put the store back as schema 2 left it: the change in the old layout.
    let old = old_layout(&old_event(id));
    assert!(
        postcard::from_bytes::<TierEvent>(&old).is_err(),
        "the old layout does not read as the new one; the migration is needed"
    );
    {
        let db = redb::Database::open(&path).unwrap();
        let tx = db.begin_write().unwrap();
        {
            let mut t = tx.open_table(TIER_EVENTS).unwrap();
            t.insert(Id(77).0, old.as_slice()).unwrap();
            let mut meta = tx.open_table(META).unwrap();
            meta.insert("schema", 2u64.to_le_bytes().as_slice())
                .unwrap();
        }
        tx.commit().unwrap();
    }
    for _ in 0..2 {
        let store = Store::open(&path).unwrap();
        assert_eq!(store.history(id).unwrap().tiers, vec![old_event(id)]);
        assert_eq!(store.digest().unwrap(), digest);
        assert_eq!(store.rebuild_from_log().unwrap().digest().unwrap(), digest);
    }
    let db = redb::Database::open(&path).unwrap();
    let tx = db.begin_read().unwrap();
    let meta = tx.open_table(META).unwrap();
    let schema = meta.get("schema").unwrap().unwrap().value().to_vec();
    let now = frontdesk::store::tables::SCHEMA_VERSION as u64;
    assert_eq!(schema, now.to_le_bytes().to_vec());
}
