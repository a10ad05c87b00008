//! The event loop: block until a key, a background result or the next minute; handle
//! everything waiting; redraw once. No fixed-rate render loop: idle means asleep.

use super::note::{Note, StartupProblem, StatusKind};
use super::runtime::App;
use super::terminal::TerminalGuard;
use super::worker::Event as AppEvent;
use crate::domain::Timestamp;
use crate::keymap::{DEFAULT_KEYMAP, Keymap};
use crate::membership::settings::SettingsSource;
use crate::store::Store;
use ratatui::crossterm::event;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

#[derive(Clone, Debug, Default)]
pub struct TuiOptions {
    /// A user keymap overriding single keys; `None` looks for keymap.toml in the config folder.
    pub keymap: Option<PathBuf>,
    /// The membership program settings; `None` uses settings.toml in the config folder
    /// when there is one, else the built-in restaurant program.
    pub settings: Option<PathBuf>,
    /// Mistakes found in the store's own message files.
    pub wording: Vec<crate::catalog::FileProblem>,
}

/// The default keymap merged with the user's file, and any problems in it.
pub fn load_keymap(path: Option<&PathBuf>) -> (Keymap, Vec<StartupProblem>) {
    let default_path = directories::ProjectDirs::from("", "", "frontdesk")
        .map(|d| d.config_dir().join("keymap.toml"));
    let (path, explicit) = match path {
        Some(p) => (Some(p.clone()), true),
        None => (default_path, false),
    };
    let mut notes = Vec::new();
    let mut too_large = None;
    let user = match &path {
        Some(p) => match read_capped(p, crate::keymap::MAX_KEYMAP_BYTES) {
            Ok(Ok(text)) => Some(text),
            Ok(Err(size)) => {
                too_large = Some(size);
                None
            }
            Err(e) if explicit => {
                notes.push(StartupProblem::KeymapUnreadable {
                    path: p.clone(),
                    cause: e.to_string(),
                });
                None
            }
            Err(_) => None,
        },
        None => None,
    };
    let (keymap, warnings) = Keymap::load(DEFAULT_KEYMAP, user.as_deref());
    if let Some(bytes) = too_large {
        notes.push(StartupProblem::Keymap(crate::keymap::Warning {
            origin: crate::keymap::Origin::User,
            line: 1,
            problem: crate::keymap::Problem::TooLarge {
                bytes,
                max: crate::keymap::MAX_KEYMAP_BYTES,
            },
            outcome: crate::keymap::Outcome::FileIgnored,
            suggestion: None,
        }));
    }
    notes.extend(warnings.into_iter().map(StartupProblem::Keymap));
    (keymap, notes)
}

/// A text file of at most `max` bytes, or its size when it is larger (then it is not read).
fn read_capped(path: &std::path::Path, max: u64) -> std::io::Result<Result<String, u64>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    if size > max {
        return Ok(Err(size));
    }
    let mut text = String::new();
    file.take(max + 1).read_to_string(&mut text)?;
    if text.len() as u64 > max {
        return Ok(Err(text.len() as u64));
    }
    Ok(Ok(text))
}

pub fn run_tui(store: Store, opts: TuiOptions) -> anyhow::Result<()> {
    let (keymap, notes) = load_keymap(opts.keymap.as_ref());
    let mut app = App::new(Arc::new(store), keymap, true)?;
    let chinese = crate::catalog::lang() == crate::catalog::Lang::Zh;
    let builtin = crate::domain::loyalty::ProgramSettings::builtin(chinese);
    let (settings, settings_note) = SettingsSource::load_with(opts.settings.as_deref(), builtin);
    app.set_settings(settings);
    app.expire_points();
    app.backup_if_due();
    let mut notes = notes;
    notes.extend(settings_note.map(StartupProblem::Settings));
    notes.extend(opts.wording.into_iter().map(StartupProblem::Wording));
    if let Some(first) = notes.first() {
        let note = Note::Startup(first.clone(), notes.len() - 1);
        app.state.tell(StatusKind::Error, note);
    }
    let mut guard = TerminalGuard::enter()?;
    if let Ok(size) = guard.terminal.size() {
        app.dispatch(super::msg::Msg::Resized(size.width, size.height));
    }
    let tx = app.sender();
    std::thread::spawn(move || {
        while let Ok(ev) = event::read() {
            if tx.send(AppEvent::Input(ev)).is_err() {
                break;
            }
        }
    });
    let mut dirty = true;
    loop {
        if dirty {
            let contexts = app.contexts();
            guard
                .terminal
                .draw(|f| crate::ui::draw(f, &app.state, &app.keymap, &contexts))?;
        }
        dirty = match app.recv_timeout(until_next_minute()) {
            Some(event) => {
                app.handle(event);
                app.drain();
                true
            }
            None => {
                // The clock shows minutes: redraw only when the shown minute changes.
                let now = Timestamp::now();
                let changed = now.0 / 60_000 != app.state.now.0 / 60_000;
                app.tick(now);
                changed
            }
        };
        if app.state.quit {
            break;
        }
    }
    drop(guard);
    app.backup_on_quit();
    Ok(())
}

fn until_next_minute() -> Duration {
    let ms = Timestamp::now().0.rem_euclid(60_000);
    Duration::from_millis((60_000 - ms) as u64 + 5)
}
