#![allow(clippy::unwrap_used)]
//! `frontdesk sync …` through the real binary: two desks, each with its own store, meeting
//! in one shared folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Desk {
    _dir: tempfile::TempDir,
    store: PathBuf,
}

impl Desk {
    fn new(name: &str) -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("desk.redb");
        let d = Desk { _dir: dir, store };
        d.ok(&["terminal", "name", name]);
        d
    }
    fn run_env(&self, args: &[&str], passphrase: Option<&str>) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_frontdesk"));
        // The log goes to a scratch folder, not the user's.
        cmd.env(
            "FRONTDESK_LOG_DIR",
            std::env::temp_dir().join("frontdesk-test-log"),
        );
        cmd.arg("--store")
            .arg(&self.store)
            .args(args)
            .env_remove("FRONTDESK_STORE")
            .env_remove("FRONTDESK_SYNC_PASSPHRASE")
            .stdin(std::process::Stdio::null());
        if let Some(p) = passphrase {
            cmd.env("FRONTDESK_SYNC_PASSPHRASE", p);
        }
        cmd.output().unwrap()
    }
    /// Runs and expects success; returns stdout.
    fn ok_env(&self, args: &[&str], passphrase: Option<&str>) -> String {
        let out = self.run_env(args, passphrase);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
    fn ok(&self, args: &[&str]) -> String {
        self.ok_env(args, None)
    }
    /// Runs and expects exit status 1 with one `error: …` sentence on stderr; returns it.
    fn fails_env(&self, args: &[&str], passphrase: Option<&str>) -> String {
        let out = self.run_env(args, passphrase);
        assert_eq!(out.status.code(), Some(1), "{args:?} should fail");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with("error: "), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        err
    }
    fn digest(&self) -> String {
        self.ok(&["digest"]).trim().to_string()
    }
    fn add_member(&self, name: &str, phone: &str) -> String {
        self.ok(&["member", "add", "--name", name, "--phone", phone])
            .trim()
            .to_string()
    }
    fn unexported(&self) -> u64 {
        let line = self.ok(&["sync", "status", "--json"]);
        let v: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
        v["unexported"].as_u64().unwrap()
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn two_desks_meet_in_a_shared_folder() {
    let share = tempfile::tempdir().unwrap();
    let dir = s(share.path());
    let a = Desk::new("Front desk 1");
    let b = Desk::new("Front desk 2");
    a.add_member("Ada Lovelace", "+445550001");

    let out_a = a.ok(&["sync", "--dir", dir]);
    assert!(out_a.starts_with("Front desk 1 (terminal "), "{out_a}");
    assert!(out_a.contains("Sent 1 operation in 1 bundle"), "{out_a}");
    assert!(out_a.contains("sync folder is now"), "{out_a}");
    let out_b = b.ok(&["sync", "--dir", dir]);
    assert!(out_b.starts_with("Front desk 2 (terminal "), "{out_b}");
    assert!(out_b.contains("1 operation applied"), "{out_b}");
    assert!(b.ok(&["member", "find", "Ada"]).contains("Ada Lovelace"));

    // A change on B travels back; after both sync again the desks are in step.
    b.add_member("Grace Hopper", "+445550002");
    b.ok(&["sync"]); // the remembered folder
    a.ok(&["sync"]);
    assert!(a.ok(&["member", "find", "Grace"]).contains("Grace Hopper"));
    assert_eq!(a.digest(), b.digest());

    // The remembered folder is shown, absolute.
    assert_eq!(a.ok(&["sync", "folder"]).trim(), dir);
}

#[test]
fn importing_twice_applies_nothing_the_second_time() {
    let share = tempfile::tempdir().unwrap();
    let dir = s(share.path());
    let a = Desk::new("A");
    let b = Desk::new("B");
    a.add_member("Ada Lovelace", "+445550001");
    a.add_member("Alan Turing", "+445550003");
    let out = a.ok(&["sync", "export", "--to", dir]);
    assert!(out.contains("2 operations exported in 1 bundle"), "{out}");
    let again = a.ok(&["sync", "export", "--to", dir]);
    assert!(again.contains("0 operations exported"), "{again}");

    let first = b.ok(&["sync", "import", "--from", dir]);
    assert!(first.contains("2 operations applied"), "{first}");
    let digest = b.digest();
    let second = b.ok(&["sync", "import", "--from", dir]);
    assert!(second.contains(" 0 operations applied"), "{second}");
    assert_eq!(b.digest(), digest);
    assert_eq!(b.digest(), a.digest());
    // export and import do not change the remembered folder.
    assert_eq!(b.run_env(&["sync", "folder"], None).status.code(), Some(1));
}

#[test]
fn refused_files_are_warnings_and_the_rest_is_applied() {
    let share = tempfile::tempdir().unwrap();
    let dir = s(share.path());
    let a = Desk::new("A");
    let b = Desk::new("B");
    a.add_member("Ada Lovelace", "+445550001");
    a.ok(&["sync", "export", "--to", dir]);
    std::fs::write(share.path().join("notes.txt"), "not a bundle").unwrap();

    let out = b.run_env(&["sync", "import", "--from", dir], None);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stdout.contains("1 operation applied"), "{stdout}");
    assert!(stdout.contains("1 file refused"), "{stdout}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("warning: ") && stderr.contains("notes.txt: This file is not"),
        "{stderr}"
    );
}

#[test]
fn missing_folder_is_an_error() {
    let a = Desk::new("A");
    let gone = tempfile::tempdir().unwrap().path().join("nowhere");
    let err = a.fails_env(&["sync", "--dir", s(&gone)], None);
    assert!(err.contains("does not exist"), "{err}");
    // A failed sync does not become the remembered folder.
    let err = a.fails_env(&["sync"], None);
    assert!(err.contains("No sync folder is set"), "{err}");
    // Setting it without syncing is allowed (a drive may be unplugged).
    let out = a.run_env(&["sync", "folder", s(&gone)], None);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist yet"));
    assert_eq!(a.ok(&["sync", "folder"]).trim(), s(&gone));
    a.ok(&["sync", "folder", "--clear"]);
    assert_eq!(a.run_env(&["sync", "folder"], None).status.code(), Some(1));
}

#[test]
fn passphrase_protected_folder() {
    let share = tempfile::tempdir().unwrap();
    let dir = s(share.path());
    let a = Desk::new("A");
    let b = Desk::new("B");
    let pass = Some("correct horse");

    // Without the env var and without a terminal, set says what to do.
    let err = a.fails_env(&["sync", "passphrase", "set"], None);
    assert!(err.contains("FRONTDESK_SYNC_PASSPHRASE"), "{err}");

    a.ok_env(&["sync", "passphrase", "set"], pass);
    a.add_member("Ada Lovelace", "+445550001");
    a.ok_env(&["sync", "--dir", dir], pass);
    // Without the passphrase, an encrypted desk cannot sync.
    let err = a.fails_env(&["sync", "--dir", dir], None);
    assert!(err.contains("passphrase"), "{err}");

    b.ok_env(&["sync", "passphrase", "set", "--dir", dir], pass);
    let before = b.digest();
    let err = b.fails_env(&["sync", "--dir", dir], Some("wrong horse"));
    assert!(err.contains("does not match"), "{err}");
    assert_eq!(b.digest(), before);

    let out = b.ok_env(&["sync", "--dir", dir], pass);
    assert!(out.contains("1 operation applied"), "{out}");
    assert!(b.ok(&["member", "find", "Ada"]).contains("Ada Lovelace"));
    assert_eq!(a.digest(), b.digest());
    assert!(b.ok(&["sync", "status"]).contains("passphrase: set"));

    // Setting another passphrase than the folder's bundles were made with is refused.
    let c = Desk::new("C");
    let err = c.fails_env(&["sync", "passphrase", "set", "--dir", dir], Some("other"));
    assert!(err.contains("another passphrase"), "{err}");
    b.ok(&["sync", "passphrase", "clear"]);
    assert!(b.ok(&["sync", "status"]).contains("passphrase: not set"));
}

#[test]
fn status_counts_unexported_operations() {
    let share = tempfile::tempdir().unwrap();
    let a = Desk::new("Front desk 9");
    let status = a.ok(&["sync", "status"]);
    assert!(status.contains("desk: Front desk 9 (terminal"), "{status}");
    assert!(status.contains("last sync: never"), "{status}");
    assert!(status.contains("sync folder: none"), "{status}");
    a.add_member("Ada Lovelace", "+445550001");
    a.add_member("Alan Turing", "+445550003");
    assert_eq!(a.unexported(), 2);
    assert!(
        a.ok(&["sync", "status"])
            .contains("not yet exported: 2 operations")
    );
    a.ok(&["sync", "export", "--to", s(share.path())]);
    assert_eq!(a.unexported(), 0);
    let status = a.ok(&["sync", "status"]);
    assert!(
        status.contains("not yet exported: 0 operations"),
        "{status}"
    );
    assert!(!status.contains("last sync: never"), "{status}");
}
