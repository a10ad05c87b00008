//! The command line: everything a script or a test needs without a terminal.
//! Output is plain text for people, or with `--json` one JSON object per line.
//! Errors are one sentence on stderr and exit status 1.

/// `println!` that reports a closed stdout (`frontdesk … | head`) as an error
/// instead of panicking; `main` treats a broken pipe as a normal end.
macro_rules! out {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout(), $($t)*)?;
    }};
}

mod care;
mod checkin;
mod complaint;
mod csv;
mod member;
mod misc;
mod output;
mod points;
mod resolve;
mod service;
mod settings;
mod sync;

use crate::membership::settings::SettingsSource;
use crate::store::Store;
use anyhow::anyhow;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "frontdesk",
    version,
    about = "Keyboard-first front desk for restaurants, salons and hotels",
    long_about = "Keyboard-first front desk for restaurants, salons and hotels.\n\nWith no command, opens the terminal app."
)]
pub struct Cli {
    /// The store file (default: frontdesk.redb in the platform data directory).
    #[arg(long, global = true, env = "FRONTDESK_STORE", value_name = "PATH")]
    pub store: Option<PathBuf>,
    /// A keymap file whose bindings override the defaults (terminal app only).
    #[arg(long, global = true, value_name = "PATH")]
    pub keymap: Option<PathBuf>,
    /// The membership program settings file (default: settings.toml in the frontdesk
    /// config folder if it exists, else the built-in restaurant program).
    #[arg(long, global = true, env = "FRONTDESK_SETTINGS", value_name = "PATH")]
    pub settings: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Fill the store with generated demo data.
    Demo(misc::DemoArgs),
    /// Add, find, show, edit or delete members.
    #[command(subcommand)]
    Member(member::MemberCmd),
    /// Check in a member (by id, card or phone) or a walk-in.
    Checkin(checkin::CheckinArgs),
    /// Log a service for a member; points are earned on the amount.
    Service(service::ServiceArgs),
    /// Take complaints and move them through their lifecycle.
    #[command(subcommand)]
    Complaint(complaint::ComplaintCmd),
    /// Care lists: birthdays this week, lapsing regulars, complaint follow-ups due.
    #[command(subcommand)]
    Care(care::CareCmd),
    /// Redeem, adjust or expire points.
    #[command(subcommand)]
    Points(points::PointsCmd),
    /// Write members, visits, services or complaints to a CSV file for a spreadsheet.
    Export(csv::ExportArgs),
    /// Import members from another system's CSV file.
    #[command(subcommand)]
    Import(csv::ImportCmd),
    /// Check the membership program settings file.
    #[command(subcommand)]
    Settings(settings::SettingsCmd),
    /// Show or set this desk's name.
    Terminal(misc::TerminalArgs),
    /// Exchange changes with other desks through a shared folder.
    Sync(sync::SyncArgs),
    /// Print one line: a hash of the whole current state, equal on desks in step.
    Digest,
}

/// Parse the arguments, run, and turn any error into a sentence and exit status 1.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    let command = match cli.command {
        Some(Command::Settings(c)) => return settings::run(cli.settings.as_deref(), c),
        other => other,
    };
    let store = open_store(cli.store.as_deref())?;
    let program = || {
        let (src, warning) = SettingsSource::load(cli.settings.as_deref());
        if let Some(w) = warning {
            eprintln!("warning: {w}");
        }
        src.get().clone()
    };
    match command {
        None => run_app(store, cli.keymap, cli.settings),
        Some(Command::Demo(a)) => misc::demo(&store, a),
        Some(Command::Member(c)) => member::run(&store, &program(), c),
        Some(Command::Checkin(a)) => checkin::run(&store, &program(), a),
        Some(Command::Service(a)) => service::run(&store, &program(), a),
        Some(Command::Complaint(c)) => complaint::run(&store, c),
        Some(Command::Care(c)) => care::run(&store, &program(), c),
        Some(Command::Points(c)) => points::run(&store, &program(), c),
        Some(Command::Export(a)) => csv::export(&store, &program(), a),
        Some(Command::Import(c)) => csv::import(&store, c),
        Some(Command::Settings(_)) => Ok(()),
        Some(Command::Terminal(a)) => misc::terminal(&store, a),
        Some(Command::Sync(a)) => sync::run(&store, a),
        Some(Command::Digest) => {
            out!("{}", store.digest()?);
            Ok(())
        }
    }
}

/// The terminal app.
fn run_app(store: Store, keymap: Option<PathBuf>, settings: Option<PathBuf>) -> anyhow::Result<()> {
    crate::app::run_tui(store, crate::app::TuiOptions { keymap, settings })
}

/// The store path given, or the default in the platform data directory.
pub fn store_path(given: Option<&std::path::Path>) -> anyhow::Result<PathBuf> {
    if let Some(p) = given {
        return Ok(p.to_path_buf());
    }
    let dirs = directories::ProjectDirs::from("", "", "frontdesk").ok_or_else(|| {
        anyhow!("could not find a data directory for this user; give the store with --store PATH")
    })?;
    Ok(dirs.data_dir().join("frontdesk.redb"))
}

fn open_store(given: Option<&std::path::Path>) -> anyhow::Result<Store> {
    let path = store_path(given)?;
    // StoreError's Display is already a sentence; only name the file when it helps.
    Store::open(&path).map_err(|e| match e {
        crate::store::StoreError::InUse | crate::store::StoreError::NewerSchema(_) => anyhow!(e),
        other => anyhow!(other).context(format!("opening the store {}", path.display())),
    })
}

/// Validation errors of a form, as one sentence.
fn field_errors(errors: Vec<crate::domain::validate::FieldError>) -> anyhow::Error {
    let text: Vec<String> = errors
        .iter()
        .map(|e| crate::catalog::text().field_error(e))
        .collect();
    anyhow!("{}; nothing was saved", text.join("; "))
}

/// One validated text field or a sentence.
fn checked_text(field: &'static str, value: &str, max: usize) -> anyhow::Result<String> {
    crate::domain::validate::text(field, value, max, false).map_err(|e| {
        anyhow!(
            "{}; nothing was saved",
            crate::catalog::text().field_error(&e)
        )
    })
}
