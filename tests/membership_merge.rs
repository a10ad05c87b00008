#![allow(clippy::unwrap_used)]
//! Merging duplicates keeps every visit, service, complaint, note, tag and points entry
//! under the survivor, as one recorded operation, and undoing it restores both members
//! exactly — also after the store is closed and opened again.

use frontdesk::catalog::{Lang, merge_error, set_lang};
use frontdesk::domain::complaint::{Category, Severity};
use frontdesk::domain::ops::NEW_ID;
use frontdesk::domain::*;
use frontdesk::membership::merge::{MergeError, merge, undo_merge};
use frontdesk::store::{MemberHistory, MemberView, Store};

const DAY: i64 = 86_400_000;

fn add_member(store: &Store, name: &str, phone: &str, tags: &[&str], notes: &str) -> Id {
    let mut m = Member::empty(NEW_ID, Timestamp(0));
    m.name = name.into();
    m.phone = phone.into();
    m.tags = tags.iter().map(|t| t.to_string()).collect();
    m.notes = notes.into();
    m.alerts = if tags.contains(&"allergy") {
        vec!["peanut allergy".into()]
    } else {
        Vec::new()
    };
    let ops = store
        .commit(vec![Change::MemberUpsert {
            id: NEW_ID,
            fields: MemberFields::all_of(&m),
        }])
        .unwrap();
    ops[0].id()
}

/// Two visits, a service (which earns points), a redemption and a complaint.
fn give_history(store: &Store, id: Id, base: i64, amount: i64) {
    let now = Timestamp::now().0;
    let visit = |d: i64| Change::Visit {
        visit: Visit {
            id: NEW_ID,
            member: Some(id),
            party: 2,
            location: "T1".into(),
            staff: "Li".into(),
            at: Timestamp(now - (base + d) * DAY),
        },
    };
    let service = Change::Service {
        service: ServiceRecord {
            id: NEW_ID,
            member: id,
            items: vec!["hot pot".into()],
            staff: "Li".into(),
            amount: Money(amount),
            points: amount / 100,
            at: Timestamp(now - base * DAY),
            payments: Vec::new(),
            list_price: Money(amount),
        },
    };
    let redeem = Change::Points {
        entry: PointsEntry {
            id: NEW_ID,
            member: id,
            delta: -10,
            kind: PointsKind::Redeem,
            reason: "redeemed against a bill".into(),
            source: None,
            operator: "desk".into(),
            at: Timestamp(now - base * DAY + 1000),
        },
    };
    let complaint = Change::ComplaintAdd {
        complaint: Complaint {
            id: NEW_ID,
            member: Some(id),
            visit: None,
            category: Category::Waiting,
            severity: Severity::Medium,
            description: "waited 40 minutes".into(),
            assignee: String::new(),
            status: ComplaintStatus::Open,
            resolution: String::new(),
            compensation: String::new(),
            created: Timestamp(0),
            updated: Timestamp(0),
            history: Vec::new(),
        },
    };
    store
        .commit(vec![visit(3), visit(1), service, redeem, complaint])
        .unwrap();
}

struct Snapshot {
    member: Member,
    view: MemberView,
    history: MemberHistory,
}

fn snapshot(store: &Store, id: Id) -> Snapshot {
    Snapshot {
        member: store.stored_member(id).unwrap().unwrap().member,
        view: store.member(id).unwrap().unwrap(),
        history: store.history(id).unwrap(),
    }
}

/// The full record, but for `updated`, which says when the member last changed: undo is
/// itself a change, so it moves on.
fn same_record(a: &Member, b: &Member) {
    let mut b = b.clone();
    b.updated = a.updated;
    assert_eq!(*a, b);
}

fn assert_restored(before: &Snapshot, after: &Snapshot) {
    same_record(&before.member, &after.member);
    same_record(&before.view.member, &after.view.member);
    assert_eq!(before.view.stats, after.view.stats);
    assert_eq!(before.view.merged_from, after.view.merged_from);
    assert_eq!(before.view.open_complaints, after.view.open_complaints);
    assert_eq!(before.history, after.history);
}

#[test]
fn merge_keeps_every_record_and_undo_restores_both_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.redb");
    let store = Store::open(&path).unwrap();
    let a = add_member(
        &store,
        "Zhang Wei",
        "13812345678",
        &["vip"],
        "likes the window",
    );
    let b = add_member(
        &store,
        "Zhang Wei",
        "13912345678",
        &["spicy", "VIP", "allergy"],
        "birthday in May",
    );
    give_history(&store, a, 10, 12_850);
    give_history(&store, b, 40, 30_000);
    let before_a = snapshot(&store, a);
    let before_b = snapshot(&store, b);
    let digest_before = store.digest().unwrap();
    let ops_before = store.op_count().unwrap();

    let report = merge(&store, b, a).unwrap();
    // One commit: the merge and the survivor's tags/alerts/notes.
    assert_eq!(store.op_count().unwrap(), ops_before + 2);
    assert_eq!(
        (report.visits, report.services, report.complaints),
        (2, 1, 1)
    );
    assert_eq!(report.ledger_entries, 2);
    assert_eq!(report.points, 300 - 10);
    assert_eq!(report.tags_added, vec!["spicy", "allergy"]);
    assert_eq!(report.alerts_added, vec!["peanut allergy"]);
    assert!(report.notes_joined);

    // Everything of both shows under the survivor; b resolves to a.
    assert_eq!(store.resolve(b).unwrap(), a);
    assert!(store.member(b).unwrap().unwrap().member.id == a);
    let merged = snapshot(&store, a);
    let h = &merged.history;
    assert_eq!(h.visits.len(), 4);
    assert_eq!(h.services.len(), 2);
    assert_eq!(h.complaints.len(), 2);
    assert_eq!(
        h.ledger.len(),
        before_a.history.ledger.len() + before_b.history.ledger.len()
    );
    let sum: i64 = h.ledger.iter().map(|e| e.delta).sum();
    assert_eq!(sum, before_a.view.stats.points + before_b.view.stats.points);
    assert_eq!(merged.view.stats.points, sum);
    assert_eq!(
        merged.view.stats.spend,
        before_a.view.stats.spend + before_b.view.stats.spend
    );
    assert_eq!(merged.view.merged_from, vec![b]);
    assert_eq!(merged.view.open_complaints, 2);
    let m = &merged.member;
    assert_eq!(m.tags, vec!["vip", "spicy", "allergy"]);
    assert_eq!(m.alerts, vec!["peanut allergy"]);
    assert!(m.notes.contains("likes the window") && m.notes.contains("birthday in May"));
    // The merged member is kept, hidden, with its own record unchanged.
    same_record(
        &before_b.member,
        &store.stored_member(b).unwrap().unwrap().member,
    );
    let mut visible = 0;
    store.for_each_member(|_, _| visible += 1).unwrap();
    assert_eq!(visible, 1);

    // Refusals, in sentences.
    set_lang(Lang::En);
    let err = merge(&store, a, a).unwrap_err();
    assert!(matches!(err, MergeError::SameMember), "{err}");
    assert!(merge_error(&err).contains("itself"));
    let err = merge(&store, b, a).unwrap_err();
    assert!(merge_error(&err).contains("itself"), "{err}");

    // Undo works after a restart: it reads what to restore from the operation log.
    drop(store);
    let store = Store::open(&path).unwrap();
    let undone = undo_merge(&store, b).unwrap();
    assert_eq!(undone.into, a);
    assert_restored(&before_a, &snapshot(&store, a));
    assert_restored(&before_b, &snapshot(&store, b));
    assert_ne!(
        store.digest().unwrap(),
        digest_before,
        "undo is recorded, too"
    );
    let err = undo_merge(&store, b).unwrap_err();
    assert!(merge_error(&err).contains("not merged"), "{err}");
}

#[test]
fn a_member_cannot_be_merged_into_a_deleted_one() {
    let store = Store::in_memory(None).unwrap();
    let a = add_member(&store, "Li Na", "13812345678", &[], "");
    let b = add_member(&store, "Li Na", "13912345678", &[], "");
    store.commit(vec![Change::MemberDelete { id: a }]).unwrap();
    let err = merge(&store, b, a).unwrap_err();
    set_lang(Lang::En);
    assert!(
        matches!(err, MergeError::IntoDeleted { .. }) && merge_error(&err).contains("deleted"),
        "{err}"
    );
    assert_eq!(store.resolve(b).unwrap(), b);
}

#[test]
fn undo_keeps_an_edit_made_after_the_merge() {
    let store = Store::in_memory(None).unwrap();
    let a = add_member(&store, "Wang Fang", "13812345678", &["vip"], "");
    let b = add_member(&store, "Wang Fang", "13912345678", &["tea"], "no ice");
    merge(&store, b, a).unwrap();
    // The desk adds a tag to the survivor after the merge.
    store
        .commit(vec![Change::MemberUpsert {
            id: a,
            fields: MemberFields {
                tags: Some(vec!["vip".into(), "tea".into(), "window".into()]),
                ..MemberFields::default()
            },
        }])
        .unwrap();
    undo_merge(&store, b).unwrap();
    let m = store.member(a).unwrap().unwrap().member;
    assert_eq!(m.tags, vec!["vip", "window"]);
    assert_eq!(m.notes, "");
}
