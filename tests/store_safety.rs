#![allow(clippy::unwrap_used)]
//! A damaged, missing, empty or read-only store file, backups, restores, checks and
//! rebuilds, through the real binary: no panic reaches the user, a command that fails
//! leaves the file as it was, and the sentence says what is wrong and what to do.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Desk {
    dir: tempfile::TempDir,
    store: PathBuf,
}

impl Desk {
    fn new() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("desk.redb");
        Desk { dir, store }
    }

    /// A store with demo members in it.
    fn demo() -> Desk {
        let d = Desk::new();
        d.ok(&["demo", "--members", "1500"]);
        d
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_env(args, &[])
    }

    fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let out = Command::new(env!("CARGO_BIN_EXE_frontdesk"))
            .env("FRONTDESK_LOG_DIR", self.dir.path().join("log"))
            .env_remove("FRONTDESK_STORE")
            .env_remove("FRONTDESK_SYNC_PASSPHRASE")
            .envs(env.iter().copied())
            .arg("--store")
            .arg(&self.store)
            .args(args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_ne!(out.status.code(), Some(101), "{args:?}: {err}");
        out
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {err}");
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs and expects exit status 1; returns stderr.
    fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?} should fail");
        String::from_utf8(out.stderr).unwrap()
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn hash(&self) -> String {
        hash(&self.store)
    }

    /// Zero pages across the middle of the file, as a failing disk would.
    fn damage(&self) {
        let mut bytes = std::fs::read(&self.store).unwrap();
        let pages = bytes.len() / 4096;
        for page in (pages / 4..pages * 3 / 4).step_by(16) {
            bytes[page * 4096..(page + 1) * 4096].fill(0);
        }
        std::fs::write(&self.store, bytes).unwrap();
    }

    fn some_member(&self) -> String {
        let line = self.ok(&["member", "find", "1", "--limit", "1", "--json"]);
        let v: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
        v["id"].as_str().unwrap().to_string()
    }
}

fn hash(path: &Path) -> String {
    hex::encode(Sha256::digest(std::fs::read(path).unwrap()))
}

#[test]
fn a_damaged_store_is_said_never_a_panic_and_no_command_changes_it() {
    let d = Desk::demo();
    let member = d.some_member();
    d.damage();
    let before = d.hash();
    for args in [
        &["digest"][..],
        &["member", "find", "1"],
        &["care", "birthdays"],
        &["complaint", "list"],
        &["checkin", &member],
        &[
            "member",
            "add",
            "--name",
            "New Guest",
            "--phone",
            "13900000001",
        ],
    ] {
        // A read that never meets the damaged pages may answer; every other command is
        // refused with the sentence. None changes the file.
        let out = d.run(args);
        let reads_past = out.status.success()
            && matches!(args[0], "member" | "care" | "complaint")
            && args.get(1) != Some(&"add");
        if !reads_past {
            assert_eq!(out.status.code(), Some(1), "{args:?} should fail");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                err.starts_with("error: the store file is damaged")
                    || err.starts_with("error: the store holds a record that cannot be read"),
                "{args:?}: {err}"
            );
            assert!(err.contains("frontdesk store check"), "{err}");
        }
        assert_eq!(d.hash(), before, "{args:?} changed the damaged file");
    }
    let zh = d.run(&["--lang", "zh", "digest"]);
    let zh = String::from_utf8(zh.stderr).unwrap();
    assert!(zh.contains("店铺数据文件已损坏"), "{zh}");
    assert_eq!(d.hash(), before);
}

#[test]
fn a_damaged_stores_message_points_at_the_newest_good_backup() {
    let d = Desk::demo();
    let backups = d.path("backups");
    std::fs::create_dir_all(&backups).unwrap();
    let older = backups.join("desk-20260101-080000.backup");
    let newer = backups.join("desk-20260102-080000.backup");
    d.ok(&["backup", "--to", older.to_str().unwrap()]);
    d.ok(&["backup", "--to", newer.to_str().unwrap()]);
    let good = d.ok(&["digest"]);
    d.damage();
    let err = d.fails(&["digest"]);
    assert!(
        err.contains(&format!("note: the newest backup is {}", newer.display())),
        "{err}"
    );
    let check = d.run(&["store", "check"]);
    assert_eq!(check.status.code(), Some(1));
    let said = String::from_utf8(check.stdout).unwrap();
    assert!(said.contains("pages: damaged"), "{said}");
    d.ok(&["restore", "--from", newer.to_str().unwrap()]);
    assert_eq!(d.ok(&["digest"]), good);
    d.ok(&["store", "check"]);
}

#[test]
fn a_record_that_cannot_be_read_fails_digest_and_checkin_and_check_names_it() {
    let d = Desk::demo();
    let member = d.some_member();
    let (t, s) = member.split_once('-').unwrap();
    let key = (u128::from(u64::from_str_radix(t, 16).unwrap()) << 64) | s.parse::<u128>().unwrap();
    {
        let db = redb::Database::open(&d.store).unwrap();
        let tx = db.begin_write().unwrap();
        {
            let def: redb::TableDefinition<u128, &[u8]> = redb::TableDefinition::new("members");
            let mut t = tx.open_table(def).unwrap();
            t.insert(key, [0xffu8; 7].as_slice()).unwrap();
        }
        tx.commit().unwrap();
    }
    let before = d.hash();
    let err = d.fails(&["digest"]);
    assert!(err.contains("cannot be read"), "{err}");
    assert_eq!(d.hash(), before, "digest");
    let err = d.fails(&["checkin", &member]);
    assert!(err.contains("cannot be read"), "{err}");
    assert_eq!(d.hash(), before);
    let check = d.run(&["store", "check"]);
    assert_eq!(check.status.code(), Some(1));
    let said = String::from_utf8(check.stdout).unwrap();
    assert!(said.contains("members: 1500 rows, 1 unreadable"), "{said}");
    assert!(said.contains(&member), "{said}");
}

#[test]
fn rebuild_replays_the_log_into_a_new_store_with_the_same_state() {
    let d = Desk::demo();
    let digest = d.ok(&["digest"]);
    let to = d.path("rebuilt.redb");
    let said = d.ok(&["store", "rebuild", "--to", to.to_str().unwrap()]);
    assert!(
        said.contains("operations recovered, 0 unreadable"),
        "{said}"
    );
    let rebuilt = Desk {
        dir: tempfile::tempdir().unwrap(),
        store: to.clone(),
    };
    assert_eq!(rebuilt.ok(&["digest"]), digest);
    // The desk keeps its identity and never reuses a sequence number.
    let a = d.ok(&[
        "member",
        "add",
        "--name",
        "Ann Lee",
        "--phone",
        "13911112222",
    ]);
    let b = rebuilt.ok(&[
        "member",
        "add",
        "--name",
        "Ann Lee",
        "--phone",
        "13911112222",
    ]);
    assert_eq!(a, b);
    let err = d.fails(&["store", "rebuild", "--to", to.to_str().unwrap()]);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn rebuild_recovers_what_a_damaged_store_still_holds() {
    let d = Desk::demo();
    d.damage();
    let to = d.path("rebuilt.redb");
    let before = d.hash();
    let said = d.ok(&["store", "rebuild", "--to", to.to_str().unwrap()]);
    let recovered: u64 = said
        .split("into ")
        .nth(1)
        .and_then(|s| s.split(": ").nth(1))
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(recovered > 1000, "{said}");
    assert_eq!(d.hash(), before, "the damaged store is left as it was");
    let rebuilt = Desk {
        dir: tempfile::tempdir().unwrap(),
        store: to,
    };
    rebuilt.ok(&["store", "check"]);
    rebuilt.ok(&["digest"]);
}

#[test]
fn a_missing_or_empty_store_is_said_and_nothing_is_made_by_a_read() {
    let d = Desk::new();
    let err = d.fails(&["digest"]);
    assert!(err.contains("there is no store at"), "{err}");
    assert!(!d.store.exists());
    d.fails(&["member", "find", "li"]);
    assert!(!d.store.exists());
    std::fs::write(&d.store, b"").unwrap();
    let err = d.fails(&["digest"]);
    assert!(err.contains("is not a frontdesk store"), "{err}");
    assert_eq!(std::fs::metadata(&d.store).unwrap().len(), 0);
    std::fs::remove_file(&d.store).unwrap();
    let out = d.run(&[
        "member",
        "add",
        "--name",
        "Ann Lee",
        "--phone",
        "13911112222",
    ]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("note: made a new, empty store at"), "{err}");
}

#[test]
fn a_read_only_store_can_be_read_and_a_write_says_it_is_read_only() {
    let d = Desk::new();
    d.ok(&[
        "member",
        "add",
        "--name",
        "Ann Lee",
        "--phone",
        "13911112222",
    ]);
    let mut perms = std::fs::metadata(&d.store).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&d.store, perms).unwrap();
    let before = d.hash();
    assert!(d.ok(&["member", "find", "Ann"]).contains("Ann Lee"));
    d.ok(&["digest"]);
    let err = d.fails(&["member", "add", "--name", "Bo Li", "--phone", "13911113333"]);
    assert!(err.contains("is read-only"), "{err}");
    assert!(!err.contains("backup"), "{err}");
    assert_eq!(d.hash(), before);
}

#[test]
fn backup_and_restore_round_trip_keeping_the_replaced_store() {
    let d = Desk::demo();
    let digest = d.ok(&["digest"]);
    let file = d.path("monday.backup");
    let said = d.ok(&["backup", "--to", file.to_str().unwrap()]);
    assert!(said.contains("written and verified"), "{said}");
    d.ok(&[
        "member",
        "add",
        "--name",
        "Late Guest",
        "--phone",
        "13922223333",
    ]);
    assert_ne!(d.ok(&["digest"]), digest);
    let out = d.run(&["restore", "--from", file.to_str().unwrap()]);
    assert!(out.status.success());
    let note = String::from_utf8(out.stderr).unwrap();
    assert!(note.contains("desk.redb.replaced-"), "{note}");
    assert_eq!(d.ok(&["digest"]), digest);
    let junk = d.path("junk.backup");
    std::fs::write(&junk, b"not a store").unwrap();
    let before = d.hash();
    let err = d.fails(&["restore", "--from", junk.to_str().unwrap()]);
    assert!(err.contains("is not a frontdesk backup"), "{err}");
    assert_eq!(d.hash(), before);
}

#[test]
fn with_the_chain_passphrase_set_backups_are_encrypted_and_restore_needs_it() {
    let d = Desk::new();
    d.ok(&[
        "member",
        "add",
        "--name",
        "Ann Lee",
        "--phone",
        "13911112222",
    ]);
    let pass = [("FRONTDESK_SYNC_PASSPHRASE", "open sesame")];
    assert!(
        d.run_env(&["sync", "passphrase", "set"], &pass)
            .status
            .success()
    );
    let digest = d.ok(&["digest"]);
    let file = d.path("sealed.backup");
    let out = d.run_env(&["backup", "--to", file.to_str().unwrap()], &pass);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"frontdesk-backup-1\n"));
    assert!(
        !bytes.windows(7).any(|w| w == b"Ann Lee"),
        "the name is in the clear"
    );
    d.ok(&["member", "add", "--name", "Bo Li", "--phone", "13911113333"]);
    let err = d.fails(&["restore", "--from", file.to_str().unwrap()]);
    assert!(err.contains("encrypted"), "{err}");
    let wrong = [("FRONTDESK_SYNC_PASSPHRASE", "guess")];
    let out = d.run_env(&["restore", "--from", file.to_str().unwrap()], &wrong);
    assert_eq!(out.status.code(), Some(1));
    let out = d.run_env(&["restore", "--from", file.to_str().unwrap()], &pass);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(d.ok(&["digest"]), digest);
}

#[test]
fn automatic_backups_rotate_and_are_due_daily() {
    use frontdesk::desk::upkeep::{KEEP_BACKUPS, auto_backup, backups_dir};
    use frontdesk::domain::Timestamp;
    let d = Desk::new();
    d.ok(&[
        "member",
        "add",
        "--name",
        "Ann Lee",
        "--phone",
        "13911112222",
    ]);
    let store = frontdesk::store::Store::open(&d.store).unwrap();
    let day = 24 * 3600 * 1000;
    for i in 0..KEEP_BACKUPS as i64 + 3 {
        let made = auto_backup(&store, Timestamp(1_700_000_000_000 + i * day), true, None);
        assert!(made.unwrap().is_some());
    }
    assert!(
        auto_backup(&store, Timestamp::now(), false, None)
            .unwrap()
            .is_none(),
        "not due"
    );
    let kept = std::fs::read_dir(backups_dir(&d.store)).unwrap().count();
    assert_eq!(kept, KEEP_BACKUPS);
}

#[test]
fn backup_and_check_work_while_another_frontdesk_has_the_store_open() {
    let d = Desk::new();
    d.ok(&[
        "member",
        "add",
        "--name",
        "Ann Lee",
        "--phone",
        "13911112222",
    ]);
    let digest = d.ok(&["digest"]);
    let open = frontdesk::store::Store::open(&d.store).unwrap();
    let file = d.path("live.backup");
    let said = d.ok(&["backup", "--to", file.to_str().unwrap()]);
    assert!(said.contains("written and verified"), "{said}");
    let said = d.ok(&["store", "check"]);
    assert!(said.contains("the store is sound"), "{said}");
    let err = d.fails(&["restore", "--from", file.to_str().unwrap()]);
    assert!(err.contains("already open in another frontdesk"), "{err}");
    drop(open);
    let copy = Desk {
        dir: tempfile::tempdir().unwrap(),
        store: file,
    };
    assert_eq!(copy.ok(&["digest"]), digest);
}
