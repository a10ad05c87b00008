#![allow(clippy::unwrap_used)]
//! Sync wired to the store: export, import, both ways, relay, refusal of bad files,
//! passphrases, and a crash in the middle of an import.

mod sync_support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use frontdesk::catalog::{Lang, bundle_error, set_lang, sync_error, sync_progress, sync_report};
use frontdesk::domain::{ComplaintStatus, Id, PointsKind, TerminalId};
use frontdesk::store::Store;
use frontdesk::sync::*;
use sha2::{Digest, Sha256};
use sync_support::*;

fn desk(id: u64, name: &str) -> Store {
    let s = Store::in_memory(Some(TerminalId(id))).unwrap();
    s.set_terminal_name(name).unwrap();
    s
}

fn no_progress() -> impl FnMut(SyncProgress) {
    |_| {}
}

fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files_below(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// A member with some history on `store`; returns its id.
fn member_with_history(store: &Store, name: &str) -> Id {
    let id = store.commit(vec![new_member(name, "13812345678")]).unwrap()[0].id();
    store
        .commit(vec![
            visit(id, 1_700_000_000_000),
            service(id, 12850, 128, 1_700_000_000_000),
            points(id, -20, PointsKind::Redeem, 1_700_000_000_001),
        ])
        .unwrap();
    let cid = store.commit(vec![complaint(id)]).unwrap()[0].id();
    store
        .commit(vec![complaint_update(
            cid,
            ComplaintStatus::Resolved,
            "apology",
        )])
        .unwrap();
    id
}

#[test]
fn two_desks_on_a_shared_folder_end_in_step() {
    let dir = tempfile::tempdir().unwrap();
    let a = desk(1, "Front desk 1");
    let b = desk(2, "Front desk 2");
    let id = member_with_history(&a, "张伟");
    let other = member_with_history(&b, "李娜");
    // Both edit the same field of the same member; the later stamp wins everywhere.
    a.commit(vec![rename(id, "张伟 (A)")]).unwrap();

    let ra = sync_both(&a, dir.path(), None, &mut no_progress()).unwrap();
    assert_eq!(ra.export.ops_written, a.op_count().unwrap());
    assert_eq!(ra.import.ops_applied, 0);
    let rb = sync_both(&b, dir.path(), None, &mut no_progress()).unwrap();
    assert_eq!(rb.import.ops_applied, a.op_count().unwrap());
    assert!(rb.import.members.contains(&id));
    b.commit(vec![rename(id, "张伟 (B)")]).unwrap();
    sync_both(&b, dir.path(), None, &mut no_progress()).unwrap();
    let ra = sync_both(&a, dir.path(), None, &mut no_progress()).unwrap();
    assert!(ra.import.ops_applied > 0);
    set_lang(Lang::En);
    assert!(
        sync_report(&ra).contains("operations applied"),
        "{}",
        sync_report(&ra)
    );

    assert_eq!(a.digest().unwrap(), b.digest().unwrap());
    assert_eq!(a.member(id).unwrap().unwrap().member.name, "张伟 (B)");
    assert_eq!(b.member(other).unwrap().unwrap().stats.points, 108);
    assert_eq!(a.member(other).unwrap().unwrap().stats.points, 108);
    assert_eq!(status(&a).unwrap().unexported, 0);
    assert!(status(&a).unwrap().last_sync_ms.is_some());
}

#[test]
fn unexported_count_and_export_only_what_the_folder_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let a = desk(1, "A");
    member_with_history(&a, "x");
    let n = a.op_count().unwrap();
    assert_eq!(status(&a).unwrap().unexported, n);
    assert_eq!(status(&a).unwrap().last_sync_ms, None);
    let opts = ExportOptions { max_ops: 2 };
    let r = export_with(&a, dir.path(), None, opts, &mut no_progress()).unwrap();
    assert_eq!(r.ops_written, n);
    assert_eq!(r.bundles_written, n.div_ceil(2) as usize);
    assert_eq!(status(&a).unwrap().unexported, 0);
    // Nothing new: nothing written.
    let again = export_with(&a, dir.path(), None, opts, &mut no_progress()).unwrap();
    assert_eq!(again.bundles_written, 0);
    // A bundle lost in transit is written again; the others are not.
    let lost = r.paths[1].clone();
    fs::remove_file(&lost).unwrap();
    let redo = export_with(&a, dir.path(), None, opts, &mut no_progress()).unwrap();
    assert_eq!(redo.paths, vec![lost]);
    // Cuts fall on multiples of max_ops, so a later export continues the same grid.
    a.commit(vec![new_member("y", "")]).unwrap();
    assert_eq!(status(&a).unwrap().unexported, 1);
    let more = export_with(&a, dir.path(), None, opts, &mut no_progress()).unwrap();
    let name = more.paths[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert_eq!(name, format!("{:016x}-{}-{}.fdops", 1, n + 1, n + 1));
}

#[test]
fn importing_the_same_folder_twice_changes_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let a = desk(1, "A");
    for i in 0..5 {
        member_with_history(&a, &format!("m{i}"));
    }
    let opts = ExportOptions { max_ops: 7 };
    export_with(&a, dir.path(), None, opts, &mut no_progress()).unwrap();
    let b = desk(2, "B");
    let first = import(&b, dir.path(), None).unwrap();
    assert_eq!(first.ops_applied, a.op_count().unwrap());
    assert_eq!(first.members_changed, 5);
    assert!(first.bundles_refused.is_empty());
    let digest = b.digest().unwrap();
    let second = import(&b, dir.path(), None).unwrap();
    assert_eq!(second.ops_applied, 0);
    assert_eq!(second.members_changed, 0);
    assert_eq!(second.bundles_already_held, first.bundles_read);
    assert_eq!(b.digest().unwrap(), digest);
    assert_eq!(b.op_count().unwrap(), a.op_count().unwrap());
    assert_eq!(digest, a.digest().unwrap());

    // A desk that does not remember what it holds (fresh bookkeeping) reads every bundle
    // again and skips every operation.
    let c = desk(3, "C");
    let ops: Vec<_> = (1..=a.op_count().unwrap())
        .flat_map(|s| a.ops_of(1, s, s).unwrap())
        .collect();
    c.import(&ops).unwrap();
    let third = import(&c, dir.path(), None).unwrap();
    assert_eq!(third.ops_applied, 0);
    assert_eq!(third.ops_skipped, a.op_count().unwrap());
    assert_eq!(c.digest().unwrap(), digest);
}

#[test]
fn conflicts_resolved_counts_late_losing_edits() {
    let dir_a = tempfile::tempdir().unwrap();
    let dir_b = tempfile::tempdir().unwrap();
    let a = desk(1, "A");
    let b = desk(2, "B");
    let id = a.commit(vec![new_member("Ann", "")]).unwrap()[0].id();
    export(&a, dir_a.path(), None).unwrap();
    import(&b, dir_a.path(), None).unwrap();
    // B edits later than A (B's clock is ahead of every stamp it has seen).
    a.commit(vec![edit_notes(id, "from A")]).unwrap();
    std::thread::sleep(Duration::from_millis(2));
    b.commit(vec![edit_notes(id, "from B")]).unwrap();
    export(&a, dir_a.path(), None).unwrap();
    export(&b, dir_b.path(), None).unwrap();
    let at_b = import(&b, dir_a.path(), None).unwrap();
    assert_eq!(at_b.conflicts_resolved, 1, "A's older edit lost on B");
    let at_a = import(&a, dir_b.path(), None).unwrap();
    assert_eq!(at_a.conflicts_resolved, 0, "B's newer edit simply won on A");
    assert_eq!(a.digest().unwrap(), b.digest().unwrap());
    assert_eq!(a.member(id).unwrap().unwrap().member.notes, "from B");
}

#[test]
fn changes_are_relayed_to_a_desk_that_never_met_the_origin() {
    let usb = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    let a = desk(0xa, "Store 1 desk");
    let b = desk(0xb, "Store 2 desk");
    let c = desk(0xc, "Store 3 desk");
    let id = member_with_history(&a, "王芳");
    let mine = member_with_history(&b, "赵敏");
    sync_both(&a, usb.path(), None, &mut no_progress()).unwrap();
    sync_both(&b, usb.path(), None, &mut no_progress()).unwrap();
    // B carries everything it holds, A's included, to another folder.
    let r = sync_both(&b, other.path(), None, &mut no_progress()).unwrap();
    assert_eq!(r.export.ops_written, b.op_count().unwrap());
    assert_eq!(b.op_count().unwrap(), 2 * a.op_count().unwrap());
    let relayed = files_below(other.path())
        .into_iter()
        .find(|p| p.to_string_lossy().contains(&format!("{:016x}-", 0xa)))
        .unwrap();
    let h = read_header(&relayed).unwrap();
    assert_eq!(h.origin, 0xa);
    assert_eq!(h.writer, 0xb);
    assert_eq!(h.origin_name, "Store 1 desk");
    assert_eq!(h.writer_name, "Store 2 desk");
    sync_both(&c, other.path(), None, &mut no_progress()).unwrap();
    assert_eq!(c.member(id).unwrap().unwrap().member.name, "王芳");
    assert_eq!(c.member(mine).unwrap().unwrap().stats.points, 108);
    assert_eq!(c.digest().unwrap(), b.digest().unwrap());
    // And C's own changes travel back the same way.
    c.commit(vec![rename(id, "王芳芳")]).unwrap();
    sync_both(&c, other.path(), None, &mut no_progress()).unwrap();
    sync_both(&b, other.path(), None, &mut no_progress()).unwrap();
    sync_both(&b, usb.path(), None, &mut no_progress()).unwrap();
    sync_both(&a, usb.path(), None, &mut no_progress()).unwrap();
    assert_eq!(a.member(id).unwrap().unwrap().member.name, "王芳芳");
    assert_eq!(a.digest().unwrap(), c.digest().unwrap());
}

/// Rewrites the checksum after a header edit, as a careful forger would.
fn reseal_checksum(bytes: &[u8]) -> Vec<u8> {
    let h = bytes.iter().position(|&b| b == b'\n').unwrap();
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

#[test]
fn bad_files_are_refused_each_in_its_own_words_and_the_rest_applied() {
    let dir = tempfile::tempdir().unwrap();
    let good_dir = tempfile::tempdir().unwrap();
    // The chain's passphrase on A and B; C uses another one.
    let a = desk(1, "A");
    let key = set_passphrase(&a, "chain secret", None).unwrap();
    for i in 0..3 {
        member_with_history(&a, &format!("m{i}"));
    }
    let opts = ExportOptions { max_ops: 3 };
    let r = export_with(&a, dir.path(), Some(&key), opts, &mut no_progress()).unwrap();
    assert!(r.paths.len() >= 6, "{}", r.paths.len());
    let c = desk(3, "C");
    let other_key = set_passphrase(&c, "another secret", None).unwrap();
    member_with_history(&c, "c");
    export(&c, dir.path(), Some(&other_key)).unwrap();
    // A plaintext bundle from D, and a file that is not a bundle at all.
    let d = desk(4, "D");
    member_with_history(&d, "d");
    export(&d, dir.path(), None).unwrap();
    fs::write(dir.path().join("notes.txt"), "call the supplier").unwrap();

    // Damage four of A's bundles, each differently; keep the others intact.
    let p = &r.paths;
    let truncated = fs::read(&p[0]).unwrap();
    fs::write(&p[0], &truncated[..truncated.len() - 10]).unwrap();
    let mut flipped = fs::read(&p[1]).unwrap();
    let at = flipped.len() - 5;
    flipped[at] ^= 0x20;
    fs::write(&p[1], flipped).unwrap();
    let text = fs::read(&p[2]).unwrap();
    let future = String::from_utf8_lossy(&text).replacen("\"version\":1", "\"version\":2", 1);
    fs::write(&p[2], reseal_checksum(future.as_bytes())).unwrap();
    // A bundle renamed to claim another range.
    let renamed = p[3].with_file_name(format!("{:016x}-{}-{}.enc.fdops", 1, 900, 902));
    fs::rename(&p[3], &renamed).unwrap();
    for good in &p[4..] {
        fs::copy(good, good_dir.path().join(good.file_name().unwrap())).unwrap();
    }

    let b = desk(2, "B");
    let b_key = set_passphrase(&b, "chain secret", Some(dir.path())).unwrap();
    assert_eq!(b_key.salt(), key.salt(), "B adopts the chain's salt");
    let sum = import(&b, dir.path(), Some(&b_key)).unwrap();
    set_lang(Lang::En);
    let msgs: Vec<String> = sum
        .bundles_refused
        .iter()
        .map(|(_, m)| bundle_error(m))
        .collect();
    assert_eq!(msgs.len(), 7, "{msgs:#?}");
    let find = |needle: &str| {
        let hits: Vec<_> = msgs.iter().filter(|m| m.contains(needle)).collect();
        assert_eq!(hits.len(), 1, "{needle}: {msgs:#?}");
    };
    find("incomplete");
    find("checksum mismatch");
    find("newer frontdesk");
    find("file name does not match");
    find("different passphrase");
    find("not encrypted");
    find("not a frontdesk bundle");
    let good_ops: u64 = p[4..].iter().map(|q| read_header(q).unwrap().count).sum();
    assert_eq!(sum.ops_applied, good_ops);
    assert_eq!(sum.bundles_read, p.len() - 4);

    // Exactly the state of a desk that only ever saw the intact bundles.
    let reference = desk(5, "R");
    set_passphrase(&reference, "chain secret", Some(good_dir.path())).unwrap();
    let rkey = load_key(&reference, "chain secret").unwrap();
    import(&reference, good_dir.path(), Some(&rkey)).unwrap();
    assert_eq!(b.digest().unwrap(), reference.digest().unwrap());
    assert_eq!(b.op_count().unwrap(), good_ops);
}

#[test]
fn passphrase_rules() {
    let store = desk(1, "A");
    assert!(key_for(&store, None).unwrap().is_none());
    assert!(key_for(&store, Some("ignored")).unwrap().is_none());
    assert!(matches!(
        load_key(&store, "x"),
        Err(SyncError::NoPassphraseSet)
    ));
    set_passphrase(&store, "open sesame", None).unwrap();
    assert!(passphrase_set(&store).unwrap());
    let e = key_for(&store, None).unwrap_err();
    assert!(matches!(e, SyncError::PassphraseNeeded));
    set_lang(Lang::En);
    assert!(sync_error(&e).contains(PASSPHRASE_ENV), "{e}");
    let e = key_for(&store, Some("open sesam")).unwrap_err();
    assert!(sync_error(&e).contains("does not match"), "{e}");
    assert!(key_for(&store, Some("open sesame")).unwrap().is_some());

    // A desk joining with a passphrase other than the folder's is told so.
    let dir = tempfile::tempdir().unwrap();
    member_with_history(&store, "x");
    let key = load_key(&store, "open sesame").unwrap();
    export(&store, dir.path(), Some(&key)).unwrap();
    let other = desk(2, "B");
    let e = set_passphrase(&other, "open sesam", Some(dir.path())).unwrap_err();
    assert!(matches!(e, SyncError::FolderPassphraseDiffers(_)), "{e}");
    assert!(!passphrase_set(&other).unwrap());
    // Without the passphrase B cannot read the folder, and says why; nothing changes.
    let sum = import(&other, dir.path(), None).unwrap();
    assert_eq!(sum.ops_applied, 0);
    assert!(bundle_error(&sum.bundles_refused[0].1).contains("no sync passphrase is set"));
    assert!(other.is_empty().unwrap());
    clear_passphrase(&store).unwrap();
    assert!(!passphrase_set(&store).unwrap());
}

#[test]
fn folder_errors_are_sentences() {
    let store = desk(1, "A");
    let missing = Path::new("/nonexistent/frontdesk-sync");
    let e = export(&store, missing, None).unwrap_err();
    assert!(matches!(e, SyncError::FolderMissing(_)));
    set_lang(Lang::En);
    assert!(
        sync_error(&e).starts_with("The sync folder /nonexistent/frontdesk-sync does not exist;")
    );
    assert!(matches!(
        import(&store, missing, None),
        Err(SyncError::FolderMissing(_))
    ));
}

#[test]
fn progress_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let a = desk(1, "A");
    member_with_history(&a, "x");
    let mut seen = Vec::new();
    sync_both(&a, dir.path(), None, &mut |p| seen.push(p)).unwrap();
    assert!(matches!(
        seen[0],
        SyncProgress::Export {
            bundles_written: 1,
            ..
        }
    ));
    assert!(seen.iter().any(|p| matches!(
        p,
        SyncProgress::Import {
            files_total: 1,
            files_done: 1,
            ..
        }
    )));
    set_lang(Lang::En);
    assert!(sync_progress(&seen[0]).starts_with("Sync: exporting"));
}

// ---------------------------------------------------------------------------------------
// A crash in the middle of an import.

const CRASH_ENV: &str = "FRONTDESK_SYNC_CRASH_CHILD";
const CRASH_OPS: u64 = 6_000;
const CRASH_ORIGIN: u64 = 0xc0ffee;

/// Not a test on its own: the child process of `a_killed_import_leaves_all_or_nothing`.
#[test]
fn crash_child_import() {
    let Ok(spec) = std::env::var(CRASH_ENV) else {
        return;
    };
    let (store_path, dir) = spec.split_once('\n').unwrap();
    let store = Store::open(Path::new(store_path)).unwrap();
    import(&store, Path::new(dir), None).unwrap();
    std::process::exit(0);
}

fn run_child(store_path: &Path, dir: &Path, kill_after: Option<Duration>) -> Duration {
    let started = Instant::now();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["crash_child_import", "--exact", "--test-threads=1"])
        .env(
            CRASH_ENV,
            format!("{}\n{}", store_path.display(), dir.display()),
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    if let Some(d) = kill_after {
        std::thread::sleep(d);
        let _ = child.kill(); // SIGKILL on Unix
    }
    let status = child.wait().unwrap();
    if kill_after.is_none() {
        assert!(status.success());
    }
    started.elapsed()
}

#[test]
fn a_killed_import_leaves_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    // One big bundle: many members and services from one origin.
    let origin = Store::in_memory(Some(TerminalId(CRASH_ORIGIN))).unwrap();
    let mut changes = Vec::new();
    for i in 0..CRASH_OPS / 2 {
        changes.push(new_member(&format!("member {i}"), &format!("138{i:08}")));
    }
    let ops = origin
        .commit_bulk(changes, frontdesk::domain::Timestamp(1_700_000_000_000))
        .unwrap();
    let services: Vec<_> = ops
        .iter()
        .map(|o| service(o.id(), 1000, 10, 1_700_000_000_000))
        .collect();
    origin
        .commit_bulk(services, frontdesk::domain::Timestamp(1_700_000_000_001))
        .unwrap();
    let opts = ExportOptions {
        max_ops: CRASH_OPS as usize,
    };
    let r = export_with(&origin, dir.path(), None, opts, &mut no_progress()).unwrap();
    assert_eq!(r.bundles_written, 1);

    // A full run, to know how long an import takes here.
    let full_path = work.path().join("full.redb");
    let full = run_child(&full_path, dir.path(), None);
    {
        let s = Store::open(&full_path).unwrap();
        assert_eq!(s.op_count_of(TerminalId(CRASH_ORIGIN)).unwrap(), CRASH_OPS);
    }

    let mut outcomes = (0, 0);
    for round in 0..5 {
        let path = work.path().join(format!("killed-{round}.redb"));
        // Some history of its own first, so "before" is not just an empty file.
        {
            let s = Store::open(&path).unwrap();
            member_with_history(&s, "local");
        }
        let before = Store::open(&path).unwrap().digest().unwrap();
        let delay = full.mul_f64(fastrand::f64() * 1.1);
        run_child(&path, dir.path(), Some(delay));
        let s = Store::open(&path).unwrap();
        let held = s.op_count_of(TerminalId(CRASH_ORIGIN)).unwrap();
        assert!(
            held == 0 || held == CRASH_OPS,
            "round {round}: {held} ops after a kill"
        );
        if held == 0 {
            outcomes.0 += 1;
            assert_eq!(s.digest().unwrap(), before);
        } else {
            outcomes.1 += 1;
        }
        assert_eq!(
            s.rebuild_from_log().unwrap().digest().unwrap(),
            s.digest().unwrap()
        );
        // The next import completes what the killed one did not.
        drop(s);
        run_child(&path, dir.path(), None);
        let s = Store::open(&path).unwrap();
        assert_eq!(s.op_count_of(TerminalId(CRASH_ORIGIN)).unwrap(), CRASH_OPS);
    }
    eprintln!(
        "killed imports: {} left nothing, {} left all (full import {full:?})",
        outcomes.0, outcomes.1
    );
}
