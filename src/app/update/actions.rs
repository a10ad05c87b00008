//! What each action does to the state, grouped as the help groups them.

use super::lists::{more_rows, move_list};
use super::{enter, search};
use crate::app::form::{Earn, Form, Submitted};
use crate::app::msg::{Busy, BusyWith, Effect};
use crate::app::note::{Note, Said};
use crate::app::state::{Pane, State};
use crate::keymap::action::Action;

/// How many rows PgUp/PgDn move.
const PAGE: usize = 10;

pub(super) fn action(s: &mut State, a: Action) -> Vec<Effect> {
    let keeps_overlay = matches!(
        a,
        Action::Help
            | Action::Messages
            | Action::Back
            | Action::Quit
            | Action::ListUp
            | Action::ListDown
            | Action::ListPageUp
            | Action::ListPageDown
            | Action::ListHome
            | Action::ListEnd
            | Action::Language
    );
    if !keeps_overlay {
        s.help = false;
        s.messages = false;
        s.audit = None;
        s.slip = None;
    }
    if super::staff::scroll_audit(s, a) {
        return vec![];
    }
    match a {
        Action::Quit => quit(s),
        Action::Noop => {}
        Action::Help => {
            s.help = !s.help;
            s.messages = false;
            s.help_scroll = 0;
        }
        Action::Messages => {
            s.messages = !s.messages;
            s.help = false;
            s.help_scroll = 0;
        }
        Action::Language => {
            s.lang = s.lang.next();
            return vec![Effect::SetLanguage(s.lang)];
        }
        Action::Back => return back(s),
        Action::SignIn => return vec![Effect::SignOut],
        Action::Audit => return super::staff::audit_asked(s),
        Action::ShiftToggle => s.form = Some(Form::shift(s.shift.is_some(), s.now)),
        Action::MemberReveal => return super::staff::reveal(s),
        Action::SyncNow => return start(s, BusyWith::Syncing, Effect::Sync),
        Action::DataExport => return start(s, BusyWith::Exporting, Effect::Export),
        Action::DemoLoad if s.offer_demo && s.busy.is_none() => {
            s.busy = Some(Busy {
                what: BusyWith::LoadingDemo,
                done: 0,
                total: 1,
            });
            return vec![Effect::LoadDemo];
        }
        Action::DemoLoad => {}
        Action::PaneLookup => return switch(s, Pane::Lookup),
        Action::PaneCheckin => return switch(s, Pane::Checkin),
        Action::PaneService => return switch(s, Pane::Service),
        Action::PaneComplaints => return switch(s, Pane::Complaints),
        Action::PaneInsights => return switch(s, Pane::Insights),
        Action::PaneCare => return switch(s, Pane::Care),
        Action::ComplaintNew | Action::ComplaintAdvance | Action::ComplaintOpen => {
            return complaint(s, a);
        }
        Action::FormSubmit | Action::FormNextField | Action::FormPrevField => {
            return form(s, a);
        }
        Action::ListUp => move_list(s, |i, _| i.saturating_sub(1)),
        Action::ListDown => {
            move_list(s, |i, n| (i + 1).min(n.saturating_sub(1)));
            return more_rows(s);
        }
        Action::ListPageUp => move_list(s, |i, _| i.saturating_sub(PAGE)),
        Action::ListPageDown => {
            move_list(s, |i, n| (i + PAGE).min(n.saturating_sub(1)));
            return more_rows(s);
        }
        Action::ListHome => move_list(s, |_, _| 0),
        Action::ListEnd => {
            move_list(s, |_, n| n.saturating_sub(1));
            return more_rows(s);
        }
        _ => return member(s, a),
    }
    vec![]
}

/// Quit, unless a form holds typed input not yet saved: then a second Ctrl-Q confirms.
fn quit(s: &mut State) {
    let typed = s
        .form
        .as_ref()
        .is_some_and(|f| f.fields.iter().any(|x| x.touched));
    let asked = s
        .status
        .as_ref()
        .is_some_and(|st| st.note == Note::Said(Said::QuitWithForm));
    if typed && !asked {
        s.error(Note::Said(Said::QuitWithForm));
    } else {
        s.quit = true;
    }
}

/// Slow work, one at a time.
fn start(s: &mut State, what: BusyWith, effect: Effect) -> Vec<Effect> {
    if s.busy.is_some() {
        s.info(Said::BusyWait);
        return vec![];
    }
    s.busy = Some(Busy::new(what));
    vec![effect]
}

/// Esc: close the innermost thing open.
fn back(s: &mut State) -> Vec<Effect> {
    if s.help || s.messages || s.audit.is_some() || s.slip.is_some() {
        s.help = false;
        s.messages = false;
        s.audit = None;
        s.slip = None;
    } else if s.form.take().is_some() {
        s.info(Said::Cancelled);
    } else if s.card.take().is_some() {
        if let Some(from) = s.card_return.take() {
            return enter(s, from);
        }
    } else if s.pane != Pane::Lookup {
        s.pane = Pane::Lookup;
    } else if !s.lookup.query.is_empty() {
        s.lookup.query.clear();
        return search(s);
    }
    vec![]
}

/// Go to a pane from its key: a form left open elsewhere is cancelled.
fn switch(s: &mut State, pane: Pane) -> Vec<Effect> {
    if let Some(m) = s.focused_member() {
        s.selected = Some(m);
    }
    if s.form.take().is_some() {
        s.info(Said::FormCancelled);
    }
    s.help = false;
    s.card_return = None;
    enter(s, pane)
}

/// Actions on the member in focus.
fn member(s: &mut State, a: Action) -> Vec<Effect> {
    let now = s.now;
    match a {
        Action::MemberNew => {
            let q = s.lookup.query.trim();
            let digits = q.chars().filter(char::is_ascii_digit).count();
            let (name, phone) = match digits {
                0 => (q, ""),
                d if d >= 11 => ("", q),
                _ => ("", ""),
            };
            s.form = Some(Form::new_member(name, phone, now));
            s.pane = Pane::Lookup;
        }
        Action::MemberEdit => match (&s.card, s.lookup.rows.get(s.lookup.selected)) {
            (Some(c), _) => {
                let shown = s.phone_shown(c.view.member.id);
                s.form = Some(Form::edit_member(&c.view.member, shown, now));
            }
            (None, Some(r)) if s.pane == Pane::Lookup => {
                s.edit_when_loaded = true;
                return vec![Effect::LoadCard(r.id)];
            }
            _ => s.error(Note::Said(Said::EditNeedsMember)),
        },
        Action::MemberOpen => return open(s),
        Action::MemberCheckin => match s.focused_member() {
            Some(m) => {
                s.selected = Some(m.clone());
                s.form = Some(Form::checkin(Some(m), s.settings.trade, now));
                return enter(s, Pane::Checkin);
            }
            None => s.error(Note::Said(Said::CheckinNeedsMember)),
        },
        Action::CheckinWalkin => {
            s.form = Some(Form::checkin(None, s.settings.trade, now));
            return enter(s, Pane::Checkin);
        }
        Action::MemberService => return service(s),
        Action::MemberComplaint => {
            s.form = Some(Form::complaint(s.focused_member(), now));
            return enter(s, Pane::Complaints);
        }
        Action::PointsAdjust => match &s.card {
            Some(c) => {
                let m = &c.view.member;
                let form = Form::adjust_points(m.id, m.name.clone(), c.view.stats.points, now);
                s.form = Some(form);
            }
            None => s.error(Note::Said(Said::OpenCardFirst)),
        },
        Action::PackageSell => match &s.card {
            Some(c) => {
                let m = &c.view.member;
                let offers = s
                    .settings
                    .packages
                    .iter()
                    .map(|p| (p.key.clone(), p.name.clone(), p.price))
                    .collect();
                let methods = money_in_methods(s);
                s.form = Some(Form::sell_package(
                    m.id,
                    m.name.clone(),
                    offers,
                    methods,
                    now,
                ));
            }
            None => s.error(Note::Said(Said::OpenCardFirst)),
        },
        Action::WalletTopUp => match &s.card {
            Some(c) => {
                let m = &c.view.member;
                let balance = c.stored_value.total();
                let methods = money_in_methods(s);
                s.form = Some(Form::top_up(m.id, m.name.clone(), balance, methods, now));
            }
            None => s.error(Note::Said(Said::OpenCardFirst)),
        },
        _ => {}
    }
    vec![]
}

/// Enter: a duplicate from the warning, a Care row's member, or the Lookup selection.
fn open(s: &mut State) -> Vec<Effect> {
    if let Some(dup) = s.form.as_ref().and_then(|f| f.duplicates.first()) {
        let id = dup.id;
        s.form = None;
        s.pane = Pane::Lookup;
        return vec![Effect::LoadCard(id)];
    }
    if s.pane == Pane::Care {
        if let Some((id, _)) = s.care_member(s.care_selected) {
            s.card_return = Some(Pane::Care);
            s.pane = Pane::Lookup;
            return vec![Effect::LoadCard(id)];
        }
        s.info(Said::CareRowWithoutMember);
        return vec![];
    }
    match s.lookup.rows.get(s.lookup.selected) {
        Some(r) => vec![Effect::LoadCard(r.id)],
        None => vec![],
    }
}

fn service(s: &mut State) -> Vec<Effect> {
    let Some((id, name)) = s.focused_member() else {
        s.error(Note::Said(Said::ServiceNeedsMember));
        return vec![];
    };
    s.selected = Some((id, name.clone()));
    let (tier, balance) = s.figures(id);
    let earn = Earn {
        settings: s.settings.clone(),
        tier,
        balance,
    };
    s.form = Some(Form::service(id, name, earn, s.now));
    enter(s, Pane::Service)
}

fn complaint(s: &mut State, a: Action) -> Vec<Effect> {
    match a {
        Action::ComplaintNew => s.form = Some(Form::complaint(None, s.now)),
        Action::ComplaintAdvance => match s.selected_complaint() {
            Some(c) => match c.status.next() {
                Some(to) => s.form = Some(Form::advance(c, to, s.now)),
                None => s.info(Said::ComplaintClosed),
            },
            None => s.error(Note::Said(Said::NoComplaintSelected)),
        },
        Action::ComplaintOpen => {
            if let Some(m) = s.selected_complaint().and_then(|c| c.member) {
                s.card_return = Some(Pane::Complaints);
                s.pane = Pane::Lookup;
                return vec![Effect::LoadCard(m)];
            }
            s.info(Said::ComplaintNoMember);
        }
        _ => {}
    }
    vec![]
}

fn form(s: &mut State, a: Action) -> Vec<Effect> {
    let now = s.now;
    let Some(f) = &mut s.form else {
        return vec![];
    };
    match a {
        Action::FormNextField => f.next_field(),
        Action::FormPrevField => f.prev_field(),
        _ => match f.submit(now) {
            Some(Submitted::Request(r)) => return vec![Effect::Perform(r)],
            Some(Submitted::SignIn { name, pin }) => return vec![Effect::SignIn { name, pin }],
            Some(Submitted::NothingChanged) => {
                s.form = None;
                s.info(Said::NothingChanged);
            }
            None => {
                let n = f.errors.len();
                s.error(Note::FieldsToFix(n));
            }
        },
    }
    vec![]
}

/// How money may come in for a package or a top-up: the program's methods but a package
/// and stored value themselves (a package is not paid with a package, and stored value is
/// not wired to these).
fn money_in_methods(s: &State) -> Vec<String> {
    s.settings
        .money
        .methods
        .iter()
        .filter(|k| crate::desk::package_methods().any(|p| p == k.as_str()))
        .cloned()
        .collect()
}
