#![allow(clippy::unwrap_used)]
//! Two desks, one shared folder, Ctrl-Y on both: a member added on one is found on the other.

mod common;
use common::*;
use frontdesk::store::Store;

#[test]
fn ctrl_y_on_both_desks_brings_a_new_member_across() {
    let share = tempfile::tempdir().unwrap();
    let mut a = app(Store::in_memory(None).unwrap());
    let mut b = app(Store::in_memory(None).unwrap());

    // No folder yet: a sentence, nothing changes.
    ctrl(&mut a, 'y');
    assert!(status(&a).contains("No sync folder"), "{}", status(&a));
    assert!(a.state.busy.is_none());

    for desk in [&a, &b] {
        frontdesk::sync::state::set_folder(desk.store(), Some(share.path())).unwrap();
    }
    ctrl(&mut a, 'n');
    typ(&mut a, "王芳");
    tab(&mut a);
    typ(&mut a, "13900001234");
    enter(&mut a);
    assert_eq!(
        a.state.sync.unexported, 1,
        "the title bar counts the unsent change"
    );

    ctrl(&mut a, 'y');
    assert!(status(&a).starts_with("Sent 1 operation"), "{}", status(&a));
    assert_eq!(a.state.sync.unexported, 0);
    assert!(a.state.sync.last.is_some());

    assert!(b.state.offer_demo, "desk B starts empty");
    ctrl(&mut b, 'y');
    assert!(!b.state.offer_demo, "members arrived: no demo offer");
    assert!(status(&b).contains("1 operation"), "{}", status(&b));
    typ(&mut b, "1234");
    assert_eq!(
        b.state.lookup.rows.first().map(|r| r.name.as_str()),
        Some("王芳")
    );
    assert_eq!(a.store().digest().unwrap(), b.store().digest().unwrap());
}
