#![allow(clippy::unwrap_used)]
//! The app on a store holding a record it cannot read: the index does not stay
//! "indexing" forever, the status line says the store is damaged and names the newest
//! good backup, and Ctrl-Q quits.

mod common;
use common::*;
use frontdesk::desk::{AddMember, Desk};
use frontdesk::domain::Timestamp;
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::validate::MemberDraft;
use frontdesk::store::Store;

/// A store at `path` with one member whose record cannot be read, and a backup.
fn damaged_store(path: &std::path::Path) {
    let id = {
        let store = Store::open(path).unwrap();
        let settings = ProgramSettings::default();
        let desk = Desk::new(&store, &settings, Timestamp::now());
        let draft = MemberDraft {
            name: "Ann Lee".into(),
            phone: "13911112222".into(),
            ..MemberDraft::default()
        };
        let add = AddMember {
            draft,
            referred_by: None,
            confirmed: true,
        };
        let id = desk.add_member(add).unwrap().id;
        frontdesk::desk::upkeep::auto_backup(&store, Timestamp::now(), true, None).unwrap();
        id
    };
    {
        let db = redb::Database::open(path).unwrap();
        let tx = db.begin_write().unwrap();
        {
            let def: redb::TableDefinition<u128, &[u8]> = redb::TableDefinition::new("members");
            let mut t = tx.open_table(def).unwrap();
            t.insert(id.0, [0xffu8; 7].as_slice()).unwrap();
        }
        tx.commit().unwrap();
    }
}

#[test]
fn a_record_that_cannot_be_read_is_said_and_the_app_still_quits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.redb");
    damaged_store(&path);
    frontdesk::catalog::set_lang(frontdesk::catalog::Lang::En);
    let mut app = app(Store::open(&path).unwrap());
    assert!(!app.state.indexing, "the index is not left building");
    let said = status(&app);
    assert!(said.contains("cannot be read"), "{said}");
    assert!(said.contains("The newest good backup is"), "{said}");
    assert!(said.contains("backups"), "{said}");
    ctrl(&mut app, 'q');
    assert!(app.state.quit);
}

#[test]
fn in_a_terminal_the_damage_is_shown_and_ctrl_q_quits() {
    use rexpect::session::spawn_command;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.redb");
    damaged_store(&path);
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg("stty rows 24 cols 100 && exec \"$0\" --lang en --store \"$1\"")
        .arg(env!("CARGO_BIN_EXE_frontdesk"))
        .arg(&path)
        .env("NO_COLOR", "1")
        .env("FRONTDESK_LOG_DIR", dir.path());
    let mut p = spawn_command(cmd, Some(10_000)).unwrap();
    p.exp_string("cannot be read").unwrap();
    p.send_control('q').unwrap();
    p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 0)),
        "{status:?}"
    );
}
