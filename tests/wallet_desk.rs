#![allow(clippy::unwrap_used)]
//! Stored value at the desk core: the bonus rules and each spending order from the
//! settings, a spend refused above the balance, and the sync rule for large spends.

use frontdesk::desk::{Desk, DeskError, TopUp};
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::loyalty::settings::RESTAURANT_TOML;
use frontdesk::domain::wallet::WalletError;
use frontdesk::domain::{Change, Id, Money, Timestamp};
use frontdesk::store::Store;

const NOW: Timestamp = Timestamp(1_750_000_000_000);

fn program(extra: &str) -> ProgramSettings {
    let text = RESTAURANT_TOML.replace("spend_order = \"bonus_first\"", extra);
    ProgramSettings::parse(&text).unwrap()
}

fn member(store: &Store) -> Id {
    let change = Change::MemberUpsert {
        id: frontdesk::domain::ops::NEW_ID,
        fields: frontdesk::domain::MemberFields {
            name: Some("Ann".into()),
            ..Default::default()
        },
    };
    store.commit(vec![change]).unwrap()[0]
        .change
        .member()
        .unwrap()
}

/// Tops up 1000 (bonus 200 by the restaurant rules), spends 300: (principal, bonus) taken.
fn spend_split(order: &str) -> (i64, i64) {
    let store = Store::in_memory(None).unwrap();
    let settings = program(&format!("spend_order = \"{order}\""));
    let desk = Desk::new(&store, &settings, NOW);
    let m = member(&store);
    let top = TopUp {
        member: m,
        amount: Money(100_000),
        method: "alipay".into(),
    };
    assert_eq!(desk.wallet_topup(top).unwrap().entry.bonus, Money(20_000));
    match desk.wallet_spend_change(m, Money(30_000)).unwrap() {
        Change::Wallet { entry } => (entry.principal.0, entry.bonus.0),
        other => panic!("{other:?}"),
    }
}

#[test]
fn each_spending_order_splits_to_the_cent() {
    assert_eq!(spend_split("bonus_first"), (-10_000, -20_000));
    assert_eq!(spend_split("principal_first"), (-30_000, 0));
    assert_eq!(spend_split("proportional"), (-25_000, -5_000));
}

#[test]
fn a_spend_above_the_balance_is_refused_and_bonus_rules_pick_the_largest() {
    let store = Store::in_memory(None).unwrap();
    let settings = ProgramSettings::default();
    let desk = Desk::new(&store, &settings, NOW);
    let m = member(&store);
    for (paid, bonus) in [
        (49_999, 0),
        (50_000, 5_000),
        (99_999, 5_000),
        (250_000, 20_000),
    ] {
        let top = TopUp {
            member: m,
            amount: Money(paid),
            method: "cash".into(),
        };
        assert_eq!(
            desk.wallet_topup(top).unwrap().entry.bonus,
            Money(bonus),
            "{paid}"
        );
    }
    let held = desk.wallet(m).unwrap().balance.total();
    assert_eq!(held, Money(49_999 + 50_000 + 99_999 + 250_000 + 30_000));
    let err = desk.wallet_spend_change(m, Money(held.0 + 1)).unwrap_err();
    assert!(
        matches!(err, DeskError::Wallet(WalletError::Short { .. })),
        "{err:?}"
    );
    assert!(desk.wallet_spend_change(m, held).is_ok());
}

#[test]
fn a_large_spend_needs_a_recent_sync() {
    let store = Store::in_memory(None).unwrap();
    let rule =
        "spend_order = \"bonus_first\"\nsync_before_spend_above = 500\nsync_within_minutes = 30";
    let settings = program(rule);
    let now = Timestamp::now();
    let desk = Desk::new(&store, &settings, now);
    let m = member(&store);
    let top = TopUp {
        member: m,
        amount: Money(100_000),
        method: "cash".into(),
    };
    desk.wallet_topup(top).unwrap();
    assert!(desk.wallet_spend_change(m, Money(50_000)).is_ok());
    let err = desk.wallet_spend_change(m, Money(50_001)).unwrap_err();
    let said = frontdesk::catalog::text().desk_error(&err);
    assert!(
        said.contains("never synced") && said.contains("sync first"),
        "{said}"
    );
    let folder = tempfile::tempdir().unwrap();
    frontdesk::sync::sync_both(&store, folder.path(), None, &mut |_| {}).unwrap();
    assert!(desk.wallet_spend_change(m, Money(50_001)).is_ok());
    let later = Desk::new(&store, &settings, Timestamp(now.0 + 31 * 60_000));
    let err = later.wallet_spend_change(m, Money(50_001)).unwrap_err();
    let said = frontdesk::catalog::text().desk_error(&err);
    assert!(
        said.contains("30 minutes ago") || said.contains("31 minutes ago"),
        "{said}"
    );
}
