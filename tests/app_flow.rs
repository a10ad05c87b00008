#![allow(clippy::unwrap_used)]
//! The whole desk by keys alone: demo data, a new member, lookup by the last 4 digits,
//! check-in, service with points, a complaint resolved; then everything is on disk.

mod common;
use common::*;
use crossterm::event::KeyCode;
use frontdesk::app::state::Pane;
use frontdesk::domain::{ComplaintStatus, Money};
use frontdesk::store::Store;

#[test]
fn a_receptionists_shift_by_keys_alone_is_all_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.redb");
    {
        let mut app = app(Store::open(&path).unwrap());
        assert!(app.state.offer_demo, "an empty store offers demo data");
        ctrl(&mut app, 'd');
        assert!(!app.state.offer_demo);
        assert!(
            status(&app).contains("Loaded demo data"),
            "{}",
            status(&app)
        );
        assert!(app.state.members > 1000);

        // New member 张伟.
        ctrl(&mut app, 'n');
        typ(&mut app, "张伟");
        tab(&mut app);
        typ(&mut app, "13812345678");
        enter(&mut app);
        // Random demo data may hold a similar name with the same last 4 digits: the desk
        // warns, and a second Enter saves anyway, as a receptionist would.
        if status(&app).starts_with("Possible duplicate") {
            enter(&mut app);
        }
        assert!(
            status(&app).contains("Saved new member 张伟"),
            "{}",
            status(&app)
        );
        let card = app
            .state
            .card
            .as_ref()
            .expect("the new member's card opens");
        assert_eq!(card.view.member.name, "张伟");
        press(&mut app, KeyCode::Esc);

        // Find by the last four digits.
        typ(&mut app, "5678");
        let pos = app
            .state
            .lookup
            .rows
            .iter()
            .position(|r| r.name == "张伟")
            .expect("张伟 is listed for 5678");
        assert_eq!(app.state.lookup.rows[pos].phone, "138****5678");
        for _ in 0..pos {
            press(&mut app, KeyCode::Down);
        }
        enter(&mut app);
        assert_eq!(app.state.card.as_ref().unwrap().view.member.name, "张伟");

        // Check in, party of 2.
        ctrl(&mut app, 'k');
        assert_eq!(app.state.pane, Pane::Checkin);
        clear_field(&mut app);
        typ(&mut app, "2");
        tab(&mut app);
        typ(&mut app, "T12");
        enter(&mut app);
        assert!(
            status(&app).contains("Checked in 张伟, party of 2"),
            "{}",
            status(&app)
        );
        assert_eq!(app.state.arrivals[0].name.as_deref(), Some("张伟"));

        // Log a service of 128.50: 128 points shown before saving, then in the ledger.
        ctrl(&mut app, 'l');
        assert_eq!(app.state.pane, Pane::Service);
        typ(&mut app, "hot pot for two");
        tab(&mut app);
        tab(&mut app);
        typ(&mut app, "128.50");
        assert_eq!(
            app.state
                .form
                .as_ref()
                .unwrap()
                .preview
                .as_ref()
                .map(frontdesk::ui::form::preview),
            Some("Points earned on save: +128".to_string())
        );
        enter(&mut app);
        assert!(status(&app).contains("+128 points"), "{}", status(&app));

        // A complaint, then through its lifecycle to resolved.
        ctrl(&mut app, 'o');
        assert_eq!(app.state.pane, Pane::Complaints);
        typ(&mut app, "waiting");
        tab(&mut app);
        tab(&mut app);
        typ(&mut app, "waited 40 minutes for a table");
        enter(&mut app);
        assert!(
            status(&app).contains("Complaint recorded"),
            "{}",
            status(&app)
        );
        let ours = app
            .state
            .complaints
            .iter()
            .position(|c| c.complaint.description == "waited 40 minutes for a table")
            .unwrap();
        press(&mut app, KeyCode::Home);
        for _ in 0..ours {
            press(&mut app, KeyCode::Down);
        }
        ctrl(&mut app, 'a');
        enter(&mut app);
        assert!(status(&app).contains("in progress"), "{}", status(&app));
        ctrl(&mut app, 'a');
        typ(&mut app, "apologised, manager spoke to guest");
        tab(&mut app);
        typ(&mut app, "free dessert");
        enter(&mut app);
        assert!(status(&app).contains("resolved"), "{}", status(&app));
        // No clean shutdown: the app is simply dropped.
    }

    let store = Store::open(&path).unwrap();
    let found = store.members_with_phone("13812345678").unwrap();
    assert_eq!(found.len(), 1);
    let id = found[0].member.id;
    assert_eq!(found[0].member.name, "张伟");
    let h = store.history(id).unwrap();
    assert_eq!(h.visits.len(), 1);
    assert_eq!(h.visits[0].party, 2);
    assert_eq!(h.services[0].amount, Money(12850));
    assert_eq!(h.ledger[0].delta, 128);
    assert_eq!(found[0].stats.points, 128);
    assert_eq!(h.complaints.len(), 1);
    let c = &h.complaints[0];
    assert_eq!(c.status, ComplaintStatus::Resolved);
    assert_eq!(c.compensation, "free dessert");
    assert_eq!(c.history.len(), 3, "received, in progress, resolved");
    assert_eq!(
        store.rebuild_from_log().unwrap().digest().unwrap(),
        store.digest().unwrap()
    );
}
