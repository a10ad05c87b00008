#![allow(clippy::unwrap_used)]
//! The whole desk loop by keys in Chinese, with `LANG=zh_CN.UTF-8` and nothing else set:
//! find, check in, log a service, a complaint from received to closed, the care lists.
//! Every status line on the way is Chinese; everything is on disk after.

mod common;
use common::*;
use crossterm::event::KeyCode;
use frontdesk::app::state::Pane;
use frontdesk::catalog::{Lang, lang, set_lang};
use frontdesk::domain::ComplaintStatus;
use frontdesk::store::Store;

/// Latin words of three letters or more that are not data typed in this test or key names.
fn english(said: &str) -> Vec<&str> {
    const DATA: &[&str] = &[
        "Ctrl",
        "Enter",
        "Esc",
        "frontdesk",
        "Regular",
        "Silver",
        "Gold",
    ];
    said.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3 && !DATA.contains(w))
        .collect()
}

fn chinese(app: &frontdesk::app::App) -> String {
    let said = status(app);
    assert!(
        said.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "not Chinese: {said}"
    );
    assert!(english(&said).is_empty(), "English left: {said}");
    said
}

#[test]
fn the_desk_loop_in_chinese_by_keys() {
    // SAFETY: this test binary has one test; nothing else reads the environment meanwhile.
    unsafe {
        std::env::set_var("LANG", "zh_CN.UTF-8");
        for k in ["FRONTDESK_LANG", "LC_ALL", "LC_MESSAGES"] {
            std::env::remove_var(k);
        }
    }
    set_lang(Lang::from_env());
    assert_eq!(lang(), Lang::Zh);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.redb");
    {
        let mut app = app(Store::open(&path).unwrap());
        ctrl(&mut app, 'd');
        chinese(&app);
        ctrl(&mut app, 'n');
        typ(&mut app, "张伟");
        tab(&mut app);
        typ(&mut app, "13812345678");
        enter(&mut app);
        if app
            .state
            .form
            .as_ref()
            .is_some_and(|f| !f.duplicates.is_empty())
        {
            chinese(&app);
            enter(&mut app);
        }
        assert!(chinese(&app).contains("张伟"));
        press(&mut app, KeyCode::Esc);

        typ(&mut app, "5678");
        let pos = app
            .state
            .lookup
            .rows
            .iter()
            .position(|r| r.name == "张伟")
            .unwrap();
        for _ in 0..pos {
            press(&mut app, KeyCode::Down);
        }
        enter(&mut app);

        // Check in: the suggested party of 1 is replaced by what is typed.
        ctrl(&mut app, 'k');
        assert_eq!(app.state.pane, Pane::Checkin);
        typ(&mut app, "2");
        tab(&mut app);
        typ(&mut app, "T12");
        enter(&mut app);
        assert!(chinese(&app).contains("张伟"));

        ctrl(&mut app, 'l');
        typ(&mut app, "火锅");
        tab(&mut app);
        tab(&mut app);
        typ(&mut app, "128.50");
        enter(&mut app);
        assert!(chinese(&app).contains("128"));

        // A complaint: the category and severity pickers take the first letter.
        ctrl(&mut app, 'o');
        typ(&mut app, "w");
        tab(&mut app);
        typ(&mut app, "h");
        tab(&mut app);
        typ(&mut app, "等位 40 分钟");
        enter(&mut app);
        chinese(&app);
        let ours = app
            .state
            .complaints
            .iter()
            .position(|c| c.complaint.description == "等位 40 分钟")
            .unwrap();
        press(&mut app, KeyCode::Home);
        for _ in 0..ours {
            press(&mut app, KeyCode::Down);
        }
        // In progress, resolved (with a resolution), followed up (with a note), closed.
        ctrl(&mut app, 'a');
        enter(&mut app);
        chinese(&app);
        ctrl(&mut app, 'a');
        typ(&mut app, "已道歉，经理亲自致歉");
        tab(&mut app);
        typ(&mut app, "赠送甜品");
        enter(&mut app);
        chinese(&app);
        ctrl(&mut app, 'a');
        typ(&mut app, "客人满意");
        enter(&mut app);
        chinese(&app);
        ctrl(&mut app, 'a');
        enter(&mut app);
        chinese(&app);

        // Care lists load, in Chinese.
        press(&mut app, KeyCode::F(7));
        assert_eq!(app.state.pane, Pane::Care);
        assert!(app.state.care.is_some());
    }
    let store = Store::open(&path).unwrap();
    let found = store.members_with_phone("13812345678").unwrap();
    let h = store.history(found[0].member.id).unwrap();
    assert_eq!(h.visits[0].party, 2);
    assert_eq!(h.visits[0].location, "T12");
    assert_eq!(h.services[0].items, vec!["火锅"]);
    let c = &h.complaints[0];
    assert_eq!(c.status, ComplaintStatus::Closed);
    assert_eq!(c.compensation, "赠送甜品");
    set_lang(Lang::En);
}
