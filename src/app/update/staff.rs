//! Who is at the desk: the lock that shows nothing but the sign-in form, signing in and
//! out, the idle lock, the recorded phone reveal and the audit trail overlay.

use crate::app::form::Form;
use crate::app::msg::{Effect, Msg};
use crate::app::note::{Note, Said, StatusKind};
use crate::app::state::{AuditView, State};
use crate::desk::OperatorRow;
use crate::keymap::action::Action;

/// While the desk is locked only the sign-in form, help, the language and quitting
/// work; `None` lets the message through to them (or to a worker's answer).
pub(super) fn while_locked(s: &mut State, msg: &Msg) -> Option<Vec<Effect>> {
    if !s.staff.locked() {
        return None;
    }
    if !matches!(
        s.form.as_ref().map(|f| &f.kind),
        Some(crate::app::form::FormKind::SignIn)
    ) {
        lock(s);
    }
    match msg {
        Msg::Action(
            Action::Quit
            | Action::Help
            | Action::Language
            | Action::Messages
            | Action::FormSubmit
            | Action::FormNextField
            | Action::FormPrevField
            | Action::ListUp
            | Action::ListDown,
        ) => None,
        Msg::Action(Action::Back) if s.help || s.messages => None,
        Msg::Action(_) => Some(vec![]),
        _ => None,
    }
}

/// Hide everything the last operator had open and ask who is at the desk.
fn lock(s: &mut State) {
    s.form = Some(Form::sign_in(s.now));
    s.card = None;
    s.card_return = None;
    s.revealed = None;
    s.audit = None;
    s.slip = None;
    s.selected = None;
    s.lookup.query.clear();
    s.lookup.rows.clear();
    s.lookup.total = 0;
}

/// Past the idle minutes with someone signed in, the desk locks itself.
pub(super) fn idle_lock(s: &mut State) -> Vec<Effect> {
    let minutes = s.settings.lock_after_minutes;
    let idle_ms = s.now.0.saturating_sub(s.staff.last_input.0);
    let signed_in = s.staff.defined && s.staff.signed_in.is_some();
    if !signed_in || minutes == 0 || idle_ms < i64::from(minutes) * 60_000 {
        return vec![];
    }
    s.staff.signed_in = None;
    lock(s);
    s.tell(StatusKind::Info, Note::LockedIdle(minutes));
    vec![Effect::SignOut]
}

/// What the store says about operators, after opening, signing in or signing out.
pub(super) fn staff_known(
    s: &mut State,
    defined: bool,
    signed_in: Option<OperatorRow>,
    asked: bool,
) {
    if asked && !defined {
        s.info(Said::NoOperators);
        return;
    }
    let was_locked = s.staff.locked();
    s.staff.defined = defined;
    s.staff.signed_in = signed_in.clone();
    match signed_in {
        Some(o) => {
            s.operator = o.name.clone();
            if was_locked {
                s.form = None;
            }
            s.success(Note::SignedIn(o));
        }
        None if defined => {
            s.operator = crate::catalog::label("locked-operator").to_string();
            if !was_locked {
                lock(s);
                s.info(Said::SignedOut);
            }
        }
        None => {}
    }
}

pub(super) fn reveal(s: &mut State) -> Vec<Effect> {
    match &s.card {
        Some(c) => vec![Effect::RevealPhone(c.view.member.id)],
        None => {
            s.error(Note::Said(Said::OpenCardFirst));
            vec![]
        }
    }
}

pub(super) fn revealed(s: &mut State, member: crate::domain::Id, phone: String) {
    let name = s
        .card
        .as_ref()
        .filter(|c| c.view.member.id == member)
        .map(|c| c.view.member.name.clone());
    if let Some(name) = name {
        s.revealed = Some((member, phone));
        s.success(Note::PhoneRevealed(name));
    }
}

pub(super) fn audit_asked(s: &mut State) -> Vec<Effect> {
    let member = s.card.as_ref().map(|c| c.view.member.id);
    vec![Effect::LoadAudit(member)]
}

pub(super) fn audit_loaded(
    s: &mut State,
    member: Option<crate::domain::Id>,
    entries: Vec<crate::desk::AuditEntry>,
) {
    let scroll = entries.len().saturating_sub(1);
    s.audit = Some(AuditView {
        member,
        entries,
        scroll,
    });
}

/// Up/Down/PgUp/PgDn/Home/End move through the audit trail while it is open.
pub(super) fn scroll_audit(s: &mut State, a: Action) -> bool {
    let Some(v) = &mut s.audit else {
        return false;
    };
    let last = v.entries.len().saturating_sub(1);
    v.scroll = match a {
        Action::ListUp => v.scroll.saturating_sub(1),
        Action::ListDown => (v.scroll + 1).min(last),
        Action::ListPageUp => v.scroll.saturating_sub(10),
        Action::ListPageDown => (v.scroll + 10).min(last),
        Action::ListHome => 0,
        Action::ListEnd => last,
        _ => return false,
    };
    true
}
