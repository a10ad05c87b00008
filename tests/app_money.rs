#![allow(clippy::unwrap_used)]
//! Money at the desk, by keys, from the first key of a shift to the next operator's: a
//! stored-value top-up, a Gold member's bill at the member price paid partly from the
//! balance and partly by WeChat, a package sold and then used, the shift closed with the
//! cash short, accepted by the next operator — and the store reopened to find it all.

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use frontdesk::app::App;
use frontdesk::catalog::FieldId;
use frontdesk::desk::{AddMember, AddOperator, Desk, LogService};
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::validate::MemberDraft;
use frontdesk::domain::{Id, Money, Payment, Role, Timestamp};
use frontdesk::membership::settings::SettingsSource;
use frontdesk::store::Store;
use std::sync::Arc;

/// The restaurant program with Gold (10% off) reached at 500.00.
fn low_gold() -> ProgramSettings {
    let text = frontdesk::domain::loyalty::settings::RESTAURANT_TOML
        .replace("min_spend = \"2000.00\"", "min_spend = \"200.00\"")
        .replace("min_spend = \"8000.00\"", "min_spend = \"500.00\"");
    ProgramSettings::parse(&text).unwrap()
}

/// A store with a manager (Wang 2468), a receptionist (Li 1357) and Ann, already Gold.
fn shop(path: &std::path::Path) -> Id {
    let store = Store::open(path).unwrap();
    let settings = low_gold();
    let desk = Desk::new(&store, &settings, Timestamp::now());
    let op = |name: &str, role, pin: &str| AddOperator {
        name: name.into(),
        role,
        pin: pin.into(),
    };
    desk.add_operator(op("Wang", Role::Manager, "2468"))
        .unwrap();
    desk.sign_in("Wang", "2468").unwrap();
    desk.add_operator(op("Li", Role::Receptionist, "1357"))
        .unwrap();
    let ann = desk
        .add_member(AddMember {
            draft: MemberDraft {
                name: "Ann Lee".into(),
                phone: "13700001234".into(),
                ..MemberDraft::default()
            },
            referred_by: None,
            confirmed: true,
        })
        .unwrap()
        .id;
    desk.log_service(LogService {
        member: ann,
        items: vec!["banquet".into()],
        staff: String::new(),
        amount: Money(60_000),
        redeem: 0,
        payments: vec![Payment::new("wechat", Money(60_000))],
    })
    .unwrap();
    ann
}

fn desk_app(path: &std::path::Path) -> App {
    let mut app = App::new(
        Arc::new(Store::open(path).unwrap()),
        frontdesk::keymap::Keymap::default(),
        false,
    )
    .unwrap();
    app.set_settings(SettingsSource::fixed(low_gold()));
    app
}

fn sign_in(app: &mut App, name: &str, pin: &str) {
    typ(app, name);
    tab(app);
    typ(app, pin);
    enter(app);
    assert!(status(app).contains(name), "{}", status(app));
}

fn ctrl_key(app: &mut App, c: char) {
    app.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    app.drain();
}

fn open_ann(app: &mut App) {
    press(app, KeyCode::F(2));
    // Esc closes the card and empties the search box for the next guest.
    while app.state.card.is_some() || !app.state.lookup.query.is_empty() {
        press(app, KeyCode::Esc);
    }
    typ(app, "ann");
    enter(app);
    assert!(app.state.card.is_some());
}

/// Step a picker field to `value` with the Right arrow.
fn pick(app: &mut App, field: FieldId, value: &str) {
    for _ in 0..10 {
        if app.state.form.as_ref().unwrap().value(field) == value {
            return;
        }
        press(app, KeyCode::Right);
    }
    panic!("{value} is not among the choices");
}

#[test]
fn a_shift_of_money_by_keys_survives_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.redb");
    let ann = shop(&path);
    let mut app = desk_app(&path);
    sign_in(&mut app, "Li", "1357");

    // Open the shift with 500.00 in the drawer.
    ctrl_key(&mut app, 't');
    typ(&mut app, "500");
    enter(&mut app);

    // Top up 300.00 in cash (the restaurant gives no bonus below 500.00).
    open_ann(&mut app);
    ctrl_key(&mut app, 'b');
    typ(&mut app, "300");
    enter(&mut app);
    assert!(status(&app).contains("300.00"), "{}", status(&app));

    // A 200.00 bill at Gold's price (180.00): 100.00 from the balance, the rest by WeChat.
    ctrl_key(&mut app, 'l');
    typ(&mut app, "hot pot");
    tab(&mut app);
    tab(&mut app);
    typ(&mut app, "200");
    tab(&mut app);
    pick(&mut app, FieldId::PaidBy, "stored_value");
    tab(&mut app);
    typ(&mut app, "100");
    tab(&mut app);
    typ(&mut app, "w");
    enter(&mut app);
    assert!(status(&app).starts_with("Saved"), "{}", status(&app));

    // Sell a package of 10 set lunches (450.00) in cash, then use one for a set lunch.
    open_ann(&mut app);
    ctrl_key(&mut app, 'g');
    tab(&mut app);
    pick(&mut app, FieldId::PaidBy, "cash");
    enter(&mut app);
    assert!(status(&app).contains("10 set lunches"), "{}", status(&app));
    ctrl_key(&mut app, 'l');
    typ(&mut app, "Set lunch");
    tab(&mut app);
    tab(&mut app);
    typ(&mut app, "45");
    tab(&mut app);
    pick(&mut app, FieldId::PaidBy, "package");
    enter(&mut app);
    assert!(status(&app).starts_with("Saved"), "{}", status(&app));

    // Close the shift: 500 float + 300 top-up + 450 package, all cash = 1250.00
    // expected; 1240.00 counted.
    ctrl_key(&mut app, 't');
    typ(&mut app, "1240");
    enter(&mut app);
    // The next operator signs in and opens their shift, accepting Li's slip.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::F(11));
    sign_in(&mut app, "Wang", "2468");
    ctrl_key(&mut app, 't');
    typ(&mut app, "1240");
    enter(&mut app);
    drop(app);

    // Reopened: it is all there.
    let store = Store::open(&path).unwrap();
    let (balance, entries) = store.wallet_of(&[ann]).unwrap();
    assert_eq!(balance.total(), Money(20_000), "300.00 in, 100.00 spent");
    assert_eq!(entries.len(), 2);
    let settings = low_gold();
    let desk = Desk::new(&store, &settings, Timestamp::now());
    let packages = desk.member_packages(ann).unwrap();
    assert_eq!(packages.len(), 1);
    assert_eq!(packages[0].status.remaining, 9);
    let bills = store.history(ann).unwrap().services;
    let hot_pot = bills.iter().find(|b| b.items == ["hot pot"]).unwrap();
    assert_eq!(
        (hot_pot.list_price, hot_pot.amount),
        (Money(20_000), Money(18_000))
    );
    let paid: Vec<(&str, i64)> = hot_pot
        .payments
        .iter()
        .map(|p| (p.method.as_str(), p.amount.0))
        .collect();
    assert_eq!(paid, [("stored_value", 10_000), ("wechat", 8_000)]);
    let shifts = store.shifts().unwrap();
    let first = shifts
        .iter()
        .find(|s| s.close.is_some())
        .expect("Li's closed shift");
    let f = &first.close.as_ref().unwrap().figures;
    assert_eq!(f.expected_cash, Money(125_000));
    assert_eq!(f.counted, Money(124_000));
    assert_eq!(f.difference, Money(-1_000));
    assert_eq!(f.top_ups, Money(30_000));
    let accepted = first
        .accept
        .as_ref()
        .expect("accepted by the next operator");
    assert_eq!(accepted.operator, "Wang");
    assert!(shifts.iter().any(|s| s.is_open()), "Wang's shift is open");
}

#[test]
fn the_paid_by_picker_offers_the_programs_own_methods_in_its_order() {
    use frontdesk::app::form::{Caret, Earn, Form};
    let mut settings = low_gold();
    settings.money.methods = vec!["cash".into(), "group_buy".into()];
    let earn = Earn {
        settings: Arc::new(settings),
        tier: "Regular".into(),
        balance: 0,
    };
    let now = Timestamp(0);
    let mut f = Form::service(Id(7), "Ann".into(), earn, now);
    f.focus = f
        .fields
        .iter()
        .position(|x| x.id == FieldId::PaidBy)
        .unwrap();
    assert_eq!(f.value(FieldId::PaidBy), "cash");
    f.caret(Caret::Right, now);
    assert_eq!(f.value(FieldId::PaidBy), "group_buy");
    f.caret(Caret::Right, now);
    assert_eq!(
        f.value(FieldId::PaidBy),
        "cash",
        "wraps; WeChat is not offered"
    );
    f.type_char('g', now);
    assert_eq!(f.value(FieldId::PaidBy), "group_buy");
}
