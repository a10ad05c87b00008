#![allow(clippy::unwrap_used)]
//! Stored value in the app, by keys: a top-up from the card (Ctrl-B) goes through the
//! worker, earns the program's bonus, and shows on the card with its running balance.

mod common;
use common::*;
use frontdesk::catalog::FieldId;
use frontdesk::domain::Money;
use frontdesk::domain::wallet::WalletKind;
use frontdesk::store::Store;

#[test]
fn a_top_up_from_the_card_earns_its_bonus_and_shows_on_the_card() {
    let mut app = app(Store::in_memory(None).unwrap());
    ctrl(&mut app, 'n');
    typ(&mut app, "Ann Lee");
    tab(&mut app);
    typ(&mut app, "13800001111");
    enter(&mut app);
    assert!(
        status(&app).starts_with("Saved new member"),
        "{}",
        status(&app)
    );

    ctrl(&mut app, 'b');
    typ(&mut app, "ten");
    enter(&mut app);
    let form = app.state.form.as_ref().expect("refused: not an amount");
    assert!(form.error_for(FieldId::TopUpAmount).is_some());
    clear_field(&mut app);
    typ(&mut app, "1000");
    tab(&mut app);
    // How it was paid is a picker: a first letter picks WeChat Pay.
    typ(&mut app, "w");
    enter(&mut app);
    assert!(app.state.form.is_none(), "{}", status(&app));
    assert!(
        status(&app).contains("stored value now 1200.00"),
        "{}",
        status(&app)
    );
    let card = app.state.card.as_ref().unwrap();
    assert_eq!(card.stored_value.total(), Money(120_000));
    let (entry, after) = &card.wallet[0];
    assert_eq!(
        (entry.kind, entry.method.as_str()),
        (WalletKind::TopUp, "wechat")
    );
    assert_eq!(
        (entry.bonus, after.total()),
        (Money(20_000), Money(120_000))
    );
}
