#![allow(clippy::unwrap_used)]
//! A desk that dies mid-shift (abort: no destructors, no clean shutdown) loses nothing
//! the app had reported as saved.

mod common;
use common::*;
use frontdesk::store::Store;
use std::process::Command;

const CHILD: &str = "FRONTDESK_CRASH_CHILD_STORE";

/// Runs only as the child: saves by keys, reports each save on stdout, then aborts.
#[test]
fn crash_child() {
    let Ok(path) = std::env::var(CHILD) else {
        return;
    };
    let mut app = app(Store::open(std::path::Path::new(&path)).unwrap());
    for i in 0..5 {
        press(&mut app, crossterm::event::KeyCode::F(2));
        ctrl(&mut app, 'n');
        typ(&mut app, &format!("Guest {i}"));
        tab(&mut app);
        typ(&mut app, &format!("1391234567{i}"));
        enter(&mut app);
        assert!(status(&app).starts_with("Saved"), "{}", status(&app));
        ctrl(&mut app, 'k');
        enter(&mut app);
        assert!(status(&app).starts_with("Checked in"), "{}", status(&app));
        println!("SAVED 1391234567{i}");
    }
    std::process::abort();
}

#[test]
fn records_reported_saved_survive_an_abort() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.redb");
    let out = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
        .env(CHILD, &path)
        .output()
        .unwrap();
    assert!(!out.status.success(), "the child aborts");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let saved: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.split_once("SAVED ").map(|x| x.1.trim()))
        .collect();
    assert_eq!(
        saved.len(),
        5,
        "child output: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let store = Store::open(&path).unwrap();
    for phone in saved {
        let found = store.members_with_phone(phone).unwrap();
        assert_eq!(found.len(), 1, "{phone} is on disk");
        assert_eq!(found[0].stats.visits, 1, "{phone}'s check-in is on disk");
    }
    assert_eq!(
        store.rebuild_from_log().unwrap().digest().unwrap(),
        store.digest().unwrap()
    );
}
