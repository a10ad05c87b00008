//! Everything the screen shows, and nothing else: the UI draws from this alone.

use super::form::Form;
use super::msg::Busy;
use super::note::{Failure, Note, Said, Status, StatusKind};
use crate::catalog::Lang;
use crate::desk::{Arrival, Card, ComplaintRow, MemberRow, OperatorRow};
use crate::domain::loyalty::ProgramSettings;
use crate::domain::{Complaint, Id, Timestamp};
use crate::membership::care::CareLists;
use std::sync::Arc;

/// How many past messages the recent-messages overlay keeps.
pub const RECENT_MAX: usize = 30;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Pane {
    Lookup,
    Checkin,
    Service,
    Complaints,
    Insights,
    Care,
}

impl Pane {
    pub const ALL: [Pane; 6] = [
        Pane::Lookup,
        Pane::Checkin,
        Pane::Service,
        Pane::Complaints,
        Pane::Insights,
        Pane::Care,
    ];
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lookup {
    pub query: String,
    pub rows: Vec<MemberRow>,
    pub total: usize,
    pub selected: usize,
    /// The query the rows answer; differs from `query` while an answer is on its way.
    pub answered: String,
    pub generation: u64,
    /// How many rows the list asks for: a page more each time the cursor reaches the end.
    pub limit: usize,
}

/// Rows the Lookup list asks for at a time.
pub const PAGE_ROWS: usize = 50;

/// What the title bar says about sync.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncLine {
    pub last: Option<Timestamp>,
    /// Operations made here that no export has written yet.
    pub unexported: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub pane: Pane,
    pub store_label: String,
    pub terminal_name: String,
    pub operator: String,
    pub now: Timestamp,
    pub members: u64,
    pub lookup: Lookup,
    /// The member card, open over the Lookup pane.
    pub card: Option<Card>,
    /// The pane the card was opened from (Care, Complaints): Esc goes back there.
    pub card_return: Option<Pane>,
    /// How far the card's history lists are scrolled (Up, Down, PgUp, PgDn on the card).
    pub card_scroll: usize,
    /// The member Check-in, Service and Complaint forms act on.
    pub selected: Option<(Id, String)>,
    pub form: Option<Form>,
    pub arrivals: Vec<Arrival>,
    pub arrivals_selected: usize,
    /// The complaint board, with each complaint's member name.
    pub complaints: Vec<ComplaintRow>,
    pub complaints_selected: usize,
    /// Open the edit form once the card being loaded arrives.
    pub edit_when_loaded: bool,
    pub help: bool,
    pub help_scroll: usize,
    /// Lines the help overlay holds (from the keymap), so scrolling stops at its end.
    pub help_lines: usize,
    /// The terminal's size in cells, as last reported.
    pub screen: (u16, u16),
    /// The recent messages overlay is open.
    pub messages: bool,
    /// What the status line said lately, newest last (the overlay shows them in full).
    pub recent: Vec<Status>,
    /// The language the desk speaks (the views ask the catalog in it).
    pub lang: Lang,
    pub status: Option<Status>,
    /// The store is empty: offer demo data.
    pub offer_demo: bool,
    pub busy: Option<Busy>,
    pub indexing: bool,
    pub quit: bool,
    pub sync: SyncLine,
    /// The Care view's lists; `None` until loaded.
    pub care: Option<CareLists>,
    pub care_selected: usize,
    /// The membership program in force (tiers, earning, expiry).
    pub settings: Arc<ProgramSettings>,
    pub staff: Staff,
    /// A whole phone number shown on the card, on request: whose, and the number.
    pub revealed: Option<(Id, String)>,
    /// The audit trail overlay, when open.
    pub audit: Option<AuditView>,
    /// The shift open on this desk (the title bar says whose it is).
    pub shift: Option<crate::domain::shift::Shift>,
    /// The slip of the shift just closed, shown over the panes until Esc.
    pub slip: Option<crate::desk::Slip>,
}

/// Who works the desk: whether the store has operators and who is signed in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Staff {
    pub defined: bool,
    pub signed_in: Option<OperatorRow>,
    /// When a key was last pressed, for the idle lock.
    pub last_input: Timestamp,
}

impl Staff {
    /// The desk shows nothing but the sign-in form.
    pub fn locked(&self) -> bool {
        self.defined && self.signed_in.is_none()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AuditView {
    pub member: Option<Id>,
    pub entries: Vec<crate::desk::AuditEntry>,
    pub scroll: usize,
}

impl State {
    pub fn new(
        store_label: String,
        terminal_name: String,
        operator: String,
        now: Timestamp,
    ) -> State {
        State {
            pane: Pane::Lookup,
            store_label,
            terminal_name,
            operator,
            now,
            members: 0,
            lookup: Lookup::default(),
            card: None,
            card_return: None,
            card_scroll: 0,
            selected: None,
            form: None,
            arrivals: Vec::new(),
            arrivals_selected: 0,
            complaints: Vec::new(),
            complaints_selected: 0,
            edit_when_loaded: false,
            help: false,
            help_scroll: 0,
            help_lines: 0,
            screen: (80, 24),
            messages: false,
            recent: Vec::new(),
            lang: crate::catalog::lang(),
            status: None,
            offer_demo: false,
            busy: None,
            indexing: false,
            quit: false,
            sync: SyncLine::default(),
            care: None,
            care_selected: 0,
            settings: Arc::new(ProgramSettings::default()),
            staff: Staff::default(),
            revealed: None,
            audit: None,
            shift: None,
            slip: None,
        }
    }

    pub fn tell(&mut self, kind: StatusKind, note: Note) {
        let status = Status { kind, note };
        if self.recent.len() >= RECENT_MAX {
            self.recent.remove(0);
        }
        self.recent.push(status.clone());
        self.status = Some(status);
    }
    pub fn info(&mut self, said: Said) {
        self.tell(StatusKind::Info, Note::Said(said));
    }
    pub fn success(&mut self, note: Note) {
        self.tell(StatusKind::Success, note);
    }
    pub fn error(&mut self, note: Note) {
        self.tell(StatusKind::Error, note);
    }
    pub fn failed(&mut self, f: Failure) {
        self.busy = None;
        self.error(Note::Failed(f));
    }

    /// The member the cursor is on: the open card, else the Lookup selection.
    pub fn focused_member(&self) -> Option<(Id, String)> {
        if self.pane == Pane::Care {
            return self.care_member(self.care_selected);
        }
        if let Some(c) = &self.card {
            return Some((c.view.member.id, c.view.member.name.clone()));
        }
        if self.pane == Pane::Lookup
            && let Some(r) = self.lookup.rows.get(self.lookup.selected)
        {
            return Some((r.id, r.name.clone()));
        }
        self.selected.clone()
    }

    /// Rows of the Care view in order (birthdays, lapsing, follow-ups): their members.
    pub fn care_members(&self) -> Vec<Option<(Id, String)>> {
        let Some(c) = &self.care else {
            return Vec::new();
        };
        let b = c.birthdays.iter().map(|r| Some((r.id, r.name.clone())));
        let l = c.lapsing.iter().map(|r| Some((r.id, r.name.clone())));
        let f = c
            .followups
            .iter()
            .map(|r| r.complaint.member.zip(r.member_name.clone()));
        b.chain(l).chain(f).collect()
    }

    pub fn care_member(&self, row: usize) -> Option<(Id, String)> {
        self.care_members().get(row).cloned().flatten()
    }

    /// The tier and points balance shown for a member: from the open card, else the
    /// Lookup row.
    pub fn figures(&self, id: Id) -> (String, i64) {
        if let Some(c) = self.card.as_ref().filter(|c| c.view.member.id == id) {
            return (c.tier.clone(), c.view.stats.points);
        }
        match self.lookup.rows.iter().find(|r| r.id == id) {
            Some(r) => (r.tier.clone(), r.points),
            None => (
                self.settings.policy_at(self.now).base_tier().name.clone(),
                0,
            ),
        }
    }

    /// Whether this member's whole phone number was revealed on their card.
    pub fn phone_shown(&self, id: Id) -> bool {
        self.revealed.as_ref().is_some_and(|(m, _)| *m == id)
    }

    pub fn selected_complaint(&self) -> Option<&Complaint> {
        self.complaints
            .get(self.complaints_selected)
            .map(|r| &r.complaint)
    }
}
