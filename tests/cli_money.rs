#![allow(clippy::unwrap_used)]
//! Bills paid from what a member prepaid, on the command line: stored value (refused when
//! the balance is short, spent in the same commit as the bill) and a package use.

use std::path::PathBuf;
use std::process::{Command, Output};

struct Desk {
    _dir: tempfile::TempDir,
    store: PathBuf,
}

impl Desk {
    fn new() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("desk.redb");
        Desk { _dir: dir, store }
    }
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_frontdesk"))
            .env("FRONTDESK_LOG_DIR", self._dir.path().join("log"))
            .env_remove("FRONTDESK_STORE")
            .env_remove("FRONTDESK_LANG")
            .arg("--store")
            .arg(&self.store)
            .args(args)
            .output()
            .unwrap()
    }
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
    fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?} should fail");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        err
    }
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text.lines().next().unwrap()).unwrap()
}

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
