//! The pure heart of the app: a message changes the state and may ask for effects.
//! No I/O and no clock here (time comes in `Msg::Tick` and lives in `State::now`), so
//! every key sequence can be tested without a terminal or a store.

mod actions;
mod answers;
mod lists;
mod staff;

use super::msg::{Effect, Msg};
use super::state::{Pane, State};

pub fn update(s: &mut State, msg: Msg) -> Vec<Effect> {
    if matches!(
        msg,
        Msg::Action(_) | Msg::Char(_) | Msg::Backspace | Msg::Caret(_)
    ) {
        s.staff.last_input = s.now;
    }
    if let Some(held) = staff::while_locked(s, &msg) {
        return held;
    }
    match msg {
        Msg::Action(a) => actions::action(s, a),
        Msg::Char(c) => typed(s, Some(c)),
        Msg::Backspace => typed(s, None),
        Msg::Caret(c) => {
            let now = s.now;
            if let Some(form) = s.form.as_mut().filter(|_| !s.help) {
                form.caret(c, now);
            }
            vec![]
        }
        Msg::Tick(now) => {
            s.now = now;
            staff::idle_lock(s)
        }
        Msg::Resized(w, h) => {
            s.screen = (w, h);
            vec![]
        }
        other => answers::answer(s, other),
    }
}

/// Ask for the rows of the query now in the box.
fn search(s: &mut State) -> Vec<Effect> {
    s.lookup.generation += 1;
    s.lookup.limit = super::state::PAGE_ROWS;
    vec![Effect::Search {
        generation: s.lookup.generation,
        query: s.lookup.query.clone(),
    }]
}

fn typed(s: &mut State, c: Option<char>) -> Vec<Effect> {
    if s.help {
        return vec![];
    }
    let now = s.now;
    if let Some(form) = &mut s.form {
        match c {
            Some(c) => form.type_char(c, now),
            None => form.backspace(now),
        }
        let left = form.errors.len();
        recount(s, left);
        return vec![];
    }
    if s.pane != Pane::Lookup {
        return vec![];
    }
    // Typing on an open card starts the next lookup: the next guest is waiting.
    s.card = None;
    s.card_return = None;
    match c {
        Some(c) => s.lookup.query.push(c),
        None => {
            if s.lookup.query.pop().is_none() {
                return vec![];
            }
        }
    }
    search(s)
}

/// After an edit: "N fields to fix" says how many are left, and goes once none is.
fn recount(s: &mut State, left: usize) {
    use super::note::{Note, Said, StatusKind};
    if let Some(st) = &s.status
        && let Note::FieldsToFix(_) = st.note
    {
        match left {
            0 => s.tell(StatusKind::Info, Note::Said(Said::FieldsFixed)),
            n => s.tell(StatusKind::Error, Note::FieldsToFix(n)),
        }
    }
}

/// What to load when a pane comes up.
fn enter(s: &mut State, pane: Pane) -> Vec<Effect> {
    s.pane = pane;
    match pane {
        Pane::Checkin => vec![Effect::LoadArrivals],
        Pane::Insights => vec![
            Effect::LoadArrivals,
            Effect::LoadComplaints,
            Effect::LoadCare,
        ],
        Pane::Care => vec![Effect::LoadCare],
        Pane::Complaints => vec![Effect::LoadComplaints],
        Pane::Service => match &s.selected {
            Some((id, _)) if s.card.as_ref().map(|c| c.view.member.id) != Some(*id) => {
                vec![Effect::LoadCard(*id)]
            }
            _ => vec![],
        },
        Pane::Lookup => vec![],
    }
}
