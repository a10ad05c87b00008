#![allow(clippy::unwrap_used)]
//! A short crash campaign (the full one is `cargo bench --bench crash`): a desk killed
//! with SIGKILL at random moments while it saves; after each kill the store opens, agrees
//! with itself and its log, and holds every save the desk acknowledged.

mod crash_support;
use crash_support::*;
use std::process::Command;
use std::time::Duration;

/// Runs only as the child, started by the campaign below.
#[test]
fn crash_campaign_child() {
    if let Ok(path) = std::env::var(CHILD) {
        child(std::path::Path::new(&path));
    }
}

#[test]
fn a_desk_killed_ten_times_loses_nothing_it_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("crash.redb");
    let exe = std::env::current_exe().unwrap();
    let command = || {
        let mut c = Command::new(&exe);
        c.args([
            "--exact",
            "crash_campaign_child",
            "--nocapture",
            "--test-threads=1",
        ]);
        c
    };
    let f = campaign(command, &store, 10, Duration::from_millis(150));
    assert!(f.problems.is_empty(), "{:#?}", f.problems);
    assert_eq!(f.kills, 10);
    assert!(f.acknowledged > 0, "the child saved nothing in ten runs");
}
