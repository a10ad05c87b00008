#![allow(clippy::unwrap_used)]
//! The real binary, driven as a script would: a temporary store per test.

use std::path::{Path, PathBuf};
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
        run_on(&self.store, args)
    }
    /// Runs and expects success; returns stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
    /// Runs and expects exit status 1 with one `error: …` sentence; returns it.
    fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?} should fail");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with("error: "), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(!err.contains("Error {") && !err.contains("{ "), "{err}");
        err
    }
}

fn run_on(store: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frontdesk"))
        // The log goes to a scratch folder, not the user's.
        .env(
            "FRONTDESK_LOG_DIR",
            std::env::temp_dir().join("frontdesk-test-log"),
        )
        .arg("--store")
        .arg(store)
        .args(args)
        .env_remove("FRONTDESK_STORE")
        .output()
        .unwrap()
}

fn json(line: &str) -> serde_json::Value {
    serde_json::from_str(line.trim()).unwrap()
}

#[test]
fn member_add_show_edit_delete() {
    let d = Desk::new();
    let id = d.ok(&[
        "member",
        "add",
        "--name",
        "张伟",
        "--phone",
        "138 1234 5678",
        "--card",
        "m1001",
        "--birthday",
        "1990-05-17",
        "--gender",
        "M",
        "--tag",
        "vip",
        "--tag",
        "window-seat",
        "--alert",
        "peanut allergy",
        "--notes",
        "likes the window",
    ]);
    let id = id.trim();
    assert!(id.contains('-'), "{id}");

    // The phone is masked unless asked for; asking is recorded.
    let text = d.ok(&["member", "show", id]);
    assert!(
        text.contains("张伟") && text.contains("138****5678") && !text.contains("13812345678"),
        "{text}"
    );
    let text = d.ok(&["member", "show", id, "--reveal"]);
    assert!(text.contains("13812345678"), "{text}");
    let audit = d.ok(&["audit", "--member", id]);
    assert!(audit.contains("phone number shown"), "{audit}");
    assert!(text.contains("ALERTS: peanut allergy"), "{text}");

    // The same member by card (any case) and by phone, written differently.
    for key in [id, "M1001", "m1001", "13812345678", "+86 138-1234-5678"] {
        let v = json(&d.ok(&["member", "show", key, "--json", "--reveal"]));
        assert_eq!(v["id"], id, "{key}");
        assert_eq!(v["card"], "M1001");
        assert_eq!(v["phone"], "13812345678");
        assert_eq!(v["birthday"], "1990-05-17");
        assert_eq!(v["tags"], serde_json::json!(["vip", "window-seat"]));
        assert_eq!(v["tier"], "Regular");
    }

    let out = d.ok(&[
        "member",
        "edit",
        "M1001",
        "--name",
        "张伟伟",
        "--phone",
        "13900001111",
    ]);
    assert!(out.contains("name, phone"), "{out}");
    let v = json(&d.ok(&["member", "show", "13900001111", "--json"]));
    assert_eq!(v["name"], "张伟伟");
    // Fields not given are untouched.
    assert_eq!(v["alerts"], serde_json::json!(["peanut allergy"]));
    assert_eq!(v["notes"], "likes the window");
    let err = d.fails(&["member", "show", "13812345678"]);
    assert!(err.contains("no member"), "{err}");
    let err = d.fails(&["member", "edit", id]);
    assert!(err.contains("nothing to change"), "{err}");

    // Deleting asks first; without a terminal to ask on, only --yes goes ahead.
    let err = d.fails(&["member", "delete", id]);
    assert!(err.contains("--yes"), "{err}");
    d.ok(&["member", "show", id]);
    d.ok(&["member", "delete", id, "--yes"]);
    let err = d.fails(&["member", "show", id]);
    assert!(err.contains("no member"), "{err}");
}

#[test]
fn a_duplicate_phone_is_added_with_a_warning_and_then_is_ambiguous() {
    let d = Desk::new();
    let a = d.ok(&[
        "member",
        "add",
        "--name",
        "Zoë Smith",
        "--phone",
        "+44 7700 900123",
    ]);
    let out = d.run(&[
        "member",
        "add",
        "--name",
        "Zoe Smith",
        "--phone",
        "+447700900123",
    ]);
    assert!(out.status.success());
    let warn = String::from_utf8_lossy(&out.stderr);
    assert!(
        warn.contains("warning: Zoë Smith") && warn.contains(a.trim()),
        "{warn}"
    );
    let err = d.fails(&["member", "show", "+447700900123"]);
    assert!(
        err.contains("matches 2 members") && err.contains("use the member id"),
        "{err}"
    );
}

#[test]
fn bad_input_is_a_sentence_and_nothing_is_saved() {
    let d = Desk::new();
    d.ok(&["terminal", "name", "front desk"]);
    let before = d.ok(&["digest"]);
    let err = d.fails(&["member", "add", "--name", "Ann", "--phone", "12345"]);
    assert!(
        err.contains("is not a phone number") && err.contains("nothing was saved"),
        "{err}"
    );
    let err = d.fails(&["member", "add", "--name", " ", "--phone", "13812345678"]);
    assert!(err.contains("name is required"), "{err}");
    let err = d.fails(&[
        "member",
        "add",
        "--name",
        "Ann",
        "--phone",
        "13812345678",
        "--birthday",
        "2999-01-01",
    ]);
    assert!(err.contains("in the future"), "{err}");
    assert_eq!(d.ok(&["digest"]), before);

    let err = d.fails(&["member", "show", "abc-42"]);
    assert!(err.contains("no member has the id"), "{err}");
    let err = d.fails(&["checkin", "13800000000"]);
    assert!(err.contains("no member"), "{err}");
    let err = d.fails(&["complaint", "show", "nonsense"]);
    assert!(err.contains("not a complaint id"), "{err}");
    assert_eq!(d.ok(&["digest"]), before);
}

#[test]
fn checkin_and_service_with_points() {
    let d = Desk::new();
    let id = d.ok(&[
        "member",
        "add",
        "--name",
        "José García",
        "--phone",
        "13512345678",
    ]);
    let id = id.trim();
    let out = d.ok(&[
        "checkin", id, "--party", "2", "--at", "T4", "--staff", "Li Na",
    ]);
    assert!(
        out.contains("checked in José García") && out.contains("party 2"),
        "{out}"
    );
    let out = d.ok(&["checkin", "--walk-in", "--party", "3"]);
    assert!(out.contains("a walk-in"), "{out}");
    let err = d.fails(&["checkin", id, "--party", "0"]);
    assert!(err.contains("party size"), "{err}");

    let out = d.ok(&[
        "service",
        "13512345678",
        "--amount",
        "128.50",
        "--item",
        "hot pot",
        "--item",
        "beef",
        "--staff",
        "Li Na",
    ]);
    assert!(
        out.contains("128.50") && out.contains("+128 points"),
        "{out}"
    );
    assert!(out.contains("paid: cash 128.50"), "no --pay is cash: {out}");
    let err = d.fails(&["service", id, "--amount", "1.234", "--item", "x"]);
    assert!(err.contains("2 decimals"), "{err}");
    // A split bill: one part with its amount, the rest by another method.
    let out = d.ok(&[
        "service",
        id,
        "--amount",
        "100",
        "--item",
        "tea",
        "--pay",
        "现金=30",
        "--pay",
        "wx",
    ]);
    assert!(out.contains("paid: cash 30.00, WeChat Pay 70.00"), "{out}");
    let err = d.fails(&[
        "service", id, "--amount", "100", "--item", "tea", "--pay", "cash=30",
    ]);
    assert!(err.contains("add up to 30.00 but 100.00 is due"), "{err}");
    let err = d.fails(&[
        "service", id, "--amount", "100", "--item", "tea", "--pay", "paypal",
    ]);
    assert!(err.contains("\"paypal\" is not a payment method"), "{err}");

    let v = json(&d.ok(&["member", "show", id, "--json"]));
    assert_eq!(v["points"], 228);
    assert_eq!(v["visit_count"], 1);
    assert_eq!(v["visits"][0]["location"], "T4");
    // Newest first: the split bill, then the first.
    assert_eq!(v["services"][0]["amount_minor"], 10000);
    let parts = &v["services"][0]["payments"];
    assert_eq!(parts[0]["method"], "cash");
    assert_eq!(parts[0]["amount_minor"], 3000);
    assert_eq!(parts[1]["method"], "wechat");
    assert_eq!(parts[1]["amount_minor"], 7000);
    assert_eq!(v["services"][1]["amount_minor"], 12850);
    assert_eq!(v["ledger"][1]["delta"], 128);
}

#[test]
fn a_complaint_goes_through_its_lifecycle() {
    let d = Desk::new();
    d.ok(&[
        "member",
        "add",
        "--name",
        "Renée Dubois",
        "--phone",
        "13612345678",
        "--card",
        "M7",
    ]);
    let cid = d.ok(&[
        "complaint",
        "add",
        "--member",
        "M7",
        "--category",
        "waiting",
        "--severity",
        "high",
        "--description",
        "waited 50 minutes",
        "--assignee",
        "Wang",
    ]);
    let cid = cid.trim();
    let err = d.fails(&[
        "complaint",
        "add",
        "--category",
        "food",
        "--severity",
        "low",
        "--description",
        "x",
    ]);
    assert!(err.contains("not a category"), "{err}");

    let list = d.ok(&["complaint", "list"]);
    assert!(
        list.contains(cid) && list.contains("Renée Dubois"),
        "{list}"
    );
    d.ok(&[
        "complaint",
        "update",
        cid,
        "--status",
        "in-progress",
        "--note",
        "called back",
    ]);
    d.ok(&[
        "complaint",
        "update",
        cid,
        "--status",
        "resolved",
        "--resolution",
        "apologised",
        "--compensation",
        "free dessert",
    ]);
    let err = d.fails(&["complaint", "update", cid, "--status", "in-progress"]);
    assert!(err.contains("only moves forward"), "{err}");
    d.ok(&[
        "complaint",
        "update",
        cid,
        "--status",
        "followed-up",
        "--note",
        "guest satisfied",
    ]);
    let out = d.ok(&["complaint", "update", cid, "--status", "closed"]);
    assert!(out.contains("closed"), "{out}");
    let err = d.fails(&["complaint", "update", cid, "--status", "closed"]);
    assert!(err.contains("already closed"), "{err}");

    let c = json(&d.ok(&["complaint", "show", cid, "--json"]));
    assert_eq!(c["status"], "closed");
    assert_eq!(c["compensation"], "free dessert");
    assert_eq!(c["history"].as_array().unwrap().len(), 5);
    let text = d.ok(&["complaint", "show", cid]);
    assert!(text.contains("guest satisfied"), "{text}");
    assert!(!d.ok(&["complaint", "list"]).contains(cid));
    let all = d.ok(&["complaint", "list", "--all", "--json"]);
    assert_eq!(json(all.lines().next().unwrap())["id"], cid);
}

#[test]
fn demo_then_digest() {
    let d = Desk::new();
    let out = d.run(&["demo", "--members", "200"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary = String::from_utf8(out.stdout).unwrap();
    assert!(summary.contains("200 members"), "{summary}");
    let digest = d.ok(&["digest"]);
    let line = digest.trim_end();
    assert_eq!(digest.lines().count(), 1);
    assert_eq!(line.len(), 64);
    assert!(line.chars().all(|c| c.is_ascii_hexdigit()), "{line}");
    let list = d.ok(&["complaint", "list", "--all", "--json"]);
    for l in list.lines() {
        json(l);
    }
}

#[test]
fn a_second_process_on_the_same_store_is_told_in_words() {
    let d = Desk::new();
    d.ok(&["terminal", "name", "desk one"]);
    // Hold the store open in this process while the binary tries to open it.
    let held = frontdesk::store::Store::open(&d.store).unwrap();
    let err = d.fails(&["digest"]);
    assert!(err.contains("already open in another frontdesk"), "{err}");
    drop(held);
    assert_eq!(d.ok(&["terminal", "name"]).trim(), "desk one");
}

#[test]
fn member_find_ranks_like_lookup_and_prints_json_lines() {
    let d = Desk::new();
    let id = d.ok(&[
        "member",
        "add",
        "--name",
        "张伟",
        "--phone",
        "13812345678",
        "--card",
        "M42",
    ]);
    d.ok(&[
        "member",
        "add",
        "--name",
        "Zoë Martin",
        "--phone",
        "13900005678",
    ]);
    d.ok(&[
        "member",
        "add",
        "--name",
        "Ann Lee",
        "--phone",
        "13700001234",
    ]);
    let out = d.ok(&["member", "find", "zw", "--json"]);
    let first = json(out.lines().next().unwrap());
    assert_eq!(first["phone"], "138****5678");
    let out = d.ok(&["member", "find", "zw", "--json", "--reveal"]);
    let first = json(out.lines().next().unwrap());
    assert_eq!(first["id"], id.trim());
    assert_eq!(first["phone"], "13812345678");
    for key in [
        "id",
        "card",
        "name",
        "phone",
        "tier",
        "points",
        "last_visit",
    ] {
        assert!(first.get(key).is_some(), "{key} missing: {first}");
    }
    let out = d.ok(&["member", "find", "5678", "--json"]);
    assert_eq!(out.lines().count(), 2, "{out}");
    let text = d.ok(&["member", "find", "zoe"]);
    assert!(
        text.contains("Zoë Martin") && text.contains("139****5678"),
        "{text}"
    );
    let text = d.ok(&["member", "find", "nobody-here"]);
    assert!(text.contains("no member matches"), "{text}");
}
