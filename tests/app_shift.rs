#![allow(clippy::unwrap_used)]
//! The shift in the app, by keys: open it with a float, close it with the cash counted
//! (a difference), the slip shown, the next operator accepting it as they open theirs,
//! and the store reopened to find it all.

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use frontdesk::desk::{AddMember, AddOperator, Desk, LogService};
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::validate::MemberDraft;
use frontdesk::domain::{Id, Money, Payment, Role, Timestamp};
use frontdesk::store::Store;

/// A store with a manager (Wang 2468), a receptionist (Li 1357) and one member.
fn staffed(path: &std::path::Path) -> Id {
    let store = Store::open(path).unwrap();
    let settings = ProgramSettings::default();
    let desk = Desk::new(&store, &settings, Timestamp::now());
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
    let m = desk
        .add_member(AddMember {
            draft: MemberDraft {
                name: "Ann Lee".into(),
                phone: "13700001234".into(),
                ..MemberDraft::default()
            },
            referred_by: None,
            confirmed: true,
        })
        .unwrap();
    m.id
}

fn sign_in(app: &mut frontdesk::app::App, name: &str, pin: &str) {
    typ(app, name);
    tab(app);
    typ(app, pin);
    enter(app);
}

fn shift_key(app: &mut frontdesk::app::App) {
    app.key(KeyEvent::new(KeyCode::Char('t'), KeyModifiers::CONTROL));
    app.drain();
}

/// A bill paid by the given parts, recorded at the app's desk.
fn bill(app: &frontdesk::app::App, member: Id, parts: &[(&str, i64)]) {
    let settings = ProgramSettings::default();
    let desk = Desk::new(app.store(), &settings, Timestamp::now());
    let payments: Vec<Payment> = parts
        .iter()
        .map(|(m, a)| Payment::new(m, Money(*a)))
        .collect();
    let amount = Money(parts.iter().map(|(_, a)| a).sum());
    desk.log_service(LogService {
        member,
        items: vec!["haircut".into()],
        staff: "Mei".into(),
        amount,
        redeem: 0,
        payments,
    })
    .unwrap();
}

#[test]
fn a_shift_is_opened_closed_with_a_difference_and_accepted_by_the_next_operator() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.redb");
    let member = staffed(&path);
    {
        let mut app = app(Store::open(&path).unwrap());
        sign_in(&mut app, "Li", "1357");
        // Closing before opening: the key opens the shift, asking the float.
        shift_key(&mut app);
        typ(&mut app, "500");
        enter(&mut app);
        assert!(
            status(&app).contains("with a float of 500.00"),
            "{}",
            status(&app)
        );
        let open = app.state.shift.as_ref().unwrap().open.clone().unwrap();
        assert_eq!((open.operator.as_str(), open.number), ("Li", 1));

        // A bill split across cash and WeChat, and one in cash: 200.00 cash taken.
        bill(&app, member, &[("cash", 12_000), ("wechat", 30_000)]);
        bill(&app, member, &[("cash", 8_000)]);

        // Closing asks the counted cash: 690.00 against 700.00 expected.
        shift_key(&mut app);
        typ(&mut app, "690");
        enter(&mut app);
        assert!(
            status(&app).contains("difference -10.00"),
            "{}",
            status(&app)
        );
        assert!(app.state.shift.is_none());
        let slip = app.state.slip.clone().unwrap();
        assert_eq!(slip.figures.expected_cash, Money(70_000));
        assert_eq!(slip.figures.difference, Money(-1_000));
        assert_eq!(slip.figures.sales, Money(50_000));
        press(&mut app, KeyCode::Esc);
        assert!(app.state.slip.is_none());

        // Wang takes the desk: opening his shift accepts Li's slip.
        press(&mut app, KeyCode::F(11));
        sign_in(&mut app, "Wang", "2468");
        shift_key(&mut app);
        typ(&mut app, "300");
        enter(&mut app);
        assert!(status(&app).contains("Accepted shift"), "{}", status(&app));
        assert_eq!(
            app.state
                .shift
                .as_ref()
                .unwrap()
                .open
                .as_ref()
                .unwrap()
                .number,
            2
        );
    }
    // Reopened: the slip as it closed, accepted by Wang; his shift still open.
    let store = Store::open(&path).unwrap();
    let t = store.terminal();
    let first = store.desk_shift(t, Some(1)).unwrap().unwrap();
    let close = first.close.unwrap();
    assert_eq!(close.operator, "Li");
    assert_eq!(close.figures.counted, Money(69_000));
    assert_eq!(close.figures.services, 2);
    assert_eq!(first.accept.unwrap().operator, "Wang");
    let open = store.open_shift(t).unwrap().unwrap();
    assert_eq!(open.open.unwrap().operator, "Wang");
}
