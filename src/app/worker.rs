//! The store worker: the only part of the app that touches the store. The runtime sends
//! it jobs; it does them through the desk core and answers with events. Two lanes, each
//! one thread working in order: quick jobs (a save, a card, a page of rows) never queue
//! behind slow ones (sync, demo data, export, the index build). Tests run the very same
//! jobs on the calling thread.

use super::msg::{Busy, BusyWith, Msg};
use super::note::Failure;
use super::state::SyncLine;
use crate::desk::{DEMO_MEMBERS, Desk, DeskError, IndexChange, Request};
use crate::domain::loyalty::ProgramSettings;
use crate::domain::{Id, Timestamp};
use crate::search::{Answer, SearchDoc};
use crate::store::Store;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};

/// The newest audit entries the app's overlay loads.
const AUDIT_ROWS: usize = 500;

/// Above this many members changed by one sync, the index is rebuilt instead of updated.
const REINDEX_LIMIT: usize = 2000;

/// What the workers (and the input and search threads) tell the runtime.
#[derive(Debug)]
pub enum Event {
    Input(crossterm::event::Event),
    /// The search thread has an answer waiting.
    SearchWake,
    Msg(Box<Msg>),
    /// Every member, for a fresh index.
    IndexDocs(Vec<SearchDoc>),
    IndexChanges(Vec<IndexChange>),
}

impl Event {
    pub fn msg(m: Msg) -> Event {
        Event::Msg(Box::new(m))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Job {
    /// The desk's name, operator, emptiness and sync state, when the app opens.
    Open,
    Perform(Request),
    Card(Id),
    Arrivals,
    Complaints,
    Care,
    Rows(Answer),
    IndexDocs,
    Demo {
        seed: u64,
    },
    Sync,
    Export(PathBuf),
    ExpirePoints,
    SignIn {
        name: String,
        pin: String,
    },
    /// Lock the desk (F11, or the idle lock).
    SignOut,
    RevealPhone(Id),
    Audit(Option<Id>),
    /// An automatic backup beside the store, if one is due.
    Backup,
}

impl Job {
    fn is_slow(&self) -> bool {
        matches!(
            self,
            Job::IndexDocs
                | Job::Demo { .. }
                | Job::Sync
                | Job::Export(_)
                | Job::ExpirePoints
                | Job::Backup
                // The audit reads the whole operation log: saves must not queue behind it.
                | Job::Audit(_)
        )
    }
}

/// The program in force and the time, as the runtime saw them when it sent the job.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub settings: Arc<ProgramSettings>,
    pub now: Timestamp,
}

type Queue = Sender<(Job, Ctx)>;

pub struct Worker {
    store: Arc<Store>,
    events: Sender<Event>,
    /// `None`: jobs run on the caller's thread (tests).
    lanes: Option<(Queue, Queue)>,
}

impl Worker {
    /// Jobs run on two threads; answers go to `events`.
    pub fn spawn(store: Arc<Store>, events: Sender<Event>) -> std::io::Result<Worker> {
        let quick = lane("store", store.clone(), events.clone())?;
        let slow = lane("store_slow", store.clone(), events.clone())?;
        Ok(Worker {
            store,
            events,
            lanes: Some((quick, slow)),
        })
    }

    /// Jobs run when submitted, on the calling thread.
    pub fn inline(store: Arc<Store>, events: Sender<Event>) -> Worker {
        Worker {
            store,
            events,
            lanes: None,
        }
    }

    /// Hand over a job; `Err` when the worker thread has gone (nothing will answer).
    pub fn submit(&self, job: Job, ctx: Ctx) -> Result<(), Failure> {
        match &self.lanes {
            None => {
                run_guarded(&self.store, job, &ctx, &self.events);
                Ok(())
            }
            Some((quick, slow)) => {
                let lane = if job.is_slow() { slow } else { quick };
                lane.send((job, ctx)).map_err(|_| Failure::WorkerGone)
            }
        }
    }
}

fn lane(name: &str, store: Arc<Store>, events: Sender<Event>) -> std::io::Result<Queue> {
    let (tx, rx) = channel::<(Job, Ctx)>();
    std::thread::Builder::new()
        .name(name.into())
        .spawn(move || {
            while let Ok((job, ctx)) = rx.recv() {
                run_guarded(&store, job, &ctx, &events);
            }
        })?;
    Ok(tx)
}

/// One job; a panic in it is reported, logged, and does not stop the worker.
fn run_guarded(store: &Store, job: Job, ctx: &Ctx, events: &Sender<Event>) {
    let send = |e: Event| {
        let _ = events.send(e);
    };
    let name = format!("{job:?}");
    // A damaged store makes redb panic: that is said as the store's error, not a bug.
    let done = catch_unwind(AssertUnwindSafe(|| {
        crate::store::contain(|| {
            run(store, job, ctx, &send);
            Ok::<(), crate::store::StoreError>(())
        })
    }));
    if let Ok(Err(damage)) = done {
        tracing::error!(error = %damage, "a store job met a damaged store");
        send(Event::msg(Msg::Failed(failure(
            store,
            DeskError::Store(damage),
        ))));
    } else if done.is_err() {
        let job: String = name.chars().take(80).collect();
        tracing::error!(job, "a store job panicked");
        send(Event::msg(Msg::Failed(Failure::JobPanicked)));
    }
}

fn run(store: &Store, job: Job, ctx: &Ctx, send: &dyn Fn(Event)) {
    let desk = Desk::new(store, &ctx.settings, ctx.now);
    let msg = |m: Msg| send(Event::msg(m));
    let result: Result<(), DeskError> = (|| {
        match job {
            Job::Open => {
                let info = desk.info()?;
                msg(Msg::Opened {
                    terminal: info.terminal,
                    operator: info.operator,
                    empty: info.empty,
                });
                sync_line(&desk, send);
                staff(&desk, false, send)?;
            }
            Job::SignIn { name, pin } => {
                desk.sign_in(&name, &pin)?;
                staff(&desk, false, send)?;
            }
            Job::SignOut => {
                desk.sign_out();
                staff(&desk, true, send)?;
            }
            Job::RevealPhone(member) => msg(Msg::PhoneRevealed {
                member,
                phone: desk.reveal_phone(member)?,
            }),
            Job::Audit(member) => {
                let filter = crate::store::AuditFilter {
                    member,
                    limit: AUDIT_ROWS,
                    ..Default::default()
                };
                let entries = desk.audit(&filter)?;
                msg(Msg::AuditLoaded { member, entries });
            }
            Job::Perform(r) => perform(&desk, r, send)?,
            Job::Card(id) => msg(Msg::CardLoaded(Box::new(desk.open_card(id)?))),
            Job::Arrivals => msg(Msg::ArrivalsLoaded(desk.arrivals_today()?)),
            Job::Complaints => msg(Msg::ComplaintsLoaded(desk.complaint_board(false)?)),
            Job::Care => msg(Msg::CareLoaded(Box::new(desk.care_lists()?))),
            Job::Rows(a) => msg(Msg::Found {
                found: desk.found(&a.result)?,
                generation: a.generation,
                query: a.query,
            }),
            Job::IndexDocs => send(Event::IndexDocs(desk.index_docs()?)),
            Job::Demo { seed } => demo(&desk, seed, send)?,
            Job::Sync => sync(&desk, send)?,
            Job::Export(base) => msg(Msg::Exported(desk.export_all(&base)?)),
            Job::Backup => {
                let key = crate::sync::key_from_env(store)?;
                crate::desk::upkeep::auto_backup(store, ctx.now, false, key.as_ref())?;
            }
            Job::ExpirePoints => {
                let (entries, points) = desk.expire_points()?;
                if entries > 0 {
                    msg(Msg::PointsExpired { entries, points });
                }
            }
        }
        Ok(())
    })();
    if let Err(e) = result {
        if let DeskError::Store(cause) = &e {
            tracing::error!(error = %cause, "store job failed");
        }
        msg(Msg::Failed(failure(store, e)));
    }
}

/// A failure as the status line says it: a damaged store names the newest good backup.
fn failure(store: &Store, e: DeskError) -> Failure {
    match &e {
        DeskError::Store(s) if s.is_damage() => {
            let backup = store
                .path()
                .and_then(crate::desk::upkeep::newest_good_backup);
            Failure::Damaged(Arc::new(e), backup)
        }
        _ => e.into(),
    }
}

/// A desk action; once durable, the index learns what changed before the desk is told.
fn perform(desk: &Desk, r: Request, send: &dyn Fn(Event)) -> Result<(), DeskError> {
    let outcome = desk.perform(r)?;
    if let Some(id) = outcome.member() {
        reindex(desk, &[id], send);
    }
    send(Event::msg(Msg::Done(outcome)));
    sync_line(desk, send);
    Ok(())
}

fn reindex(desk: &Desk, ids: &[Id], send: &dyn Fn(Event)) {
    if ids.len() > REINDEX_LIMIT {
        match desk.index_docs() {
            Ok(docs) => send(Event::IndexDocs(docs)),
            Err(e) => send(Event::msg(Msg::Failed(e.into()))),
        }
        return;
    }
    let mut changes = Vec::with_capacity(ids.len());
    for id in ids {
        match desk.index_change(*id) {
            Ok(c) => changes.push(c),
            // The member stays in the index as it was: a read error is no deletion.
            Err(e) => send(Event::msg(Msg::Failed(e.into()))),
        }
    }
    send(Event::IndexChanges(changes));
}

/// Whether the store has operators and who is signed in, for the lock and title bar.
fn staff(desk: &Desk, asked: bool, send: &dyn Fn(Event)) -> Result<(), DeskError> {
    send(Event::msg(Msg::Staff {
        defined: desk.operators_defined()?,
        signed_in: desk.signed_in()?,
        asked,
    }));
    send(Event::msg(Msg::Shift(desk.shift_current()?.map(Box::new))));
    Ok(())
}

fn sync_line(desk: &Desk, send: &dyn Fn(Event)) {
    match desk.sync_status() {
        Ok(st) => send(Event::msg(Msg::SyncStatus(SyncLine {
            last: st.last_sync_ms.map(Timestamp),
            unexported: st.unexported,
        }))),
        Err(e) => {
            tracing::warn!(error = ?e, "sync status unreadable");
        }
    }
}

fn sync(desk: &Desk, send: &dyn Fn(Event)) -> Result<(), DeskError> {
    let mut progress = |p| send(Event::msg(Msg::Progress(Busy::new(BusyWith::Sync(p)))));
    let report = desk.sync_now(&mut progress)?;
    reindex(desk, &report.import.members, send);
    sync_line(desk, send);
    send(Event::msg(Msg::SyncDone(Arc::new(report))));
    Ok(())
}

fn demo(desk: &Desk, seed: u64, send: &dyn Fn(Event)) -> Result<(), DeskError> {
    let mut progress = |done, total| {
        send(Event::msg(Msg::Progress(Busy {
            what: BusyWith::LoadingDemo,
            done,
            total,
        })))
    };
    desk.load_demo(DEMO_MEMBERS, seed, &mut progress)?;
    send(Event::IndexDocs(desk.index_docs()?));
    sync_line(desk, send);
    send(Event::msg(Msg::DemoLoaded {
        members: DEMO_MEMBERS,
    }));
    Ok(())
}
