//! Messages into `update`, the effects it asks for, and the events only the runtime sees.
//! Outcomes and failures are typed; the views turn them into words.

use super::form::Caret;
use super::note::Failure;
use super::state::SyncLine;
use crate::desk::OperatorRow;
use crate::desk::{Arrival, Card, ComplaintRow, Exported, Found, Outcome, Request, SyncProgress};
use crate::domain::{Id, Timestamp};
use crate::keymap::action::Action;
use crate::membership::care::CareLists;
use crate::membership::settings::SettingsFileError;
use crate::sync::SyncReport;
use std::sync::Arc;

/// What `update` reacts to: a user's action or typing, the clock, or a worker's answer.
#[derive(Clone, Debug)]
pub enum Msg {
    Action(Action),
    /// A printable character not bound to any action: typed into the focused box.
    Char(char),
    Backspace,
    /// Left, Right, Home, End or Delete inside a form field.
    Caret(Caret),
    Tick(Timestamp),
    /// The terminal changed size (columns, rows).
    Resized(u16, u16),
    /// What the store says about this desk when the app opens.
    Opened {
        terminal: String,
        operator: String,
        empty: bool,
    },
    /// Rows for the query of this generation.
    Found {
        generation: u64,
        query: String,
        found: Found,
    },
    IndexReady {
        members: u64,
    },
    CardLoaded(Box<Card>),
    ArrivalsLoaded(Vec<Arrival>),
    ComplaintsLoaded(Vec<ComplaintRow>),
    CareLoaded(Box<CareLists>),
    /// A desk action is durable on disk.
    Done(Outcome),
    Failed(Failure),
    Progress(Busy),
    SyncStatus(SyncLine),
    Exported(Exported),
    SyncDone(Arc<SyncReport>),
    DemoLoaded {
        members: usize,
    },
    PointsExpired {
        entries: usize,
        points: i64,
    },
    /// The settings file changed and was taken (or refused, with the reason).
    SettingsReloaded(Result<(), SettingsFileError>),
    /// Whether the store has operators, and who is signed in (after opening, signing in
    /// or out).
    Staff {
        defined: bool,
        signed_in: Option<OperatorRow>,
        /// In answer to F11 (a store without operators says so).
        asked: bool,
    },
    /// A member's whole phone number, shown on request (recorded).
    PhoneRevealed {
        member: Id,
        phone: String,
    },
    /// The shift open on this desk, if any (when the app opens and on sign-in).
    Shift(Option<Box<crate::domain::shift::Shift>>),
    /// Audit entries, oldest first; about one member when asked from their card.
    AuditLoaded {
        member: Option<Id>,
        entries: Vec<crate::desk::AuditEntry>,
    },
}

/// Slow work under way, shown on the status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Busy {
    pub what: BusyWith,
    pub done: usize,
    pub total: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BusyWith {
    Syncing,
    Sync(SyncProgress),
    LoadingDemo,
    Exporting,
    LoadingCare,
}

impl Busy {
    pub fn new(what: BusyWith) -> Busy {
        Busy {
            what,
            done: 0,
            total: 0,
        }
    }
}

/// What the runtime is asked to do; it answers with messages.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Search {
        generation: u64,
        query: String,
    },
    /// The same query, with more rows: the list was scrolled to its end.
    SearchMore {
        generation: u64,
        query: String,
        limit: usize,
    },
    /// A desk action: the answer is `Done` once it is durable, or `Failed`.
    Perform(Request),
    LoadCard(Id),
    LoadArrivals,
    LoadComplaints,
    LoadCare,
    LoadDemo,
    Sync,
    Export,
    /// Speak this language from now on.
    SetLanguage(crate::catalog::Lang),
    SignIn {
        name: String,
        pin: String,
    },
    /// Lock the desk: nobody is signed in.
    SignOut,
    RevealPhone(Id),
    /// The audit trail, of one member or of everything.
    LoadAudit(Option<Id>),
}
