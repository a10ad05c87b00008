//! `frontdesk sync …`: exchange operation bundles with other desks through a folder.

use super::{InWords, note, warn};
use crate::catalog;
use crate::cli::output;
use crate::desk::Desk;
use crate::domain::Timestamp;
use crate::store::Store;
use crate::sync::{self, ImportSummary, PASSPHRASE_ENV, SyncError, SyncKey, SyncProgress};
use crate::tr;
use anyhow::{anyhow, bail};
use clap::{Args, Subcommand};
use serde_json::json;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const EXIT_HELP: &str = "\
Exit status:
  0  the store is fine: everything that could be done was done. Files in the folder that
     were refused (damaged, incomplete, foreign, newer format, another passphrase) are
     listed on stderr as `warning: FILE: reason`, one line each; they changed nothing.
  1  nothing more could be done: the folder is missing or unwritable, the passphrase is
     wrong or missing, or the store failed; one `error: …` sentence on stderr.

The chain passphrase is read from FRONTDESK_SYNC_PASSPHRASE, or asked for when stdin is a
terminal.
";

/// The exit-status rule in short, for `-h`.
const EXIT_SHORT: &str = "Exit status 0 when the store is fine, even if some files were refused (listed as warnings on stderr); 1 on a folder, passphrase or store error. More with --help.";

#[derive(Args, Debug)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = EXIT_SHORT,
    after_long_help = EXIT_HELP,
    long_about = "Exchange changes with other desks through a shared folder (network share, USB \
stick, rsync, Syncthing).\n\nWith --dir DIR: export what DIR lacks, then import what this desk \
lacks, and remember DIR as this desk's sync folder (the app's Ctrl-Y uses it). With neither \
--dir nor a command: the same, through the remembered folder."
)]
pub struct SyncArgs {
    /// Sync both ways through this folder, and remember it as this desk's sync folder.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    #[command(subcommand)]
    cmd: Option<SyncCmd>,
}

#[derive(Subcommand, Debug)]
enum SyncCmd {
    /// Write every operation DIR does not hold yet into new bundle files under DIR.
    #[command(after_help = EXIT_SHORT, after_long_help = EXIT_HELP)]
    Export {
        /// The folder to write into (it must exist).
        #[arg(long, value_name = "DIR")]
        to: PathBuf,
    },
    /// Apply every bundle under DIR (recursively) that this desk has not seen.
    #[command(after_help = EXIT_SHORT, after_long_help = EXIT_HELP)]
    Import {
        /// The folder to read from.
        #[arg(long, value_name = "DIR")]
        from: PathBuf,
    },
    /// Show this desk's sync folder, or set it without syncing.
    Folder {
        /// The new sync folder (made absolute; it need not exist yet).
        dir: Option<PathBuf>,
        /// Forget the sync folder.
        #[arg(long, conflicts_with = "dir")]
        clear: bool,
    },
    /// Set or clear the chain passphrase that encrypts bundles.
    #[command(subcommand)]
    Passphrase(PassphraseCmd),
    /// Last sync time, operations not yet exported, passphrase, sync folder.
    Status {
        /// One JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
enum PassphraseCmd {
    /// Set the chain passphrase: from FRONTDESK_SYNC_PASSPHRASE, or typed twice at the terminal.
    ///
    /// From then on this desk writes encrypted bundles and refuses plaintext ones. When the
    /// folder already holds encrypted bundles, the passphrase must open them.
    Set {
        /// The folder whose bundles the passphrase must open (default: the sync folder).
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Remove the passphrase: bundles are written in plaintext, encrypted ones refused.
    Clear,
}

pub fn run(desk: &Desk, a: SyncArgs) -> anyhow::Result<()> {
    let store = desk.store;
    match (a.cmd, a.dir) {
        (Some(SyncCmd::Export { to }), _) => export(desk, &to),
        (Some(SyncCmd::Import { from }), _) => import(desk, &from),
        (Some(SyncCmd::Folder { dir, clear }), _) => folder(store, dir.as_deref(), clear),
        (Some(SyncCmd::Passphrase(PassphraseCmd::Set { dir })), _) => {
            passphrase_set(store, dir.as_deref())
        }
        (Some(SyncCmd::Passphrase(PassphraseCmd::Clear)), _) => {
            sync::clear_passphrase(store)?;
            out!("{}", tr!("cli-sync-passphrase-cleared"));
            Ok(())
        }
        (Some(SyncCmd::Status { json }), _) => status(desk, json),
        (None, Some(dir)) => both(desk, &dir),
        (None, None) => match sync::folder(store)? {
            Some(dir) => both(desk, &dir),
            None => Err(SyncError::NoFolder.into()),
        },
    }
}

/// `Front desk 2 (terminal 0123456789abcdef)`: who is syncing, for output headers.
fn who(store: &Store) -> anyhow::Result<String> {
    Ok(tr!(
        "cli-sync-who",
        name = crate::catalog::people::desk_name(&store.terminal_name()?),
        terminal = store.terminal().to_string()
    ))
}

fn export(desk: &Desk, to: &Path) -> anyhow::Result<()> {
    let (who, dir) = (who(desk.store)?, to.display().to_string());
    out!("{}", tr!("cli-sync-exporting", who = who, dir = dir));
    let key = key(desk.store)?;
    let mut progress = Progress::new();
    let report = desk.sync_export(to, key.as_ref(), &mut |p| progress.show(p));
    progress.done();
    out!("{}", catalog::export_report(&report.in_words()?));
    Ok(())
}

fn import(desk: &Desk, from: &Path) -> anyhow::Result<()> {
    let (who, dir) = (who(desk.store)?, from.display().to_string());
    out!("{}", tr!("cli-sync-importing", who = who, dir = dir));
    let key = key(desk.store)?;
    let mut progress = Progress::new();
    let summary = desk.sync_import(from, key.as_ref(), &mut |p| progress.show(p));
    progress.done();
    let summary = summary.in_words()?;
    out!("{}", catalog::import_summary(&summary));
    warn_refused(&summary);
    Ok(())
}

/// Both ways through `dir`, which then becomes this desk's sync folder.
fn both(desk: &Desk, dir: &Path) -> anyhow::Result<()> {
    let store = desk.store;
    let (who, shown) = (who(store)?, dir.display().to_string());
    out!("{}", tr!("cli-sync-syncing", who = who, dir = shown));
    let key = key(store)?;
    let mut progress = Progress::new();
    let report = desk.sync_with(dir, key.as_ref(), &mut |p| progress.show(p));
    progress.done();
    let report = report.in_words()?;
    out!("{}", catalog::sync_report(&report));
    warn_refused(&report.import);
    let before = sync::folder(store)?;
    let now = sync::set_folder(store, Some(dir))?;
    if now != before
        && let Some(now) = now
    {
        folder_now(&now)?;
    }
    Ok(())
}

/// Each refused file on stderr: `warning: FILE: reason`, one line each.
fn warn_refused(summary: &ImportSummary) {
    for (path, why) in &summary.bundles_refused {
        let file = path.display().to_string();
        warn(tr!(
            "cli-sync-refused",
            file = file,
            reason = one_line(&catalog::bundle_error(why))
        ));
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn folder(store: &Store, dir: Option<&Path>, clear: bool) -> anyhow::Result<()> {
    if clear {
        sync::set_folder(store, None)?;
        out!("{}", tr!("cli-sync-folder-cleared"));
        return Ok(());
    }
    match dir {
        None => match sync::folder(store)? {
            Some(d) => out!("{}", d.display()),
            None => return Err(SyncError::NoFolder.into()),
        },
        Some(dir) => {
            let now = sync::set_folder(store, Some(dir))?.unwrap_or_else(|| dir.to_path_buf());
            folder_now(&now)?;
            if !now.is_dir() {
                let dir = now.display().to_string();
                note(tr!("cli-sync-folder-missing", dir = dir));
            }
        }
    }
    Ok(())
}

fn folder_now(dir: &Path) -> anyhow::Result<()> {
    let dir = dir.display().to_string();
    out!("{}", tr!("cli-sync-folder-now", dir = dir));
    Ok(())
}

fn status(desk: &Desk, as_json: bool) -> anyhow::Result<()> {
    let store = desk.store;
    let st = desk.sync_status().in_words()?;
    let dir = sync::folder(store)?;
    let last = st.last_sync_ms.map(Timestamp);
    if as_json {
        return output::print_json(&json!({
            "terminal": store.terminal().to_string(),
            "terminal_name": store.terminal_name()?,
            "folder": dir.as_ref().map(|d| d.display().to_string()),
            "last_sync": last.map(output::iso),
            "unexported": st.unexported,
            "passphrase_set": st.passphrase_set,
        }));
    }
    out!("{}", tr!("cli-sync-status-desk", who = who(store)?));
    let folder = match &dir {
        Some(d) => tr!("cli-sync-status-folder", dir = d.display().to_string()),
        None => tr!("cli-sync-status-no-folder"),
    };
    out!("{folder}");
    let last = match last {
        Some(t) => tr!("cli-sync-status-last", time = output::local(t)),
        None => tr!("cli-sync-status-never"),
    };
    out!("{last}");
    let unexported = st.unexported;
    out!("{}", tr!("cli-sync-status-unexported", count = unexported));
    let passphrase = if st.passphrase_set {
        "cli-sync-status-encrypted"
    } else {
        "cli-sync-status-plaintext"
    };
    out!("{}", tr!(passphrase));
    Ok(())
}

fn passphrase_set(store: &Store, dir: Option<&Path>) -> anyhow::Result<()> {
    let passphrase = match std::env::var(PASSPHRASE_ENV) {
        Ok(p) => p,
        Err(_) if std::io::stdin().is_terminal() => {
            let first = read_hidden(&tr!("cli-sync-prompt-new"))?;
            if first.is_empty() {
                return Err(sync::KeyError::EmptyPassphrase.into());
            }
            let again = read_hidden(&tr!("cli-sync-prompt-again"))?;
            if again != first {
                bail!(tr!("cli-sync-passphrases-differ"));
            }
            first
        }
        Err(_) => bail!(tr!("cli-sync-no-passphrase", env = PASSPHRASE_ENV)),
    };
    let remembered;
    let dir = match dir {
        Some(d) => Some(d),
        None => {
            remembered = sync::folder(store)?;
            remembered.as_deref()
        }
    };
    sync::set_passphrase(store, &passphrase, dir)?;
    out!("{}", tr!("cli-sync-passphrase-set"));
    Ok(())
}

/// The key to sync with: none without a passphrase on this desk; else from the environment,
/// or asked for at the terminal (three tries).
pub(super) fn key(store: &Store) -> anyhow::Result<Option<SyncKey>> {
    match sync::key_from_env(store) {
        Err(SyncError::PassphraseNeeded) if std::io::stdin().is_terminal() => {}
        other => return Ok(other?),
    }
    let mut tries = 0;
    loop {
        let typed = read_hidden(&tr!("cli-sync-prompt"))?;
        match sync::key_for(store, Some(&typed)) {
            Err(SyncError::Key(sync::KeyError::WrongPassphrase)) if tries < 2 => {
                tries += 1;
                eprintln!("{}", tr!("cli-sync-try-again"));
            }
            other => return Ok(other?),
        }
    }
}

/// Reads a line at the terminal without echo (raw mode), for passphrases, after the
/// prompt and a space. Enter ends it; Backspace and Ctrl-U edit; Esc, Ctrl-C and Ctrl-D
/// cancel.
pub(super) fn read_hidden(prompt: &str) -> anyhow::Result<String> {
    use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
    struct Raw;
    impl Drop for Raw {
        fn drop(&mut self) {
            let _ = crossterm::terminal::disable_raw_mode();
        }
    }
    let mut err = std::io::stderr();
    write!(err, "{prompt} ")?;
    err.flush()?;
    crossterm::terminal::enable_raw_mode()?;
    let raw = Raw;
    let mut line = String::new();
    let cancelled = loop {
        let Event::Key(k) = event::read()? else {
            continue;
        };
        if k.kind == KeyEventKind::Release {
            continue;
        }
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        match k.code {
            KeyCode::Enter => break false,
            KeyCode::Esc => break true,
            KeyCode::Char('c' | 'd') if ctrl => break true,
            KeyCode::Char('u') if ctrl => line.clear(),
            KeyCode::Backspace => {
                line.pop();
            }
            KeyCode::Char(c) if !ctrl => line.push(c),
            _ => {}
        }
    };
    drop(raw);
    writeln!(err)?;
    if cancelled {
        return Err(anyhow!(tr!("cli-sync-prompt-cancelled")));
    }
    Ok(line)
}

/// Progress on stderr, only when stderr is a terminal, at most ten times a second.
struct Progress {
    on: bool,
    shown: Option<Instant>,
    width: usize,
}

impl Progress {
    fn new() -> Progress {
        Progress {
            on: std::io::stderr().is_terminal(),
            shown: None,
            width: 0,
        }
    }

    fn show(&mut self, p: SyncProgress) {
        if !self.on
            || self
                .shown
                .is_some_and(|t| t.elapsed() < Duration::from_millis(100))
        {
            return;
        }
        self.shown = Some(Instant::now());
        let text = crate::ui::text::safe(&catalog::sync_progress(&p)).into_owned();
        let pad = self.width.saturating_sub(text.chars().count());
        self.width = self.width.max(text.chars().count());
        let mut err = std::io::stderr();
        let _ = write!(err, "\r{text}{}", " ".repeat(pad));
        let _ = err.flush();
    }

    fn done(&mut self) {
        if self.on && self.width > 0 {
            let mut err = std::io::stderr();
            let _ = write!(err, "\r{}\r", " ".repeat(self.width));
            let _ = err.flush();
        }
    }
}
