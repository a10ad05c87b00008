//! The runtime around the pure `update`: resolves keys through the keymap, performs
//! effects against the store and the search index, and feeds results back as messages.
//! Slow work (index build, demo data) runs on threads when `background` is on; tests
//! run everything inline so a key sequence is deterministic.

use super::action::Action;
use super::form::{Caret, DuplicateNote};
use super::msg::{Effect, Msg};
use super::rows::member_row;
use super::state::{Arrival, Card, Pane, State, SyncLine};
use super::update::update;
use crate::catalog::text;
use crate::domain::Change;
use crate::domain::loyalty::ProgramSettings;
use crate::domain::{Id, Timestamp};
use crate::keymap::{Context, Keymap};
use crate::membership::csv::ExportKind;
use crate::membership::points::next_expiry;
use crate::membership::settings::SettingsSource;
use crate::membership::tiers::{record_tier_change, standing_of};
use crate::search::from_store::{member_docs, search_doc};
use crate::search::{Answer, QuerySession, SearchIndex, SearchWorker};
use crate::store::{MemberHistory, MemberView};
use crate::store::{Store, StoreError};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

/// How many results the Lookup list holds.
pub const RESULT_LIMIT: usize = 50;
/// Above this many members changed by one sync, the index is rebuilt instead of updated.
const REINDEX_LIMIT: usize = 2000;
/// Members the empty-store offer loads.
pub const DEMO_MEMBERS: usize = 3000;

// One per app, so the inline variant's size does not matter.
#[allow(clippy::large_enum_variant)]
enum SearchLink {
    /// Tests: the index answers on the calling thread, with the same narrowing session.
    Inline(SearchIndex, QuerySession),
    Worker(SearchWorker),
}

pub struct App {
    pub state: State,
    pub keymap: Keymap,
    store: Arc<Store>,
    search: SearchLink,
    tx: Sender<Msg>,
    rx: Receiver<Msg>,
    background: bool,
    settings: SettingsSource,
    export_dir: Option<std::path::PathBuf>,
}

impl App {
    /// An app on `store`. With `background`, slow work runs on threads and results
    /// arrive through `sender()`; without, everything completes before a call returns.
    pub fn new(store: Arc<Store>, keymap: Keymap, background: bool) -> Result<App, StoreError> {
        let label = store.path().and_then(|p| p.file_name()).map_or_else(
            || text().store_in_memory().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let state = State::new(
            label,
            store.terminal_name()?,
            store.operator()?,
            Timestamp::now(),
        );
        let (tx, rx) = channel();
        let search = if background {
            let wake = tx.clone();
            let waker: Box<dyn Fn() + Send> = Box::new(move || {
                let _ = wake.send(Msg::SearchWake);
            });
            // No thread for search: answer on this one instead.
            SearchWorker::spawn(SearchIndex::new(), RESULT_LIMIT, Some(waker)).map_or_else(
                |_| SearchLink::Inline(SearchIndex::new(), QuerySession::new()),
                SearchLink::Worker,
            )
        } else {
            SearchLink::Inline(SearchIndex::new(), QuerySession::new())
        };
        let mut app = App {
            settings: SettingsSource::fixed((*state.settings).clone()),
            export_dir: None,
            state,
            keymap,
            store,
            search,
            tx,
            rx,
            background,
        };
        app.state.offer_demo = app.store.is_empty()?;
        app.refresh_sync_line();
        app.rebuild_index();
        Ok(app)
    }

    /// Use the manager's settings file (re-read when it changes; see `tick`).
    pub fn set_settings(&mut self, src: SettingsSource) {
        self.state.settings = Arc::new(src.get().clone());
        self.settings = src;
    }

    /// Once a minute: pick up an edited settings file, or say why it was not taken.
    pub fn tick(&mut self, now: Timestamp) {
        match self.settings.reload_if_changed() {
            Some(Ok(())) => {
                self.state.settings = Arc::new(self.settings.get().clone());
                self.state.info(text().settings_reloaded());
            }
            Some(Err(sentence)) => self.state.error(sentence),
            None => {}
        }
        self.dispatch(Msg::Tick(now));
    }

    pub fn sender(&self) -> Sender<Msg> {
        self.tx.clone()
    }

    /// Messages waiting from background work, without blocking.
    pub fn pending(&self) -> Option<Msg> {
        self.rx.try_recv().ok()
    }

    pub fn recv_timeout(&self, d: std::time::Duration) -> Option<Msg> {
        self.rx.recv_timeout(d).ok()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Which keymap sections apply now, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        let s = &self.state;
        if s.help {
            return vec![Context::Overlay];
        }
        let pane = match s.pane {
            Pane::Lookup if s.card.is_some() => Context::Card,
            Pane::Lookup => Context::Lookup,
            Pane::Checkin => Context::Checkin,
            Pane::Service => Context::Service,
            Pane::Complaints => Context::Complaints,
            Pane::Insights => Context::Global,
            Pane::Care => Context::Care,
        };
        match &s.form {
            Some(f) if !f.duplicates.is_empty() => vec![Context::Duplicate, Context::Form, pane],
            Some(_) => vec![Context::Form, pane],
            None => vec![pane, Context::List],
        }
    }

    pub fn key(&mut self, ev: KeyEvent) {
        if ev.kind == KeyEventKind::Release {
            return;
        }
        let contexts = self.contexts();
        let msg = match self.keymap.resolve(&contexts, ev) {
            Some(a) => Msg::Action(a),
            None => match ev.code {
                KeyCode::Char(c)
                    if !ev
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    Msg::Char(c)
                }
                KeyCode::Backspace => Msg::Backspace,
                KeyCode::Left => Msg::Caret(Caret::Left),
                KeyCode::Right => Msg::Caret(Caret::Right),
                KeyCode::Home => Msg::Caret(Caret::Home),
                KeyCode::End => Msg::Caret(Caret::End),
                KeyCode::Delete => Msg::Caret(Caret::Delete),
                _ => return,
            },
        };
        self.dispatch(msg);
    }

    pub fn action(&mut self, a: Action) {
        self.dispatch(Msg::Action(a));
    }

    pub fn dispatch(&mut self, msg: Msg) {
        for effect in update(&mut self.state, msg) {
            self.perform(effect);
        }
    }

    fn perform(&mut self, effect: Effect) {
        let now = Timestamp::now();
        match effect {
            Effect::Search { generation, query } => match &mut self.search {
                SearchLink::Inline(index, session) => {
                    let result = session.query(index, &query, RESULT_LIMIT, now.0);
                    let msg = rows_for(
                        &self.store,
                        self.settings.get(),
                        Answer {
                            generation,
                            query,
                            result,
                        },
                        now,
                    );
                    self.dispatch(msg);
                }
                SearchLink::Worker(w) => w.submit(generation, query),
            },
            Effect::Commit {
                changes,
                check_duplicates: true,
                ..
            } if self.warn_duplicates(&changes) => {}
            Effect::Commit {
                changes,
                done,
                after,
                ..
            } => match self.store.commit(changes) {
                Ok(ops) => {
                    let mut touched: Vec<Id> =
                        ops.iter().filter_map(|o| o.change.member()).collect();
                    touched.sort();
                    touched.dedup();
                    for id in &touched {
                        self.reindex(*id);
                    }
                    let mut done = done;
                    let arrived = ops
                        .iter()
                        .any(|o| matches!(o.change, Change::Visit { .. } | Change::Service { .. }));
                    if arrived {
                        for id in touched {
                            if let Ok(Some(e)) =
                                record_tier_change(&self.store, self.settings.get(), id, now)
                            {
                                done = text().with_tier_change(
                                    &done,
                                    &text().tier_headline(e.upgrade, &e.to),
                                );
                            }
                        }
                    }
                    let created = ops.iter().map(|o| o.id()).collect();
                    self.refresh_sync_line();
                    self.dispatch(Msg::Saved {
                        done,
                        created,
                        after,
                    });
                }
                Err(e) => self.dispatch(Msg::Failed(text().not_saved(&e.to_string()))),
            },
            Effect::LoadCard(id) => {
                let loaded = self.store.member_with_history(id).map(|found| {
                    found.map(|(view, history)| card(self.settings.get(), view, history, now))
                });
                match loaded {
                    Ok(Some(card)) => self.dispatch(Msg::CardLoaded(Box::new(card))),
                    Ok(None) => self.dispatch(Msg::Failed(text().member_gone().into())),
                    Err(e) => self.dispatch(Msg::Failed(e.to_string())),
                }
            }
            Effect::LoadArrivals => {
                match self.store.arrivals_since(now.start_of_local_day(), 500) {
                    Ok(list) => {
                        let arrivals = list
                            .into_iter()
                            .map(|(v, name)| Arrival {
                                at: v.at,
                                name,
                                party: v.party,
                                location: v.location,
                                staff: v.staff,
                            })
                            .collect();
                        self.dispatch(Msg::ArrivalsLoaded(arrivals));
                    }
                    Err(e) => self.dispatch(Msg::Failed(e.to_string())),
                }
            }
            Effect::LoadComplaints => match self.load_complaints() {
                Ok(msg) => self.dispatch(msg),
                Err(e) => self.dispatch(Msg::Failed(e.to_string())),
            },
            Effect::LoadDemo => self.load_demo(),
            Effect::Sync => self.sync(),
            Effect::LoadCare => self.load_care(),
            Effect::Export => self.export(),
        }
    }

    fn load_complaints(&self) -> Result<Msg, StoreError> {
        let complaints = self.store.complaints(false)?;
        let mut names: Vec<(Id, String)> = Vec::new();
        for m in complaints.iter().filter_map(|c| c.member) {
            if !names.iter().any(|(i, _)| *i == m)
                && let Some(v) = self.store.member(m)?
            {
                names.push((m, v.member.name));
            }
        }
        Ok(Msg::ComplaintsLoaded { complaints, names })
    }

    /// Keep the index in step with one member after a change.
    fn reindex(&mut self, id: Id) {
        let doc = match self.store.member(id) {
            Ok(Some(v)) if v.member.id == id => Some(search_doc(&v.member, &v.stats)),
            _ => None,
        };
        match (&mut self.search, doc) {
            (SearchLink::Inline(index, session), Some(d)) => {
                index.upsert(d);
                session.clear();
            }
            (SearchLink::Inline(index, session), None) => {
                index.remove(id.0);
                session.clear();
            }
            (SearchLink::Worker(w), Some(d)) => w.upsert(d),
            (SearchLink::Worker(w), None) => w.remove(id.0),
        }
    }

    /// Build the index from the store: the store is read on a thread and the index is
    /// built on the search worker's, so the screen never waits (background mode).
    fn rebuild_index(&mut self) {
        self.state.indexing = true;
        match &mut self.search {
            SearchLink::Inline(index, session) => match member_docs(&self.store) {
                Ok(docs) => {
                    let members = docs.len() as u64;
                    *index = SearchIndex::build(docs);
                    session.clear();
                    self.dispatch(Msg::IndexReady { members });
                }
                Err(e) => self.dispatch(Msg::Failed(e.to_string())),
            },
            SearchLink::Worker(_) => {
                let (store, tx) = (self.store.clone(), self.tx.clone());
                std::thread::spawn(move || {
                    let msg = match member_docs(&store) {
                        Ok(docs) => Msg::IndexDocs(docs),
                        Err(e) => Msg::Failed(e.to_string()),
                    };
                    let _ = tx.send(msg);
                });
            }
        }
    }

    /// Export then import through this desk's sync folder, on a thread in background mode.
    fn sync(&mut self) {
        let store = self.store.clone();
        let tx = self.tx.clone();
        let job = move || {
            let mut progress = |p: crate::sync::SyncProgress| {
                let _ = tx.send(Msg::Progress {
                    label: p.describe(),
                    done: 0,
                    total: 0,
                });
            };
            let msg = match run_sync(&store, &mut progress) {
                Ok(report) => Msg::SyncDone {
                    summary: report.describe(),
                    members: report.import.members,
                },
                Err(e) => Msg::Failed(e.to_string()),
            };
            let _ = tx.send(msg);
        };
        self.run_job(job);
    }

    /// Before a new member is saved: members it may duplicate. When there are any, the
    /// form says so and nothing is saved (a second save goes ahead).
    fn warn_duplicates(&mut self, changes: &[Change]) -> bool {
        let Some(Change::MemberUpsert { fields, .. }) = changes.first() else {
            return false;
        };
        let mut m = crate::domain::Member::empty(crate::domain::ops::NEW_ID, Timestamp::now());
        m.name = fields.name.clone().unwrap_or_default();
        m.phone = fields.phone.clone().unwrap_or_default();
        m.card = fields.card.clone().unwrap_or_default();
        m.birthday = fields.birthday.flatten();
        let Ok(found) = crate::membership::duplicates::candidates_for(&self.store, &m) else {
            return false;
        };
        if found.is_empty() {
            return false;
        }
        let notes = found
            .into_iter()
            .map(|(v, reason)| DuplicateNote {
                id: v.member.id,
                name: v.member.name.clone(),
                phone: crate::domain::phone::mask_phone(&v.member.phone),
                reason: reason.label().to_string(),
            })
            .collect();
        self.dispatch(Msg::PossibleDuplicates(notes));
        true
    }

    /// Where CSV exports go: `exports/` beside the store file unless set.
    pub fn set_export_dir(&mut self, dir: std::path::PathBuf) {
        self.export_dir = Some(dir);
    }

    /// Members, visits, services and complaints as CSV (with the BOM spreadsheets need for
    /// Chinese names) in a new dated folder, off the UI thread in background mode.
    fn export(&mut self) {
        let base = self.export_dir.clone().or_else(|| {
            self.store
                .path()
                .and_then(|p| p.parent())
                .map(|d| d.join("exports"))
        });
        let Some(base) = base else {
            self.dispatch(Msg::Failed(text().export_no_folder().into()));
            return;
        };
        let store = self.store.clone();
        let settings = self.settings.get().clone();
        let tx = self.tx.clone();
        let job = move || {
            let now = Timestamp::now();
            let folder = base.join(now.local().format("%Y%m%d-%H%M%S").to_string());
            let run = || -> Result<usize, String> {
                std::fs::create_dir_all(&folder)
                    .map_err(|e| format!("{}: {e}", folder.display()))?;
                let mut rows = 0;
                for kind in [
                    ExportKind::Members,
                    ExportKind::Visits,
                    ExportKind::Services,
                    ExportKind::Complaints,
                ] {
                    let path = folder.join(format!("{}.csv", kind.label()));
                    rows +=
                        crate::membership::csv::export(&store, &settings, kind, &path, true, now)
                            .map_err(|e| e.to_string())?;
                }
                Ok(rows)
            };
            let msg = match run() {
                Ok(rows) => Msg::Exported {
                    files: 4,
                    rows,
                    folder,
                },
                Err(e) => Msg::Failed(e),
            };
            let _ = tx.send(msg);
        };
        self.run_job(job);
    }

    /// Points past their lifetime expire when the desk starts (again on any desk: each
    /// expiry is recorded once).
    pub fn expire_points(&mut self) {
        let store = self.store.clone();
        let settings = self.settings.get().clone();
        let tx = self.tx.clone();
        let job = move || {
            let msg = match crate::membership::points::expire(&store, &settings, Timestamp::now()) {
                Ok((entries, points)) if entries > 0 => {
                    Msg::Info(text().expired_points(entries, points))
                }
                Ok(_) => return,
                Err(e) => Msg::Failed(e.to_string()),
            };
            let _ = tx.send(msg);
        };
        self.run_job(job);
    }

    /// The Care view's lists, read off the UI thread in background mode.
    fn load_care(&mut self) {
        let store = self.store.clone();
        let settings = self.settings.get().clone();
        let tx = self.tx.clone();
        self.dispatch(Msg::Progress {
            label: text().care_loading().into(),
            done: 0,
            total: 0,
        });
        let job = move || {
            let msg = match crate::membership::care::care_lists(&store, &settings, Timestamp::now())
            {
                Ok(lists) => Msg::CareLoaded(Box::new(lists)),
                Err(e) => Msg::Failed(e.to_string()),
            };
            let _ = tx.send(msg);
        };
        self.run_job(job);
    }

    /// Tell the title bar where sync stands.
    fn refresh_sync_line(&mut self) {
        if let Ok(st) = crate::sync::status(&self.store) {
            let line = SyncLine {
                last: st.last_sync_ms.map(Timestamp),
                unexported: st.unexported,
            };
            self.dispatch(Msg::SyncStatus(line));
        }
    }

    fn load_demo(&mut self) {
        let store = self.store.clone();
        let tx = self.tx.clone();
        let job = move || {
            let mut progress = |done: usize, total: usize| {
                let _ = tx.send(Msg::Progress {
                    label: text().loading_demo().into(),
                    done,
                    total,
                });
            };
            let seed = fastrand::u64(..);
            match crate::demo::generate(&store, DEMO_MEMBERS, seed, &mut progress) {
                Ok(_) => {
                    let _ = tx.send(Msg::DemoLoaded {
                        members: DEMO_MEMBERS,
                    });
                }
                Err(e) => {
                    let _ = tx.send(Msg::Failed(text().demo_failed(&e.to_string())));
                }
            }
        };
        self.run_job(job);
        // The demo members reach the index when the load reports back (see `drain`).
    }

    /// Slow work: on a thread in background mode (it reports through the channel), or
    /// right here, with its messages handled before this returns.
    fn run_job(&mut self, job: impl FnOnce() + Send + 'static) {
        if self.background {
            std::thread::spawn(job);
        } else {
            job();
            self.drain();
        }
    }

    /// Handle every message already waiting (inline mode, and after a background job).
    pub fn drain(&mut self) {
        while let Some(msg) = self.pending() {
            self.receive(msg);
        }
    }

    /// A message from background work, as the event loop receives it.
    pub fn receive(&mut self, msg: Msg) {
        match msg {
            Msg::SearchWake => {
                let SearchLink::Worker(w) = &self.search else {
                    return;
                };
                // Only the newest answer matters; older ones were overtaken by typing.
                if let Some(answer) = w.latest() {
                    let msg = rows_for(&self.store, self.settings.get(), answer, Timestamp::now());
                    self.dispatch(msg);
                }
            }
            Msg::IndexDocs(docs) => {
                let members = docs.len() as u64;
                if let SearchLink::Worker(w) = &self.search {
                    w.rebuild(docs);
                }
                self.dispatch(Msg::IndexReady { members });
            }
            Msg::DemoLoaded { .. } => {
                self.dispatch(msg);
                self.rebuild_index();
                self.refresh_sync_line();
            }
            Msg::SyncDone { summary, members } => {
                // A big import is cheaper to index afresh (off this thread) than member by member.
                if members.len() > REINDEX_LIMIT {
                    self.rebuild_index();
                } else {
                    for id in &members {
                        self.reindex(*id);
                    }
                }
                self.refresh_sync_line();
                self.dispatch(Msg::SyncDone { summary, members });
            }
            Msg::Info(text) => {
                self.refresh_sync_line();
                self.dispatch(Msg::Info(text));
            }
            other => self.dispatch(other),
        }
    }
}

fn run_sync(
    store: &Store,
    progress: &mut dyn FnMut(crate::sync::SyncProgress),
) -> Result<crate::sync::SyncReport, crate::sync::SyncError> {
    let dir = crate::sync::state::folder(store)?.ok_or(crate::sync::SyncError::NoFolder)?;
    let key = crate::sync::state::key_from_env(store)?;
    crate::sync::sync_both(store, &dir, key.as_ref(), progress)
}

/// The member card: profile and history, with the tier, benefits and points expiry of
/// the program in force.
fn card(
    settings: &ProgramSettings,
    view: MemberView,
    history: MemberHistory,
    now: Timestamp,
) -> Card {
    let standing = standing_of(settings, &history, now);
    let policy = settings.policy_at(now);
    let tier = standing.tier.as_str().to_string();
    let benefits = policy
        .tier(&tier)
        .map(|t| t.benefits.clone())
        .unwrap_or_default();
    let next = standing
        .next
        .as_ref()
        .and_then(|n| policy.tier(n.as_str()))
        .map(|t| (t.name.as_str(), t.threshold_text()));
    let standing_text = text().standing(
        standing.spend,
        standing.visits,
        policy.tier_period_months,
        next,
    );
    let next_expiry = next_expiry(settings, &history.ledger, now);
    Card {
        view,
        history,
        tier,
        benefits,
        standing: standing_text,
        next_expiry,
    }
}

/// Rows for the Lookup list: the hits' current records from the store, each with its
/// tier under the program in force.
fn rows_for(store: &Store, settings: &ProgramSettings, answer: Answer, now: Timestamp) -> Msg {
    let rows = answer
        .result
        .hits
        .iter()
        .filter_map(|h| store.member_with_history(Id(h.id)).ok().flatten())
        .map(|(v, history)| {
            let tier = standing_of(settings, &history, now)
                .tier
                .as_str()
                .to_string();
            member_row(&v, tier, now)
        })
        .collect();
    Msg::SearchAnswer {
        generation: answer.generation,
        query: answer.query,
        rows,
        total: answer.result.total,
    }
}
