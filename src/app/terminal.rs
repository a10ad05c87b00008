//! The terminal is restored on every exit path: the guard's Drop on normal return and on
//! errors, and a panic hook that restores before the panic message is printed (for a
//! panic on the UI thread; a worker's is logged and reported on the status line).

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{cursor, execute, terminal};
use std::io::{self, Stdout};

pub type Term = Terminal<CrosstermBackend<Stdout>>;

pub struct TerminalGuard {
    pub terminal: Term,
}

pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(io::stdout(), terminal::LeaveAlternateScreen, cursor::Show);
}

impl TerminalGuard {
    pub fn enter() -> io::Result<TerminalGuard> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // A panic on a worker thread is caught there and said on the status line; the
            // screen stays as it is and the detail goes to the log, not over the frame.
            if std::thread::current().name() != Some("main") {
                tracing::error!(thread = ?std::thread::current().name(), %info, "panic");
                return;
            }
            restore();
            previous(info);
        }));
        // A damaged store's panic inside the store's containment stays quiet, and is
        // known for damage, on every thread.
        crate::store::quiet_redb_panics();
        terminal::enable_raw_mode()?;
        let mut out = io::stdout();
        if let Err(e) = execute!(out, terminal::EnterAlternateScreen, cursor::Hide) {
            restore();
            return Err(e);
        }
        match Terminal::new(CrosstermBackend::new(out)) {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}
