//! Driving the real binary as a script would: a temporary store, the caller's own
//! environment left out, and the operator to act as (name and PIN) when one is given.

use std::path::PathBuf;
use std::process::{Command, Output};

/// An operator to act as: name and PIN.
pub type Who<'a> = Option<(&'a str, &'a str)>;

pub const BOSS: Who = Some(("Wang", "2468"));
pub const DESK: Who = Some(("Li", "1357"));

pub struct Shop {
    pub dir: tempfile::TempDir,
    pub store: PathBuf,
}

impl Shop {
    pub fn new() -> Shop {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("desk.redb");
        Shop { dir, store }
    }

    /// The binary on this store, as `who` when given.
    pub fn command(&self, who: Who) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_frontdesk"));
        c.env(
            "FRONTDESK_LOG_DIR",
            std::env::temp_dir().join("frontdesk-test-log"),
        );
        for var in [
            "FRONTDESK_STORE",
            "FRONTDESK_OPERATOR",
            "FRONTDESK_PIN",
            "FRONTDESK_NEW_PIN",
        ] {
            c.env_remove(var);
        }
        // English unless a test says `--lang zh`, whatever the machine's locale.
        c.env("FRONTDESK_LANG", "en");
        c.arg("--store").arg(&self.store);
        if let Some((name, pin)) = who {
            c.arg("--operator").arg(name).env("FRONTDESK_PIN", pin);
        }
        c
    }

    pub fn run(&self, who: Who, args: &[&str]) -> Output {
        self.command(who).args(args).output().unwrap()
    }

    /// Runs and expects success; returns stdout.
    pub fn ok_as(&self, who: Who, args: &[&str]) -> String {
        let out = self.run(who, args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn ok(&self, args: &[&str]) -> String {
        self.ok_as(None, args)
    }

    /// Runs and expects exit status 1 with one `error: …` sentence; returns stderr.
    pub fn fails_as(&self, who: Who, args: &[&str]) -> String {
        let out = self.run(who, args);
        assert_eq!(out.status.code(), Some(1), "{args:?} should fail");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.starts_with("error: ") || err.starts_with("错误："),
            "{err}"
        );
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        err
    }

    pub fn fails(&self, args: &[&str]) -> String {
        self.fails_as(None, args)
    }

    /// Wang, the first operator and a manager (PIN 2468), then Li, a receptionist
    /// (PIN 1357), added by Wang.
    pub fn staff(&self) {
        self.staff_with("receptionist");
    }

    /// As [`Shop::staff`], Li's role written as given (前台, receptionist).
    pub fn staff_with(&self, li_role: &str) {
        let out = self
            .command(None)
            .env("FRONTDESK_PIN", "2468")
            .args(["operator", "add", "Wang", "--role", "manager"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let out = self
            .command(BOSS)
            .env("FRONTDESK_NEW_PIN", "1357")
            .args(["operator", "add", "Li", "--role", li_role])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

pub fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text.lines().next().unwrap().trim()).unwrap()
}
