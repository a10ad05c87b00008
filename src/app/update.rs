//! The pure heart of the app: a message changes the state and may ask for effects.
//! No I/O here, so every key sequence can be tested without a terminal or a store.

use super::action::Action;
use super::form::{Earn, Form, FormKind};
use super::msg::{After, Effect, Msg};
use super::state::{Pane, State};
use crate::catalog::text;

/// How many rows PgUp/PgDn move.
const PAGE: usize = 10;

pub fn update(s: &mut State, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Input(_) | Msg::SearchWake | Msg::IndexDocs(_) => vec![],
        Msg::Action(a) => action(s, a),
        Msg::Char(c) => typed(s, Some(c)),
        Msg::Backspace => typed(s, None),
        Msg::Caret(c) => {
            let today = s.now.local_date();
            if let Some(form) = s.form.as_mut().filter(|_| !s.help) {
                form.caret(c, today);
            }
            vec![]
        }
        Msg::Tick(now) => {
            s.now = now;
            vec![]
        }
        Msg::SearchAnswer {
            generation,
            query,
            rows,
            total,
        } => {
            // An answer to an older query than the one shown is stale: drop it.
            if generation < s.lookup.generation && query != s.lookup.query {
                return vec![];
            }
            if query != s.lookup.answered {
                s.lookup.selected = 0;
            }
            s.lookup.rows = rows;
            s.lookup.total = total;
            s.lookup.answered = query;
            s.lookup.selected = s.lookup.selected.min(s.lookup.rows.len().saturating_sub(1));
            vec![]
        }
        Msg::IndexReady { members } => {
            s.indexing = false;
            s.members = members;
            s.offer_demo = members == 0 && s.offer_demo;
            search(s)
        }
        Msg::CardLoaded(card) => {
            s.selected = Some((card.view.member.id, card.view.member.name.clone()));
            if std::mem::take(&mut s.edit_when_loaded) {
                s.form = Some(Form::edit_member(&card.view.member));
            }
            s.card = Some(*card);
            vec![]
        }
        Msg::ArrivalsLoaded(a) => {
            s.arrivals = a;
            s.arrivals_selected = s.arrivals_selected.min(s.arrivals.len().saturating_sub(1));
            vec![]
        }
        Msg::ComplaintsLoaded { complaints, names } => {
            s.complaints = complaints;
            s.complaint_names = names;
            s.complaints_selected = s
                .complaints_selected
                .min(s.complaints.len().saturating_sub(1));
            vec![]
        }
        Msg::Saved {
            done,
            created,
            after,
        } => {
            let edited = match s.form.take().map(|f| f.kind) {
                Some(FormKind::EditMember(m)) => Some(m.id),
                _ => None,
            };
            s.success(done);
            s.offer_demo = false;
            let mut fx = search(s);
            match after {
                After::OpenMember => {
                    if let Some(id) = created.first().copied().or(edited) {
                        s.pane = Pane::Lookup;
                        fx.push(Effect::LoadCard(id));
                    }
                }
                After::Refresh => {
                    if let Some(c) = &s.card {
                        fx.push(Effect::LoadCard(c.view.member.id));
                    }
                    fx.push(Effect::LoadArrivals);
                    fx.push(Effect::LoadComplaints);
                }
            }
            fx
        }
        Msg::Failed(text) => {
            s.busy = None;
            s.error(text);
            vec![]
        }
        Msg::Progress { label, done, total } => {
            s.busy = Some(super::state::Progress { label, done, total });
            vec![]
        }
        Msg::PossibleDuplicates(notes) => {
            if let (Some(form), Some(first)) = (&mut s.form, notes.first()) {
                let msg = text().possible_duplicate(&first.name, &first.phone, &first.reason);
                form.duplicates = notes;
                s.error(msg);
            }
            vec![]
        }
        Msg::Info(text) => {
            s.info(text);
            vec![]
        }
        Msg::Exported {
            files,
            rows,
            folder,
        } => {
            s.busy = None;
            s.success(text().exported(files, rows, &folder.display().to_string()));
            vec![]
        }
        Msg::CareLoaded(care) => {
            s.busy = None;
            s.care_selected = s
                .care_selected
                .min(care.birthdays.len() + care.lapsing.len() + care.followups.len());
            s.care = Some(*care);
            vec![]
        }
        Msg::SyncStatus(line) => {
            s.sync = line;
            vec![]
        }
        Msg::SyncDone { summary, members } => {
            s.busy = None;
            // Members arrived from other desks: the store is no longer empty.
            s.offer_demo &= members.is_empty();
            s.success(summary);
            let mut fx = search(s);
            if let Some(c) = &s.card {
                fx.push(Effect::LoadCard(c.view.member.id));
            }
            fx.extend([Effect::LoadArrivals, Effect::LoadComplaints]);
            fx
        }
        Msg::DemoLoaded { members } => {
            s.busy = None;
            s.offer_demo = false;
            s.success(text().demo_loaded(members));
            vec![Effect::LoadArrivals, Effect::LoadComplaints]
        }
    }
}

fn search(s: &mut State) -> Vec<Effect> {
    s.lookup.generation += 1;
    vec![Effect::Search {
        generation: s.lookup.generation,
        query: s.lookup.query.clone(),
    }]
}

fn typed(s: &mut State, c: Option<char>) -> Vec<Effect> {
    if s.help {
        return vec![];
    }
    let today = s.now.local_date();
    if let Some(form) = &mut s.form {
        match c {
            Some(c) => form.type_char(c, today),
            None => form.backspace(today),
        }
        return vec![];
    }
    if s.pane != Pane::Lookup {
        return vec![];
    }
    // Typing on an open card starts the next lookup: the next guest is waiting.
    s.card = None;
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

fn action(s: &mut State, a: Action) -> Vec<Effect> {
    let today = s.now.local_date();
    if s.help
        && !matches!(
            a,
            Action::Help | Action::Back | Action::Quit | Action::ListUp | Action::ListDown
        )
    {
        s.help = false;
    }
    match a {
        Action::Quit => s.quit = true,
        Action::Noop => {}
        Action::Help => {
            s.help = !s.help;
            s.help_scroll = 0;
        }
        Action::Back => {
            if s.help {
                s.help = false;
            } else if s.form.take().is_some() {
                s.info(text().cancelled());
            } else if s.card.take().is_some() {
            } else if s.pane != Pane::Lookup {
                s.pane = Pane::Lookup;
            } else if !s.lookup.query.is_empty() {
                s.lookup.query.clear();
                return search(s);
            }
        }
        Action::PaneLookup => return switch(s, Pane::Lookup),
        Action::PaneCheckin => return switch(s, Pane::Checkin),
        Action::PaneService => return switch(s, Pane::Service),
        Action::PaneComplaints => return switch(s, Pane::Complaints),
        Action::PaneInsights => return switch(s, Pane::Insights),
        Action::PaneCare => return switch(s, Pane::Care),
        Action::SyncNow => {
            if s.busy.is_none() {
                s.busy = Some(super::state::Progress {
                    label: text().syncing().into(),
                    done: 0,
                    total: 0,
                });
                return vec![Effect::Sync];
            }
            s.info(text().busy_wait());
        }
        Action::DemoLoad => {
            if s.offer_demo && s.busy.is_none() {
                s.busy = Some(super::state::Progress {
                    label: text().loading_demo().into(),
                    done: 0,
                    total: 1,
                });
                return vec![Effect::LoadDemo];
            }
        }
        Action::MemberNew => {
            let q = s.lookup.query.trim();
            let digits = q.chars().filter(char::is_ascii_digit).count();
            let (name, phone) = if digits >= 11 {
                ("", q)
            } else if digits == 0 {
                (q, "")
            } else {
                ("", "")
            };
            s.form = Some(Form::new_member(name, phone));
            s.pane = Pane::Lookup;
        }
        Action::MemberEdit => match (&s.card, s.lookup.rows.get(s.lookup.selected)) {
            (Some(c), _) => s.form = Some(Form::edit_member(&c.view.member)),
            (None, Some(r)) if s.pane == Pane::Lookup => {
                s.edit_when_loaded = true;
                return vec![Effect::LoadCard(r.id)];
            }
            _ => s.error(text().edit_needs_member()),
        },
        Action::MemberOpen => {
            if let Some(dup) = s.form.as_ref().and_then(|f| f.duplicates.first()) {
                let id = dup.id;
                s.form = None;
                s.pane = Pane::Lookup;
                return vec![Effect::LoadCard(id)];
            }
            if s.pane == Pane::Care {
                if let Some((id, _)) = s.care_member(s.care_selected) {
                    s.pane = Pane::Lookup;
                    return vec![Effect::LoadCard(id)];
                }
                s.info(text().care_row_without_member());
                return vec![];
            }
            if let Some(r) = s.lookup.rows.get(s.lookup.selected) {
                return vec![Effect::LoadCard(r.id)];
            }
        }
        Action::MemberCheckin => match s.focused_member() {
            Some(m) => {
                s.selected = Some(m.clone());
                s.form = Some(Form::checkin(Some(m), ""));
                return enter(s, Pane::Checkin);
            }
            None => s.error(text().checkin_needs_member()),
        },
        Action::CheckinWalkin => {
            s.form = Some(Form::checkin(None, ""));
            return enter(s, Pane::Checkin);
        }
        Action::MemberService => match s.focused_member() {
            Some((id, name)) => {
                s.selected = Some((id, name.clone()));
                let (tier, balance) = s.figures(id);
                let earn = Earn {
                    settings: s.settings.clone(),
                    tier,
                    balance,
                };
                s.form = Some(Form::service(id, name, "", earn));
                return enter(s, Pane::Service);
            }
            None => s.error(text().service_needs_member()),
        },
        Action::MemberComplaint => {
            let m = s.focused_member();
            s.form = Some(Form::complaint(m));
            return enter(s, Pane::Complaints);
        }
        Action::DataExport => {
            if s.busy.is_none() {
                s.busy = Some(super::state::Progress {
                    label: text().exporting().into(),
                    done: 0,
                    total: 0,
                });
                return vec![Effect::Export];
            }
            s.info(text().busy_wait());
        }
        Action::PointsAdjust => match &s.card {
            Some(c) => {
                let m = &c.view.member;
                s.form = Some(Form::adjust_points(
                    m.id,
                    m.name.clone(),
                    c.view.stats.points,
                ));
            }
            None => s.error(text().open_card_first()),
        },
        Action::ComplaintNew => {
            s.form = Some(Form::complaint(None));
        }
        Action::ComplaintAdvance => match s.selected_complaint() {
            Some(c) => match c.status.next() {
                Some(to) => s.form = Some(Form::advance(c, to)),
                None => s.info(text().complaint_closed()),
            },
            None => s.error(text().no_complaint_selected()),
        },
        Action::ComplaintOpen => {
            if let Some(m) = s.selected_complaint().and_then(|c| c.member) {
                s.pane = Pane::Lookup;
                return vec![Effect::LoadCard(m)];
            }
            s.info(text().complaint_no_member());
        }
        Action::FormSubmit => {
            if let Some(form) = &mut s.form {
                if let Some(valid) = form.submit(today) {
                    let after = match form.kind {
                        FormKind::NewMember | FormKind::EditMember(_) => After::OpenMember,
                        _ => After::Refresh,
                    };
                    if valid.changes.is_empty() {
                        s.form = None;
                        s.info(text().nothing_changed());
                        return vec![];
                    }
                    let check_duplicates =
                        form.kind == FormKind::NewMember && form.duplicates.is_empty();
                    return vec![Effect::Commit {
                        changes: valid.changes,
                        done: valid.done,
                        after,
                        check_duplicates,
                    }];
                }
                let n = form.errors.len();
                s.error(text().not_saved_fields(n));
            }
        }
        Action::FormNextField => {
            if let Some(f) = &mut s.form {
                f.next_field();
            }
        }
        Action::FormPrevField => {
            if let Some(f) = &mut s.form {
                f.prev_field();
            }
        }
        Action::ListUp => move_list(s, |i, _| i.saturating_sub(1)),
        Action::ListDown => move_list(s, |i, n| (i + 1).min(n.saturating_sub(1))),
        Action::ListPageUp => move_list(s, |i, _| i.saturating_sub(PAGE)),
        Action::ListPageDown => move_list(s, |i, n| (i + PAGE).min(n.saturating_sub(1))),
        Action::ListHome => move_list(s, |_, _| 0),
        Action::ListEnd => move_list(s, |_, n| n.saturating_sub(1)),
    }
    vec![]
}

/// Go to a pane from its key: a form left open elsewhere is cancelled.
fn switch(s: &mut State, pane: Pane) -> Vec<Effect> {
    if let Some(m) = s.focused_member() {
        s.selected = Some(m);
    }
    if s.form.take().is_some() {
        s.info(text().form_cancelled());
    }
    s.help = false;
    enter(s, pane)
}

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

fn move_list(s: &mut State, f: impl Fn(usize, usize) -> usize) {
    if s.help {
        s.help_scroll = f(s.help_scroll, 200);
        return;
    }
    if s.form.is_some() {
        return;
    }
    let (i, n) = match s.pane {
        Pane::Lookup if s.card.is_none() => (&mut s.lookup.selected, s.lookup.rows.len()),
        Pane::Checkin => (&mut s.arrivals_selected, s.arrivals.len()),
        Pane::Complaints => (&mut s.complaints_selected, s.complaints.len()),
        Pane::Care => {
            let n = s.care_members().len();
            (&mut s.care_selected, n)
        }
        _ => return,
    };
    *i = f(*i, n);
}
