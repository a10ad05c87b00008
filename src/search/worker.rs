//! The search index on its own thread: the screen never waits for a query.

use super::session::QuerySession;
use super::{SearchDoc, SearchIndex, SearchResult};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread::JoinHandle;
use std::time::{SystemTime, UNIX_EPOCH};

/// The answer to one submitted query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The generation the query was submitted with.
    pub generation: u64,
    /// The query text.
    pub query: String,
    /// Its result.
    pub result: SearchResult,
}

enum Msg {
    /// A query, and how many hits it wants (`None`: the worker's own limit).
    Query(u64, String, Option<usize>),
    Upsert(SearchDoc),
    Remove(u128),
    Rebuild(Vec<SearchDoc>),
}

/// Owns a [`SearchIndex`] on its own thread. Index changes are applied in the order sent,
/// before the next query is answered; when several queries are waiting, only the newest is
/// answered (the others are stale: the user has typed on).
pub struct SearchWorker {
    tx: Option<Sender<Msg>>,
    answers: Receiver<Answer>,
    handle: Option<JoinHandle<()>>,
    /// A message could not be sent: the thread is gone.
    lost: AtomicBool,
}

impl std::fmt::Debug for SearchWorker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchWorker").finish_non_exhaustive()
    }
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

impl SearchWorker {
    /// Starts the worker with `index`, answering with at most `limit` hits. `waker`, if
    /// given, is called after each answer is sent (e.g. to wake the UI's event loop).
    ///
    /// Fails when the operating system cannot start the thread.
    pub fn spawn(
        index: SearchIndex,
        limit: usize,
        waker: Option<Box<dyn Fn() + Send>>,
    ) -> std::io::Result<Self> {
        let (tx, rx) = mpsc::channel::<Msg>();
        let (atx, answers) = mpsc::channel::<Answer>();
        let handle = std::thread::Builder::new()
            .name("search".into())
            .spawn(move || run(index, limit, rx, atx, waker))?;
        Ok(SearchWorker {
            tx: Some(tx),
            answers,
            handle: Some(handle),
            lost: AtomicBool::new(false),
        })
    }

    /// Is the worker thread still there to answer? False once it has stopped (a panic in
    /// the index or in the waker): queries then go unanswered, and the app should say so.
    pub fn is_alive(&self) -> bool {
        !self.lost.load(Ordering::Relaxed) && self.handle.as_ref().is_some_and(|h| !h.is_finished())
    }

    fn send(&self, m: Msg) {
        if let Some(tx) = &self.tx {
            // A dead worker has nothing to answer; the UI keeps running (see `is_alive`).
            if tx.send(m).is_err() {
                self.lost.store(true, Ordering::Relaxed);
            }
        }
    }

    /// Asks for `query`; the answer carries `generation`.
    pub fn submit(&self, generation: u64, query: String) {
        self.send(Msg::Query(generation, query, None));
    }

    /// As `submit`, answering with at most `limit` hits (a list scrolled past its end).
    pub fn submit_limited(&self, generation: u64, query: String, limit: usize) {
        self.send(Msg::Query(generation, query, Some(limit)));
    }

    /// A new or changed member.
    pub fn upsert(&self, doc: SearchDoc) {
        self.send(Msg::Upsert(doc));
    }

    /// A deleted or merged-away member.
    pub fn remove(&self, id: u128) {
        self.send(Msg::Remove(id));
    }

    /// Replaces the whole index, built on the worker thread (start-up, large imports).
    pub fn rebuild(&self, docs: Vec<SearchDoc>) {
        self.send(Msg::Rebuild(docs));
    }

    /// Answers, in the order produced.
    pub fn answers(&self) -> &Receiver<Answer> {
        &self.answers
    }

    /// The newest answer waiting, if any (older ones are dropped).
    pub fn latest(&self) -> Option<Answer> {
        self.answers.try_iter().last()
    }
}

impl Drop for SearchWorker {
    fn drop(&mut self) {
        self.tx = None;
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

fn run(
    mut index: SearchIndex,
    limit: usize,
    rx: Receiver<Msg>,
    tx: Sender<Answer>,
    waker: Option<Box<dyn Fn() + Send>>,
) {
    let mut session = QuerySession::new();
    while let Ok(first) = rx.recv() {
        let mut batch = vec![first];
        loop {
            match rx.try_recv() {
                Ok(m) => batch.push(m),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => break,
            }
        }
        let mut newest = None;
        for m in batch {
            match m {
                Msg::Query(g, q, l) => newest = Some((g, q, l)),
                Msg::Upsert(d) => index.upsert(d),
                Msg::Remove(id) => index.remove(id),
                Msg::Rebuild(docs) => {
                    index = SearchIndex::build(docs);
                    session.clear();
                }
            }
        }
        if let Some((generation, query, wanted)) = newest {
            let result = session.query(&index, &query, wanted.unwrap_or(limit), now_ms());
            if tx
                .send(Answer {
                    generation,
                    query,
                    result,
                })
                .is_err()
            {
                return;
            }
            if let Some(w) = &waker {
                w();
            }
        }
    }
}
