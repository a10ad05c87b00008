#![allow(clippy::unwrap_used)]
//! `frontdesk package sell|use|refund|list`, as a script drives it: each command and
//! each refusal (one sentence, exit status 1).

use std::path::PathBuf;
use std::process::{Command, Output};

struct Shop {
    _dir: tempfile::TempDir,
    store: PathBuf,
}

fn salon() -> String {
    format!("{}/settings/salon.toml", env!("CARGO_MANIFEST_DIR"))
}

impl Shop {
    fn new() -> Shop {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("desk.redb");
        Shop { _dir: dir, store }
    }
    fn run(&self, env: &[(&str, &str)], args: &[&str]) -> Output {
        let mut c = Command::new(env!("CARGO_BIN_EXE_frontdesk"));
        c.env(
            "FRONTDESK_LOG_DIR",
            std::env::temp_dir().join("frontdesk-test-log"),
        )
        .env_remove("FRONTDESK_STORE")
        .env_remove("FRONTDESK_OPERATOR")
        .env_remove("FRONTDESK_PIN")
        .env_remove("FRONTDESK_LANG")
        .env("LANG", "C")
        .arg("--store")
        .arg(&self.store)
        .env("FRONTDESK_SETTINGS", salon());
        for (k, v) in env {
            c.env(k, v);
        }
        c.args(args).output().unwrap()
    }
    fn ok(&self, args: &[&str]) -> String {
        self.ok_as(&[], args)
    }
    fn ok_as(&self, env: &[(&str, &str)], args: &[&str]) -> String {
        let out = self.run(env, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?} failed: {err}");
        String::from_utf8(out.stdout).unwrap()
    }
    fn fails(&self, args: &[&str]) -> String {
        self.fails_as(&[], args)
    }
    fn fails_as(&self, env: &[(&str, &str)], args: &[&str]) -> String {
        let out = self.run(env, args);
        assert_eq!(out.status.code(), Some(1), "{args:?} should fail");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.starts_with("error: ") || err.starts_with("错误："),
            "{err}"
        );
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        err
    }
    fn member(&self) -> String {
        let args = ["member", "add", "--name", "Ann", "--phone", "13812345678"];
        self.ok(&args).trim().to_string()
    }
    fn packages(&self, id: &str) -> Vec<serde_json::Value> {
        let out = self.ok(&["package", "list", id, "--json"]);
        out.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

#[test]
fn the_program_lists_what_it_sells_without_a_store() {
    let s = Shop::new();
    let out = s.ok(&["package", "list"]);
    assert!(
        out.contains("cut10  10 haircuts: 10 uses for 880.00, valid 12 months"),
        "{out}"
    );
    let zh = format!("{}/settings/salon.zh-CN.toml", env!("CARGO_MANIFEST_DIR"));
    let out = s.ok(&["--settings", &zh, "--lang", "zh", "package", "list"]);
    assert!(out.contains("剪发 10 次卡：10 次，售价 880.00"), "{out}");
    assert!(!s.store.exists());
}

#[test]
fn sell_split_use_and_list() {
    let s = Shop::new();
    let id = s.member();
    let out = s.ok(&["package", "sell", &id, "cut10"]);
    assert!(
        out.starts_with("sold 10 haircuts to Ann for 880.00"),
        "{out}"
    );
    let split = [
        "package",
        "sell",
        &id,
        "care6",
        "--pay",
        "wechat=1000",
        "--pay",
        "cash=80",
    ];
    s.ok(&split);
    let out = s.ok(&["package", "use", &id, "--staff", "Mia"]);
    assert!(
        out.contains("9 of 10 left") || out.contains("5 of 6 left"),
        "{out}"
    );
    let rows = s.packages(&id);
    assert_eq!(rows.len(), 2);
    let care = rows.iter().find(|r| r["package"] == "care6").unwrap();
    assert_eq!(care["payments"][0]["method"], "wechat");
    assert_eq!(care["payments"][1]["amount"], "80.00");
    let used: u64 = rows.iter().map(|r| r["used"].as_u64().unwrap()).sum();
    assert_eq!(used, 1);
    let text = s.ok(&["package", "list", &id]);
    assert!(text.contains("· usable"), "{text}");
}

#[test]
fn a_sale_is_refused_in_one_sentence() {
    let s = Shop::new();
    let id = s.member();
    let e = s.fails(&["package", "sell", &id, "nope"]);
    assert!(e.contains("sells no package \"nope\""), "{e}");
    let e = s.fails(&["package", "sell", &id, "cut10", "--pay", "cash=800"]);
    assert!(
        e.contains("add up to 800.00, but the package costs 880.00"),
        "{e}"
    );
    let e = s.fails(&["package", "sell", &id, "cut10", "--pay", "stored_value"]);
    assert!(e.contains("cannot be paid by \"stored_value\""), "{e}");
    let e = s.fails(&[
        "package", "sell", &id, "cut10", "--pay", "cash", "--pay", "card",
    ]);
    assert!(e.contains("needs an amount"), "{e}");
    let e = s.fails(&[
        "--lang", "zh", "package", "sell", &id, "cut10", "--pay", "cash=1",
    ]);
    assert!(e.contains("付款合计 1.00"), "{e}");
    assert!(s.packages(&id).is_empty());
}

#[test]
fn a_use_is_refused_when_none_is_left_or_the_package_is_closed() {
    let s = Shop::new();
    let id = s.member();
    let e = s.fails(&["package", "use", &id]);
    assert!(e.contains("holds no package that can be used now"), "{e}");
    s.ok(&["package", "sell", &id, "care6"]);
    let sale = s.packages(&id)[0]["sale"].as_str().unwrap().to_string();
    for _ in 0..6 {
        s.ok(&["package", "use", &id, "--sale", &sale]);
    }
    let e = s.fails(&["package", "use", &id, "--sale", &sale]);
    assert!(
        e.contains("6 scalp care treatments has no uses left"),
        "{e}"
    );
    assert_eq!(s.packages(&id)[0]["state"], "used_up");
    let e = s.fails(&["package", "use", &id, "--sale", "1-99"]);
    assert!(e.contains("no package was sold as 1-99"), "{e}");
    let e = s.fails(&["package", "refund", "not-an-id"]);
    assert!(e.contains("no package was sold"), "{e}");
}

#[test]
fn a_refund_pays_back_the_unused_uses_once() {
    let s = Shop::new();
    let id = s.member();
    s.ok(&["package", "sell", &id, "cut10"]);
    let sale = s.packages(&id)[0]["sale"].as_str().unwrap().to_string();
    for _ in 0..3 {
        s.ok(&["package", "use", &id]);
    }
    let out = s.ok(&[
        "package", "refund", &sale, "--method", "wechat", "--reason", "moving",
    ]);
    assert!(
        out.contains("refunded 616.00 by WeChat Pay to Ann"),
        "{out}"
    );
    let row = &s.packages(&id)[0];
    assert_eq!(
        (row["state"].as_str(), row["refunded"].as_str()),
        (Some("refunded"), Some("616.00"))
    );
    let e = s.fails(&["package", "refund", &sale]);
    assert!(e.contains("was refunded and is closed"), "{e}");
    let e = s.fails(&["package", "use", &id, "--sale", &sale]);
    assert!(e.contains("was refunded and is closed"), "{e}");
}

#[test]
fn only_a_manager_refunds() {
    let s = Shop::new();
    let id = s.member();
    s.ok(&["package", "sell", &id, "cut10"]);
    let sale = s.packages(&id)[0]["sale"].as_str().unwrap().to_string();
    s.ok_as(
        &[("FRONTDESK_PIN", "2468")],
        &["operator", "add", "Wang", "--role", "manager"],
    );
    let boss = [("FRONTDESK_PIN", "2468"), ("FRONTDESK_NEW_PIN", "1357")];
    s.ok_as(
        &boss,
        &[
            "--operator",
            "Wang",
            "operator",
            "add",
            "Li",
            "--role",
            "receptionist",
        ],
    );
    let li = [("FRONTDESK_PIN", "1357")];
    let e = s.fails_as(&li, &["--operator", "Li", "package", "refund", &sale]);
    assert!(e.contains("refund a package"), "{e}");
    s.ok_as(
        &li,
        &["--operator", "Li", "package", "use", &id, "--staff", "Mia"],
    );
    let out = s.ok_as(&boss, &["--operator", "Wang", "package", "refund", &sale]);
    assert!(out.contains("refunded 792.00 by cash"), "{out}");
    let rows: Vec<serde_json::Value> = s
        .ok_as(
            &boss,
            &["--operator", "Wang", "package", "list", &id, "--json"],
        )
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows[0]["sold_by"], "desk");
}
