//! What the status line says, kept typed in the state: the views choose the words, so a
//! change of language rewords what is already shown.

use crate::desk::{DeskError, DuplicateNote, Exported, Outcome};
use crate::keymap::Warning;
use crate::membership::settings::SettingsFileError;
use crate::sync::SyncReport;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Success,
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub kind: StatusKind,
    pub note: Note,
}

/// One thing the desk is told.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    Done(Outcome),
    Failed(Failure),
    Said(Said),
    /// A form was submitted with this many fields still wrong.
    FieldsToFix(usize),
    /// A new member looks like one already held.
    Duplicate(DuplicateNote),
    Exported(Exported),
    Synced(Arc<SyncReport>),
    DemoLoaded(usize),
    PointsExpired {
        entries: usize,
        points: i64,
    },
    /// The first problem found at start-up in the keymap or settings files, and how many
    /// more there are.
    Startup(StartupProblem, usize),
    /// Someone signed in at the desk.
    SignedIn(crate::desk::OperatorRow),
    /// The desk locked itself after this many idle minutes.
    LockedIdle(u32),
    /// A whole phone number is on screen (and was recorded): whose.
    PhoneRevealed(String),
}

/// A problem found at start-up in the keymap or settings files; the defaults (or the
/// built-in program) stand for whatever could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum StartupProblem {
    /// The keymap file given could not be read: its path and the system's reason.
    KeymapUnreadable { path: PathBuf, cause: String },
    /// A line of a keymap file that could not be used.
    Keymap(Warning),
    /// The settings file could not be used.
    Settings(SettingsFileError),
    /// A line of the store's own message files that could not be used.
    Wording(crate::catalog::FileProblem),
}

/// Fixed things the desk is told.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Said {
    Cancelled,
    FormCancelled,
    NothingChanged,
    BusyWait,
    EditNeedsMember,
    CheckinNeedsMember,
    ServiceNeedsMember,
    OpenCardFirst,
    ComplaintClosed,
    NoComplaintSelected,
    ComplaintNoMember,
    CareRowWithoutMember,
    SettingsReloaded,
    /// Every field of the form passes now: it can be saved.
    FieldsFixed,
    /// Quit was asked with a form holding unsaved input: a second quit confirms.
    QuitWithForm,
    /// The desk is locked: sign in to go on.
    SignedOut,
    /// Sign-in was asked for on a store without operators.
    NoOperators,
}

/// Why something the desk asked for did not happen.
#[derive(Clone, Debug)]
pub enum Failure {
    Desk(Arc<DeskError>),
    /// The store worker stopped: nothing more can be saved until the app restarts.
    WorkerGone,
    /// The search thread stopped: Lookup cannot answer until the app restarts.
    SearchGone,
    /// A job failed unexpectedly (a bug); the log has the detail.
    JobPanicked,
    /// The settings file was changed but could not be taken.
    Settings(SettingsFileError),
    /// The store is damaged: why, and the newest good backup if there is one.
    Damaged(Arc<DeskError>, Option<std::path::PathBuf>),
}

impl From<DeskError> for Failure {
    fn from(e: DeskError) -> Self {
        Failure::Desk(Arc::new(e))
    }
}

impl PartialEq for Failure {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Failure::Desk(a), Failure::Desk(b)) => Arc::ptr_eq(a, b),
            (Failure::Damaged(a, _), Failure::Damaged(b, _)) => Arc::ptr_eq(a, b),
            (Failure::Settings(a), Failure::Settings(b)) => a == b,
            (Failure::WorkerGone, Failure::WorkerGone) => true,
            (Failure::JobPanicked, Failure::JobPanicked) => true,
            (Failure::SearchGone, Failure::SearchGone) => true,
            _ => false,
        }
    }
}
