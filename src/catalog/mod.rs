//! The message catalog: every word the terminal app shows, in one place.
//!
//! Views and the update call [`text()`] and ask it for a label or a message; they never
//! hold user-facing wording themselves. Fixed labels are methods returning `&'static str`;
//! messages with arguments are methods returning `String`, so each language orders the
//! words and handles plurals its own way.
//!
//! The domain's validation and rule messages live here too. The layers below the edges
//! hold no words: `domain::validate` returns a typed [`Problem`] per field, `MoneyError`,
//! `PhoneError` and `PointsError` are plain enums, a recorded tier change carries its
//! figures ([`TierFacts`](crate::domain::TierFacts)), and a CSV import reports typed row
//! problems. The catalog turns each into a sentence ([`Catalog::field_error`],
//! [`Catalog::money_error`], [`Catalog::tier_event_reason`], [`Catalog::row_error`], …),
//! so a form, the command line and an import report speak the same language as the rest
//! of the app. `tests/layers.rs` keeps the lower layers from reaching for the catalog.
//!
//! Decoration stays with the views: the spaces that pad a block title, the markers that
//! carry meaning without colour (`!`, `✓`, `·`, `›`), and `-` for an empty value.
//!
//! # Where the words are
//! Every text is a Fluent message in `locales/<lang>/*.ftl`, compiled in (`fluent.rs`
//! lists the files). The trait is implemented once, for [`Messages`] (`speak.rs`): each
//! method asks for the message named after it (`checked_in` → `checked-in`), with its
//! parameters as `$variables` of the same names; a method given an enum or a typed error
//! asks for one message per value (`category-waiting`, `desk-error-no-such-member`).
//! `locales/en/app.ftl` explains the conventions a translator relies on, and
//! `tests/catalog.rs` checks that every language has every message with the same
//! variables, and that no message goes unused.
//!
//! # Adding a language
//! 1. add a folder under `locales/` with a copy of every English file, translated;
//! 2. add a [`Lang`] variant, recognise its codes in [`Lang::parse`] and list its files
//!    in `fluent.rs`;
//! 3. add the variant to [`Lang::ALL`] so `tests/catalog.rs` checks it as well.
//!
//! `--lang`, `FRONTDESK_LANG`, the locale or the settings choose the language when the app
//! starts ([`Lang::choose`]); English is the default.

mod errors;
mod fluent;
pub mod packages;
pub mod people;
pub mod shift;
mod speak;
pub mod wallet;

pub use errors::*;
pub use fluent::{FileProblem, FileProblemKind, Messages};
use fluent_bundle::{FluentArgs, FluentValue};
use std::sync::atomic::{AtomicU8, Ordering};

use crate::csvio::dates::DateProblem;
use crate::csvio::import::{RowError, RowProblem};
use crate::domain::complaint::Category;
use crate::domain::loyalty::PointsError;
use crate::domain::money::MoneyError;
use crate::domain::phone::PhoneError;
use crate::domain::validate::{FieldError, Problem};
use crate::domain::{ComplaintStatus, Gender, Money, PointsKind, Severity, TierEvent};
use std::sync::OnceLock;

/// The environment variable that picks the language (`en`, `zh`).
pub const LANG_ENV: &str = "FRONTDESK_LANG";

/// The languages the program speaks.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    /// Simplified Chinese (简体中文).
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// A language from a code such as `en`, `en-GB`, `zh`, `zh-CN`, `zh_CN.UTF-8`,
    /// `zh-Hans` or `zh_SG`; `None` if it is not one the program has.
    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_', '.', '@']).next().unwrap_or_default();
        match primary {
            "en" | "english" => Some(Lang::En),
            "zh" | "chinese" | "中文" | "简体中文" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The language asked for: `--lang` (`flag`), then `FRONTDESK_LANG`, then the locale
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`), then `language` in the program settings;
    /// English when none names a language the program has. A locale such as `C.UTF-8`
    /// names no language and is passed over.
    pub fn choose(flag: Option<&str>, settings: Option<&str>) -> Lang {
        let env = |k: &str| std::env::var(k).ok();
        [
            flag.map(str::to_string),
            env(LANG_ENV),
            env("LC_ALL"),
            env("LC_MESSAGES"),
            env("LANG"),
            settings.map(str::to_string),
        ]
        .into_iter()
        .flatten()
        .find_map(|v| Lang::parse(&v))
        .unwrap_or(Lang::En)
    }

    /// The language the environment asks for (no flag, no settings).
    pub fn from_env() -> Lang {
        Lang::choose(None, None)
    }

    /// The stable code, as `--lang` and the settings take it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The other language: the in-app switch goes back and forth.
    pub fn next(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }

    /// This language's catalog: its messages (see `speak.rs`).
    pub fn catalog(self) -> &'static dyn Catalog {
        self.messages()
    }

    /// The language's own name for itself ("English", "简体中文"), for a language switch.
    pub fn name(self) -> &'static str {
        self.messages().fixed("lang-name")
    }

    /// This language's messages (loaded once, with the store's overrides if any were
    /// given to [`use_overrides`] before).
    pub fn messages(self) -> &'static Messages {
        static LOADED: [OnceLock<Messages>; 2] = [OnceLock::new(), OnceLock::new()];
        let slot = match self {
            Lang::En => &LOADED[0],
            Lang::Zh => &LOADED[1],
        };
        slot.get_or_init(|| {
            let over = overrides_for(self);
            Messages::load(self, over.as_ref().map(|(f, t)| (f.as_str(), t.as_str()))).0
        })
    }
}

/// A store's own message files (a chain that says 贵宾 for "member"), one per language.
static OVERRIDES: OnceLock<Vec<(Lang, String, String)>> = OnceLock::new();

fn overrides_for(lang: Lang) -> Option<(String, String)> {
    OVERRIDES
        .get()?
        .iter()
        .find(|(l, _, _)| *l == lang)
        .map(|(_, f, t)| (f.clone(), t.clone()))
}

/// Take a store's override files (language, file name, text) before any message is
/// shown; returns the line-numbered mistakes found in them.
pub fn use_overrides(files: Vec<(Lang, String, String)>) -> Vec<FileProblem> {
    let problems = files
        .iter()
        .flat_map(|(_, f, t)| fluent::check_override(f, t))
        .collect();
    let _ = OVERRIDES.set(files);
    problems
}

/// A store's own message files in `dir` (`en.ftl`, `zh-CN.ftl`; each optional), taken
/// before any message is shown. Returns the line-numbered mistakes found in them; what
/// could not be read keeps the shipped words.
pub fn load_overrides(dir: &std::path::Path) -> Vec<FileProblem> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for (lang, name) in [(Lang::En, "en.ftl"), (Lang::Zh, "zh-CN.ftl")] {
        let path = dir.join(name);
        let file = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => files.push((lang, file, text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => problems.push(FileProblem {
                file,
                line: 0,
                kind: FileProblemKind::Unreadable(e.to_string()),
            }),
        }
    }
    if !files.is_empty() {
        problems.extend(use_overrides(files));
    }
    problems
}

/// Where a store's own message files are: `--messages DIR`, else `messages/` in the
/// frontdesk config folder.
pub fn overrides_dir(given: Option<&std::path::Path>) -> Option<std::path::PathBuf> {
    given.map(std::path::Path::to_path_buf).or_else(|| {
        directories::ProjectDirs::from("", "", "frontdesk").map(|d| d.config_dir().join("messages"))
    })
}

/// What reaching a tier takes: "spend 2000.00 or 10 visits" (消费满 2000.00 或到店 10 次).
pub fn threshold(t: &crate::domain::loyalty::Tier) -> String {
    use crate::tr;
    match (t.min_spend, t.min_visits) {
        (None, None) => tr!("tier-threshold-none"),
        (Some(s), None) => tr!("tier-threshold-spend", spend = s.to_string()),
        (None, Some(v)) => tr!("tier-threshold-visits", visits = v),
        (Some(s), Some(v)) => tr!("tier-threshold-both", spend = s.to_string(), visits = v),
    }
}

/// A mistake in a message file, in words.
pub fn file_problem(p: &FileProblem) -> String {
    use crate::tr;
    let file = p.file.as_str();
    match &p.kind {
        FileProblemKind::Syntax(what) => tr!(
            "messages-file-problem",
            file = file,
            line = p.line,
            what = what.as_str()
        ),
        FileProblemKind::ControlCharacters => {
            tr!("messages-file-control", file = file, line = p.line)
        }
        FileProblemKind::Unreadable(why) => {
            tr!("messages-file-unreadable", file = file, why = why.as_str())
        }
    }
}

static ACTIVE: AtomicU8 = AtomicU8::new(u8::MAX);

/// The language in use: set once at start-up, switched by the desk's key at will.
pub fn lang() -> Lang {
    match ACTIVE.load(Ordering::Relaxed) {
        0 => Lang::En,
        1 => Lang::Zh,
        _ => {
            let l = Lang::from_env();
            set_lang(l);
            l
        }
    }
}

pub fn set_lang(l: Lang) {
    let n = match l {
        Lang::En => 0,
        Lang::Zh => 1,
    };
    ACTIVE.store(n, Ordering::Relaxed);
}

/// The catalog of the language in use.
pub fn text() -> &'static dyn Catalog {
    lang().catalog()
}

/// A message of the language in use, by its id in the `.ftl` files (see [`tr!`]).
pub fn message(id: &str, args: &FluentArgs) -> String {
    lang().messages().get(id, Some(args))
}

/// A message without arguments, as a label.
pub fn label(id: &str) -> &'static str {
    lang().messages().fixed(id)
}

/// A value for a message argument: numbers stay numbers (so plurals work), the rest is text.
pub fn arg<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

/// `tr!("checked-in", who = name, party = 2)`: the message in the language in use.
#[macro_export]
macro_rules! tr {
    ($id:expr $(, $k:ident = $v:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($k), $crate::catalog::arg($v)); )*
        $crate::catalog::message($id, &args)
    }};
}

/// The form fields the app shows; each has a label and a hint in every language.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum FieldId {
    Name,
    Phone,
    Card,
    Gender,
    Birthday,
    Tags,
    Alerts,
    Notes,
    Consent,
    Party,
    Location,
    CheckinStaff,
    Items,
    ServiceStaff,
    Amount,
    Category,
    Severity,
    Description,
    Assignee,
    /// The note written when a complaint is taken in hand.
    ProgressNote,
    Resolution,
    Compensation,
    /// The optional note written when a complaint is resolved, reopened or closed.
    Note,
    FollowUp,
    /// Points to redeem against the bill being logged.
    Redeem,
    /// A signed points adjustment.
    PointsDelta,
    /// Why points are adjusted.
    Reason,
    /// Points given to settle a complaint.
    CompensationPoints,
    /// Who signs in at the desk.
    OperatorName,
    /// Their PIN (shown as dots).
    Pin,
    /// How a bill was paid (a picker of methods).
    PaidBy,
    /// The part paid that way, when the bill is split (empty: all of it).
    PaidPart,
    /// How the rest of a split bill was paid.
    RestBy,
    /// What a member pays in to their stored value.
    TopUpAmount,
    /// How they pay it (a payment method key).
    TopUpMethod,
    /// Which of the program's packages is sold (its key).
    PackageKey,
}

impl FieldId {
    /// The field's name in validation errors (`FieldError::field`) and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            FieldId::Name => "name",
            FieldId::Phone => "phone",
            FieldId::Card => "card",
            FieldId::Gender => "gender",
            FieldId::Birthday => "birthday",
            FieldId::Tags => "tags",
            FieldId::Alerts => "alerts",
            FieldId::Notes => "notes",
            FieldId::Consent => "consent",
            FieldId::Party => "party",
            FieldId::Location => "location",
            FieldId::CheckinStaff | FieldId::ServiceStaff => "staff",
            FieldId::Items => "items",
            FieldId::Amount => "amount",
            FieldId::Category => "category",
            FieldId::Severity => "severity",
            FieldId::Description => "description",
            FieldId::Assignee => "assignee",
            FieldId::ProgressNote | FieldId::Note | FieldId::FollowUp => "note",
            FieldId::Resolution => "resolution",
            FieldId::Compensation => "compensation",
            FieldId::Redeem => "redeem",
            FieldId::PointsDelta | FieldId::CompensationPoints => "points",
            FieldId::Reason => "reason",
            FieldId::OperatorName => "operator",
            FieldId::Pin => "pin",
            FieldId::PaidBy | FieldId::PaidPart | FieldId::RestBy => "payments",
            FieldId::TopUpAmount => "amount",
            FieldId::TopUpMethod => "method",
            FieldId::PackageKey => "package",
        }
    }

    pub const ALL: [FieldId; 36] = [
        FieldId::PackageKey,
        FieldId::PaidBy,
        FieldId::PaidPart,
        FieldId::RestBy,
        FieldId::OperatorName,
        FieldId::Pin,
        FieldId::Redeem,
        FieldId::PointsDelta,
        FieldId::Reason,
        FieldId::CompensationPoints,
        FieldId::Name,
        FieldId::Phone,
        FieldId::Card,
        FieldId::Gender,
        FieldId::Birthday,
        FieldId::Tags,
        FieldId::Alerts,
        FieldId::Notes,
        FieldId::Consent,
        FieldId::Party,
        FieldId::Location,
        FieldId::CheckinStaff,
        FieldId::Items,
        FieldId::ServiceStaff,
        FieldId::Amount,
        FieldId::Category,
        FieldId::Severity,
        FieldId::Description,
        FieldId::Assignee,
        FieldId::ProgressNote,
        FieldId::Resolution,
        FieldId::Compensation,
        FieldId::Note,
        FieldId::FollowUp,
        // After the service amount: a form field looked up by key finds that one first.
        FieldId::TopUpAmount,
        FieldId::TopUpMethod,
    ];
}

/// What a form shows for one field: its label, and the hint shown while it is empty.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct FieldText {
    pub label: &'static str,
    pub hint: &'static str,
}

/// Every user-facing text of the terminal app (`app` and `ui`) and the domain's
/// validation messages, in one language.
///
/// Implemented once, for [`Messages`] (`speak.rs`): a language is its message files. No
/// method has a default, so a new method cannot go without its message.
pub trait Catalog: Sync {
    /// Which language this is.
    fn lang(&self) -> Lang;

    /// Why a desk action did not happen, and what to do: one sentence.
    fn desk_error(&self, e: &crate::desk::DeskError) -> String;
    /// The store worker stopped.
    fn worker_gone(&self) -> &'static str;
    /// The search thread stopped.
    fn search_gone(&self) -> &'static str;
    /// A background job failed unexpectedly.
    fn job_panicked(&self) -> &'static str;

    // --- The frame: title bar, tabs, status line -------------------------------------

    /// The product's name in the title bar.
    fn app_name(&self) -> &'static str;
    fn window_too_small(&self, width: u16, height: u16, min_width: u16, min_height: u16) -> String;
    fn tab_lookup(&self) -> &'static str;
    fn tab_checkin(&self) -> &'static str;
    fn tab_service(&self) -> &'static str;
    fn tab_complaints(&self) -> &'static str;
    fn tab_insights(&self) -> &'static str;
    fn tab_care(&self) -> &'static str;
    /// Slow work under way: "Loading demo data: 40% (2 of 5)".
    fn progress(&self, label: &str, percent: usize, done: usize, total: usize) -> String;
    /// The title of the help overlay.
    fn help_title(&self) -> &'static str;

    // --- Domain values as the screen names them --------------------------------------

    fn complaint_status(&self, status: ComplaintStatus) -> &'static str;
    fn category(&self, category: Category) -> &'static str;
    fn severity(&self, severity: Severity) -> &'static str;
    fn gender(&self, gender: Gender) -> &'static str;
    fn points_kind(&self, kind: PointsKind) -> &'static str;
    /// A number of points: "120 points".
    fn points_count(&self, points: i64) -> String;

    // --- Lookup ----------------------------------------------------------------------

    fn find_label(&self) -> &'static str;
    /// Shown instead of "no member matches" while the index is still being built.
    fn results_after_indexing(&self) -> &'static str;
    fn indexing(&self) -> &'static str;
    fn shown_of(&self, shown: usize, total: usize) -> String;
    fn found(&self, total: usize) -> String;
    fn welcome_title(&self) -> &'static str;
    /// The offer of demo data on an empty store, with the keys that act on it.
    fn welcome_empty_store(&self, demo_key: &str, members: usize, new_key: &str) -> String;
    /// What can be typed into the search box.
    fn lookup_start_hint(&self) -> &'static str;
    fn no_member_matches(&self, query: &str, new_key: &str) -> String;
    fn searching(&self) -> &'static str;
    /// Column headers: name, phone, tier, points, last visit, alerts.
    fn lookup_headers(&self) -> [&'static str; 6];
    fn badge_allergy(&self) -> &'static str;
    fn badge_complaint(&self) -> &'static str;
    fn badge_birthday(&self) -> &'static str;

    // --- Member card -----------------------------------------------------------------

    fn card_visits_title(&self, count: usize) -> String;
    fn card_services_title(&self, count: usize) -> String;
    fn card_complaints_title(&self, count: usize) -> String;
    fn card_ledger_title(&self, balance: i64) -> String;
    /// The ledger title when points are due to expire.
    fn card_ledger_title_expiry(&self, balance: i64, expiring: i64, when: &str) -> String;
    /// "Gold: 10% off the bill; priority seating".
    fn tier_benefits(&self, tier: &str, benefits: &str) -> String;
    /// Spend and visits over the tier period, and what the next tier needs.
    fn standing(
        &self,
        spend: Money,
        visits: u32,
        months: u32,
        next: Option<(&str, String)>,
    ) -> String;
    /// A recorded tier change on the card.
    fn tier_event_line(&self, headline: &str, when: &str, who: &str, reason: &str) -> String;
    /// A save message followed by the tier change it caused.
    /// The settings file was edited and the new settings are in force.
    fn settings_reloaded(&self) -> &'static str;
    /// "Upgraded to Gold" / "Moved down to Silver".
    fn tier_headline(&self, upgrade: bool, to: &str) -> String;
    /// An action on a member card was asked for while no card is open.
    fn open_card_first(&self) -> &'static str;
    /// The progress line while a sync starts.
    fn syncing(&self) -> &'static str;
    /// A second long job was asked for while one runs.
    fn busy_wait(&self) -> &'static str;
    /// The title bar's sync state: last sync (or never) and operations not yet exported.
    fn sync_state(&self, last: Option<&str>, unexported: u64) -> String;
    /// A new member looks like one already held.
    fn possible_duplicate(&self, name: &str, phone: &str, reason: &str) -> String;
    /// A Care row (a follow-up without a member) has no card to open.
    fn care_row_without_member(&self) -> &'static str;
    fn care_loading(&self) -> &'static str;
    fn care_birthdays(&self, count: usize, days_ahead: u32) -> String;
    fn care_lapsing(&self, count: usize) -> String;
    fn care_followups(&self, count: usize) -> String;
    /// "today" / "in 3 days (11-26)".
    fn care_when(&self, days_until: u32, date: &str) -> String;
    fn care_turns(&self, age: u32) -> String;
    /// A lapsing regular: visits, usual gap, days away.
    fn care_rhythm(&self, visits: u32, usual_days: f64, away_days: i64) -> String;
    /// A follow-up due: resolved how long ago.
    fn care_resolved_ago(&self, days: i64) -> String;
    fn care_empty(&self) -> &'static str;
    /// Why a tier changed: spend and visits over the tier period (0 months: all history).
    fn tier_reason(&self, spend: Money, visits: u32, months: u32) -> String;
    /// Why a recorded tier change happened: [`Catalog::tier_reason`] from its figures, or
    /// the sentence an older event was recorded with.
    fn tier_event_reason(&self, e: &TierEvent) -> String;
    /// An in-memory store has no folder beside it for exports.
    fn export_no_folder(&self) -> &'static str;
    fn exporting(&self) -> &'static str;
    fn exported(&self, files: usize, rows: usize, folder: &str) -> String;
    /// Points expired when the app started.
    fn expired_points(&self, entries: usize, points: i64) -> String;
    fn with_tier_change(&self, done: &str, headline: &str) -> String;
    /// One visit in the card's history.
    fn card_visit(&self, when: &str, party: u16, location: &str, staff: &str) -> String;
    /// An empty history list.
    fn none_yet(&self) -> &'static str;
    fn card_number(&self, card: &str) -> String;
    fn card_contact(&self, phone: &str, gender: &str, birthday: &str, marketing: bool) -> String;
    fn card_stats(&self, visits: u32, spend: Money, tags: &str) -> String;
    fn no_alerts(&self) -> &'static str;
    fn open_complaints(&self, count: u32) -> String;
    fn card_notes(&self, notes: &str) -> String;

    // --- Check-in --------------------------------------------------------------------

    fn checkin_member_hint(&self, checkin_key: &str, name: &str) -> String;
    fn checkin_select_hint(&self, lookup_key: &str, checkin_key: &str) -> String;
    fn walkin_hint(&self, walkin_key: &str) -> String;
    fn arrivals_summary(&self, parties: usize, guests: u32) -> String;
    /// A walk-in in the arrivals list.
    fn walk_in(&self) -> &'static str;
    /// Column headers: time, guest, party, table, staff.
    fn arrivals_headers(&self) -> [&'static str; 5];

    // --- Service ---------------------------------------------------------------------

    fn service_select_hint(&self, lookup_key: &str, service_key: &str) -> String;
    fn service_hint(&self, service_key: &str) -> String;
    /// Column headers: when, amount, points, staff, items.
    fn service_headers(&self) -> [&'static str; 5];

    // --- Complaints ------------------------------------------------------------------

    fn no_open_complaints(&self) -> &'static str;
    /// The mark beside a complaint overdue for a first response.
    fn late_mark(&self) -> &'static str;
    /// Column headers: age, status, severity, category, member, description.
    fn complaint_headers(&self) -> [&'static str; 6];
    fn complaint_board_title(&self, total: usize, open: usize, overdue: usize) -> String;
    fn complaint_detail(
        &self,
        status: ComplaintStatus,
        assignee: &str,
        resolution: &str,
        compensation: &str,
    ) -> String;
    /// The assignee of a complaint nobody has taken yet.
    fn nobody_yet(&self) -> &'static str;
    /// A step in a complaint's history: "03-02 10:15 resolved by Ann: refunded".
    fn complaint_step(&self, when: &str, step: &str, operator: &str, note: &str) -> String;
    /// A history step that only adds a note.
    fn step_note(&self) -> &'static str;

    // --- Insights --------------------------------------------------------------------

    fn insights_chart_title(&self) -> &'static str;
    /// Care at a glance: birthdays this week, lapsing regulars, follow-ups due.
    fn insights_care(&self, birthdays: usize, lapsing: usize, followups: usize) -> String;
    fn insights_summary_title(&self) -> &'static str;
    fn insights_today(&self, parties: usize, guests: u32, walk_ins: usize) -> String;
    fn insights_complaints(
        &self,
        open: usize,
        in_progress: usize,
        to_follow_up: usize,
        followed_up: usize,
    ) -> String;
    fn insights_overdue(&self, overdue: usize) -> String;

    // --- Forms -----------------------------------------------------------------------

    fn field(&self, field: FieldId) -> FieldText;
    fn new_member_title(&self) -> &'static str;
    fn edit_member_title(&self, name: &str) -> String;
    fn checkin_title(&self, name: &str) -> String;
    fn checkin_walkin_title(&self) -> &'static str;
    fn service_title(&self, name: &str) -> String;
    fn complaint_title(&self, name: &str) -> String;
    fn complaint_no_member_title(&self) -> &'static str;
    fn advance_title(&self, from: ComplaintStatus, to: ComplaintStatus) -> String;
    fn points_preview(&self, points: i64) -> String;
    fn points_preview_no_amount(&self) -> &'static str;
    fn category_invalid(&self) -> &'static str;
    fn severity_invalid(&self) -> &'static str;
    /// A points field that is not a whole number (signed: may start with + or -).
    fn points_invalid(&self, signed: bool) -> &'static str;
    fn adjust_points_title(&self, name: &str, balance: i64) -> String;
    /// The service preview followed by the member's tier and balance.
    fn with_balance(&self, preview: &str, tier: &str, balance: i64) -> String;
    /// The ledger reason of points redeemed against a bill.
    fn redeemed_against_bill(&self, amount: Money) -> String;
    fn with_redeemed(&self, done: &str, points: i64) -> String;
    fn points_adjusted(&self, name: &str, points: i64) -> String;

    // --- Results of saving -----------------------------------------------------------

    fn saved_new_member(&self, name: &str) -> String;
    fn saved_changes(&self, name: &str) -> String;
    /// Who a walk-in check-in is for, in [`Catalog::checked_in`].
    fn walk_in_guest(&self) -> &'static str;
    fn checked_in(&self, who: &str, party: u16) -> String;
    fn saved_service(&self, name: &str, amount: Money, points: i64) -> String;
    fn complaint_recorded(&self, category: Category) -> String;
    fn complaint_now(&self, status: ComplaintStatus) -> String;
    fn nothing_changed(&self) -> &'static str;
    fn not_saved_fields(&self, count: usize) -> String;

    // --- Status messages -------------------------------------------------------------

    fn cancelled(&self) -> &'static str;
    fn form_cancelled(&self) -> &'static str;
    fn sync_not_set_up(&self) -> &'static str;
    fn loading_demo(&self) -> &'static str;
    fn demo_loaded(&self, members: usize) -> String;
    fn edit_needs_member(&self) -> &'static str;
    fn checkin_needs_member(&self) -> &'static str;
    fn service_needs_member(&self) -> &'static str;
    fn complaint_closed(&self) -> &'static str;
    fn no_complaint_selected(&self) -> &'static str;
    fn complaint_no_member(&self) -> &'static str;

    // --- Runtime and start-up (app/runtime.rs, app/event_loop.rs) ----------------------

    /// The store label in the title bar when the store is in memory.
    fn store_in_memory(&self) -> &'static str;
    /// A commit the store refused.
    fn not_saved(&self, error: &str) -> String;
    fn member_gone(&self) -> &'static str;
    fn demo_failed(&self, error: &str) -> String;
    fn keymap_unreadable(&self, path: &str, error: &str) -> String;
    /// The first of several problems, and how many more there are (0: just the first).
    fn with_more(&self, first: &str, more: usize) -> String;

    // --- Validation (domain/validate.rs, money.rs, phone.rs, loyalty/points.rs) -------

    /// A field that did not pass, as one line outside its form (the command line, a
    /// refused points change): [`Catalog::field_message`] of its key and its problem.
    fn field_error(&self, e: &FieldError) -> String;
    /// What is wrong with a field, as the form shows it beside the field; `field` is the
    /// field's key (a required field names itself).
    fn field_problem(&self, field: &str, p: &Problem) -> String;
    /// Why a typed amount is not one.
    fn money_error(&self, e: &MoneyError) -> String;
    /// Why a typed phone number is not one.
    fn phone_error(&self, e: &PhoneError) -> String;
    /// Why a points change is refused.
    fn points_error(&self, e: &PointsError) -> String;
    /// A field's key, then the message.
    fn field_message(&self, field: &str, message: &str) -> String;
    /// A required field left empty; `field` is the field's key.
    fn required(&self, field: &str) -> String;
    /// Text holding tabs, escapes or line breaks.
    fn control_characters(&self) -> &'static str;
    /// Text longer than a field holds: `chars` typed, `max` allowed.
    fn too_long(&self, chars: usize, max: usize) -> String;
    /// A card number with characters other than letters, digits and dashes.
    fn card_invalid(&self) -> &'static str;
    /// A birthday that is not a date in the form YYYY-MM-DD; `typed` is what was typed.
    fn not_a_date(&self, typed: &str) -> String;
    /// A birthday after today.
    fn birthday_in_future(&self) -> &'static str;
    /// A birthday before 1 January of `year`.
    fn birthday_before(&self, year: i32) -> String;
    /// A gender other than F, M, O or empty.
    fn gender_invalid(&self) -> &'static str;
    /// More tags than a member may carry.
    fn too_many_tags(&self, max: usize) -> String;
    /// A party size that is not a whole number from 1 to `max`.
    fn party_invalid(&self, max: u16) -> String;
    /// A marketing consent other than yes or no.
    fn consent_invalid(&self) -> &'static str;
    /// An amount left empty.
    fn amount_empty(&self) -> &'static str;
    /// An amount below zero.
    fn amount_negative(&self) -> &'static str;
    /// An amount with more than 2 decimals.
    fn amount_too_many_decimals(&self) -> &'static str;
    /// An amount that is not a number; `typed` is what was typed.
    fn amount_not_a_number(&self, typed: &str) -> String;
    /// An amount too large to be a real bill.
    fn amount_too_large(&self) -> &'static str;
    /// A phone number left empty.
    fn phone_empty(&self) -> &'static str;
    /// A phone number that is neither a mainland mobile nor an international number;
    /// `typed` is what was typed.
    fn phone_invalid(&self, typed: &str) -> String;
    /// A number of points to redeem or give that is 0 or less.
    fn points_not_positive(&self) -> &'static str;
    /// A redemption of `wanted` points larger than the `balance`.
    fn points_short(&self, balance: i64, wanted: i64) -> String;
    /// A points adjustment without a reason.
    fn points_no_reason(&self) -> &'static str;
    /// A points adjustment of 0.
    fn points_zero(&self) -> &'static str;
    /// An adjustment taking off `wanted` points that would leave `balance` below zero.
    fn points_below_zero(&self, balance: i64, wanted: i64) -> String;

    // --- Member import (csvio/import.rs, csvio/dates.rs) ------------------------------

    /// One problem of one row of an imported file: "row 5, Name: name is required".
    fn row_error(&self, e: &RowError) -> String;
    /// What is wrong with a cell of an imported row.
    fn row_problem(&self, p: &RowProblem) -> String;
    /// A date cell that cannot be read.
    fn date_problem(&self, p: &DateProblem) -> String;
}
