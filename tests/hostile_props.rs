#![allow(clippy::unwrap_used)]
//! Random bytes and random structures fed to every reader of outside input: the bundle
//! reader, the CSV importer, the keymap and settings readers and the search query parser.
//! None panics, and input that is refused changes nothing (the store's digest is the same).

use std::path::Path;

use frontdesk::desk::Desk;
use frontdesk::domain::admit::check_op;
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::{
    Change, Hlc, Id, Member, MemberFields, Money, Op, ServiceRecord, TerminalId, Timestamp,
};
use frontdesk::keymap::action::Action;
use frontdesk::keymap::{DEFAULT_KEYMAP, Keymap};
use frontdesk::membership::csv::ImportOptions;
use frontdesk::search::SearchIndex;
use frontdesk::store::Store;
use frontdesk::sync::{NewBundle, import, write_bundle};
use proptest::prelude::*;

const ORIGIN: u64 = 0x00c0_ffee_00c0_ffee;

/// A store with one member, so there is something a bad import could damage.
fn store() -> Store {
    let s = Store::in_memory(Some(TerminalId(2))).unwrap();
    let mut m = Member::empty(Id(0), Timestamp::now());
    m.name = "Ann Lee".into();
    m.phone = "13812345678".into();
    s.commit(vec![Change::MemberUpsert {
        id: Id(0),
        fields: MemberFields::all_of(&m),
    }])
    .unwrap();
    s
}

/// Any text at all, with a bias to the characters that do harm.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,30}",
        "[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}\\u{200b}-\\u{200f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}a-z 张伟=+@-]{0,30}",
        (0usize..3000).prop_map(|n| "x".repeat(n)),
    ]
}

/// An operation with random fields: names, figures and clocks anywhere in their range.
fn random_op() -> impl Strategy<Value = (usize, Change, i64)> {
    let member = (
        nasty(),
        nasty(),
        nasty(),
        prop::collection::vec(nasty(), 0..20),
    )
        .prop_map(|(name, phone, notes, tags)| {
            let mut m = Member::empty(Id(1), Timestamp(0));
            m.name = name;
            m.phone = phone;
            m.notes = notes;
            m.tags = tags;
            MemberFields::all_of(&m)
        });
    let clock = prop_oneof![
        Just(0i64),
        any::<i64>(),
        (-86_400_000i64..2 * 86_400_000).prop_map(|d| Timestamp::now().0 + d),
    ];
    let change = prop_oneof![
        member.prop_map(|fields| Change::MemberUpsert {
            id: Id::new(TerminalId(ORIGIN), 1),
            fields
        }),
        (any::<i64>(), any::<i64>(), nasty(), clock.clone()).prop_map(
            |(amount, points, item, at)| {
                Change::Service {
                    service: ServiceRecord {
                        id: Id::new(TerminalId(ORIGIN), 1),
                        member: Id::new(TerminalId(ORIGIN), 1),
                        items: vec![item],
                        staff: String::new(),
                        amount: Money(amount),
                        points,
                        at: Timestamp(at),
                        payments: Vec::new(),
                        list_price: Money(amount),
                    },
                }
            }
        ),
    ];
    (0usize..2, change, clock)
}

fn digest_and_count(s: &Store) -> (String, u64) {
    (s.digest().unwrap(), s.op_count().unwrap())
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Random bytes, whole or after a real header, named like a bundle: refused, nothing
    /// changes.
    #[test]
    fn random_bytes_as_a_bundle_change_nothing(
        bytes in prop::collection::vec(any::<u8>(), 0..2000),
        after_header in any::<bool>(),
    ) {
        let s = store();
        let before = digest_and_count(&s);
        let dir = tempfile::tempdir().unwrap();
        let mut file = Vec::new();
        if after_header {
            file.extend_from_slice(b"{\"format\":\"frontdesk-ops\",\"version\":1,");
        }
        file.extend_from_slice(&bytes);
        write(dir.path(), &format!("{ORIGIN:016x}-1-1.fdops"), &file);
        let sum = import(&s, dir.path(), None).unwrap();
        prop_assert_eq!(sum.ops_applied, 0);
        prop_assert_eq!(digest_and_count(&s), before);
    }

    /// Well-formed bundles of random operations: applied only when every operation passes
    /// the desk's rules; otherwise refused whole with nothing changed.
    #[test]
    fn random_operations_pass_the_rules_or_change_nothing(
        ops in prop::collection::vec(random_op(), 1..4),
    ) {
        let s = store();
        let before = digest_and_count(&s);
        let now = Timestamp::now();
        let ops: Vec<Op> = ops
            .into_iter()
            .enumerate()
            .map(|(i, (_, mut change, ms))| {
                let seq = i as u64 + 1;
                change.assign_id(Id::new(TerminalId(ORIGIN), seq));
                Op {
                    terminal: TerminalId(ORIGIN),
                    seq,
                    hlc: Hlc { ms, counter: 0, terminal: ORIGIN },
                    operator: "x".into(),
                    change,
                }
            })
            .collect();
        let all_pass = ops.iter().all(|o| check_op(o, now).is_ok());
        let lines: Vec<Vec<u8>> = ops.iter().map(|o| serde_json::to_vec(o).unwrap()).collect();
        let dir = tempfile::tempdir().unwrap();
        write_bundle(dir.path(), NewBundle::now(ORIGIN, "o", ORIGIN, "o", 1), &lines, None)
            .unwrap();
        let sum = import(&s, dir.path(), None).unwrap();
        if all_pass {
            prop_assert_eq!(sum.ops_applied, ops.len() as u64, "{:?}", sum.bundles_refused);
        } else {
            prop_assert_eq!(sum.ops_applied, 0);
            prop_assert_eq!(sum.bundles_refused.len(), 1);
            prop_assert_eq!(digest_and_count(&s), before);
        }
    }

    /// Random bytes, and random cells under real headers, as a CSV import: no panic; a
    /// refused file changes nothing; what is imported passed the rules.
    #[test]
    fn random_csv_files_import_safely(
        bytes in prop::collection::vec(any::<u8>(), 0..1500),
        rows in prop::collection::vec((nasty(), nasty(), nasty()), 0..6),
        structured in any::<bool>(),
        skip_invalid in any::<bool>(),
    ) {
        let s = store();
        let before = digest_and_count(&s);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.csv");
        if structured {
            let mut w = csv::Writer::from_path(&path).unwrap();
            w.write_record(["name", "phone", "notes"]).unwrap();
            for (a, b, c) in &rows {
                w.write_record([a, b, c]).unwrap();
            }
            w.flush().unwrap();
        } else {
            std::fs::write(&path, &bytes).unwrap();
        }
        let settings = ProgramSettings::default();
        let desk = Desk::new(&s, &settings, Timestamp::now());
        let opts = ImportOptions { dry_run: false, skip_invalid };
        match desk.import_members(&path, opts) {
            Ok(_) => {}
            Err(_) => prop_assert_eq!(digest_and_count(&s), before),
        }
        s.for_each_member(|m, _| {
            assert!(frontdesk::domain::validate::name(&m.name).is_ok(), "{:?}", m.name);
        })
        .unwrap();
    }

    /// Any text as a user keymap: no panic, and some key always quits.
    #[test]
    fn any_keymap_text_keeps_a_way_to_quit(
        text in prop_oneof![
            ".{0,400}",
            prop::collection::vec(
                ("(global|lookup|form|card|bogus)", "[A-Za-z0-9 -]{0,12}", "(app\\.quit|noop|app\\.help|x)"),
                0..12
            ).prop_map(|lines| lines
                .into_iter()
                .map(|(s, k, a)| format!("[{s}]\n\"{k}\" = \"{a}\"\n"))
                .collect::<String>()),
        ],
    ) {
        let (keymap, _) = Keymap::load(DEFAULT_KEYMAP, Some(&text));
        prop_assert!(keymap.can_quit());
        prop_assert!(!keymap.keys_for(&Action::Quit).is_empty());
    }

    /// Any text, and random values under real keys, as a settings file: no panic; a file
    /// that is taken holds limits and policies within their bounds.
    #[test]
    fn any_settings_text_parses_safely(
        text in ".{0,400}",
        bill in prop_oneof![".{0,12}", any::<i64>().prop_map(|n| n.to_string())],
        points in any::<i64>(),
        earn in any::<i64>(),
        structured in any::<bool>(),
    ) {
        let text = if structured {
            format!(
                "[limits]\nmax_bill = \"{}\"\nmax_points_adjustment = {points}\n[[policy]]\neffective_from = \"2024-01-01\"\nearn_points = {earn}\n[[policy.tier]]\nname = \"R\"\n",
                bill.replace(['"', '\\'], "")
            )
        } else {
            text
        };
        if let Ok(s) = ProgramSettings::parse(&text) {
            prop_assert!(s.limits.max_bill > Money(0));
            prop_assert!(s.limits.max_bill <= frontdesk::domain::money::MAX_AMOUNT);
            prop_assert!(s.limits.max_points_adjustment > 0);
            prop_assert!(!s.policies.is_empty());
        }
    }

    /// Any text as a search query: no panic.
    #[test]
    fn any_query_is_answered_without_panic(q in prop_oneof![".{0,40}", "[#0-9a-z +*?\\\\-]{0,20}"]) {
        let s = store();
        let ix = SearchIndex::build(frontdesk::search::from_store::member_docs(&s).unwrap());
        let r = ix.query(&q, 10, Timestamp::now().0);
        prop_assert!(r.hits.len() <= 10);
    }
}
