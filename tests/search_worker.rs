#![allow(clippy::unwrap_used)]
//! The search worker says whether its thread is still there to answer.

use frontdesk::search::{SearchDoc, SearchIndex, SearchWorker};
use std::time::{Duration, Instant};

fn index() -> SearchIndex {
    SearchIndex::build(vec![SearchDoc {
        id: 1,
        name: "Zoë Martin".into(),
        ..SearchDoc::default()
    }])
}

/// Waits up to five seconds for `cond`.
fn eventually(cond: impl Fn() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        if cond() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    cond()
}

#[test]
fn a_running_worker_is_alive_and_answers() {
    let worker = SearchWorker::spawn(index(), 10, None).unwrap();
    assert!(worker.is_alive());
    worker.submit(1, "zoe".into());
    let a = worker
        .answers()
        .recv_timeout(Duration::from_secs(5))
        .unwrap();
    assert_eq!(a.result.hits.first().map(|h| h.id), Some(1));
    assert!(worker.is_alive());
}

#[test]
fn a_worker_whose_thread_panicked_is_not_alive() {
    let waker: Box<dyn Fn() + Send> = Box::new(|| panic!("waker failed (on purpose)"));
    let worker = SearchWorker::spawn(index(), 10, Some(waker)).unwrap();
    assert!(worker.is_alive());
    worker.submit(1, "zoe".into());
    assert!(eventually(|| !worker.is_alive()), "the panic was noticed");
    // Still safe to use: nothing is answered, nothing panics here.
    worker.submit(2, "zoe martin".into());
    worker.upsert(SearchDoc::default());
    worker.remove(1);
    assert!(!worker.is_alive());
    assert_eq!(worker.latest().map(|a| a.generation), Some(1));
    assert!(worker.latest().is_none());
}
