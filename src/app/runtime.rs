//! The runtime around the pure `update`: resolves keys through the keymap, hands effects
//! to the store worker and the search thread, and feeds their answers back as messages.
//! It never reads the store itself. With `background` off (tests) the same worker jobs
//! run on the calling thread, so a key sequence is deterministic.

use super::form::Caret;
use super::msg::{Effect, Msg};
use super::note::Failure;
use super::state::{Pane, State};
use super::update::update;
use super::worker::{Ctx, Event, Job, Worker};
use crate::desk::IndexChange;
use crate::domain::Timestamp;
use crate::keymap::action::Action;
use crate::keymap::{Context, Keymap};
use crate::membership::settings::SettingsSource;
use crate::search::{Answer, QuerySession, SearchIndex, SearchWorker};
use crate::store::Store;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

/// How many results the Lookup list asks for first.
pub const RESULT_LIMIT: usize = super::state::PAGE_ROWS;

// One per app, so the inline variant's size does not matter.
#[allow(clippy::large_enum_variant)]
enum SearchLink {
    /// Tests: the index answers on the calling thread, with the same narrowing session.
    Inline(SearchIndex, QuerySession),
    Worker(SearchWorker),
}

/// The help overlay's lines: one per action listed and one per section heading.
fn help_lines(keymap: &Keymap) -> usize {
    let entries = keymap.help_entries();
    let mut sections: Vec<_> = entries.iter().map(|e| e.section).collect();
    sections.dedup();
    entries.len() + sections.len()
}

pub struct App {
    pub state: State,
    pub keymap: Keymap,
    store: Arc<Store>,
    worker: Worker,
    search: SearchLink,
    tx: Sender<Event>,
    rx: Receiver<Event>,
    background: bool,
    settings: SettingsSource,
    export_dir: Option<std::path::PathBuf>,
    clock: fn() -> Timestamp,
}

impl App {
    /// An app on `store`. With `background`, the store worker and the search index run
    /// on their own threads and answers arrive through `recv_timeout`/`pending`; without,
    /// every job completes before a call returns.
    pub fn new(store: Arc<Store>, keymap: Keymap, background: bool) -> std::io::Result<App> {
        let label = store
            .path()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned());
        let now = Timestamp::now();
        let state = State::new(label.unwrap_or_default(), String::new(), String::new(), now);
        let (tx, rx) = channel();
        let (worker, search) = if background {
            let wake = tx.clone();
            let waker: Box<dyn Fn() + Send> = Box::new(move || {
                let _ = wake.send(Event::SearchWake);
            });
            let search = SearchWorker::spawn(SearchIndex::new(), RESULT_LIMIT, Some(waker))?;
            (
                Worker::spawn(store.clone(), tx.clone())?,
                SearchLink::Worker(search),
            )
        } else {
            (
                Worker::inline(store.clone(), tx.clone()),
                SearchLink::Inline(SearchIndex::new(), QuerySession::new()),
            )
        };
        let mut app = App {
            settings: SettingsSource::fixed((*state.settings).clone()),
            export_dir: None,
            state,
            keymap,
            store,
            worker,
            search,
            tx,
            rx,
            background,
            clock: Timestamp::now,
        };
        app.state.indexing = true;
        app.state.help_lines = help_lines(&app.keymap);
        app.job(Job::Open);
        app.job(Job::IndexDocs);
        if !background {
            app.drain();
        }
        Ok(app)
    }

    /// Where the time comes from (tests fix it).
    pub fn set_clock(&mut self, clock: fn() -> Timestamp) {
        self.clock = clock;
        self.state.now = clock();
    }

    /// Use the manager's settings file (re-read when it changes; see `tick`).
    pub fn set_settings(&mut self, src: SettingsSource) {
        self.state.settings = Arc::new(src.get().clone());
        self.settings = src;
    }

    /// Where CSV exports go: `exports/` beside the store file unless set.
    pub fn set_export_dir(&mut self, dir: std::path::PathBuf) {
        self.export_dir = Some(dir);
    }

    /// Once a minute: the clock, and an edited settings file taken or refused.
    pub fn tick(&mut self, now: Timestamp) {
        // Each hour the worker looks whether a daily backup is due (a listing of a folder).
        if now.0 / 3_600_000 != self.state.now.0 / 3_600_000 {
            self.backup_if_due();
        }
        if let Some(result) = self.settings.reload_if_changed() {
            if result.is_ok() {
                self.state.settings = Arc::new(self.settings.get().clone());
            }
            self.dispatch(Msg::SettingsReloaded(result));
        }
        self.dispatch(Msg::Tick(now));
    }

    /// Points past their lifetime expire when the desk starts (on a worker).
    pub fn expire_points(&mut self) {
        self.job(Job::ExpirePoints);
    }

    /// An automatic backup when one is due (daily), on the slow worker lane.
    pub fn backup_if_due(&mut self) {
        self.job(Job::Backup);
    }

    /// On quit, once the screen is given back: a backup of the day's work. The lanes are
    /// idle by then; a failure is logged (there is no screen left to say it on).
    pub fn backup_on_quit(&self) {
        // With the chain passphrase set and not at hand, no backup: never one in the clear.
        let Ok(key) = crate::sync::key_from_env(&self.store) else {
            return;
        };
        let now = (self.clock)();
        if let Err(e) = crate::desk::upkeep::auto_backup(&self.store, now, true, key.as_ref()) {
            tracing::error!(error = ?e, "the backup on quit failed");
        }
    }

    /// For tests and the terminal's own threads: where events are sent.
    pub fn sender(&self) -> Sender<Event> {
        self.tx.clone()
    }

    /// An event waiting, without blocking.
    pub fn pending(&self) -> Option<Event> {
        self.rx.try_recv().ok()
    }

    pub fn recv_timeout(&self, d: std::time::Duration) -> Option<Event> {
        self.rx.recv_timeout(d).ok()
    }

    /// The store, for tests to check what was saved. The app itself never reads it.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Which keymap sections apply now, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        let s = &self.state;
        if s.help || s.messages {
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
        if let Some(msg) = self.key_msg(ev) {
            self.dispatch(msg);
        }
    }

    fn key_msg(&self, ev: KeyEvent) -> Option<Msg> {
        if let Some(a) = self.keymap.resolve(&self.contexts(), ev) {
            return Some(Msg::Action(a));
        }
        Some(match ev.code {
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
            _ => return None,
        })
    }

    pub fn action(&mut self, a: Action) {
        self.dispatch(Msg::Action(a));
    }

    pub fn dispatch(&mut self, msg: Msg) {
        for effect in update(&mut self.state, msg) {
            self.perform(effect);
        }
        if !self.background {
            self.drain();
        }
    }

    fn perform(&mut self, effect: Effect) {
        match effect {
            Effect::Search { generation, query } => self.search(generation, query, None),
            Effect::SearchMore {
                generation,
                query,
                limit,
            } => self.search(generation, query, Some(limit)),
            Effect::Perform(r) => self.job(Job::Perform(r)),
            Effect::LoadCard(id) => self.job(Job::Card(id)),
            Effect::LoadArrivals => self.job(Job::Arrivals),
            Effect::LoadComplaints => self.job(Job::Complaints),
            Effect::LoadCare => self.job(Job::Care),
            Effect::LoadDemo => self.job(Job::Demo {
                seed: fastrand::u64(..),
            }),
            Effect::Sync => self.job(Job::Sync),
            Effect::SetLanguage(l) => crate::catalog::set_lang(l),
            Effect::SignIn { name, pin } => self.job(Job::SignIn { name, pin }),
            Effect::SignOut => self.job(Job::SignOut),
            Effect::RevealPhone(id) => self.job(Job::RevealPhone(id)),
            Effect::LoadAudit(member) => self.job(Job::Audit(member)),
            Effect::Export => match self.export_base() {
                Some(base) => self.job(Job::Export(base)),
                None => self.fail(crate::desk::DeskError::NoExportFolder.into()),
            },
        }
    }

    fn search(&mut self, generation: u64, query: String, limit: Option<usize>) {
        match &mut self.search {
            SearchLink::Inline(index, session) => {
                let now = (self.clock)();
                let wanted = limit.unwrap_or(RESULT_LIMIT);
                let result = session.query(index, &query, wanted, now.0);
                let answer = Answer {
                    generation,
                    query,
                    result,
                };
                self.job(Job::Rows(answer));
            }
            SearchLink::Worker(w) if w.is_alive() => match limit {
                Some(l) => w.submit_limited(generation, query, l),
                None => w.submit(generation, query),
            },
            SearchLink::Worker(_) => self.fail(Failure::SearchGone),
        }
    }

    /// Hand a job to the store worker; if it has gone, say so (the app can still quit).
    fn job(&mut self, job: Job) {
        let ctx = Ctx {
            settings: self.state.settings.clone(),
            now: (self.clock)(),
        };
        if let Err(f) = self.worker.submit(job, ctx) {
            self.fail(f);
        }
    }

    fn fail(&mut self, f: Failure) {
        for effect in update(&mut self.state, Msg::Failed(f)) {
            self.perform(effect);
        }
    }

    fn export_base(&self) -> Option<std::path::PathBuf> {
        self.export_dir.clone().or_else(|| {
            self.store
                .path()
                .and_then(|p| p.parent())
                .map(|d| d.join("exports"))
        })
    }

    /// Handle every event already waiting.
    pub fn drain(&mut self) {
        while let Some(e) = self.pending() {
            self.handle(e);
        }
    }

    /// One event from the terminal or a worker.
    pub fn handle(&mut self, e: Event) {
        match e {
            Event::Input(crossterm::event::Event::Key(k)) => self.key(k),
            Event::Input(crossterm::event::Event::Resize(w, h)) => {
                self.dispatch(Msg::Resized(w, h));
            }
            Event::Input(_) => {}
            Event::SearchWake => {
                // Only the newest answer matters; older ones were overtaken by typing.
                if let SearchLink::Worker(w) = &self.search
                    && let Some(answer) = w.latest()
                {
                    self.job(Job::Rows(answer));
                }
            }
            Event::Msg(m) => self.dispatch(*m),
            Event::IndexDocs(docs) => self.rebuild_index(docs),
            Event::IndexChanges(changes) => self.change_index(changes),
        }
    }

    fn rebuild_index(&mut self, docs: Vec<crate::search::SearchDoc>) {
        let members = docs.len() as u64;
        match &mut self.search {
            SearchLink::Inline(index, session) => {
                *index = SearchIndex::build(docs);
                session.clear();
            }
            SearchLink::Worker(w) => w.rebuild(docs),
        }
        self.dispatch(Msg::IndexReady { members });
    }

    fn change_index(&mut self, changes: Vec<IndexChange>) {
        for c in changes {
            match (&mut self.search, c) {
                (SearchLink::Inline(index, session), IndexChange::Upsert(d)) => {
                    index.upsert(d);
                    session.clear();
                }
                (SearchLink::Inline(index, session), IndexChange::Remove(id)) => {
                    index.remove(id.0);
                    session.clear();
                }
                (SearchLink::Worker(w), IndexChange::Upsert(d)) => w.upsert(d),
                (SearchLink::Worker(w), IndexChange::Remove(id)) => w.remove(id.0),
            }
        }
    }
}
