#![allow(clippy::unwrap_used)]
//! Stored value (储值) through the real binary: top up with the program's bonus, refund
//! unused principal (a manager's), adjust with a reason, the ledger with running balances,
//! and each refusal as one sentence with exit status 1.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Shop {
    _dir: tempfile::TempDir,
    store: PathBuf,
}

const BOSS: Option<(&str, &str)> = Some(("Wang", "2468"));
const DESK: Option<(&str, &str)> = Some(("Li", "1357"));

impl Shop {
    fn new() -> Shop {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("desk.redb");
        Shop { _dir: dir, store }
    }
    fn run(&self, who: Option<(&str, &str)>, args: &[&str]) -> Output {
        run_on(&self.store, who, args)
    }
    fn ok(&self, who: Option<(&str, &str)>, args: &[&str]) -> String {
        let out = self.run(who, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?} failed: {err}");
        String::from_utf8(out.stdout).unwrap()
    }
    fn fails(&self, who: Option<(&str, &str)>, args: &[&str]) -> String {
        let out = self.run(who, args);
        assert_eq!(out.status.code(), Some(1), "{args:?} should fail");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        err
    }
    fn json(&self, who: Option<(&str, &str)>, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(self.ok(who, args).trim()).unwrap()
    }
}

fn run_on(store: &Path, who: Option<(&str, &str)>, args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_frontdesk"));
    c.env(
        "FRONTDESK_LOG_DIR",
        std::env::temp_dir().join("frontdesk-test-log"),
    )
    .env_remove("FRONTDESK_STORE")
    .env_remove("FRONTDESK_OPERATOR")
    .env_remove("FRONTDESK_PIN")
    .env_remove("FRONTDESK_NEW_PIN")
    .env("FRONTDESK_LANG", "en")
    .arg("--store")
    .arg(store);
    if let Some((name, pin)) = who {
        c.arg("--operator").arg(name).env("FRONTDESK_PIN", pin);
    }
    c.args(args).output().unwrap()
}

/// A restaurant (pay 500 get 50, pay 1000 get 200) with a member and no operators.
fn shop() -> (Shop, String) {
    let s = Shop::new();
    let id = s.ok(
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
    let add = |who: Option<(&str, &str)>, pin: &str, name: &str, role: &str| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_frontdesk"));
        c.env(
            "FRONTDESK_LOG_DIR",
            std::env::temp_dir().join("frontdesk-test-log"),
        )
        .env("FRONTDESK_NEW_PIN", pin)
        .env("FRONTDESK_PIN", pin)
        .arg("--store")
        .arg(&s.store);
        if let Some((n, p)) = who {
            c.arg("--operator").arg(n).env("FRONTDESK_PIN", p);
        }
        let out = c
            .args(["operator", "add", name, "--role", role])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    add(None, "2468", "Wang", "manager");
    add(BOSS, "1357", "Li", "receptionist");
    (s, id)
}

#[test]
fn a_top_up_earns_the_largest_bonus_reached_and_shows_in_the_ledger() {
    let (s, id) = shop();
    let line = s.ok(
        None,
        &["wallet", "topup", &id, "1000", "--method", "wechat"],
    );
    assert!(line.contains("principal +1000.00, bonus +200.00"), "{line}");
    assert!(line.contains("balance 1200.00"), "{line}");
    s.ok(None, &["wallet", "topup", &id, "499.99"]);
    let v = s.json(None, &["wallet", "show", &id, "--json"]);
    assert_eq!(v["principal"], "1499.99");
    assert_eq!(v["bonus"], "200.00");
    assert_eq!(v["balance"], "1699.99");
    assert_eq!(v["overdrawn"], false);
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["balance"], "1699.99");
    assert_eq!(entries[1]["method"], "wechat");
    assert_eq!(entries[1]["kind"], "top-up");
    let text = s.ok(None, &["wallet", "show", &id]);
    assert!(
        text.contains("stored value 1699.99 (principal 1499.99, bonus 200.00)"),
        "{text}"
    );
    assert!(text.contains("WeChat Pay"), "{text}");
    let card = s.json(None, &["member", "show", &id, "--json"]);
    assert_eq!(card["stored_value"]["balance"], "1699.99");
    // The balance kept is the ledger's sum.
    let check = s.ok(None, &["store", "check"]);
    assert!(check.contains("the store is sound"), "{check}");
}

#[test]
fn a_manager_refunds_unused_principal_and_the_bonus_is_voided() {
    let (s, id) = staffed();
    s.ok(DESK, &["wallet", "topup", &id, "1000"]);
    let err = s.fails(DESK, &["wallet", "refund", &id]);
    assert!(err.contains("refund stored value"), "{err}");
    let err = s.fails(BOSS, &["wallet", "refund", &id, "1000.01"]);
    assert!(err.contains("Only 1000.00 of unused principal"), "{err}");
    let line = s.ok(BOSS, &["wallet", "refund", &id, "--method", "cash"]);
    assert!(line.contains("principal -1000.00, bonus -200.00"), "{line}");
    let v = s.json(BOSS, &["wallet", "show", &id, "--json"]);
    assert_eq!(
        (v["balance"].as_str(), v["entries"][0]["operator"].as_str()),
        (Some("0.00"), Some("Wang"))
    );
    assert_eq!(v["entries"][0]["kind"], "refund");
}

#[test]
fn an_adjustment_needs_a_manager_and_a_reason() {
    let (s, id) = staffed();
    let err = s.fails(
        DESK,
        &[
            "wallet", "adjust", &id, "--bonus", "+10", "--reason", "gift",
        ],
    );
    assert!(err.contains("adjust stored value"), "{err}");
    let err = s.fails(
        BOSS,
        &["wallet", "adjust", &id, "--bonus", "+10", "--reason", " "],
    );
    assert!(err.to_lowercase().contains("reason"), "{err}");
    let err = s.fails(
        BOSS,
        &["wallet", "adjust", &id, "--bonus", "ten", "--reason", "x"],
    );
    assert!(err.contains("ten"), "{err}");
    s.ok(
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
    let v = s.json(BOSS, &["wallet", "show", &id, "--json"]);
    assert_eq!(
        (v["balance"].as_str(), v["overdrawn"].as_bool()),
        (Some("-5.00"), Some(true))
    );
    assert_eq!(v["entries"][0]["reason"], "typo at the till");
    let list = s.ok(BOSS, &["wallet", "overdrawn"]);
    assert!(
        list.contains("Ann Lee") && list.contains("OVERDRAWN"),
        "{list}"
    );
    let list = s.json(BOSS, &["wallet", "overdrawn", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[test]
fn refusals_are_one_sentence() {
    let (s, id) = shop();
    let err = s.fails(None, &["wallet", "topup", &id, "0"]);
    assert!(err.contains("more than 0"), "{err}");
    let err = s.fails(None, &["wallet", "topup", &id, "1.234"]);
    assert!(err.starts_with("error: "), "{err}");
    let err = s.fails(None, &["wallet", "refund", &id]);
    assert!(err.contains("Only 0.00 of unused principal"), "{err}");
    let err = s.fails(None, &["wallet", "show", "nobody"]);
    assert!(err.starts_with("error: "), "{err}");
    let none = s.ok(None, &["wallet", "overdrawn"]);
    assert!(
        none.contains("no stored value balance is below zero"),
        "{none}"
    );
}

#[test]
fn the_desk_says_it_in_chinese_too() {
    let (s, id) = staffed();
    let line = s.ok(
        DESK,
        &[
            "--lang", "zh", "wallet", "topup", &id, "500", "--method", "alipay",
        ],
    );
    assert!(
        line.contains("充值") && line.contains("储值余额 550.00"),
        "{line}"
    );
    let err = s.fails(DESK, &["--lang", "zh", "wallet", "refund", &id]);
    assert!(err.contains("储值退款"), "{err}");
    let err = s.fails(BOSS, &["--lang", "zh", "wallet", "refund", &id, "600"]);
    assert!(err.contains("未用本金只有 500.00"), "{err}");
    let text = s.ok(DESK, &["--lang", "zh", "wallet", "show", &id]);
    assert!(
        text.contains("本金 500.00") && text.contains("支付宝"),
        "{text}"
    );
}
