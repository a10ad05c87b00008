#![allow(clippy::unwrap_used)]
//! Packages (次卡) at the desk: refund amounts, expiry, and the use a bill paid by
//! `package` commits.

use frontdesk::desk::*;
use frontdesk::domain::loyalty::{ProgramSettings, add_months};
use frontdesk::domain::package::PackageState;
use frontdesk::domain::validate::MemberDraft;
use frontdesk::domain::{Change, Id, Money, Payment, Timestamp};
use frontdesk::store::Store;

const NOW: i64 = 1_795_442_700_000; // 2026-11-23 14:05 UTC

const SETTINGS: &str = "[[policy]]\neffective_from = \"2024-01-01\"\nearn_points = 1\n[[policy.tier]]\nname = \"R\"\n[[package]]\nkey = \"odd\"\nname = \"3 visits\"\nservices = [\"Spa\"]\nuses = 3\nprice = \"100.00\"\nmonths = 12\n[[package]]\nkey = \"soon\"\nname = \"2 spa visits\"\nservices = [\"spa\", \"Sauna\"]\nuses = 2\nprice = \"80.00\"\nmonths = 1\n[[package]]\nkey = \"cut\"\nname = \"Cuts\"\nservices = [\"Haircut\"]\nuses = 5\nprice = \"200.00\"\nmonths = 1\n";

fn member(desk: &Desk) -> Id {
    let draft = MemberDraft {
        name: "Ann".into(),
        phone: "13812345678".into(),
        ..Default::default()
    };
    let added = desk.add_member(AddMember {
        draft,
        referred_by: None,
        confirmed: false,
    });
    added.unwrap().id
}

fn sell(desk: &Desk, m: Id, key: &str) -> Id {
    let s = SellPackage {
        member: m,
        package: key.into(),
        payments: vec![],
    };
    desk.sell_package(s).unwrap().sale.id
}

fn with(test: impl FnOnce(&Store, &ProgramSettings, Id)) {
    let store = Store::in_memory(None).unwrap();
    let settings = ProgramSettings::parse(SETTINGS).unwrap();
    let m = member(&Desk::new(&store, &settings, Timestamp(NOW)));
    test(&store, &settings, m);
}

#[test]
fn a_refund_pays_the_price_less_the_uses_at_the_unit_price_rounded_down() {
    with(|store, settings, m| {
        let desk = Desk::new(store, settings, Timestamp(NOW));
        let sale = sell(&desk, m, "odd");
        desk.use_package(m, Some(sale), "Mia").unwrap();
        let row = desk.refund_package(sale, "wechat", "moving away").unwrap();
        // 100.00 for 3 uses, 1 taken: 2 × 33.333… = 66.66 (never a cent more than owed).
        assert_eq!(row.refunded, Money(6_666));
        assert_eq!(row.status.state, PackageState::Refunded);
        assert!(matches!(
            desk.refund_package(sale, "cash", ""),
            Err(DeskError::Package(PackageError::Refunded { .. }))
        ));
        let whole = sell(&desk, m, "odd");
        assert_eq!(
            desk.refund_package(whole, "cash", "").unwrap().refunded,
            Money(10_000)
        );
        let all = sell(&desk, m, "soon");
        for _ in 0..2 {
            desk.use_package(m, Some(all), "Mia").unwrap();
        }
        assert_eq!(
            desk.refund_package(all, "cash", "").unwrap().refunded,
            Money(0)
        );
        let e = desk.refund_package(all, "stored_value", "");
        assert!(matches!(
            e,
            Err(DeskError::Package(PackageError::Method(_)))
        ));
    });
}

#[test]
fn an_expired_package_is_shown_expired_and_refuses_a_use_without_changing_its_history() {
    with(|store, settings, m| {
        let desk = Desk::new(store, settings, Timestamp(NOW));
        let sale = sell(&desk, m, "soon");
        desk.use_package(m, None, "Mia").unwrap();
        let expires = add_months(Timestamp(NOW), 1);
        let on_the_day = Desk::new(store, settings, expires);
        assert_eq!(
            on_the_day.package_row(sale).unwrap().status.state,
            PackageState::Usable
        );
        let later = Desk::new(store, settings, Timestamp(expires.0 + 1));
        match later.use_package(m, Some(sale), "Mia") {
            Err(DeskError::Package(PackageError::Expired { expires: e, .. })) => {
                assert_eq!(e, expires)
            }
            other => panic!("{other:?}"),
        }
        let rows = later.member_packages(m).unwrap();
        assert_eq!(rows[0].status.state, PackageState::Expired);
        assert_eq!((rows[0].status.used, rows[0].status.remaining), (1, 1));
        assert!(matches!(
            later.use_package(m, None, "Mia"),
            Err(DeskError::Package(PackageError::NoUsable { .. }))
        ));
    });
}

#[test]
fn a_bill_paid_by_package_takes_the_soonest_expiring_one_that_covers_the_service() {
    with(|store, settings, m| {
        let desk = Desk::new(store, settings, Timestamp(NOW));
        assert!(matches!(
            desk.package_use_change(m, "Mia"),
            Err(DeskError::Package(PackageError::NoUsable { service: None }))
        ));
        let late = sell(&desk, m, "odd");
        let soon = sell(&desk, m, "soon");
        let cut = sell(&desk, m, "cut");
        let Change::PackageUse { package_use } = desk.package_use_change(m, "Mia").unwrap() else {
            panic!()
        };
        assert_eq!(
            (package_use.sale, package_use.staff.as_str()),
            (soon, "Mia")
        );
        let pick = |services: &[&str]| {
            let services: Vec<String> = services.iter().map(|s| s.to_string()).collect();
            match desk.package_use_change_for(m, "Mia", None, &services) {
                Ok(Change::PackageUse { package_use }) => Ok(package_use.sale),
                Ok(_) => panic!(),
                Err(e) => Err(e),
            }
        };
        assert_eq!(pick(&["SPA"]).unwrap(), soon);
        assert_eq!(pick(&["haircut"]).unwrap(), cut);
        assert!(pick(&["Massage"]).is_err());
        // Nothing is recorded until the bill commits the change.
        assert_eq!(desk.package_row(soon).unwrap().status.used, 0);
        store
            .commit(vec![desk.package_use_change(m, "Mia").unwrap()])
            .unwrap();
        assert_eq!(desk.package_row(soon).unwrap().status.used, 1);
        let _ = late;
    });
}

#[test]
fn a_sale_must_be_paid_in_full_by_the_methods_listed() {
    with(|store, settings, m| {
        let desk = Desk::new(store, settings, Timestamp(NOW));
        let pay = |p: Vec<Payment>| {
            desk.sell_package(SellPackage {
                member: m,
                package: "odd".into(),
                payments: p,
            })
        };
        let split = pay(vec![
            Payment::new("wechat", Money(6_000)),
            Payment::new("alipay", Money(4_000)),
        ]);
        assert_eq!(split.unwrap().sale.payments.len(), 2);
        assert!(matches!(
            pay(vec![Payment::new("cash", Money(9_999))]),
            Err(DeskError::Package(PackageError::PaidNotPrice { .. }))
        ));
        assert!(matches!(
            pay(vec![Payment::new("package", Money(10_000))]),
            Err(DeskError::Package(PackageError::Method(_)))
        ));
        let money = store.package_money().unwrap();
        assert_eq!(money.iter().map(|p| p.amount.0).sum::<i64>(), 10_000);
    });
}

#[test]
fn the_lookup_row_and_the_card_show_a_usable_package() {
    with(|store, settings, m| {
        let desk = Desk::new(store, settings, Timestamp(NOW));
        let badges = || desk.find("5678", 5).unwrap().rows[0].badges.clone();
        assert!(!badges().contains(&Badge::Package));
        let sale = sell(&desk, m, "soon");
        assert!(badges().contains(&Badge::Package));
        let card = desk.open_card(m).unwrap();
        assert_eq!(card.packages.len(), 1);
        assert_eq!(card.packages[0].status.remaining, 2);
        for _ in 0..2 {
            desk.use_package(m, Some(sale), "Mia").unwrap();
        }
        assert!(!badges().contains(&Badge::Package));
        let card = desk.open_card(m).unwrap();
        assert_eq!(card.packages[0].status.state, PackageState::UsedUp);
    });
}

#[test]
fn package_money_lists_sales_by_method_and_refunds_apart_with_desk_and_operator() {
    with(|store, settings, m| {
        let desk = Desk::new(store, settings, Timestamp(NOW));
        let payments = vec![
            Payment::new("wechat", Money(6_000)),
            Payment::new("cash", Money(4_000)),
        ];
        let sale = desk
            .sell_package(SellPackage {
                member: m,
                package: "odd".into(),
                payments,
            })
            .unwrap()
            .sale
            .id;
        desk.refund_package(sale, "cash", "").unwrap();
        let money = store.package_money().unwrap();
        let seen: Vec<(bool, &str, i64)> = money
            .iter()
            .map(|p| (p.refund, p.method.as_str(), p.amount.0))
            .collect();
        assert_eq!(
            seen,
            [
                (false, "wechat", 6_000),
                (false, "cash", 4_000),
                (true, "cash", 10_000)
            ]
        );
        assert!(
            money
                .iter()
                .all(|p| p.terminal == store.terminal() && p.operator == "desk")
        );
    });
}
