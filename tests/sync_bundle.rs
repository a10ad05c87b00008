#![allow(clippy::unwrap_used)]
//! The sync bundle file layer: format, verification, folders, sequence ranges.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use frontdesk::sync::{
    Bundle, BundleError, FORMAT_VERSION, NewBundle, RangeSet, SyncKey, bundle_files, held_ranges,
    held_ranges_readable, read_bundle, read_header, scan_dir, write_bundle,
};
use proptest::prelude::*;
use sha2::{Digest, Sha256};

const ORIGIN: u64 = 0x1234_5678_9abc_def0;
const WRITER: u64 = 0x0fed_cba9_8765_4321;

/// Argon2id is deliberately slow: derive each test key once per process.
fn key_a() -> &'static SyncKey {
    static K: OnceLock<SyncKey> = OnceLock::new();
    K.get_or_init(|| SyncKey::from_passphrase("tulip garden 42").unwrap())
}

fn key_b() -> &'static SyncKey {
    static K: OnceLock<SyncKey> = OnceLock::new();
    K.get_or_init(|| SyncKey::from_passphrase("another chain").unwrap())
}

fn new_bundle(origin: u64, first_seq: u64) -> NewBundle {
    NewBundle {
        origin,
        origin_name: "Front desk 1".into(),
        writer: WRITER,
        writer_name: "Salon \"Nord\" ✂".into(),
        first_seq,
        created_ms: 1_750_000_000_000,
    }
}

fn ops(first_seq: u64, n: usize) -> Vec<Vec<u8>> {
    (0..n as u64)
        .map(|i| {
            format!(
                r#"{{"seq":{},"kind":"member.edit","field":"name","value":"Zoë {i}"}}"#,
                first_seq + i
            )
            .into_bytes()
        })
        .collect()
}

fn write(dir: &Path, origin: u64, first: u64, n: usize, key: Option<&SyncKey>) -> PathBuf {
    write_bundle(dir, new_bundle(origin, first), &ops(first, n), key).unwrap()
}

fn header_len(bytes: &[u8]) -> usize {
    bytes.iter().position(|&b| b == b'\n').unwrap()
}

/// Rewrites the checksum the way a careful attacker would after editing a header.
fn reseal_checksum(bytes: &[u8]) -> Vec<u8> {
    let h = header_len(bytes);
    let line = &bytes[..h];
    let hex_start = h - 2 - 64;
    let mut blanked = line[..hex_start].to_vec();
    blanked.extend_from_slice(b"\"}");
    let sum = hex::encode(
        Sha256::new()
            .chain_update(&blanked)
            .chain_update(b"\n")
            .chain_update(&bytes[h + 1..])
            .finalize(),
    );
    let mut out = line[..hex_start].to_vec();
    out.extend_from_slice(sum.as_bytes());
    out.extend_from_slice(&bytes[h - 2..]);
    out
}

fn no_temp_files(dir: &Path) {
    for e in walk_all(dir) {
        let name = e.file_name().unwrap().to_string_lossy().into_owned();
        assert!(!name.starts_with(".fdtmp-"), "temp file left: {name}");
    }
}

fn walk_all(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk_all(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn plain_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let written = ops(5, 3);
    let path = write_bundle(dir.path(), new_bundle(ORIGIN, 5), &written, None).unwrap();
    assert_eq!(
        path,
        dir.path()
            .join("123456789abcdef0")
            .join("123456789abcdef0-5-7.fdops")
    );
    let b = read_bundle(&path, None).unwrap();
    assert_eq!(b.ops, written);
    let h = &b.header;
    assert_eq!(h.format, "frontdesk-ops");
    assert_eq!(h.version, FORMAT_VERSION);
    assert_eq!((h.origin, h.writer), (ORIGIN, WRITER));
    assert_eq!(h.writer_name, "Salon \"Nord\" ✂");
    assert_eq!((h.first_seq, h.last_seq, h.count), (5, 7, 3));
    assert_eq!(h.created_ms, 1_750_000_000_000);
    assert!(h.encryption.is_none());
    assert_eq!(h.checksum.len(), 64);
    assert_eq!(
        b.seq_ops().map(|(s, _)| s).collect::<Vec<_>>(),
        vec![5, 6, 7]
    );
    // Humans can read it: header line, then one operation per line.
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with(r#"{"format":"frontdesk-ops","version":1,"origin":"123456789abcdef0""#)
    );
    assert_eq!(text.lines().count(), 4);
    assert_eq!(read_header(&path).unwrap(), b.header);
    no_temp_files(dir.path());
}

#[test]
fn encrypted_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let written = ops(1, 4);
    let path = write_bundle(dir.path(), new_bundle(ORIGIN, 1), &written, Some(key_a())).unwrap();
    assert!(
        path.to_string_lossy()
            .ends_with("123456789abcdef0-1-4.enc.fdops")
    );
    let raw = fs::read(&path).unwrap();
    assert!(
        !raw.windows(4).any(|w| w == b"Zo\xc3\xab"),
        "plaintext leaked"
    );
    let b = read_bundle(&path, Some(key_a())).unwrap();
    assert_eq!(b.ops, written);
    let enc = b.header.encryption.as_ref().unwrap();
    assert_eq!(enc.aead, "xchacha20poly1305");
    assert_eq!(enc.kdf, "argon2id");
    assert_eq!(enc.salt_bytes(), Some(key_a().salt()));

    // The same passphrase re-opened from the stored verifier reads it too.
    let again = SyncKey::unlock("tulip garden 42", &key_a().verifier()).unwrap();
    assert_eq!(read_bundle(&path, Some(&again)).unwrap(), b);
    // ... and so does a desk that set the same passphrase with its own salt.
    let other_desk = SyncKey::with_salt("tulip garden 42", [9; 16]).unwrap();
    assert_eq!(read_bundle(&path, Some(&other_desk)).unwrap(), b);
    no_temp_files(dir.path());
}

#[test]
fn every_truncation_is_truncated() {
    for key in [None, Some(key_a())] {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), ORIGIN, 1, 3, key);
        let full = fs::read(&path).unwrap();
        for len in 0..full.len() {
            fs::write(&path, &full[..len]).unwrap();
            let r = read_bundle(&path, key);
            assert!(
                matches!(r, Err(BundleError::Truncated { .. })),
                "cut at {len} of {}: {r:?}",
                full.len()
            );
        }
    }
}

#[test]
fn flipped_bytes_are_refused() {
    for key in [None, Some(key_a())] {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), ORIGIN, 1, 2, key);
        let good = fs::read(&path).unwrap();
        let h = header_len(&good);
        for i in 0..good.len() {
            let mut bad = good.clone();
            bad[i] ^= 0x01;
            fs::write(&path, &bad).unwrap();
            let r = read_bundle(&path, key);
            assert!(r.is_err(), "flip at {i} accepted");
            if i > h {
                // Anywhere in the body: damaged.
                assert!(
                    matches!(r, Err(BundleError::Corrupt(_))),
                    "body flip {i}: {r:?}"
                );
            }
        }
    }
}

#[test]
fn flipped_header_field_is_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), ORIGIN, 1, 2, None);
    let good = fs::read(&path).unwrap();
    for needle in [&b"Front desk 1"[..], b"\"first_seq\":1", b"1750000000000"] {
        let at = good
            .windows(needle.len())
            .position(|w| w == needle)
            .unwrap()
            + needle.len()
            - 1;
        let mut bad = good.clone();
        bad[at] ^= 0x02; // '1' -> '3', keeps the JSON valid
        fs::write(&path, &bad).unwrap();
        let r = read_bundle(&path, None);
        assert!(matches!(r, Err(BundleError::Corrupt(_))), "{r:?}");
        frontdesk::catalog::set_lang(frontdesk::catalog::Lang::En);
        assert!(frontdesk::catalog::bundle_error(&r.unwrap_err()).contains("damaged"));
    }
}

#[test]
fn tampered_encrypted_header_with_fixed_checksum_fails_authentication() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), ORIGIN, 1, 2, Some(key_a()));
    let good = fs::read(&path).unwrap();
    let text = String::from_utf8_lossy(&good[..header_len(&good)]).into_owned();
    let forged_line = text.replace("Front desk 1", "Front desk 9");
    let mut forged = forged_line.into_bytes();
    forged.extend_from_slice(&good[header_len(&good)..]);
    let forged = reseal_checksum(&forged);
    fs::write(&path, &forged).unwrap();
    let r = read_bundle(&path, Some(key_a()));
    assert!(matches!(r, Err(BundleError::Corrupt(_))), "{r:?}");
}

#[test]
fn future_version_is_its_own_error() {
    let dir = tempfile::tempdir().unwrap();
    // A valid v1 bundle relabelled as v2 ...
    let path = write(dir.path(), ORIGIN, 1, 2, None);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replacen("\"version\":1", "\"version\":2", 1)).unwrap();
    let r = read_bundle(&path, None);
    assert!(
        matches!(r, Err(BundleError::FutureVersion { version: 2 })),
        "{r:?}"
    );
    frontdesk::catalog::set_lang(frontdesk::catalog::Lang::En);
    assert!(frontdesk::catalog::bundle_error(&r.unwrap_err()).contains("newer frontdesk"));
    // ... and a v7 header whose other fields this version knows nothing about.
    let v7 = dir.path().join("future.fdops");
    fs::write(
        &v7,
        "{\"format\":\"frontdesk-ops\",\"version\":7,\"shards\":[1,2]}\n\x00\x01binary",
    )
    .unwrap();
    assert!(matches!(
        read_bundle(&v7, None),
        Err(BundleError::FutureVersion { version: 7 })
    ));
}

#[test]
fn foreign_files_are_not_bundles() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8]); 6] = [
        ("notes.txt", b"Call the plumber on Monday\n"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        (
            "other.json",
            b"{\"format\":\"something-else\",\"version\":1}\n{}\n",
        ),
        ("list.json", b"[1,2,3]\n"),
        ("empty.txt", b""),
        ("renamed.fdops", b"id,name\n1,Ann\n"),
    ];
    for (name, content) in cases {
        let p = dir.path().join(name);
        fs::write(&p, content).unwrap();
        let r = read_bundle(&p, None);
        assert!(matches!(r, Err(BundleError::NotABundle)), "{name}: {r:?}");
    }
}

#[test]
fn passphrase_errors() {
    let dir = tempfile::tempdir().unwrap();
    let sealed = write(dir.path(), ORIGIN, 1, 2, Some(key_a()));
    let plain = write(dir.path(), ORIGIN, 3, 2, None);
    let r = read_bundle(&sealed, Some(key_b()));
    assert!(matches!(r, Err(BundleError::WrongPassphrase)), "{r:?}");
    let r = read_bundle(&sealed, None);
    assert!(matches!(r, Err(BundleError::NoPassphrase)), "{r:?}");
    let r = read_bundle(&plain, Some(key_a()));
    assert!(matches!(r, Err(BundleError::PlaintextRefused)), "{r:?}");
    // A damaged encrypted bundle says "damaged", whatever the key.
    let mut bytes = fs::read(&sealed).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x80;
    fs::write(&sealed, &bytes).unwrap();
    for key in [None, Some(key_a()), Some(key_b())] {
        assert!(matches!(
            read_bundle(&sealed, key),
            Err(BundleError::Corrupt(_))
        ));
    }
}

#[test]
fn messages_are_sentences_with_a_remedy() {
    let errors = [
        BundleError::NotABundle,
        BundleError::Truncated {
            expected: 10,
            found: 3,
        },
        BundleError::Corrupt("checksum mismatch".into()),
        BundleError::FutureVersion { version: 2 },
        BundleError::NoPassphrase,
        BundleError::WrongPassphrase,
        BundleError::PlaintextRefused,
        BundleError::Io(std::io::Error::other("disk gone")),
    ];
    let mut seen = BTreeSet::new();
    frontdesk::catalog::set_lang(frontdesk::catalog::Lang::En);
    for e in errors {
        let m = frontdesk::catalog::bundle_error(&e);
        assert!(m.starts_with(char::is_uppercase) && m.ends_with('.'), "{m}");
        assert!(m.contains(';'), "no remedy: {m}");
        assert!(seen.insert(m));
    }
}

#[test]
fn writing_never_rewrites_and_checks_input() {
    let dir = tempfile::tempdir().unwrap();
    let first = write(dir.path(), ORIGIN, 1, 2, None);
    let before = fs::read(&first).unwrap();
    let mut nb = new_bundle(ORIGIN, 1);
    nb.writer_name = "Another desk relaying".into();
    let again = write_bundle(dir.path(), nb, &ops(1, 2), None).unwrap();
    assert_eq!(again, first);
    assert_eq!(fs::read(&first).unwrap(), before);

    let r = write_bundle(dir.path(), new_bundle(ORIGIN, 10), &[], None);
    assert!(matches!(r, Err(BundleError::Invalid(_))));
    let r = write_bundle(
        dir.path(),
        new_bundle(ORIGIN, 10),
        &[b"a\nb".to_vec()],
        None,
    );
    assert!(matches!(r, Err(BundleError::Invalid(_))));
    let r = write_bundle(dir.path(), new_bundle(ORIGIN, u64::MAX), &ops(0, 2), None);
    assert!(matches!(r, Err(BundleError::Invalid(_))));
    // Empty operations are allowed (the store decides what an operation is).
    let p = write_bundle(dir.path(), new_bundle(ORIGIN, 20), &[vec![], vec![]], None).unwrap();
    assert_eq!(
        read_bundle(&p, None).unwrap().ops,
        vec![Vec::<u8>::new(); 2]
    );
    no_temp_files(dir.path());
}

#[test]
fn scan_dir_keeps_good_bundles_among_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let other: u64 = 0x00aa;
    let good = [
        write(d, ORIGIN, 11, 5, None),
        write(d, ORIGIN, 1, 10, None),
        write(d, other, 1, 1, None),
    ];
    // A truncated bundle, a foreign file, a nested foreign folder.
    let cut = write(d, ORIGIN, 16, 4, None);
    let bytes = fs::read(&cut).unwrap();
    fs::write(&cut, &bytes[..bytes.len() - 7]).unwrap();
    fs::write(d.join("README.txt"), "shared folder for the desks\n").unwrap();
    fs::create_dir_all(d.join("misc/deeper")).unwrap();
    fs::write(d.join("misc/deeper/menu.pdf"), b"%PDF-1.7").unwrap();
    // Our temp file, another tool's temp file and a hidden folder: all skipped.
    let tmp_dir = d.join("123456789abcdef0");
    fs::write(
        tmp_dir.join(".fdtmp-123456789abcdef0-20-30.fdops.00ff"),
        b"{\"format\":",
    )
    .unwrap();
    fs::write(tmp_dir.join(".syncthing.x.fdops.tmp"), b"partial").unwrap();
    fs::create_dir_all(d.join(".stversions")).unwrap();
    fs::copy(&good[0], d.join(".stversions/old.fdops")).unwrap();

    let results = scan_dir(d, None);
    let paths: Vec<&PathBuf> = results.iter().map(|(p, _)| p).collect();
    // Deterministic: bundles by origin and range, then other files by path.
    assert_eq!(
        paths,
        vec![
            &good[2],
            &good[1],
            &good[0],
            &cut,
            &d.join("README.txt"),
            &d.join("misc/deeper/menu.pdf"),
        ]
    );
    let ok: Vec<&Bundle> = results
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok())
        .collect();
    assert_eq!(ok.len(), 3);
    assert_eq!(ok[1].ops, ops(1, 10));
    assert_eq!(ok[2].ops, ops(11, 5));
    assert!(matches!(results[3].1, Err(BundleError::Truncated { .. })));
    assert!(matches!(results[4].1, Err(BundleError::NotABundle)));
    assert!(matches!(results[5].1, Err(BundleError::NotABundle)));
    assert_eq!(bundle_files(d).files.len(), 6);
    assert!(bundle_files(d).errors.is_empty());

    // Scanning twice gives the same answer.
    let again: Vec<PathBuf> = scan_dir(d, None).into_iter().map(|(p, _)| p).collect();
    assert_eq!(again, paths.into_iter().cloned().collect::<Vec<_>>());
}

#[test]
fn scan_of_a_missing_folder_reports_io() {
    let dir = tempfile::tempdir().unwrap();
    let r = scan_dir(&dir.path().join("nope"), None);
    assert_eq!(r.len(), 1);
    assert!(matches!(r[0].1, Err(BundleError::Io(_))));
    assert!(held_ranges(&dir.path().join("nope")).is_empty());
}

#[test]
fn held_ranges_from_file_names() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, ORIGIN, 1, 10, None);
    write(d, ORIGIN, 11, 5, None);
    write(d, ORIGIN, 30, 1, Some(key_a()));
    write(d, 7, 3, 2, None);
    // A copy moved by hand to the top of the folder still counts.
    fs::write(d.join("0000000000000007-9-9.fdops"), b"whatever").unwrap();
    let held = held_ranges(d);
    assert_eq!(held.keys().copied().collect::<Vec<_>>(), vec![7, ORIGIN]);
    assert_eq!(
        held[&ORIGIN].ranges().collect::<Vec<_>>(),
        vec![(1, 15), (30, 30)]
    );
    assert_eq!(held[&7].ranges().collect::<Vec<_>>(), vec![(3, 4), (9, 9)]);
    // What to export for ORIGIN if this desk holds 1..=40 of it.
    let mine: Vec<u64> = (1..=40).collect();
    assert_eq!(
        held[&ORIGIN].uncovered_runs(&mine),
        vec![(16, 29), (31, 40)]
    );
    assert_eq!(held[&ORIGIN].gaps(1, 40), vec![(16, 29), (31, 40)]);

    let sealed_only = held_ranges_readable(d, true);
    assert_eq!(
        sealed_only[&ORIGIN].ranges().collect::<Vec<_>>(),
        vec![(30, 30)]
    );
    assert!(!sealed_only.contains_key(&7));
    let plain_only = held_ranges_readable(d, false);
    assert_eq!(
        plain_only[&ORIGIN].ranges().collect::<Vec<_>>(),
        vec![(1, 15)]
    );
}

fn model(ranges: &[(u64, u64)]) -> BTreeSet<u64> {
    ranges.iter().flat_map(|&(a, b)| a..=b).collect()
}

fn arb_ranges() -> impl Strategy<Value = Vec<(u64, u64)>> {
    prop::collection::vec(
        (0u64..200, 0u64..20).prop_map(|(a, len)| (a, a + len)),
        0..12,
    )
}

proptest! {
    #[test]
    fn rangeset_matches_a_plain_set(ranges in arb_ranges(), probes in prop::collection::vec(0u64..230, 0..50)) {
        let set: RangeSet = ranges.iter().copied().collect();
        let m = model(&ranges);
        for p in probes {
            prop_assert_eq!(set.contains(p), m.contains(&p));
        }
        prop_assert_eq!(set.len(), m.len() as u64);
        // Stored ranges are sorted, disjoint and not even adjacent.
        let rs: Vec<(u64, u64)> = set.ranges().collect();
        for w in rs.windows(2) {
            prop_assert!(w[0].1 + 1 < w[1].0);
        }
        prop_assert_eq!(model(&rs), m);
    }

    #[test]
    fn uncovered_runs_partition_what_a_desk_holds(
        ranges in arb_ranges(),
        held in prop::collection::btree_set(0u64..230, 0..120),
    ) {
        let set: RangeSet = ranges.iter().copied().collect();
        let held: Vec<u64> = held.into_iter().collect();
        let runs = set.uncovered_runs(&held);
        let uncovered = model(&runs);
        let covered: BTreeSet<u64> = held.iter().copied().filter(|s| set.contains(*s)).collect();
        // uncovered ∪ covered = held, and the two are disjoint.
        prop_assert!(uncovered.is_disjoint(&covered));
        let union: BTreeSet<u64> = uncovered.union(&covered).copied().collect();
        prop_assert_eq!(union, held.iter().copied().collect::<BTreeSet<u64>>());
        // Runs are ascending, disjoint, hold only uncovered seqs, and are maximal.
        let total: u64 = runs.iter().map(|(a, b)| b - a + 1).sum();
        prop_assert_eq!(total, uncovered.len() as u64);
        for w in runs.windows(2) {
            prop_assert!(w[0].1 + 1 < w[1].0 || !uncovered.contains(&(w[0].1 + 1)));
            prop_assert!(w[0].1 < w[1].0);
        }
        for &(a, b) in &runs {
            prop_assert!(a == 0 || !uncovered.contains(&(a - 1)));
            prop_assert!(!uncovered.contains(&(b + 1)));
        }
        // Unsorted input with duplicates gives the same answer.
        let mut shuffled: Vec<u64> = held.iter().rev().copied().collect();
        shuffled.extend(held.iter().copied());
        prop_assert_eq!(set.uncovered_runs(&shuffled), runs);
    }

    #[test]
    fn gaps_are_the_complement_within_bounds(ranges in arb_ranges(), a in 0u64..230, len in 0u64..60) {
        let set: RangeSet = ranges.iter().copied().collect();
        let b = a + len;
        let gaps = set.gaps(a, b);
        let expected: BTreeSet<u64> = (a..=b).filter(|s| !set.contains(*s)).collect();
        prop_assert_eq!(model(&gaps), expected);
        for w in gaps.windows(2) {
            prop_assert!(w[0].1 + 1 < w[1].0);
        }
        let all: Vec<u64> = (a..=b).collect();
        prop_assert_eq!(set.uncovered_runs(&all), gaps);
        prop_assert_eq!(set.contains_range(a, b), set.gaps(a, b).is_empty());
    }
}
