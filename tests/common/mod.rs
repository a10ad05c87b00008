#![allow(dead_code, clippy::unwrap_used)]
//! Driving the app by key events, as a receptionist would.

pub mod cli;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use frontdesk::app::App;
use frontdesk::keymap::Keymap;
use frontdesk::store::Store;
use std::sync::Arc;

pub fn app(store: Store) -> App {
    App::new(Arc::new(store), Keymap::default(), false).unwrap()
}

pub fn press(app: &mut App, code: KeyCode) {
    app.key(KeyEvent::new(code, KeyModifiers::NONE));
    app.drain();
}

pub fn ctrl(app: &mut App, c: char) {
    app.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    app.drain();
}

pub fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        app.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    app.drain();
}

pub fn enter(app: &mut App) {
    press(app, KeyCode::Enter);
}

pub fn tab(app: &mut App) {
    press(app, KeyCode::Tab);
}

pub fn status(app: &App) -> String {
    app.state
        .status
        .as_ref()
        .map(|s| frontdesk::ui::status::note_text(&s.note))
        .unwrap_or_default()
}

/// Clear the focused form field.
pub fn clear_field(app: &mut App) {
    let n = app
        .state
        .form
        .as_ref()
        .map_or(0, |f| f.fields[f.focus].value.chars().count());
    for _ in 0..n {
        press(app, KeyCode::Backspace);
    }
}

/// The form field whose validation key is `key` ("name", "amount", …).
pub fn fid(key: &str) -> frontdesk::catalog::FieldId {
    frontdesk::catalog::FieldId::ALL
        .into_iter()
        .find(|f| f.key() == key)
        .unwrap()
}
