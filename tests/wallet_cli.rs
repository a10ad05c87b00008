#![allow(clippy::unwrap_used)]
//! Stored value (储值) through the real binary: top up with the program's bonus, refund
//! unused principal (a manager's), adjust with a reason, the ledger with running balances,
//! and each refusal as one sentence with exit status 1.

mod common;
use common::cli::{BOSS, DESK, Shop, json};

/// A restaurant (pay 500 get 50, pay 1000 get 200) with a member and no operators.
fn shop() -> (Shop, String) {
    let s = Shop::new();
    let id = s.ok_as(
        None,
        &[
            "member",
            "add",
            "--name",
            "Ann Lee",
            "--phone",
            "13812345678",
        ],
    );
    (s, id.trim().to_string())
}

/// The same with a manager (Wang) and a receptionist (Li).
fn staffed() -> (Shop, String) {
    let (s, id) = shop();
    s.staff();
    (s, id)
}

#[test]
fn a_top_up_earns_the_largest_bonus_reached_and_shows_in_the_ledger() {
    let (s, id) = shop();
    let line = s.ok_as(
        None,
        &["wallet", "topup", &id, "1000", "--method", "wechat"],
    );
    assert!(line.contains("principal +1000.00, bonus +200.00"), "{line}");
    assert!(line.contains("balance 1200.00"), "{line}");
    s.ok_as(None, &["wallet", "topup", &id, "499.99"]);
    let v = json(&s.ok_as(None, &["wallet", "show", &id, "--json"]));
    assert_eq!(v["principal"], "1499.99");
    assert_eq!(v["bonus"], "200.00");
    assert_eq!(v["balance"], "1699.99");
    assert_eq!(v["overdrawn"], false);
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["balance"], "1699.99");
    assert_eq!(entries[1]["method"], "wechat");
    assert_eq!(entries[1]["kind"], "top-up");
    let text = s.ok_as(None, &["wallet", "show", &id]);
    assert!(
        text.contains("stored value 1699.99 (principal 1499.99, bonus 200.00)"),
        "{text}"
    );
    assert!(text.contains("WeChat Pay"), "{text}");
    let card = json(&s.ok_as(None, &["member", "show", &id, "--json"]));
    assert_eq!(card["stored_value"]["balance"], "1699.99");
    // The balance kept is the ledger's sum.
    let check = s.ok_as(None, &["store", "check"]);
    assert!(check.contains("the store is sound"), "{check}");
}

#[test]
fn a_manager_refunds_unused_principal_and_the_bonus_is_voided() {
    let (s, id) = staffed();
    s.ok_as(DESK, &["wallet", "topup", &id, "1000"]);
    let err = s.fails_as(DESK, &["wallet", "refund", &id]);
    assert!(err.contains("refund stored value"), "{err}");
    let err = s.fails_as(BOSS, &["wallet", "refund", &id, "1000.01"]);
    assert!(err.contains("Only 1000.00 of unused principal"), "{err}");
    let line = s.ok_as(BOSS, &["wallet", "refund", &id, "--method", "cash"]);
    assert!(line.contains("principal -1000.00, bonus -200.00"), "{line}");
    let v = json(&s.ok_as(BOSS, &["wallet", "show", &id, "--json"]));
    assert_eq!(
        (v["balance"].as_str(), v["entries"][0]["operator"].as_str()),
        (Some("0.00"), Some("Wang"))
    );
    assert_eq!(v["entries"][0]["kind"], "refund");
}

#[test]
fn an_adjustment_needs_a_manager_and_a_reason() {
    let (s, id) = staffed();
    let err = s.fails_as(
        DESK,
        &[
            "wallet", "adjust", &id, "--bonus", "+10", "--reason", "gift",
        ],
    );
    assert!(err.contains("adjust stored value"), "{err}");
    let err = s.fails_as(
        BOSS,
        &["wallet", "adjust", &id, "--bonus", "+10", "--reason", " "],
    );
    assert!(err.to_lowercase().contains("reason"), "{err}");
    let err = s.fails_as(
        BOSS,
        &["wallet", "adjust", &id, "--bonus", "ten", "--reason", "x"],
    );
    assert!(err.contains("ten"), "{err}");
    s.ok_as(
        BOSS,
        &[
            "wallet",
            "adjust",
            &id,
            "--principal",
            "-5",
            "--reason",
            "typo at the till",
        ],
    );
    let v = json(&s.ok_as(BOSS, &["wallet", "show", &id, "--json"]));
    assert_eq!(
        (v["balance"].as_str(), v["overdrawn"].as_bool()),
        (Some("-5.00"), Some(true))
    );
    assert_eq!(v["entries"][0]["reason"], "typo at the till");
    let list = s.ok_as(BOSS, &["wallet", "overdrawn"]);
    assert!(
        list.contains("Ann Lee") && list.contains("OVERDRAWN"),
        "{list}"
    );
    let list = json(&s.ok_as(BOSS, &["wallet", "overdrawn", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[test]
fn refusals_are_one_sentence() {
    let (s, id) = shop();
    let err = s.fails_as(None, &["wallet", "topup", &id, "0"]);
    assert!(err.contains("more than 0"), "{err}");
    let err = s.fails_as(None, &["wallet", "topup", &id, "1.234"]);
    assert!(err.starts_with("error: "), "{err}");
    let err = s.fails_as(None, &["wallet", "refund", &id]);
    assert!(err.contains("Only 0.00 of unused principal"), "{err}");
    let err = s.fails_as(None, &["wallet", "show", "nobody"]);
    assert!(err.starts_with("error: "), "{err}");
    let none = s.ok_as(None, &["wallet", "overdrawn"]);
    assert!(
        none.contains("no stored value balance is below zero"),
        "{none}"
    );
}

#[test]
fn the_desk_says_it_in_chinese_too() {
    let (s, id) = staffed();
    let line = s.ok_as(
        DESK,
        &[
            "--lang", "zh", "wallet", "topup", &id, "500", "--method", "alipay",
        ],
    );
    assert!(
        line.contains("充值") && line.contains("储值余额 550.00"),
        "{line}"
    );
    let err = s.fails_as(DESK, &["--lang", "zh", "wallet", "refund", &id]);
    assert!(err.contains("储值退款"), "{err}");
    let err = s.fails_as(BOSS, &["--lang", "zh", "wallet", "refund", &id, "600"]);
    assert!(err.contains("未用本金只有 500.00"), "{err}");
    let text = s.ok_as(DESK, &["--lang", "zh", "wallet", "show", &id]);
    assert!(
        text.contains("本金 500.00") && text.contains("支付宝"),
        "{text}"
    );
}
