#![allow(clippy::unwrap_used)]
//! The desk core directly: each action's typed outcome, and what the store holds after.
//! The terminal app and the command line are thin callers of these same functions.

use frontdesk::desk::*;
use frontdesk::domain::complaint::{Category, ComplaintUpdate};
use frontdesk::domain::loyalty::{PointsError, ProgramSettings};
use frontdesk::domain::validate::MemberDraft;
use frontdesk::domain::{ComplaintStatus, Money, Severity, Timestamp};
use frontdesk::store::Store;

const NOW: i64 = 1_795_442_700_000; // 2026-11-23 14:05 UTC

fn draft(name: &str, phone: &str) -> MemberDraft {
    MemberDraft {
        name: name.into(),
        phone: phone.into(),
        alerts: "peanut allergy".into(),
        ..Default::default()
    }
}

fn add(desk: &Desk, name: &str, phone: &str) -> MemberAdded {
    desk.add_member(AddMember {
        draft: draft(name, phone),
        referred_by: None,
        confirmed: false,
    })
    .unwrap()
}

fn with_desk(test: impl FnOnce(&Store, &Desk)) {
    let store = Store::in_memory(None).unwrap();
    let settings = ProgramSettings::default();
    let desk = Desk::new(&store, &settings, Timestamp(NOW));
    test(&store, &desk);
}

#[test]
fn a_member_is_added_found_by_phone_tail_and_resolved_by_phone() {
    with_desk(|_, desk| {
        let m = add(desk, "张伟", "13812345678");
        assert_eq!(m.name, "张伟");
        assert!(m.similar.is_empty());
        let found = desk.find("5678", 10).unwrap();
        assert_eq!(found.total, 1);
        let row = &found.rows[0];
        assert_eq!((row.id, row.phone.as_str()), (m.id, "138****5678"));
        assert_eq!(row.badges, vec![Badge::Allergy]);
        assert_eq!(desk.resolve("13812345678").unwrap().member.id, m.id);
        assert!(matches!(
            desk.resolve("nobody"),
            Err(DeskError::NoSuchMember(_))
        ));
    });
}

#[test]
fn an_unconfirmed_duplicate_saves_nothing_and_a_confirmed_one_saves() {
    with_desk(|store, desk| {
        add(desk, "张伟", "13812345678");
        let ops = store.op_count().unwrap();
        let again = AddMember {
            draft: draft("张伟", "13812345678"),
            referred_by: None,
            confirmed: false,
        };
        match desk.add_member(again.clone()) {
            Err(DeskError::PossibleDuplicates(notes)) => assert_eq!(notes[0].name, "张伟"),
            other => panic!("{other:?}"),
        }
        assert_eq!(store.op_count().unwrap(), ops, "nothing saved");
        let saved = desk
            .add_member(AddMember {
                confirmed: true,
                ..again
            })
            .unwrap();
        assert_eq!(saved.similar.len(), 1);
    });
}

#[test]
fn invalid_input_is_refused_with_the_fields_and_changes_nothing() {
    with_desk(|store, desk| {
        let m = add(desk, "Ann Lee", "13800001111");
        let ops = store.op_count().unwrap();
        let bad = desk.check_in(CheckIn {
            member: Some(m.id),
            party: 0,
            location: "T\u{1b}[2J".into(),
            staff: String::new(),
        });
        match bad {
            Err(DeskError::Invalid(errors)) => {
                let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
                assert_eq!(fields, vec!["party"]);
            }
            other => panic!("{other:?}"),
        }
        let bad = desk.check_in(CheckIn {
            member: Some(m.id),
            party: 2,
            location: "T\u{1b}[2J".into(),
            staff: String::new(),
        });
        assert!(matches!(bad, Err(DeskError::Invalid(_))));
        assert_eq!(store.op_count().unwrap(), ops);
    });
}

#[test]
fn a_check_in_and_a_service_earn_points_and_record_the_tier_change_once() {
    with_desk(|store, desk| {
        let m = add(desk, "Ann Lee", "13800001111");
        let ci = desk
            .check_in(CheckIn {
                member: Some(m.id),
                party: 2,
                location: "T8".into(),
                staff: "Li".into(),
            })
            .unwrap();
        assert_eq!(ci.party, 2);
        assert_eq!(
            ci.member.as_ref().unwrap().member.alerts,
            vec!["peanut allergy"]
        );
        let s = desk
            .log_service(LogService {
                member: m.id,
                items: vec!["hot pot".into()],
                staff: "Li".into(),
                amount: Money(800_000),
                redeem: 0,
                payments: vec![frontdesk::domain::Payment::new("cash", Money(800_000))],
            })
            .unwrap();
        assert_eq!((s.points, s.balance), (8000, 8000));
        assert_eq!(
            s.tier, "Regular",
            "earned under the tier held before the bill"
        );
        let change = s.tier_change.expect("8000.00 reaches a higher tier");
        assert!(change.upgrade);
        let card = desk.open_card(m.id).unwrap();
        assert_eq!(card.tier, change.to);
        assert_eq!(card.history.tiers.len(), 1);
        assert_eq!(card.history.visits[0].location, "T8");
        assert_eq!(desk.arrivals_today().unwrap().len(), 1);
        // Redeeming more than the balance is refused; nothing is written.
        let ops = store.op_count().unwrap();
        // Now at a higher tier: the member price is due.
        let due = desk.price_for(m.id, Money(1000)).unwrap();
        assert!(due < Money(1000), "{due}");
        let over = desk.log_service(LogService {
            member: m.id,
            items: vec!["tea".into()],
            staff: String::new(),
            amount: Money(1000),
            redeem: 9000,
            payments: vec![frontdesk::domain::Payment::new("cash", due)],
        });
        assert!(matches!(over, Err(DeskError::Points(_))));
        assert_eq!(store.op_count().unwrap(), ops);
    });
}

#[test]
fn a_complaint_moves_forward_only_and_compensation_reaches_the_ledger() {
    with_desk(|_, desk| {
        let m = add(desk, "Ann Lee", "13800001111");
        let c = desk
            .take_complaint(TakeComplaint {
                member: Some(m.id),
                category: Category::Waiting,
                severity: Severity::High,
                description: "waited 40 minutes".into(),
                assignee: String::new(),
            })
            .unwrap();
        assert_eq!(c.status, ComplaintStatus::Open);
        let step = |status, points| AdvanceComplaint {
            id: c.id,
            update: ComplaintUpdate {
                status: Some(status),
                resolution: Some("apologised".into()),
                ..Default::default()
            },
            points,
        };
        // Compensation is points given by hand: within the program's largest adjustment.
        assert!(matches!(
            desk.advance_complaint(step(ComplaintStatus::Resolved, 100_001)),
            Err(DeskError::Points(PointsError::TooMany { max: 100_000 }))
        ));
        let done = desk
            .advance_complaint(step(ComplaintStatus::Resolved, 100))
            .unwrap();
        assert_eq!(
            (done.status, done.member),
            (ComplaintStatus::Resolved, Some(m.id))
        );
        assert_eq!(desk.member(m.id).unwrap().stats.points, 100);
        assert!(matches!(
            desk.advance_complaint(step(ComplaintStatus::InProgress, 0)),
            Err(DeskError::StatusBackwards { .. })
        ));
        let board = desk.complaint_board(true).unwrap();
        assert_eq!(board[0].member_name.as_deref(), Some("Ann Lee"));
    });
}

#[test]
fn points_are_adjusted_with_a_reason_and_edits_say_what_changed() {
    with_desk(|_, desk| {
        let m = add(desk, "Ann Lee", "13800001111");
        let p = desk
            .adjust_points(AdjustPoints {
                member: m.id,
                delta: 50,
                reason: "birthday gift".into(),
            })
            .unwrap();
        assert_eq!((p.delta, p.balance), (50, 50));
        assert!(
            desk.adjust_points(AdjustPoints {
                member: m.id,
                delta: -60,
                reason: "typo".into(),
            })
            .is_err()
        );
        let mut d = draft("Ann Li", "13800001111");
        d.tags = "vip".into();
        let e = desk.edit_member(EditMember { id: m.id, draft: d }).unwrap();
        assert_eq!(e.changed, vec!["name", "tags"]);
        let same = draft("Ann Li", "13800001111");
        let again = desk.edit_member(EditMember {
            id: m.id,
            draft: MemberDraft {
                tags: "vip".into(),
                ..same
            },
        });
        assert!(matches!(again, Err(DeskError::NothingToChange)));
    });
}

#[test]
fn perform_carries_any_request_to_its_outcome() {
    with_desk(|_, desk| {
        let m = add(desk, "Ann Lee", "13800001111");
        let out = desk
            .perform(Request::CheckIn(CheckIn {
                member: None,
                party: 3,
                location: String::new(),
                staff: String::new(),
            }))
            .unwrap();
        assert!(matches!(out, Outcome::CheckedIn(ref c) if c.member.is_none() && c.party == 3));
        assert_eq!(out.member(), None);
        let deleted = desk.delete_member(m.id).unwrap();
        assert_eq!(deleted.member.name, "Ann Lee");
        assert!(matches!(
            desk.open_card(m.id),
            Err(DeskError::MemberGone(_))
        ));
        assert_eq!(desk.index_change(m.id).unwrap(), IndexChange::Remove(m.id));
    });
}
