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

#[test]
fn a_record_that_cannot_be_read_is_said_and_the_app_still_quits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.redb");
    let id = {
        let store = Store::open(&path).unwrap();
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
        let db = redb::Database::open(&path).unwrap();
        let tx = db.begin_write().unwrap();
        {
            let def: redb::TableDefinition<u128, &[u8]> = redb::TableDefinition::new("members");
            let mut t = tx.open_table(def).unwrap();
            t.insert(id.0, [0xffu8; 7].as_slice()).unwrap();
        }
        tx.commit().unwrap();
    }
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
