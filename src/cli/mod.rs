//! The command line: everything a script or a test needs without a terminal.
//! Output is plain text for people, or with `--json` one JSON object per line.
//! Errors are one sentence on stderr and exit status 1.

/// `println!` that reports a closed stdout (`frontdesk … | head`) as an error
/// instead of panicking; `main` treats a broken pipe as a normal end. Every control
/// character but the line break, and every character that reorders text, is written
/// escaped (`\u{1b}`): names, notes and typed input reach the terminal as text, never as
/// escape sequences.
macro_rules! out {
    () => {{
        use std::io::Write as _;
        writeln!(std::io::stdout())?;
    }};
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let line = format!($($t)*);
        writeln!(std::io::stdout(), "{}", $crate::ui::text::safe_lines(&line))?;
    }};
}

mod audit;
mod care;
mod checkin;
mod complaint;
mod csv;
mod member;
mod member_card;
mod misc;
mod operator;
mod output;
mod package;
mod points;
mod service;
mod settings;
mod shift;
mod store;
mod sync;
mod wallet;

use crate::catalog::Lang;
use crate::desk::{Desk, DeskError};
use crate::domain::loyalty::ProgramSettings;
use crate::domain::{Id, Timestamp};
use crate::membership::settings::SettingsSource;
use crate::store::Store;
use crate::tr;
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
    /// The language to speak: zh (简体中文) or en. Default: FRONTDESK_LANG, the locale
    /// (LC_ALL, LC_MESSAGES, LANG), then `language` in the settings file; else English.
    #[arg(long, global = true, value_name = "zh|en", value_parser = lang_code)]
    pub lang: Option<String>,
    /// A folder with this store's own wording (en.ftl, zh-CN.ftl) overriding single
    /// messages, such as 贵宾 for 会员 (default: messages/ in the frontdesk config folder).
    #[arg(long, global = true, env = "FRONTDESK_MESSAGES", value_name = "DIR")]
    pub messages: Option<PathBuf>,
    /// Act as this operator (once the store has operators); the PIN is asked on the
    /// terminal or taken from FRONTDESK_PIN. Give it before the command.
    #[arg(long, env = "FRONTDESK_OPERATOR", value_name = "NAME")]
    pub operator: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Mistakes found in the store's own message files (shown by the app at start).
    #[arg(skip)]
    pub wording: Vec<crate::catalog::FileProblem>,
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
    /// Stored value (储值): top up, refund, adjust, show a balance, list overdrawn ones.
    #[command(subcommand)]
    Wallet(wallet::WalletCmd),
    /// Packages (次卡): sell, use, refund, list.
    #[command(subcommand)]
    Package(package::PackageCmd),
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
    /// Add, list or remove the operators who sign in at the desks.
    #[command(subcommand)]
    Operator(operator::OperatorCmd),
    /// Who did what, when, on which desk (managers only once operators exist).
    Audit(audit::AuditArgs),
    /// The shift (交班): open with a float, close with the cash counted, accept, show.
    #[command(subcommand)]
    Shift(shift::ShiftCmd),
    /// Reports: the day close (日结) of the store's shifts.
    #[command(subcommand)]
    Report(shift::ReportCmd),
    /// Write a verified copy of the store (works while the app has it open).
    Backup(store::BackupArgs),
    /// Put a backup in place of the store, keeping the replaced store aside.
    Restore(store::RestoreArgs),
    /// Check the store file, or rebuild a store from its operation log.
    #[command(subcommand)]
    Store(store::StoreCmd),
}

/// Parse the arguments, run, and turn any error into a sentence and exit status 1.
pub fn main() -> ExitCode {
    let _log = crate::logging::init(None);
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // A mistyped argument is quoted back: escaped, as every other line.
        Err(e) if e.use_stderr() => {
            eprint!("{}", shown(&e.render().to_string()));
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
        Err(e) => e.exit(),
    };
    let wording = crate::catalog::overrides_dir(cli.messages.as_deref())
        .map(|d| crate::catalog::load_overrides(&d))
        .unwrap_or_default();
    crate::catalog::set_lang(choose_lang(&cli));
    if cli.command.is_some() {
        for p in &wording {
            warn(crate::catalog::file_problem(p));
        }
    }
    let cli = Cli { wording, ..cli };
    let path = store_path(cli.store.as_deref()).ok();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "command failed");
            eprintln!("{}", shown(&tr!("cli-error", message = sentence(&e))));
            if let Some(path) = path.filter(|_| is_damage(&e)) {
                store::point_at_backup(&path);
            }
            ExitCode::FAILURE
        }
    }
}

/// Whether the error says the store is damaged.
fn is_damage(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<crate::store::StoreError>()
            .is_some_and(|s| s.is_damage())
    })
}

/// A `--lang` value: a language the program speaks.
fn lang_code(s: &str) -> Result<String, String> {
    match Lang::parse(s) {
        Some(l) => Ok(l.code().to_string()),
        None => Err("use zh or en".to_string()),
    }
}

/// The language to speak: `--lang`, the environment, then `language` in the settings
/// file (read quietly here: a command that uses the file warns about it later).
fn choose_lang(cli: &Cli) -> Lang {
    let (settings, _) = SettingsSource::load(cli.settings.as_deref());
    Lang::choose(cli.lang.as_deref(), settings.get().language.as_deref())
}

/// The error and its causes as one sentence, leaving out a cause the words already say
/// (a store error's sentence names the redb error it keeps as its source). The lower
/// layers' errors are typed: the catalog words them.
fn sentence(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let text = crate::catalog::error_text(cause).unwrap_or_else(|| cause.to_string());
        if out.is_empty() {
            out = text;
        } else if !out.contains(&text) {
            out = tr!("cli-cause", message = out, cause = text);
        }
    }
    out
}

/// `warning: …` on stderr.
fn warn(message: String) {
    eprintln!("{}", shown(&tr!("cli-warning", message = message)));
}

/// `note: …` on stderr.
fn note(message: String) {
    eprintln!("{}", shown(&tr!("cli-note", message = message)));
}

/// Text for stderr: control characters (but line breaks) and text-reordering characters
/// escaped, as `out!` does for stdout.
fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    crate::ui::text::safe_lines(text)
}

/// Ask before something that cannot be undone: `--yes` answers for a script; without
/// a terminal to ask on, the command is refused rather than done unasked.
fn confirm(question: String, yes: bool) -> anyhow::Result<()> {
    use std::io::{BufRead, IsTerminal, Write};
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        anyhow::bail!(tr!("cli-confirm-needs-yes"));
    }
    let mut err = std::io::stderr();
    write!(err, "{} ", tr!("cli-confirm-ask", question = question))?;
    err.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    let answer = answer.trim().to_lowercase();
    if ["y", "yes", "是", "确认", "确定"].contains(&answer.as_str()) {
        Ok(())
    } else {
        anyhow::bail!(tr!("cli-cancelled"))
    }
}

/// Items joined as a list in the language in use ("a, b" / "a、b").
fn list<S: AsRef<str>>(items: &[S]) -> String {
    join(items, "cli-list-sep")
}

/// Alerts joined in the language in use ("a; b" / "a；b").
fn alerts<S: AsRef<str>>(items: &[S]) -> String {
    join(items, "cli-alert-sep")
}

fn join<S: AsRef<str>>(items: &[S], sep: &str) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    items.join(crate::catalog::label(sep))
}

/// A member field by its stable key ("consent"), in words.
fn field_words(key: &str) -> String {
    tr!("cli-field", key = key)
}

/// Yes or no, in words.
fn yes_no(b: bool) -> &'static str {
    crate::catalog::label(if b { "cli-yes" } else { "cli-no" })
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    let command = match cli.command {
        Some(Command::Settings(c)) => return settings::run(cli.settings.as_deref(), c),
        Some(Command::Backup(a)) => return store::backup(&store_path(cli.store.as_deref())?, a),
        Some(Command::Restore(a)) => {
            let path = store_path(cli.store.as_deref())?;
            may_restore(&path, cli.operator.as_deref())?;
            return store::restore(&path, a);
        }
        Some(Command::Store(c)) => return store::run(&store_path(cli.store.as_deref())?, c),
        // What the program sells is in the settings: no store needed.
        Some(Command::Package(package::PackageCmd::List { member: None, json })) => {
            return package::program(&program(cli.settings.as_deref()), json);
        }
        None => {
            let (store, opened) = open_store(cli.store.as_deref(), Access::App)?;
            if opened == crate::store::Opened::Created {
                note(tr!(
                    "cli-new-store",
                    path = store_path(cli.store.as_deref())?.display().to_string()
                ));
            }
            let opts = crate::app::TuiOptions {
                keymap: cli.keymap,
                settings: cli.settings,
                wording: cli.wording,
            };
            return crate::app::run_tui(store, opts);
        }
        Some(c) => c,
    };
    // Signing in may record a refused PIN (the lock after repeated tries counts them),
    // so a command run as an operator opens the store for writing.
    let access = if command.reads_only() && cli.operator.is_none() {
        Access::Read
    } else {
        Access::Write
    };
    let (store, opened) = open_store(cli.store.as_deref(), access)?;
    // Only commands whose output depends on the program read the settings file, so the
    // others never warn about it.
    let settings = if command.uses_program() {
        program(cli.settings.as_deref())
    } else {
        ProgramSettings::default()
    };
    let desk = Desk::new(&store, &settings, Timestamp::now());
    match &cli.operator {
        Some(name) => operator::sign_in(&desk, name)?,
        None if command.needs_operator() && desk.operators_defined().in_words()? => {
            return Err(DeskError::SignInNeeded).in_words();
        }
        None => {}
    }
    let signing_in = cli.operator.is_some();
    // A damaged store file makes redb panic deep in a read: that is an error here.
    let done = crate::store::contain(|| dispatch(&store, &desk, command, signing_in));
    if opened == crate::store::Opened::Created {
        new_store(store, done.is_ok());
    }
    done
}

/// A command made a new store: said when it worked; removed again when it failed
/// before writing anything (a mistyped `--store` path leaves nothing behind).
fn new_store(store: Store, worked: bool) {
    let Some(path) = store.path().map(std::path::Path::to_path_buf) else {
        return;
    };
    if worked {
        note(tr!("cli-new-store", path = path.display().to_string()));
    } else if store.op_count().is_ok_and(|n| n == 0) {
        drop(store);
        let _ = std::fs::remove_file(&path);
    }
}

fn dispatch(store: &Store, desk: &Desk, command: Command, signing_in: bool) -> anyhow::Result<()> {
    match command {
        Command::Demo(a) => misc::demo(desk, a),
        Command::Member(c) => member::run(desk, c),
        Command::Checkin(a) => checkin::run(desk, a),
        Command::Service(a) => service::run(desk, a),
        Command::Complaint(c) => complaint::run(desk, c),
        Command::Care(c) => care::run(desk, c),
        Command::Points(c) => points::run(desk, c),
        Command::Wallet(c) => wallet::run(desk, c),
        Command::Package(c) => package::run(desk, c),
        Command::Export(a) => csv::export(desk, a),
        Command::Import(c) => csv::import(desk, c),
        Command::Settings(_) | Command::Backup(_) | Command::Restore(_) | Command::Store(_) => {
            Ok(())
        }
        Command::Terminal(a) => misc::terminal(store, a),
        Command::Sync(a) => sync::run(desk, a),
        Command::Digest => {
            out!("{}", store.digest()?);
            Ok(())
        }
        Command::Operator(c) => operator::run(desk, c, signing_in),
        Command::Audit(a) => audit::run(desk, a),
        Command::Shift(c) => shift::run(desk, c),
        Command::Report(c) => shift::report(desk, c),
    }
}

impl Command {
    /// Whether, once the store has operators, the command needs someone signed in.
    /// The state's digest names no one; the first operator is added by whoever sets up.
    fn needs_operator(&self) -> bool {
        !matches!(
            self,
            Command::Digest
                | Command::Settings(_)
                | Command::Operator(operator::OperatorCmd::Add { .. })
        )
    }

    /// Whether the command only reads the store: it opens the file read-only. (An export
    /// writes: it records that customer data left the machine.)
    fn reads_only(&self) -> bool {
        use complaint::ComplaintCmd as C;
        use member::MemberCmd as M;
        matches!(
            self,
            Command::Member(
                M::Find { reveal: false, .. }
                    | M::Show { reveal: false, .. }
                    | M::Duplicates { .. }
            ) | Command::Audit(_)
                | Command::Operator(operator::OperatorCmd::List { .. })
                | Command::Complaint(C::List { .. } | C::Show { .. })
                | Command::Care(_)
                | Command::Package(package::PackageCmd::List { .. })
                | Command::Digest
                | Command::Shift(shift::ShiftCmd::Show { .. })
                | Command::Report(_)
        ) || matches!(self, Command::Wallet(c) if c.reads_only())
    }

    /// Whether the command's desk actions depend on the membership program (tiers,
    /// points, care lists, the members export's tier column).
    fn uses_program(&self) -> bool {
        matches!(
            self,
            Command::Member(_)
                | Command::Checkin(_)
                | Command::Service(_)
                | Command::Care(_)
                | Command::Points(_)
                | Command::Wallet(_)
                | Command::Package(_)
                | Command::Export(_)
        )
    }
}

/// The membership program in force: the settings file, or the built-in program with a
/// warning when the file cannot be used.
fn program(given: Option<&std::path::Path>) -> ProgramSettings {
    let chinese = crate::catalog::lang() == Lang::Zh;
    let (src, warning) = SettingsSource::load_with(given, ProgramSettings::builtin(chinese));
    if let Some(w) = warning {
        warn(crate::catalog::settings_file_error(&w));
    }
    src.get().clone()
}

/// The store path given, or the default in the platform data directory.
pub fn store_path(given: Option<&std::path::Path>) -> anyhow::Result<PathBuf> {
    if let Some(p) = given {
        return Ok(p.to_path_buf());
    }
    let dirs = directories::ProjectDirs::from("", "", "frontdesk")
        .ok_or_else(|| anyhow!(tr!("cli-no-data-dir")))?;
    Ok(dirs.data_dir().join("frontdesk.redb"))
}

/// Open the store: read-only for a command that only reads (the file is never written,
/// and nothing is made at a wrong path); for writing otherwise, saying so on stderr when
/// that makes a new store.
/// How a command uses the store.
enum Access {
    /// Reads only: opened read-only.
    Read,
    /// One command that writes: read through first when cheap, so damage stops it early.
    Write,
    /// The terminal app: opened for writing at once (it meets damage as it reads).
    App,
}

fn open_store(
    given: Option<&std::path::Path>,
    access: Access,
) -> anyhow::Result<(Store, crate::store::Opened)> {
    use crate::store::{Opened, StoreError};
    let path = store_path(given)?;
    let opened = match access {
        Access::Read => Store::open_read_only(&path).map(|s| (s, Opened::Existing)),
        Access::Write => Store::open_for_command(&path),
        Access::App => Store::open_writable(&path),
    };
    // StoreError's words are already a sentence; only name the file when it helps.
    opened.map_err(|e| match e {
        StoreError::Db(_) | StoreError::Folder(..) => {
            anyhow!(e).context(tr!("cli-opening-store", path = path.display().to_string()))
        }
        other => anyhow!(other),
    })
}

/// Putting a backup in place of a store with operators is a manager's decision. A store
/// that cannot be opened (missing, damaged, in use) has no operators to ask: restore
/// itself then says what stands in the way.
fn may_restore(path: &std::path::Path, operator: Option<&str>) -> anyhow::Result<()> {
    let Ok(store) = Store::open_read_only(path) else {
        return Ok(());
    };
    let settings = ProgramSettings::default();
    let desk = Desk::new(&store, &settings, Timestamp::now());
    if let Some(name) = operator {
        operator::sign_in(&desk, name)?;
    }
    desk.allow(crate::domain::Permission::Restore).in_words()
}

/// A desk outcome or the catalog's sentence for why not. `DeskError` is deliberately no
/// `std::error::Error`, so `?` cannot turn it into an error without its words.
trait InWords<T> {
    fn in_words(self) -> anyhow::Result<T>;
}

impl<T> InWords<T> for Result<T, DeskError> {
    fn in_words(self) -> anyhow::Result<T> {
        self.map_err(|e| match e {
            // Kept typed, so the last word can point at a backup when the store is damaged.
            DeskError::Store(e) => anyhow!(e),
            e => anyhow::Error::msg(crate::catalog::text().desk_error(&e)),
        })
    }
}

/// The name of the member with this id, following merges; `None` once deleted.
fn member_name(desk: &Desk, id: Id) -> anyhow::Result<Option<String>> {
    match desk.member(id) {
        Ok(v) => Ok(Some(v.member.name)),
        Err(DeskError::MemberGone(_)) => Ok(None),
        Err(e) => Err(e).in_words(),
    }
}
