//! Messages into `update` and the effects it asks the runtime to perform.

use super::action::Action;
use super::state::{Arrival, Card, MemberRow};
use crate::domain::{Change, Complaint, Id, Timestamp};

#[derive(Clone, Debug)]
pub enum Msg {
    /// A terminal event, as read by the input thread.
    Input(ratatui::crossterm::event::Event),
    Action(Action),
    /// A printable character not bound to any action: typed into the focused box.
    Char(char),
    Backspace,
    /// Left, Right, Home, End or Delete inside a form field.
    Caret(super::form::Caret),
    Tick(Timestamp),
    SearchAnswer {
        generation: u64,
        query: String,
        rows: Vec<MemberRow>,
        total: usize,
    },
    IndexReady {
        members: u64,
    },
    /// The search worker has an answer waiting.
    SearchWake,
    /// Members read from the store, for the search worker to index.
    IndexDocs(Vec<crate::search::SearchDoc>),
    CardLoaded(Box<Card>),
    ArrivalsLoaded(Vec<Arrival>),
    ComplaintsLoaded {
        complaints: Vec<Complaint>,
        names: Vec<(Id, String)>,
    },
    /// A commit finished: what to say, and which records it created.
    Saved {
        done: String,
        created: Vec<Id>,
        after: After,
    },
    Failed(String),
    /// Something background work wants the desk to know.
    Info(String),
    Progress {
        label: String,
        done: usize,
        total: usize,
    },
    SyncStatus(super::state::SyncLine),
    PossibleDuplicates(Vec<super::form::DuplicateNote>),
    /// CSV files written: how many, rows in all, and the folder.
    Exported {
        files: usize,
        rows: usize,
        folder: std::path::PathBuf,
    },
    CareLoaded(Box<crate::membership::care::CareLists>),
    /// A sync finished: its summary, and the members it changed.
    SyncDone {
        summary: String,
        members: Vec<Id>,
    },
    DemoLoaded {
        members: usize,
    },
}

/// What to do once a form's changes are saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum After {
    /// Open the card of the member just created or edited.
    OpenMember,
    /// Refresh the card (if open), arrivals and complaints.
    Refresh,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Search {
        generation: u64,
        query: String,
    },
    Commit {
        changes: Vec<Change>,
        done: String,
        after: After,
        /// A new member: look for members it may duplicate before saving.
        check_duplicates: bool,
    },
    LoadCard(Id),
    LoadArrivals,
    LoadComplaints,
    LoadDemo,
    Sync,
    LoadCare,
    Export,
}
