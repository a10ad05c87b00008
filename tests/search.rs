#![allow(clippy::unwrap_used)]
//! Member lookup: every query kind, ranking, changes, narrowing, the worker, and properties.

use frontdesk::search::normalize::{card_key, card_query, fold_query, name_key, phone_query};
use frontdesk::search::{
    MatchKind, QuerySession, SearchDoc, SearchIndex, SearchResult, SearchWorker,
};
use proptest::prelude::*;
use std::sync::mpsc;
use std::time::Duration;

const NOW: i64 = 1_763_900_000_000;
const DAY: i64 = 86_400_000;

fn doc(
    id: u128,
    name: &str,
    phone: &str,
    card: &str,
    tags: &[&str],
    days_ago: Option<i64>,
    visits: u32,
) -> SearchDoc {
    SearchDoc {
        id,
        name: name.into(),
        phone: phone.into(),
        card: card.into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        last_visit_ms: days_ago.map(|d| NOW - d * DAY),
        visit_count: visits,
    }
}

fn fixture() -> Vec<SearchDoc> {
    vec![
        doc(1, "张伟", "13812345678", "M00012345", &["vip"], Some(2), 10),
        doc(2, "张伟", "13900001111", "M00012346", &[], Some(400), 1),
        doc(3, "王芳", "13755550000", "M00020000", &["vip"], Some(30), 3),
        doc(
            4,
            "Zoë Martin",
            "+447700900123",
            "880012",
            &["allergy"],
            Some(5),
            4,
        ),
        doc(5, "曾丽", "15000000001", "M00099999", &[], None, 0),
        doc(6, "单芳", "15100000002", "M00100000", &[], None, 0),
        doc(7, "区伟", "15200000003", "M00100001", &[], None, 0),
        doc(8, "解明", "15300000004", "M00100002", &[], None, 0),
        doc(9, "仇磊", "15400000005", "M00100003", &[], None, 0),
        doc(10, "朴敏", "15500000006", "M00100004", &[], None, 0),
        doc(11, "查静", "15600000007", "M00100005", &[], None, 0),
        doc(12, "盖强", "15700000008", "M00100006", &[], None, 0),
        doc(13, "尉洋", "15800000009", "M00100007", &[], None, 0),
        doc(
            14,
            "Martina Lopez",
            "15900000010",
            "M00100008",
            &[],
            Some(100),
            2,
        ),
        doc(
            15,
            "José García",
            "18600000011",
            "M00100009",
            &["vip", "birthday"],
            Some(1),
            50,
        ),
        doc(16, "欧阳娜娜", "18700000012", "M00100010", &[], Some(10), 1),
    ]
}

fn first(r: &SearchResult) -> Option<(u128, MatchKind)> {
    r.hits.first().map(|h| (h.id, h.kind))
}

#[test]
fn every_query_kind_finds_the_expected_member_first() {
    use MatchKind::*;
    let ix = SearchIndex::build(fixture());
    let table: &[(&str, u128, MatchKind)] = &[
        // Chinese names: initials, full pinyin with or without spaces, characters, mixed.
        ("zw", 1, Initials),
        ("zhangwei", 1, Pinyin),
        ("zhang wei", 1, Pinyin),
        ("ZhangWei", 1, Pinyin),
        ("zhang", 1, Pinyin),
        ("张伟", 1, Name),
        ("张", 1, Name),
        ("张w", 1, Mixed),
        ("张 wei", 1, Mixed),
        ("zhang伟", 1, Mixed),
        ("wf", 3, Initials),
        ("wangfang", 3, Pinyin),
        ("ouyang", 16, Pinyin),
        ("oynn", 16, Initials),
        // Latin names: case and accents ignored, start of name before later words.
        ("zoe", 4, Name),
        ("Zoë", 4, Name),
        ("ZOE MARTIN", 4, Name),
        ("zoemartin", 4, Name),
        ("mart", 14, Name),
        ("lopez", 14, Name),
        ("jose garcia", 15, Name),
        ("josé", 15, Name),
        ("zmrtn", 4, Name),
        // Phones: full, +86 and separators, tail, prefix, international.
        ("13812345678", 1, PhoneExact),
        ("+86 138-1234-5678", 1, PhoneExact),
        ("8613812345678", 1, PhoneExact),
        ("(138) 1234 5678", 1, PhoneExact),
        ("5678", 1, PhoneTail),
        ("678", 1, PhoneTail),
        ("1381234", 1, PhonePrefix),
        ("+44 7700 900123", 4, PhoneExact),
        ("0123", 4, PhoneTail),
        // Cards: exact or prefix, case and dashes ignored.
        ("M00012345", 1, CardExact),
        ("m0001-2345", 1, CardExact),
        ("m000123", 1, CardPrefix),
        ("880012", 4, CardExact),
        ("88001", 4, CardPrefix),
        // Tags.
        ("#vip", 15, Tag),
        ("#VIP", 15, Tag),
        ("#all", 4, Tag),
        ("#vip zhang", 1, Pinyin),
        ("#birthday jose", 15, Name),
    ];
    for &(q, id, kind) in table {
        let r = ix.query(q, 10, NOW);
        assert_eq!(first(&r), Some((id, kind)), "query {q:?}: {r:?}");
    }
}

#[test]
fn surnames_with_two_readings_are_found_by_both() {
    let ix = SearchIndex::build(fixture());
    for (a, b, id) in [
        ("zengli", "cengli", 5),
        ("shanfang", "danfang", 6),
        ("ouwei", "quwei", 7),
        ("xieming", "jieming", 8),
        ("qiulei", "choulei", 9),
        ("piaomin", "pumin", 10),
        ("zhajing", "chajing", 11),
        ("gaiqiang", "geqiang", 12),
        ("yuyang", "weiyang", 13),
    ] {
        for q in [a, b] {
            let r = ix.query(q, 5, NOW);
            assert_eq!(r.hits.first().map(|h| h.id), Some(id), "query {q:?}: {r:?}");
        }
    }
}

#[test]
fn regulars_win_ties() {
    let ix = SearchIndex::build(fixture());
    let r = ix.query("zhangwei", 10, NOW);
    let ids: Vec<u128> = r.hits.iter().map(|h| h.id).collect();
    assert_eq!(&ids[..2], &[1, 2]);
    assert_eq!(r.total, 2);
    // Exact phone before any name.
    let r = ix.query("13812345678", 10, NOW);
    assert_eq!(r.hits[0].kind, MatchKind::PhoneExact);
}

#[test]
fn nothing_searchable_returns_nothing() {
    let ix = SearchIndex::build(fixture());
    for q in [
        "",
        " ",
        "   \t ",
        "--- ,.;!?",
        "#",
        "# #",
        "()",
        "+",
        "\u{0}\u{7}\u{1b}[2J",
    ] {
        let r = ix.query(q, 10, NOW);
        assert_eq!(r, SearchResult::default(), "query {q:?}");
    }
    assert_eq!(ix.query("#nosuchtag", 10, NOW).total, 0);
}

#[test]
fn changes_are_seen_by_the_very_next_query() {
    let mut ix = SearchIndex::build(fixture());
    let mut session = QuerySession::new();
    assert_eq!(session.query(&ix, "lily", 10, NOW).total, 0);

    // A new member.
    ix.upsert(doc(
        100,
        "Lily Chen",
        "13600000000",
        "M09999999",
        &["vip"],
        Some(0),
        1,
    ));
    assert_eq!(
        first(&session.query(&ix, "lily", 10, NOW)).map(|x| x.0),
        Some(100)
    );
    assert_eq!(ix.len(), 17);

    // An edit: name and phone change.
    assert_eq!(
        first(&session.query(&ix, "zoe", 10, NOW)).map(|x| x.0),
        Some(4)
    );
    ix.upsert(doc(
        4,
        "Zoe Smith",
        "+447700900999",
        "880012",
        &[],
        Some(5),
        4,
    ));
    assert_eq!(session.query(&ix, "zoe mar", 10, NOW).total, 0);
    assert_eq!(
        first(&session.query(&ix, "zoe s", 10, NOW)).map(|x| x.0),
        Some(4)
    );
    assert_eq!(ix.query("0123", 10, NOW).total, 0);
    assert_eq!(first(&ix.query("0999", 10, NOW)).map(|x| x.0), Some(4));
    assert_eq!(ix.query("#allergy", 10, NOW).total, 0);

    // Visit statistics change the ranking.
    assert_eq!(
        first(&session.query(&ix, "zhangwei", 10, NOW)).map(|x| x.0),
        Some(1)
    );
    ix.upsert(doc(2, "张伟", "13900001111", "M00012346", &[], Some(0), 99));
    assert_eq!(
        first(&session.query(&ix, "zhangwei", 10, NOW)).map(|x| x.0),
        Some(2)
    );

    // A removal.
    ix.remove(2);
    let r = session.query(&ix, "zhangwei", 10, NOW);
    assert_eq!((first(&r).map(|x| x.0), r.total), (Some(1), 1));
    ix.remove(1);
    assert_eq!(session.query(&ix, "zhangwei", 10, NOW).total, 0);
    assert_eq!(ix.query("13812345678", 10, NOW).total, 0);
    assert_eq!(ix.query("M00012345", 10, NOW).total, 0);
    assert_eq!(ix.len(), 15);
    ix.remove(1); // unknown now: ignored
    assert_eq!(ix.len(), 15);

    // The freed slot is reused by a new member without confusion.
    ix.upsert(doc(200, "赵伟", "13812345678", "M00012345", &[], None, 0));
    assert_eq!(
        first(&ix.query("13812345678", 10, NOW)).map(|x| x.0),
        Some(200)
    );
    assert_eq!(first(&ix.query("zhaowei", 10, NOW)).map(|x| x.0), Some(200));
}

/// A deterministic mixed population, like the benchmark's.
fn population(n: usize) -> Vec<SearchDoc> {
    let sur = ["王", "李", "张", "刘", "陈", "曾", "单", "欧阳", "周", "赵"];
    let giv = ["伟", "芳", "娜", "明", "丽", "强", "晓", "阳", "文", "一"];
    let firsts = [
        "Zoë", "José", "Mia", "Liam", "Sophie", "Lucas", "Anaïs", "Martin",
    ];
    let lasts = [
        "Martin", "García", "Müller", "Smith", "Lopez", "Zhang", "O'Brien",
    ];
    let mut rng = fastrand::Rng::with_seed(9);
    (0..n)
        .map(|i| {
            let name = if i % 2 == 0 {
                format!(
                    "{}{}{}",
                    sur[rng.usize(..sur.len())],
                    giv[rng.usize(..giv.len())],
                    if rng.bool() {
                        giv[rng.usize(..giv.len())]
                    } else {
                        ""
                    }
                )
            } else {
                format!(
                    "{} {}",
                    firsts[rng.usize(..firsts.len())],
                    lasts[rng.usize(..lasts.len())]
                )
            };
            doc(
                i as u128 + 1,
                &name,
                &format!("13{:09}", rng.u32(..1_000_000_000)),
                &format!("M{:08}", i),
                if rng.u8(..10) == 0 { &["vip"] } else { &[] },
                Some(rng.i64(0..500)),
                rng.u32(..40),
            )
        })
        .collect()
}

#[test]
fn narrowing_and_backspace_match_fresh_queries() {
    let mut ix = SearchIndex::build(population(3000));
    let mut session = QuerySession::new();
    let typed = [
        "zhangwei", "zw", "martin", "mrtn", "张w", "138", "m0000", "#vip w", "lucas m", "ouyang",
    ];
    for (round, word) in typed.iter().enumerate() {
        let chars: Vec<char> = word.chars().collect();
        let mut steps: Vec<String> = (1..=chars.len())
            .map(|k| chars[..k].iter().collect())
            .collect();
        // Then backspace to the start, and type again.
        steps.extend(
            (1..chars.len())
                .rev()
                .map(|k| chars[..k].iter().collect::<String>()),
        );
        steps.extend((2..=chars.len()).map(|k| chars[..k].iter().collect::<String>()));
        for q in &steps {
            assert_eq!(
                session.query(&ix, q, 15, NOW),
                ix.query(q, 15, NOW),
                "query {q:?}"
            );
        }
        if round == 3 {
            ix.upsert(doc(5, "Martin Zhang", "13800000000", "X1", &[], Some(0), 9));
            ix.remove(8);
        }
    }
}

#[test]
fn worker_answers_only_the_newest_of_a_burst() {
    let (gate_tx, gate_rx) = mpsc::channel::<()>();
    let gate_rx = std::sync::Mutex::new(gate_rx);
    let waker = Box::new(move || {
        // Hold the worker after its first answer until the test has queued a burst.
        let _ = gate_rx.lock().unwrap().recv_timeout(Duration::from_secs(5));
    });
    let worker = SearchWorker::spawn(SearchIndex::build(fixture()), 10, Some(waker)).unwrap();
    worker.submit(1, "z".into());
    let a = worker
        .answers()
        .recv_timeout(Duration::from_secs(5))
        .unwrap();
    assert_eq!(a.generation, 1);
    // While the worker waits: a burst of keystrokes and index changes.
    for (g, q) in [(2, "zh"), (3, "zha"), (4, "zhan"), (5, "lily")] {
        worker.submit(g, q.into());
    }
    worker.upsert(doc(100, "Lily Chen", "", "", &[], None, 0));
    gate_tx.send(()).unwrap();
    let a = worker
        .answers()
        .recv_timeout(Duration::from_secs(5))
        .unwrap();
    assert_eq!((a.generation, a.query.as_str()), (5, "lily"));
    assert_eq!(
        a.result.hits.first().map(|h| h.id),
        Some(100),
        "the update came first"
    );
    gate_tx.send(()).unwrap();
    // Nothing else was answered.
    assert!(
        worker
            .answers()
            .recv_timeout(Duration::from_millis(200))
            .is_err()
    );

    worker.remove(100);
    worker.submit(6, "lily".into());
    gate_tx.send(()).unwrap();
    let a = worker
        .answers()
        .recv_timeout(Duration::from_secs(5))
        .unwrap();
    assert_eq!((a.generation, a.result.total), (6, 0));
}

/// Does `doc` really match query `q` the way `kind` says?
fn matches(doc: &SearchDoc, q: &str, kind: MatchKind) -> bool {
    let (tags, rest): (Vec<&str>, Vec<&str>) =
        q.split_whitespace().partition(|t| t.starts_with('#'));
    let tags_ok = tags.iter().all(|t| {
        let t = t[1..].to_lowercase();
        t.is_empty() || doc.tags.iter().any(|d| d.starts_with(&t))
    });
    let rest = rest.join(" ");
    let digits = |s: &str| -> Vec<u8> {
        s.bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect()
    };
    let phone = digits(&doc.phone);
    let ok = match kind {
        MatchKind::PhoneExact => phone_query(&rest).is_some_and(|d| d == phone),
        MatchKind::PhoneTail => {
            phone_query(&rest).is_some_and(|d| d.len() >= 3 && phone.ends_with(&d))
        }
        MatchKind::PhonePrefix => phone_query(&rest).is_some_and(|d| phone.starts_with(&d)),
        MatchKind::CardExact => card_query(&rest).is_some_and(|c| c == card_key(&doc.card)),
        MatchKind::CardPrefix => {
            card_query(&rest).is_some_and(|c| card_key(&doc.card).starts_with(&c))
        }
        MatchKind::Tag => fold_query(&rest).is_empty(),
        _ => {
            let key = name_key(&doc.name);
            let folded = fold_query(&rest);
            let mut it = key.chars();
            !folded.is_empty() && folded.chars().all(|c| it.any(|k| k == c))
        }
    };
    ok && tags_ok
}

fn query_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,30}",
        "[a-z #+\\-0-9]{0,12}",
        "[张伟王芳曾丽欧阳娜zwhangeiou ]{0,8}",
        "[\\x00-\\x1f\\x7f ]{0,10}",
        ".{500,3000}",
        "[0-9 +()-]{0,20}",
        "#[a-z]{0,4}( [a-z]{0,4})?",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn no_query_panics_or_returns_a_non_match(q in query_strategy()) {
        let docs = fixture();
        let ix = SearchIndex::build(docs.clone());
        let r = ix.query(&q, 50, NOW);
        prop_assert!(r.hits.len() <= r.total);
        for h in &r.hits {
            let d = docs.iter().find(|d| d.id == h.id).unwrap();
            prop_assert!(matches(d, &q, h.kind), "{:?} does not match {:?} as {:?}", d.name, q, h.kind);
        }
        let mut s = QuerySession::new();
        prop_assert_eq!(s.query(&ix, &q, 50, NOW), r);
    }

    #[test]
    fn any_names_index_and_match_without_panic(names in proptest::collection::vec(any::<String>(), 1..20), q in query_strategy()) {
        let docs: Vec<SearchDoc> = names.iter().enumerate().map(|(i, n)| doc(i as u128, n, n, n, &[], Some(1), 1)).collect();
        let mut ix = SearchIndex::build(docs.clone());
        let r = ix.query(&q, 10, NOW);
        for h in &r.hits {
            let d = docs.iter().find(|d| d.id == h.id).unwrap();
            prop_assert!(matches(d, &q, h.kind), "{:?} does not match {:?} as {:?}", d.name, q, h.kind);
        }
        for d in &docs { ix.remove(d.id); }
        prop_assert_eq!(ix.len(), 0);
        prop_assert_eq!(ix.query(&q, 10, NOW).total, 0);
    }

    #[test]
    fn session_typing_equals_fresh(keys in proptest::collection::vec(prop_oneof![
        Just('\u{8}'), Just('z'), Just('w'), Just('h'), Just('a'), Just('n'), Just('g'), Just('m'),
        Just('1'), Just('3'), Just(' '), Just('张'), Just('#'), Just('v'),
    ], 1..25)) {
        let ix = SearchIndex::build(population(400));
        let mut s = QuerySession::new();
        let mut q = String::new();
        for k in keys {
            if k == '\u{8}' { q.pop(); } else { q.push(k); }
            prop_assert_eq!(s.query(&ix, &q, 10, NOW), ix.query(&q, 10, NOW), "query {:?}", q);
        }
    }
}
