#![allow(clippy::unwrap_used)]
//! The membership program at the desk, by keys: a tier upgrade seen at once, duplicate
//! warnings, points adjusted and redeemed within the rules, lapsing regulars in Care.

mod common;
use common::*;
use crossterm::event::KeyCode;
use frontdesk::app::App;
use frontdesk::app::state::Pane;
use frontdesk::catalog::FieldId;
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::ops::NEW_ID;
use frontdesk::domain::{Change, PointsKind, Timestamp, Visit};
use frontdesk::membership::settings::SettingsSource;
use frontdesk::store::Store;

/// The restaurant program with Gold reached at 500.00 spend.
fn low_gold() -> ProgramSettings {
    let text = frontdesk::domain::loyalty::settings::RESTAURANT_TOML
        .replace("min_spend = \"2000.00\"", "min_spend = \"200.00\"")
        .replace("min_spend = \"8000.00\"", "min_spend = \"500.00\"");
    ProgramSettings::parse(&text).unwrap()
}

fn desk_with_member(name: &str, phone: &str) -> App {
    let mut app = app(Store::in_memory(None).unwrap());
    app.set_settings(SettingsSource::fixed(low_gold()));
    ctrl(&mut app, 'n');
    typ(&mut app, name);
    tab(&mut app);
    typ(&mut app, phone);
    enter(&mut app);
    assert!(
        status(&app).starts_with("Saved new member"),
        "{}",
        status(&app)
    );
    app
}

#[test]
fn a_service_over_the_gold_threshold_shows_the_upgrade_at_once() {
    let mut app = desk_with_member("Ann Lee", "13800001111");
    ctrl(&mut app, 'k');
    enter(&mut app);
    ctrl(&mut app, 'l');
    typ(&mut app, "banquet");
    tab(&mut app);
    tab(&mut app);
    typ(&mut app, "600");
    enter(&mut app);
    assert!(
        status(&app).contains("Upgraded to Gold"),
        "{}",
        status(&app)
    );
    press(&mut app, KeyCode::F(2));
    typ(&mut app, "ann");
    assert_eq!(app.state.lookup.rows[0].tier, "Gold");
    enter(&mut app);
    let card = app.state.card.as_ref().unwrap();
    assert_eq!(card.tier, "Gold");
    assert_eq!(card.history.tiers[0].to, "Gold");
    assert_eq!(card.history.tiers[0].operator, "desk");
    // The next service is at Gold's member price (10% off) and earns at Gold's
    // multiplier (150%) on what is paid.
    ctrl(&mut app, 'l');
    typ(&mut app, "tea");
    tab(&mut app);
    tab(&mut app);
    typ(&mut app, "100");
    let preview = app.state.form.as_ref().unwrap().preview.as_ref().unwrap();
    assert_eq!(
        frontdesk::ui::form::preview(preview),
        "Due 90.00 (−10%) · Points earned on save: +135 · Gold, balance 600"
    );
}

#[test]
fn a_new_member_with_a_known_phone_is_warned_and_can_open_the_existing_record() {
    let mut app = desk_with_member("张伟", "13812345678");
    press(&mut app, KeyCode::Esc);
    ctrl(&mut app, 'n');
    typ(&mut app, "张 伟");
    tab(&mut app);
    typ(&mut app, "+86 138 1234 5678");
    enter(&mut app);
    assert!(
        status(&app).contains("Possible duplicate of 张伟"),
        "{}",
        status(&app)
    );
    assert_eq!(
        app.store().op_count().unwrap(),
        1,
        "nothing saved on the warning"
    );
    ctrl(&mut app, 'o');
    assert!(app.state.form.is_none());
    assert_eq!(app.state.card.as_ref().unwrap().view.member.name, "张伟");

    // Saving anyway is a second Enter.
    ctrl(&mut app, 'n');
    typ(&mut app, "张伟");
    tab(&mut app);
    typ(&mut app, "13812345678");
    enter(&mut app);
    enter(&mut app);
    assert!(
        status(&app).starts_with("Saved new member"),
        "{}",
        status(&app)
    );
    assert_eq!(
        app.store().members_with_phone("13812345678").unwrap().len(),
        2
    );
}

#[test]
fn points_are_adjusted_with_a_reason_and_never_below_zero() {
    let mut app = desk_with_member("Ann Lee", "13800001111");
    ctrl(&mut app, 'p');
    typ(&mut app, "+50");
    enter(&mut app);
    assert!(
        app.state
            .form
            .as_ref()
            .unwrap()
            .error_for(FieldId::Reason)
            .is_some(),
        "a reason is required"
    );
    // The cursor is already in the field at fault.
    typ(&mut app, "birthday gift");
    enter(&mut app);
    assert!(status(&app).contains("+50"), "{}", status(&app));
    let card = app.state.card.as_ref().unwrap();
    assert_eq!(card.view.stats.points, 50);
    assert_eq!(card.history.ledger[0].kind, PointsKind::Adjust);

    ctrl(&mut app, 'p');
    typ(&mut app, "-80");
    tab(&mut app);
    typ(&mut app, "correction");
    enter(&mut app);
    assert!(
        app.state.form.is_some(),
        "refused: the balance would go below zero"
    );
    assert_eq!(
        app.store()
            .member(card_id(&app))
            .unwrap()
            .unwrap()
            .stats
            .points,
        50
    );

    // Redeeming more than the balance against a bill is refused too.
    press(&mut app, KeyCode::Esc);
    ctrl(&mut app, 'l');
    typ(&mut app, "tea");
    tab(&mut app);
    tab(&mut app);
    typ(&mut app, "20");
    // Past how it is paid (paid by, part, rest by) to the points to redeem.
    for _ in 0..4 {
        tab(&mut app);
    }
    typ(&mut app, "60");
    enter(&mut app);
    assert!(
        app.state
            .form
            .as_ref()
            .unwrap()
            .error_for(FieldId::Redeem)
            .is_some()
    );
    clear_field(&mut app);
    typ(&mut app, "30");
    enter(&mut app);
    assert!(
        status(&app).contains("30 points redeemed"),
        "{}",
        status(&app)
    );
    assert_eq!(
        app.store()
            .member(card_id(&app))
            .unwrap()
            .unwrap()
            .stats
            .points,
        50 - 30 + 20
    );
}

fn card_id(app: &App) -> frontdesk::domain::Id {
    app.state.selected.as_ref().unwrap().0
}

#[test]
fn a_regular_away_longer_than_their_rhythm_shows_in_care() {
    let store = Store::in_memory(None).unwrap();
    let mut m = frontdesk::domain::Member::empty(NEW_ID, Timestamp(0));
    m.name = "Olivia Chen".into();
    m.phone = "13500002222".into();
    let id = store
        .commit(vec![Change::MemberUpsert {
            id: NEW_ID,
            fields: frontdesk::domain::MemberFields::all_of(&m),
        }])
        .unwrap()[0]
        .id();
    // Every 7 days for two months, then nothing for 30 days.
    let now = Timestamp::now();
    let visits = (0..8)
        .map(|i| Change::Visit {
            visit: Visit {
                id: NEW_ID,
                member: Some(id),
                party: 2,
                location: String::new(),
                staff: String::new(),
                at: now.plus_days(-30 - 7 * i),
            },
        })
        .collect();
    store.commit(visits).unwrap();
    let mut app = app(store);
    press(&mut app, KeyCode::F(7));
    assert_eq!(app.state.pane, Pane::Care);
    let care = app.state.care.as_ref().unwrap();
    assert_eq!(care.lapsing.len(), 1);
    assert_eq!(care.lapsing[0].name, "Olivia Chen");
    // Enter opens the member's card.
    enter(&mut app);
    assert_eq!(
        app.state.card.as_ref().unwrap().view.member.name,
        "Olivia Chen"
    );
}

#[test]
fn ctrl_x_exports_csv_files_a_spreadsheet_opens_with_chinese_names() {
    let out = tempfile::tempdir().unwrap();
    let mut app = desk_with_member("张伟", "13812345678");
    app.set_export_dir(out.path().to_path_buf());
    ctrl(&mut app, 'x');
    assert!(
        status(&app).starts_with("Exported 4 CSV files"),
        "{}",
        status(&app)
    );
    let folder = std::fs::read_dir(out.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let members = std::fs::read(folder.join("members.csv")).unwrap();
    assert!(members.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 with a BOM");
    assert!(String::from_utf8_lossy(&members).contains("张伟"));
    for f in ["visits.csv", "services.csv", "complaints.csv"] {
        assert!(folder.join(f).exists(), "{f}");
    }
    // Who exported what, and where, is in the operation log.
    let mut exports = Vec::new();
    app.store()
        .for_each_op(|op| {
            if let Change::DataExported {
                what, destination, ..
            } = op.change
            {
                exports.push((what, destination, op.operator));
            }
            Ok(())
        })
        .unwrap();
    assert_eq!(exports.len(), 4);
    assert!(
        exports
            .iter()
            .any(|(w, d, who)| w == "members" && d.ends_with("members.csv") && who == "desk")
    );
}

#[test]
fn a_gold_member_pays_the_member_price_split_between_cash_and_wechat() {
    let mut app = desk_with_member("Ann Lee", "13800001111");
    // 600.00 makes Ann Gold (10% off from the next bill).
    ctrl(&mut app, 'l');
    typ(&mut app, "banquet");
    tab(&mut app);
    tab(&mut app);
    typ(&mut app, "600");
    enter(&mut app);
    assert!(status(&app).contains("Gold"), "{}", status(&app));
    // A 200.00 bill: 180.00 due; 50.00 in cash, the rest by WeChat.
    ctrl(&mut app, 'l');
    typ(&mut app, "hot pot");
    tab(&mut app);
    tab(&mut app);
    typ(&mut app, "200");
    tab(&mut app);
    // Paid by: the program's methods in its own order (WeChat, Alipay, cash, …); step to
    // cash with the arrows, as a receptionist would.
    let form = app.state.form.as_ref().unwrap();
    assert_eq!(
        form.value(FieldId::PaidBy),
        "wechat",
        "the program's first method"
    );
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    assert_eq!(
        app.state.form.as_ref().unwrap().value(FieldId::PaidBy),
        "cash"
    );
    tab(&mut app);
    typ(&mut app, "50");
    tab(&mut app);
    typ(&mut app, "w");
    let form = app.state.form.as_ref().unwrap();
    assert_eq!(form.value(FieldId::RestBy), "wechat");
    let preview = frontdesk::ui::form::preview(form.preview.as_ref().unwrap());
    assert!(preview.starts_with("Due 180.00 (−10%)"), "{preview}");
    enter(&mut app);
    assert!(status(&app).starts_with("Saved"), "{}", status(&app));
    let card = app.state.card.as_ref().unwrap();
    let bill = &card.history.services[0];
    assert_eq!(bill.list_price.0, 20_000);
    assert_eq!(bill.amount.0, 18_000);
    let parts: Vec<(&str, i64)> = bill
        .payments
        .iter()
        .map(|p| (p.method.as_str(), p.amount.0))
        .collect();
    assert_eq!(parts, [("cash", 5_000), ("wechat", 13_000)]);
}
