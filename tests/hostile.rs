#![allow(clippy::unwrap_used)]
//! Hostile input at every boundary: forged bundles carrying what no desk could have typed
//! are refused whole and change nothing; the command line never sends a control character
//! from stored data or typed input to the terminal.

mod sync_support;

use std::path::Path;
use std::process::{Command, Output};

use frontdesk::catalog::{Lang, bundle_error, set_lang};
use frontdesk::domain::admit::OpFault;
use frontdesk::domain::{
    Change, Hlc, Id, Member, MemberFields, Money, Op, ServiceRecord, TerminalId, Timestamp,
};
use frontdesk::store::Store;
use frontdesk::sync::{BundleError, NewBundle, import, write_bundle};

const FORGER: u64 = 0x0bad_0bad_0bad_0bad;

fn now() -> Timestamp {
    Timestamp::now()
}

/// An operation of the forging desk, stamped now.
fn op(seq: u64, change: Change) -> Op {
    Op {
        terminal: TerminalId(FORGER),
        seq,
        hlc: Hlc {
            ms: now().0,
            counter: 0,
            terminal: FORGER,
        },
        operator: "mallory".into(),
        change,
    }
}

fn member(seq: u64, f: impl FnOnce(&mut Member)) -> Op {
    let id = Id::new(TerminalId(FORGER), seq);
    let mut m = Member::empty(id, now());
    m.name = "Ann Lee".into();
    m.phone = "13812345678".into();
    f(&mut m);
    op(
        seq,
        Change::MemberUpsert {
            id,
            fields: MemberFields::all_of(&m),
        },
    )
}

/// A plaintext bundle of `ops` with a correct checksum: what a forger with write access
/// to the sync folder can make.
fn forge(dir: &Path, ops: &[Op]) {
    let lines: Vec<Vec<u8>> = ops.iter().map(|o| serde_json::to_vec(o).unwrap()).collect();
    let header = NewBundle::now(FORGER, "forger", FORGER, "forger", ops[0].seq);
    write_bundle(dir, header, &lines, None).unwrap();
}

/// The forged operations the issue lists, each alone in a bundle after a valid one.
fn hostile_ops() -> Vec<(&'static str, Op)> {
    let first = Id::new(TerminalId(FORGER), 1);
    vec![
        (
            "escape in a name",
            member(2, |m| m.name = "Ann\u{1b}[2J\u{1b}]0;PWNED\u{7}".into()),
        ),
        ("NUL in notes", member(2, |m| m.notes = "call\0back".into())),
        (
            "10,000-character name",
            member(2, |m| m.name = "x".repeat(10_000)),
        ),
        ("1 MB notes", member(2, |m| m.notes = "n".repeat(1 << 20))),
        (
            "10,000 tags",
            member(2, |m| {
                m.tags = (0..10_000).map(|i| format!("t{i}")).collect()
            }),
        ),
        (
            "right-to-left override",
            member(2, |m| m.name = "\u{202E}eeL nnA".into()),
        ),
        (
            "zero-width name",
            member(2, |m| m.name = "\u{200B}\u{200C}\u{FEFF}".into()),
        ),
        (
            "negative service earning i64::MAX points",
            op(
                2,
                Change::Service {
                    service: ServiceRecord {
                        id: Id::new(TerminalId(FORGER), 2),
                        member: first,
                        items: vec!["tea".into()],
                        staff: String::new(),
                        amount: Money(-100_000),
                        points: i64::MAX,
                        at: now(),
                        payments: Vec::new(),
                        list_price: Money(-100_000),
                    },
                },
            ),
        ),
        ("clock at i64::MAX", {
            let mut o = member(2, |m| m.name = "Bob".into());
            o.hlc.ms = i64::MAX;
            o
        }),
    ]
}

#[test]
fn a_forged_bundle_is_refused_whole_naming_the_operation_and_nothing_is_applied() {
    for (what, bad) in hostile_ops() {
        let dir = tempfile::tempdir().unwrap();
        forge(dir.path(), &[member(1, |_| {}), bad]);
        let desk = Store::in_memory(Some(TerminalId(2))).unwrap();
        let before = desk.digest().unwrap();
        let sum = import(&desk, dir.path(), None).unwrap();
        assert_eq!(sum.ops_applied, 0, "{what}");
        assert_eq!(desk.op_count().unwrap(), 0, "{what}");
        assert_eq!(desk.digest().unwrap(), before, "{what}");
        let [(_, e)] = sum.bundles_refused.as_slice() else {
            panic!("{what}: {:?}", sum.bundles_refused)
        };
        let BundleError::InvalidOp { terminal, seq, .. } = e else {
            panic!("{what}: {e:?}")
        };
        assert_eq!((*terminal, *seq), (FORGER, 2), "{what}");
        set_lang(Lang::En);
        let en = bundle_error(e);
        assert!(
            en.contains("operation 2 of desk 0bad0bad0bad0bad") && en.contains("refused"),
            "{what}: {en}"
        );
        assert!(!en.chars().any(char::is_control), "{what}: {en:?}");
        set_lang(Lang::Zh);
        let zh = bundle_error(e);
        assert!(
            zh.contains("第 2 条操作") && zh.contains("拒收"),
            "{what}: {zh}"
        );
        set_lang(Lang::En);
    }
}

#[test]
fn each_forgery_says_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let mut clock = member(1, |_| {});
    clock.hlc.ms = i64::MAX;
    forge(dir.path(), &[clock]);
    let desk = Store::in_memory(Some(TerminalId(2))).unwrap();
    let sum = import(&desk, dir.path(), None).unwrap();
    let e = &sum.bundles_refused[0].1;
    assert!(matches!(
        e,
        BundleError::InvalidOp {
            fault: OpFault::Time { field: "clock", .. },
            ..
        }
    ));
    set_lang(Lang::En);
    assert!(
        bundle_error(e).contains("more than a day ahead"),
        "{}",
        bundle_error(e)
    );
}

#[test]
fn a_desk_name_with_escapes_in_a_header_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let line = serde_json::to_vec(&member(1, |_| {})).unwrap();
    let header = NewBundle::now(FORGER, "desk\u{1b}[2J", FORGER, "forger", 1);
    write_bundle(dir.path(), header, &[line], None).unwrap();
    let desk = Store::in_memory(Some(TerminalId(2))).unwrap();
    let sum = import(&desk, dir.path(), None).unwrap();
    assert_eq!(sum.ops_applied, 0);
    assert!(matches!(sum.bundles_refused[0].1, BundleError::Corrupt(_)));
}

#[test]
fn a_bundle_announcing_a_huge_body_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    forge(dir.path(), &[member(1, |_| {})]);
    let path = frontdesk::sync::bundle_files(dir.path()).files[0].clone();
    let text = String::from_utf8(std::fs::read(&path).unwrap()).unwrap();
    let (header, body) = text.split_once('\n').unwrap();
    let len: serde_json::Value = serde_json::from_str(header).unwrap();
    let len = len["body_len"].as_u64().unwrap();
    let header = header.replace(
        &format!("\"body_len\":{len},"),
        &format!("\"body_len\":{},", 10u64 << 30),
    );
    std::fs::write(&path, format!("{header}\n{body}")).unwrap();
    let desk = Store::in_memory(Some(TerminalId(2))).unwrap();
    let sum = import(&desk, dir.path(), None).unwrap();
    assert_eq!(sum.ops_applied, 0);
    assert!(
        matches!(sum.bundles_refused[0].1, BundleError::TooLarge { .. }),
        "{:?}",
        sum.bundles_refused
    );
}

#[test]
fn a_valid_bundle_still_applies() {
    let dir = tempfile::tempdir().unwrap();
    forge(
        dir.path(),
        &[member(1, |_| {}), member(2, |m| m.name = "张伟".into())],
    );
    let desk = Store::in_memory(Some(TerminalId(2))).unwrap();
    let sum = import(&desk, dir.path(), None).unwrap();
    assert_eq!(sum.ops_applied, 2, "{:?}", sum.bundles_refused);
}

// --- The command line ------------------------------------------------------------------

fn run(store: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frontdesk"))
        .env(
            "FRONTDESK_LOG_DIR",
            std::env::temp_dir().join("frontdesk-test-log"),
        )
        .env_remove("FRONTDESK_STORE")
        .env_remove("FRONTDESK_LANG")
        .arg("--store")
        .arg(store)
        .args(args)
        .output()
        .unwrap()
}

/// No byte of a control character but the line break, and no text-reordering character.
fn assert_clean(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n') || frontdesk::domain::validate::is_bidi_control(c)
        })
        .collect();
    assert!(bad.is_empty(), "{what}: {bad:?} in {text}");
}

/// A store holding members with escapes, NUL and overrides in every text field, as an
/// older frontdesk may have stored them (written by the replay path, which trusts its log).
fn hostile_store(path: &Path) -> String {
    let store = Store::open(path).unwrap();
    let evil = "\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{9b}31m\u{202E}";
    let op = member(1, |m| {
        m.name = format!("Eve{evil}");
        m.card = format!("C{evil}");
        m.notes = format!("n\0{evil}");
        m.tags = vec![format!("vip{evil}")];
        m.alerts = vec![format!("allergy{evil}")];
    });
    let id = op.id();
    store.import(&[op]).unwrap();
    id.to_string()
}

#[test]
fn stored_escapes_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.redb");
    let id = hostile_store(&path);
    let csv = dir.path().join("members.csv");
    let csv = csv.to_str().unwrap();
    for args in [
        vec!["member", "find", "Eve"],
        vec!["member", "find", "Eve", "--json"],
        vec!["member", "show", &id],
        vec!["member", "show", &id, "--json"],
        vec!["export", "members", "--csv", csv],
        vec!["--lang", "zh", "member", "show", &id],
    ] {
        let out = run(&path, &args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_clean(&format!("{args:?} stdout"), &out.stdout);
        assert_clean(&format!("{args:?} stderr"), &out.stderr);
    }
    let shown = String::from_utf8(run(&path, &["member", "show", &id]).stdout).unwrap();
    assert!(shown.contains("Eve\\u{1b}]0;PWNED\\u{7}"), "{shown}");
    let found = String::from_utf8(run(&path, &["member", "find", "Eve", "--json"]).stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(found.trim()).unwrap();
    assert!(
        v["name"].as_str().unwrap().contains('\u{1b}'),
        "JSON keeps the data exact"
    );
}

#[test]
fn errors_quoting_typed_input_escape_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.redb");
    let cases: Vec<Vec<&str>> = vec![
        vec![
            "member",
            "add",
            "--name",
            "Bob",
            "--phone",
            "1390000\u{1b}]0;PWNED\u{7}",
        ],
        vec!["member", "show", "zz\u{1b}[2J"],
        vec!["member", "find", "\u{1b}[2J", "--limit", "x\u{1b}"],
        vec![
            "member",
            "add",
            "--name",
            "\u{202E}boB",
            "--phone",
            "13912345678",
        ],
        vec![
            "complaint",
            "add",
            "--category",
            "\u{1b}[31mfood",
            "--severity",
            "high",
            "--description",
            "cold",
        ],
        vec!["--lang", "\u{1b}[2J", "digest"],
    ];
    for args in cases {
        let out = run(&path, &args);
        assert!(!out.status.success(), "{args:?}");
        assert_clean(&format!("{args:?} stdout"), &out.stdout);
        assert_clean(&format!("{args:?} stderr"), &out.stderr);
    }
    // A store to look in: a read of a missing store says so before it quotes anything.
    let made = run(
        &path,
        &["member", "add", "--name", "Ann", "--phone", "13900000000"],
    );
    assert!(made.status.success());
    let out = run(&path, &["member", "show", "zz\u{1b}[2J"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("zz\\u{1b}[2J"), "{err}");
}

#[test]
fn a_csv_import_report_escapes_headers_and_cells() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.redb");
    let file = dir.path().join("in.csv");
    std::fs::write(
        &file,
        "name,phone,\u{1b}[2Jcolour\nAnn\u{1b}]0;x\u{7},13812345678,red\n\u{202E}Bob,13812345679,\nCarl,1381\u{1b}[31m,\n",
    )
    .unwrap();
    for args in [
        vec!["import", "members", file.to_str().unwrap(), "--dry-run"],
        vec![
            "import",
            "members",
            file.to_str().unwrap(),
            "--skip-invalid",
        ],
    ] {
        let out = run(&path, &args);
        assert_clean(&format!("{args:?} stdout"), &out.stdout);
        assert_clean(&format!("{args:?} stderr"), &out.stderr);
    }
    let out = run(&path, &["member", "find", "Bob", "--json"]);
    assert!(String::from_utf8_lossy(&out.stdout).trim().is_empty());
}

#[test]
fn a_bill_and_an_adjustment_beyond_the_limits_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.redb");
    let out = run(
        &path,
        &["member", "add", "--name", "Ann", "--phone", "13812345678"],
    );
    assert!(out.status.success());
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let digest = || String::from_utf8(run(&path, &["digest"]).stdout).unwrap();
    let before = digest();
    for (args, says) in [
        (
            vec!["service", &id, "--amount", "100000000.00", "--item", "x"],
            "too large",
        ),
        (
            vec!["service", &id, "--amount", "0", "--item", "x"],
            "more than 0",
        ),
        (
            vec!["service", &id, "--amount", "300000", "--item", "x"],
            "largest bill",
        ),
        (
            vec![
                "points",
                "adjust",
                &id,
                "--reason",
                "x",
                "--",
                "+9223372036854775807",
            ],
            "at most",
        ),
        (
            vec!["points", "adjust", &id, "--reason", "x", "--", "+100001"],
            "at most 100000",
        ),
    ] {
        let out = run(&path, &args);
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert_eq!(digest(), before);
    let out = run(
        &path,
        &[
            "--lang", "zh", "service", &id, "--amount", "0", "--item", "x",
        ],
    );
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("金额必须大于 0")
    );
}
