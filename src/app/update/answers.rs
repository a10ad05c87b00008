//! Answers from the workers: rows, cards, lists, and the outcome of each desk action.

use super::search;
use crate::app::form::{Form, FormKind};
use crate::app::msg::{Effect, Msg};
use crate::app::note::{Failure, Note, Said, StatusKind};
use crate::app::state::{Pane, State};
use crate::desk::{DeskError, Found, Outcome};

pub(super) fn answer(s: &mut State, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Opened {
            terminal,
            operator,
            empty,
        } => {
            s.terminal_name = terminal;
            s.operator = operator;
            s.offer_demo = empty;
            vec![]
        }
        Msg::Found {
            generation,
            query,
            found,
        } => {
            found_rows(s, generation, query, found);
            vec![]
        }
        Msg::IndexReady { members } => {
            s.indexing = false;
            s.members = members;
            s.offer_demo &= members == 0;
            search(s)
        }
        Msg::CardLoaded(card) => {
            if s.card.as_ref().map(|c| c.view.member.id) != Some(card.view.member.id) {
                s.card_scroll = 0;
            }
            s.selected = Some((card.view.member.id, card.view.member.name.clone()));
            if !s.phone_shown(card.view.member.id) {
                s.revealed = None;
            }
            if std::mem::take(&mut s.edit_when_loaded) {
                let shown = s.phone_shown(card.view.member.id);
                s.form = Some(Form::edit_member(&card.view.member, shown, s.now));
            }
            s.card = Some(*card);
            vec![]
        }
        Msg::ArrivalsLoaded(a) => {
            s.arrivals_selected = s.arrivals_selected.min(a.len().saturating_sub(1));
            s.arrivals = a;
            vec![]
        }
        Msg::ComplaintsLoaded(rows) => {
            s.complaints_selected = s.complaints_selected.min(rows.len().saturating_sub(1));
            s.complaints = rows;
            vec![]
        }
        Msg::CareLoaded(care) => {
            s.busy = None;
            let n = care.birthdays.len() + care.lapsing.len() + care.followups.len();
            s.care_selected = s.care_selected.min(n);
            s.care = Some(*care);
            vec![]
        }
        Msg::Staff {
            defined,
            signed_in,
            asked,
        } => {
            super::staff::staff_known(s, defined, signed_in, asked);
            vec![]
        }
        Msg::PhoneRevealed { member, phone } => {
            super::staff::revealed(s, member, phone);
            vec![]
        }
        Msg::Shift(shift) => {
            s.shift = shift.map(|b| *b);
            vec![]
        }
        Msg::AuditLoaded { member, entries } => {
            super::staff::audit_loaded(s, member, entries);
            vec![]
        }
        Msg::Done(outcome) => done(s, outcome),
        Msg::Failed(f) => failed(s, f),
        other => background(s, other),
    }
}

/// Results of slow work in the background.
fn background(s: &mut State, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Progress(busy) => s.busy = Some(busy),
        Msg::SyncStatus(line) => s.sync = line,
        Msg::Exported(e) => {
            s.busy = None;
            s.success(Note::Exported(e));
        }
        Msg::SyncDone(report) => {
            s.busy = None;
            // Members arrived from other desks: the store is no longer empty.
            s.offer_demo &= report.import.members.is_empty();
            s.success(Note::Synced(report));
            return refresh(s);
        }
        Msg::DemoLoaded { members } => {
            s.busy = None;
            s.offer_demo = false;
            s.success(Note::DemoLoaded(members));
            return vec![Effect::LoadArrivals, Effect::LoadComplaints];
        }
        Msg::PointsExpired { entries, points } => {
            s.tell(StatusKind::Info, Note::PointsExpired { entries, points });
        }
        Msg::SettingsReloaded(Ok(())) => s.info(Said::SettingsReloaded),
        Msg::SettingsReloaded(Err(why)) => s.error(Note::Failed(Failure::Settings(why))),
        _ => {}
    }
    vec![]
}

fn found_rows(s: &mut State, generation: u64, query: String, found: Found) {
    // An answer to an older query than the one shown is stale: drop it.
    if generation < s.lookup.generation && query != s.lookup.query {
        return;
    }
    if query != s.lookup.answered {
        s.lookup.selected = 0;
    }
    s.lookup.rows = found.rows;
    s.lookup.total = found.total;
    s.lookup.answered = query;
    s.lookup.selected = s.lookup.selected.min(s.lookup.rows.len().saturating_sub(1));
}

/// A desk action is durable: say so, and show what it changed.
fn done(s: &mut State, outcome: Outcome) -> Vec<Effect> {
    s.form = None;
    s.offer_demo = false;
    match &outcome {
        Outcome::ShiftOpened(o) => s.shift = Some(o.shift.clone()),
        Outcome::ShiftClosed(slip) => {
            s.shift = None;
            s.slip = Some((**slip).clone());
        }
        _ => {}
    }
    let open = match &outcome {
        Outcome::MemberAdded(m) => Some(m.id),
        Outcome::MemberEdited(m) => Some(m.id),
        _ => None,
    };
    s.success(Note::Done(outcome));
    match open {
        Some(id) => {
            s.pane = Pane::Lookup;
            let mut fx = search(s);
            fx.push(Effect::LoadCard(id));
            fx
        }
        None => refresh(s),
    }
}

/// Rows, the open card, arrivals and complaints again after a change.
fn refresh(s: &mut State) -> Vec<Effect> {
    let mut fx = search(s);
    if let Some(c) = &s.card {
        fx.push(Effect::LoadCard(c.view.member.id));
    }
    fx.extend([Effect::LoadArrivals, Effect::LoadComplaints]);
    fx
}

fn failed(s: &mut State, f: Failure) -> Vec<Effect> {
    if let Failure::Desk(e) = &f
        && let DeskError::PossibleDuplicates(notes) = e.as_ref()
        && let (Some(form), Some(first)) = (&mut s.form, notes.first())
    {
        form.duplicates = notes.clone();
        let first = first.clone();
        s.error(Note::Duplicate(first));
        return vec![];
    }
    // A wrong PIN is typed again from the start.
    if let Failure::Desk(e) = &f
        && let DeskError::WrongPin = e.as_ref()
        && let Some(form) = s.form.as_mut().filter(|f| f.kind == FormKind::SignIn)
    {
        form.clear(crate::catalog::FieldId::Pin);
    }
    // The index cannot be built from a damaged store: stop saying it is being built.
    let damaged = matches!(&f, Failure::Damaged(..));
    if damaged || f == Failure::JobPanicked {
        s.indexing = false;
    }
    s.failed(f);
    vec![]
}
