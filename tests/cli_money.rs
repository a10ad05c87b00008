#![allow(clippy::unwrap_used)]
//! Bills paid from what a member prepaid, on the command line: stored value (refused when
//! the balance is short, spent in the same commit as the bill) and a package use.

mod common;
use common::cli::{Shop as Desk, json};

#[test]
fn a_bill_paid_from_stored_value_needs_the_balance_and_spends_it_with_the_bill() {
    let d = Desk::new();
    let id = d.ok(&["member", "add", "--name", "Ann", "--phone", "13700001234"]);
    let id = id.trim();
    let bill = [
        "service", id, "--amount", "50", "--item", "tea", "--pay", "储值",
    ];
    let err = d.fails(&bill);
    assert!(err.starts_with("error: "), "{err}");
    let before = d.ok(&["digest"]);
    d.fails(&bill);
    assert_eq!(d.ok(&["digest"]), before, "a refused bill changes nothing");
    d.ok(&["wallet", "topup", id, "100"]);
    // `--method` is the same as `--pay`.
    let out = d.ok(&[
        "service",
        id,
        "--amount",
        "50",
        "--item",
        "tea",
        "--method",
        "stored_value",
    ]);
    assert!(out.contains("paid: stored value 50.00"), "{out}");
    let w = json(&d.ok(&["wallet", "show", id, "--json"]));
    assert_eq!(w["balance"], "50.00");
    assert_eq!(w["overdrawn"], false);
}

#[test]
fn a_bill_paid_by_package_takes_one_use() {
    let d = Desk::new();
    let id = d.ok(&["member", "add", "--name", "Ann", "--phone", "13700001234"]);
    let id = id.trim();
    let lunch = [
        "service",
        id,
        "--amount",
        "45",
        "--item",
        "Set lunch",
        "--pay",
        "package",
    ];
    let err = d.fails(&lunch);
    assert!(err.starts_with("error: "), "{err}");
    d.ok(&["package", "sell", id, "lunch10"]);
    let out = d.ok(&lunch);
    assert!(out.contains("paid: package 45.00"), "{out}");
    let list = json(&d.ok(&["package", "list", id, "--json"]));
    assert_eq!(list["remaining"], 9, "{list}");
}
