#![allow(clippy::unwrap_used)]
//! Operators, roles and PINs; manager-only actions; erasure on request; the audit trail.
//! Through the real binary (as a script signs in) and through the desk core (as the app's
//! worker does).

use frontdesk::desk::{AddMember, AddOperator, CheckIn, Desk, DeskError};
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::validate::MemberDraft;
use frontdesk::domain::{Change, Permission, Role, Timestamp};
use frontdesk::store::{AuditFilter, Store};
mod common;
use common::cli::{BOSS, DESK, Shop};

/// A shop with a manager (Wang) and a receptionist (Li, added by the Chinese word for
/// the role), and one member.
fn staffed_shop() -> (Shop, String) {
    let s = Shop::new();
    let id = s.ok(&["member", "add", "--name", "张伟", "--phone", "13812345678"]);
    let out = s.run(None, &["operator", "add", "Li", "--role", "receptionist"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("first operator must be a manager"), "{err}");
    s.staff_with("前台");
    (s, id.trim().to_string())
}

#[test]
fn once_operators_exist_the_desk_asks_who_is_there() {
    let (s, id) = staffed_shop();
    // Nobody signed in: refused with what to do.
    let err = s.fails_as(None, &["checkin", &id]);
    assert!(err.contains("sign in first"), "{err}");
    let err = s.fails_as(Some(("Li", "0000")), &["checkin", &id]);
    assert!(err.contains("name and PIN do not match"), "{err}");
    // The receptionist does desk work, recorded under their name.
    s.ok_as(DESK, &["checkin", &id]);
    // ... but not a manager's.
    for args in [
        vec!["member", "delete", id.as_str(), "--yes"],
        vec![
            "points",
            "adjust",
            id.as_str(),
            "--reason",
            "goodwill",
            "--",
            "+50",
        ],
        vec!["member", "erase", id.as_str(), "--yes"],
        vec!["audit"],
        vec!["operator", "remove", "Wang"],
    ] {
        let err = s.fails_as(DESK, &args);
        assert!(err.contains("Only a manager may"), "{args:?}: {err}");
    }
    let out = s.fails_as(DESK, &["export", "members", "--csv", "/tmp/never.csv"]);
    assert!(out.contains("Only a manager may"), "{out}");
    // The manager sees who did it.
    let audit = s.ok_as(BOSS, &["audit", "--operator", "Li"]);
    assert!(
        audit.contains("Li") && audit.contains("check-in"),
        "{audit}"
    );
    assert!(!audit.contains("Wang"), "{audit}");
    let zh = s.ok_as(BOSS, &["--lang", "zh", "audit", "--member", &id]);
    assert!(zh.contains("到店签到"), "{zh}");
    // Putting a backup back is a manager's decision.
    let copy = s.store.with_extension("backup");
    s.ok_as(None, &["backup", "--to", copy.to_str().unwrap()]);
    let err = s.fails_as(DESK, &["restore", "--from", copy.to_str().unwrap()]);
    assert!(err.contains("Only a manager may restore"), "{err}");
    let err = s.fails_as(None, &["restore", "--from", copy.to_str().unwrap()]);
    assert!(err.contains("sign in first"), "{err}");
    s.ok_as(BOSS, &["restore", "--from", copy.to_str().unwrap()]);
    // Five wrong PINs lock the name for a while, whatever the PIN; each try is audited.
    // (A name nobody has is locked the same way: the answer never says which was wrong.)
    for _ in 0..5 {
        let err = s.fails_as(Some(("Zhao", "0000")), &["member", "find", "ann"]);
        assert!(err.contains("name and PIN do not match"), "{err}");
    }
    let err = s.fails_as(Some(("Zhao", "2468")), &["member", "find", "ann"]);
    assert!(err.contains("cannot sign in for 15 minutes"), "{err}");
    let tries = s.ok_as(BOSS, &["audit", "--since", "2000-01-01"]);
    assert_eq!(tries.matches("sign-in refused Zhao").count(), 5, "{tries}");
    // The last manager stays.
    let err = s.fails_as(BOSS, &["operator", "remove", "Wang"]);
    assert!(err.contains("last manager"), "{err}");
    s.ok_as(BOSS, &["operator", "remove", "Li"]);
    let err = s.fails_as(DESK, &["checkin", &id]);
    assert!(err.contains("name and PIN do not match"), "{err}");
}

#[test]
fn the_store_keeps_no_pin_in_plain_and_lists_no_hash() {
    let (s, _) = staffed_shop();
    let list = s.ok_as(BOSS, &["operator", "list", "--json"]);
    assert!(
        list.contains("\"receptionist\"") && !list.contains("argon2"),
        "{list}"
    );
    let bytes = std::fs::read(&s.store).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("$argon2id$"), "the PIN is kept hashed");
    assert!(!text.contains("\"2468\"") && !text.contains("1357"));
}

/// Every operation a desk holds, as a peer would receive them.
fn log(store: &Store) -> Vec<frontdesk::domain::Op> {
    let mut ops = Vec::new();
    store
        .for_each_op(|op| {
            ops.push(op);
            Ok(())
        })
        .unwrap();
    ops
}

fn desk_with_member(store: &Store, settings: &ProgramSettings) -> frontdesk::domain::Id {
    let desk = Desk::new(store, settings, Timestamp::now());
    desk.add_member(AddMember {
        draft: MemberDraft {
            name: "Ann Lee".into(),
            phone: "13700001234".into(),
            notes: "window seat".into(),
            ..MemberDraft::default()
        },
        referred_by: None,
        confirmed: true,
    })
    .unwrap()
    .id
}

#[test]
fn a_one_person_shop_is_not_asked_for_anyone() {
    let store = Store::in_memory(None).unwrap();
    let settings = ProgramSettings::default();
    let id = desk_with_member(&store, &settings);
    let desk = Desk::new(&store, &settings, Timestamp::now());
    assert!(!desk.operators_defined().unwrap());
    desk.delete_member(id).unwrap();
}

#[test]
fn erasure_keeps_the_figures_and_forgets_the_person_on_every_desk() {
    let settings = ProgramSettings::default();
    let a = Store::in_memory(None).unwrap();
    let b = Store::in_memory(None).unwrap();
    let id = desk_with_member(&a, &settings);
    let da = Desk::new(&a, &settings, Timestamp::now());
    da.check_in(CheckIn {
        member: Some(id),
        party: 2,
        location: String::new(),
        staff: String::new(),
    })
    .unwrap();
    // Desk B holds the member and edits them before hearing of the erasure.
    b.import(&log(&a)).unwrap();
    let db = Desk::new(&b, &settings, Timestamp::now());
    let edit = frontdesk::desk::EditMember {
        id,
        draft: MemberDraft {
            notes: "prefers booth".into(),
            ..MemberDraft::from_member(&db.member(id).unwrap().member)
        },
    };
    db.edit_member(edit).unwrap();
    let erased = da.erase_member(id).unwrap();
    assert_eq!(erased.visits, 1);
    // Exchange both ways, in both orders.
    let (from_a, from_b) = (log(&a), log(&b));
    a.import(&from_b).unwrap();
    b.import(&from_a).unwrap();
    assert_eq!(a.digest().unwrap(), b.digest().unwrap());
    for store in [&a, &b] {
        let sm = store.stored_member(id).unwrap().unwrap();
        assert_eq!(sm.member.name, "");
        assert_eq!(sm.member.phone, "");
        assert_eq!(sm.member.notes, "");
        assert!(store.is_erased(id).unwrap());
        // Nothing personal is left in the log either, so no bundle carries it on.
        store
            .for_each_op(|op| {
                let json = serde_json::to_string(&op).unwrap();
                assert!(
                    !json.contains("Ann Lee") && !json.contains("13700001234"),
                    "{json}"
                );
                assert!(!json.contains("booth"), "{json}");
                Ok(())
            })
            .unwrap();
        // The visit stays, counted.
        assert_eq!(store.history(id).unwrap().visits.len(), 1);
    }
    // The erasure is in the audit trail.
    let log = a
        .audit(&AuditFilter {
            member: Some(id),
            limit: 10,
            ..AuditFilter::default()
        })
        .unwrap();
    assert!(
        log.iter()
            .any(|op| matches!(op.change, Change::MemberErase { .. }))
    );
}

#[test]
fn operators_and_their_roles_travel_to_other_desks() {
    let settings = ProgramSettings::default();
    let a = Store::in_memory(None).unwrap();
    let b = Store::in_memory(None).unwrap();
    let da = Desk::new(&a, &settings, Timestamp::now());
    da.add_operator(AddOperator {
        name: "Wang".into(),
        role: Role::Manager,
        pin: "2468".into(),
    })
    .unwrap();
    let err = da
        .add_operator(AddOperator {
            name: "Li".into(),
            role: Role::Receptionist,
            pin: "1357".into(),
        })
        .unwrap_err();
    assert!(matches!(err, DeskError::SignInNeeded), "{err:?}");
    da.sign_in("Wang", "2468").unwrap();
    da.add_operator(AddOperator {
        name: "Li".into(),
        role: Role::Receptionist,
        pin: "1357".into(),
    })
    .unwrap();
    b.import(&log(&a)).unwrap();
    let db = Desk::new(&b, &settings, Timestamp::now());
    let li = db.sign_in("Li", "1357").unwrap();
    assert_eq!(li.role, Role::Receptionist);
    let id = desk_with_member(&b, &settings);
    assert!(matches!(
        db.delete_member(id),
        Err(DeskError::NotAllowed(Permission::DeleteMember))
    ));
    // Li's work is recorded as Li's.
    let last = b
        .audit(&AuditFilter {
            member: Some(id),
            limit: 1,
            ..AuditFilter::default()
        })
        .unwrap();
    assert_eq!(last[0].operator, "Li");
    assert_eq!(a.digest().unwrap().len(), 64);
}
