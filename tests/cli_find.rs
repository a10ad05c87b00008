#![allow(clippy::unwrap_used)]
//! `frontdesk member find` uses the Lookup pane's search and ranking.

use std::process::Command;

fn fd(store: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_frontdesk"))
        // The log goes to a scratch folder, not the user's.
        .env(
            "FRONTDESK_LOG_DIR",
            std::env::temp_dir().join("frontdesk-test-log"),
        )
        .arg("--store")
        .arg(store)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn find_by_initials_tail_and_card_with_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s.redb");
    for (name, phone, card) in [
        ("张伟", "13812345678", "M001"),
        ("Zoë Wu", "13900001111", "M002"),
        ("李娜", "+447700900123", "M003"),
    ] {
        let out = fd(
            &s,
            &[
                "member", "add", "--name", name, "--phone", phone, "--card", card,
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let first = |q: &str| -> serde_json::Value {
        let out = fd(&s, &["member", "find", q, "--json"]);
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        serde_json::from_str(
            text.lines()
                .next()
                .unwrap_or_else(|| panic!("no result for {q}")),
        )
        .unwrap()
    };
    assert_eq!(first("zw")["name"], "张伟");
    assert_eq!(first("5678")["name"], "张伟");
    assert_eq!(first("+86 138-1234-5678")["name"], "张伟");
    assert_eq!(first("zoe")["name"], "Zoë Wu");
    assert_eq!(first("m003")["name"], "李娜");
    let row = first("ln");
    for key in [
        "id",
        "card",
        "name",
        "phone",
        "tier",
        "points",
        "last_visit",
    ] {
        assert!(row.get(key).is_some(), "{key} missing from {row}");
    }
    let out = fd(&s, &["member", "find", "nobody-like-this"]);
    assert!(out.status.success());
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("no member matches"), "{said}");
}

#[test]
fn the_operator_at_the_desk_is_recorded_with_points() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s.redb");
    assert!(fd(&s, &["terminal", "operator", "Li Na"]).status.success());
    assert_eq!(
        String::from_utf8(fd(&s, &["terminal", "operator"]).stdout)
            .unwrap()
            .trim(),
        "Li Na"
    );
    assert!(
        fd(
            &s,
            &["member", "add", "--name", "Ann", "--phone", "13800001111"]
        )
        .status
        .success()
    );
    assert!(
        fd(
            &s,
            &[
                "points",
                "adjust",
                "13800001111",
                "+20",
                "--reason",
                "welcome"
            ]
        )
        .status
        .success()
    );
    let show = fd(&s, &["member", "show", "13800001111", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(v["ledger"][0]["operator"], "Li Na", "{v}");
}
