#![allow(clippy::unwrap_used)]
//! The store keeps every record it reported as saved, can rebuild its state from the
//! operation log, and refuses a second process.

use frontdesk::catalog::{Lang, set_lang, store_error};
use frontdesk::domain::ops::NEW_ID;
use frontdesk::domain::*;
use frontdesk::store::{Store, StoreError};

fn new_member(name: &str, phone: &str) -> Change {
    let mut m = Member::empty(NEW_ID, Timestamp(0));
    m.name = name.into();
    m.phone = phone.into();
    Change::MemberUpsert {
        id: NEW_ID,
        fields: MemberFields::all_of(&m),
    }
}

fn some_history(store: &Store) -> Id {
    let ops = store
        .commit(vec![new_member("张伟", "13812345678")])
        .unwrap();
    let id = ops[0].id();
    let visit = Visit {
        id: NEW_ID,
        member: Some(id),
        party: 2,
        location: "T4".into(),
        staff: "Li".into(),
        at: Timestamp::now(),
    };
    let service = ServiceRecord {
        id: NEW_ID,
        member: id,
        items: vec!["hot pot".into()],
        staff: "Li".into(),
        amount: Money(12850),
        points: 128,
        at: Timestamp::now(),
        payments: Vec::new(),
        list_price: Money(12850),
    };
    store
        .commit(vec![Change::Visit { visit }, Change::Service { service }])
        .unwrap();
    id
}

#[test]
fn records_survive_a_drop_without_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.redb");
    let id = {
        let store = Store::open(&path).unwrap();
        let id = some_history(&store);
        // Simulate a crash: no clean shutdown of anything but the file handle.
        std::mem::forget(store.digest().unwrap());
        id
    };
    let store = Store::open(&path).unwrap();
    let view = store.member(id).unwrap().unwrap();
    assert_eq!(view.member.name, "张伟");
    assert_eq!(view.stats.points, 128);
    assert_eq!(view.stats.visits, 1);
    assert_eq!(store.members_with_phone("13812345678").unwrap().len(), 1);
    let h = store.history(id).unwrap();
    assert_eq!(h.ledger.len(), 1);
    assert_eq!(h.services[0].amount, Money(12850));
}

#[test]
fn a_second_open_of_the_same_store_is_refused_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.redb");
    let _first = Store::open(&path).unwrap();
    let second = Store::open(&path);
    assert!(matches!(second, Err(StoreError::InUse)));
    set_lang(Lang::En);
    let msg = store_error(&second.err().unwrap());
    assert!(msg.contains("already open in another frontdesk"), "{msg}");
}

#[test]
fn a_file_that_is_not_a_store_is_a_sentence_naming_it_and_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("not-a-store.redb");
    std::fs::write(&path, vec![7u8; 8192]).unwrap();
    for err in [
        Store::open(&path).err().unwrap(),
        Store::open_read_only(&path).err().unwrap(),
    ] {
        assert!(
            matches!(&err, StoreError::NotAStore(p) if p == &path),
            "{err:?}"
        );
        set_lang(Lang::En);
        let msg = store_error(&err);
        assert!(
            msg.contains("not-a-store.redb is not a frontdesk store"),
            "{msg}"
        );
    }
    assert_eq!(std::fs::read(&path).unwrap(), vec![7u8; 8192]);
}

#[test]
fn state_rebuilt_from_the_log_equals_the_tables() {
    let store = Store::in_memory(None).unwrap();
    let id = some_history(&store);
    let edit = MemberFields {
        notes: Some("likes the window".into()),
        ..Default::default()
    };
    store
        .commit(vec![Change::MemberUpsert { id, fields: edit }])
        .unwrap();
    let c = Complaint {
        id: NEW_ID,
        member: Some(id),
        visit: None,
        category: complaint::Category::Waiting,
        severity: Severity::Medium,
        description: "waited 40 minutes".into(),
        assignee: "Wang".into(),
        status: ComplaintStatus::Open,
        resolution: String::new(),
        compensation: String::new(),
        created: Timestamp(0),
        updated: Timestamp(0),
        history: vec![],
    };
    let cid = store
        .commit(vec![Change::ComplaintAdd { complaint: c }])
        .unwrap()[0]
        .id();
    let up = complaint::ComplaintUpdate {
        status: Some(ComplaintStatus::Resolved),
        resolution: Some("apology".into()),
        ..Default::default()
    };
    store
        .commit(vec![Change::ComplaintUpdate {
            id: cid,
            update: up,
        }])
        .unwrap();
    let rebuilt = store.rebuild_from_log().unwrap();
    assert_eq!(
        rebuilt.complaint(cid).unwrap(),
        store.complaint(cid).unwrap()
    );
    assert_eq!(
        rebuilt.stored_member(id).unwrap(),
        store.stored_member(id).unwrap()
    );
    assert_eq!(rebuilt.history(id).unwrap(), store.history(id).unwrap());
    assert_eq!(rebuilt.digest().unwrap(), store.digest().unwrap());
    assert_eq!(
        rebuilt.complaint(cid).unwrap().unwrap().status,
        ComplaintStatus::Resolved
    );
}

#[test]
fn operations_applied_in_any_order_give_the_same_state() {
    let a = Store::in_memory(None).unwrap();
    let id = some_history(&a);
    a.commit(vec![Change::MemberUpsert {
        id,
        fields: MemberFields {
            name: Some("张伟伟".into()),
            ..Default::default()
        },
    }])
    .unwrap();
    let mut ops = Vec::new();
    a.for_each_op(|op| {
        ops.push(op);
        Ok(())
    })
    .unwrap();
    let b = Store::in_memory(None).unwrap();
    let mut rev = ops.clone();
    rev.reverse();
    b.import(&rev).unwrap();
    let again = b.import(&ops).unwrap();
    assert_eq!(again.applied, 0);
    assert_eq!(b.digest().unwrap(), a.digest().unwrap());
    assert_eq!(b.member(id).unwrap().unwrap().member.name, "张伟伟");
}

/// A bill in the layout schema 4 wrote (no payments, no list price).
#[derive(serde::Serialize)]
struct ServiceV4 {
    id: Id,
    member: Id,
    items: Vec<String>,
    staff: String,
    amount: Money,
    points: i64,
    at: Timestamp,
}

#[test]
fn a_schema_4_store_keeps_its_bills_when_they_learn_how_they_were_paid() {
    use frontdesk::store::tables::{META, SERVICES};
    use redb::ReadableDatabase;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.redb");
    let id = some_history(&Store::open(&path).unwrap());
    let old = ServiceV4 {
        id: Id(77),
        member: id,
        items: vec!["tea".into()],
        staff: "Li".into(),
        amount: Money(4200),
        points: 42,
        at: Timestamp(1_700_000_000_000),
    };
    let bytes = postcard::to_allocvec(&old).unwrap();
    assert!(postcard::from_bytes::<ServiceRecord>(&bytes).is_err());
    {
        let db = redb::Database::open(&path).unwrap();
        let tx = db.begin_write().unwrap();
        {
            tx.open_table(SERVICES)
                .unwrap()
                .insert(77u128, bytes.as_slice())
                .unwrap();
            tx.open_table(META)
                .unwrap()
                .insert("schema", 4u64.to_le_bytes().as_slice())
                .unwrap();
        }
        tx.commit().unwrap();
    }
    drop(Store::open(&path).unwrap());
    let db = redb::Database::open(&path).unwrap();
    let tx = db.begin_read().unwrap();
    let table = tx.open_table(SERVICES).unwrap();
    let row = table.get(77u128).unwrap().unwrap();
    let migrated: ServiceRecord = postcard::from_bytes(row.value()).unwrap();
    assert_eq!(migrated.amount, Money(4200));
    assert_eq!(migrated.list_price, Money(4200));
    assert!(
        migrated.payments.is_empty(),
        "how an old bill was paid is unknown"
    );
}
