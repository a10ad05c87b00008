#![allow(clippy::unwrap_used)]
//! Operators at the desk app: the lock, signing in with a PIN, the idle lock, manager-only
//! views, and a phone number shown only on request — driven by keys.

mod common;
use common::*;
use crossterm::event::KeyCode;
use frontdesk::desk::{AddMember, AddOperator, Desk};
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::validate::MemberDraft;
use frontdesk::domain::{Role, Timestamp};
use frontdesk::store::{AuditFilter, Store};

/// A store with a manager (Wang 2468), a receptionist (Li 1357) and one member.
fn staffed() -> Store {
    let store = Store::in_memory(None).unwrap();
    let settings = ProgramSettings::default();
    let desk = Desk::new(&store, &settings, Timestamp::now());
    desk.add_member(AddMember {
        draft: MemberDraft {
            name: "Ann Lee".into(),
            phone: "13700001234".into(),
            ..MemberDraft::default()
        },
        referred_by: None,
        confirmed: true,
    })
    .unwrap();
    let add = |name: &str, role, pin: &str| {
        desk.add_operator(AddOperator {
            name: name.into(),
            role,
            pin: pin.into(),
        })
        .unwrap()
    };
    add("Wang", Role::Manager, "2468");
    desk.sign_in("Wang", "2468").unwrap();
    add("Li", Role::Receptionist, "1357");
    desk.sign_out();
    store
}

fn sign_in(app: &mut frontdesk::app::App, name: &str, pin: &str) {
    typ(app, name);
    tab(app);
    typ(app, pin);
    enter(app);
}

#[test]
fn a_desk_with_operators_opens_locked_and_signs_in_by_pin() {
    let mut app = app(staffed());
    assert!(app.state.staff.locked());
    // Keys for the desk's work do nothing while locked.
    press(&mut app, KeyCode::F(5));
    assert_eq!(app.state.pane, frontdesk::app::state::Pane::Lookup);
    sign_in(&mut app, "Li", "0000");
    assert!(status(&app).contains("do not match"), "{}", status(&app));
    assert!(app.state.staff.locked());
    let pin = app
        .state
        .form
        .as_ref()
        .unwrap()
        .value(fid("pin"))
        .to_string();
    assert_eq!(pin, "", "a wrong PIN is typed again");
    // The name stays; the PIN is typed again.
    typ(&mut app, "1357");
    enter(&mut app);
    assert!(!app.state.staff.locked());
    assert_eq!(app.state.operator, "Li");
    assert!(
        status(&app).contains("Li (receptionist)"),
        "{}",
        status(&app)
    );
    // A receptionist may not read the audit trail.
    press(&mut app, KeyCode::F(8));
    assert!(app.state.audit.is_none());
    assert!(
        status(&app).contains("Only a manager may read the audit trail"),
        "{}",
        status(&app)
    );
    // F11 locks the desk for the next operator.
    press(&mut app, KeyCode::F(11));
    assert!(app.state.staff.locked());
    sign_in(&mut app, "Wang", "2468");
    press(&mut app, KeyCode::F(8));
    let audit = app.state.audit.as_ref().expect("the audit overlay");
    assert!(audit.entries.iter().any(|e| e.op.operator == "Wang"));
    press(&mut app, KeyCode::Esc);
    assert!(app.state.audit.is_none());
}

#[test]
fn the_desk_locks_itself_after_idle_minutes() {
    let mut app = app(staffed());
    let start = app.state.now;
    sign_in(&mut app, "Li", "1357");
    assert!(!app.state.staff.locked());
    app.tick(Timestamp(start.0 + 5 * 60_000));
    app.drain();
    assert!(
        !app.state.staff.locked(),
        "five quiet minutes are not enough"
    );
    app.tick(Timestamp(start.0 + 11 * 60_000));
    app.drain();
    assert!(app.state.staff.locked());
    assert!(
        status(&app).contains("Locked after 10 idle minutes"),
        "{}",
        status(&app)
    );
    // The next change would be refused until someone signs in again.
    assert!(app.state.card.is_none() && app.state.lookup.rows.is_empty());
}

#[test]
fn the_whole_phone_shows_on_request_and_is_recorded() {
    let store = std::sync::Arc::new(staffed());
    let mut app =
        frontdesk::app::App::new(store.clone(), frontdesk::keymap::Keymap::default(), false)
            .unwrap();
    sign_in(&mut app, "Li", "1357");
    typ(&mut app, "ann");
    enter(&mut app);
    assert!(app.state.card.is_some());
    ctrl(&mut app, 'r');
    assert_eq!(
        app.state.revealed.as_ref().map(|r| r.1.as_str()),
        Some("13700001234")
    );
    assert!(status(&app).contains("recorded"), "{}", status(&app));
    let id = app.state.card.as_ref().unwrap().view.member.id;
    let log = store
        .audit(&AuditFilter {
            member: Some(id),
            operator: Some("Li".into()),
            limit: 5,
            ..AuditFilter::default()
        })
        .unwrap();
    assert!(
        log.iter()
            .any(|op| matches!(op.change, frontdesk::domain::Change::PhoneRevealed { .. }))
    );
}

#[test]
fn the_edit_form_keeps_the_phone_masked_and_unchanged() {
    let store = std::sync::Arc::new(Store::in_memory(None).unwrap());
    let mut app =
        frontdesk::app::App::new(store.clone(), frontdesk::keymap::Keymap::default(), false)
            .unwrap();
    assert!(!app.state.staff.locked(), "a one-person shop is not asked");
    press(&mut app, KeyCode::F(11));
    assert!(status(&app).contains("no operators"), "{}", status(&app));
    ctrl(&mut app, 'n');
    typ(&mut app, "Bo Chen");
    tab(&mut app);
    typ(&mut app, "13911112222");
    enter(&mut app);
    ctrl(&mut app, 'e');
    let form = app.state.form.as_ref().unwrap();
    assert_eq!(form.value(fid("phone")), "139****2222");
    // Change the notes only: the phone stays the number it was.
    for _ in 0..7 {
        tab(&mut app);
    }
    typ(&mut app, "likes tea");
    enter(&mut app);
    assert!(status(&app).starts_with("Saved"), "{}", status(&app));
    let found = Desk::new(&store, &ProgramSettings::default(), Timestamp::now())
        .resolve("13911112222")
        .unwrap();
    assert_eq!(found.member.notes, "likes tea");
}
