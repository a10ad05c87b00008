//! Desk benchmark: a receptionist's keystrokes against a store of 1,000,000 members, through
//! the real runtime, store worker and search thread, timing each key until a frame with
//! the answer's rows is drawn (80x24, ratatui's TestBackend), beside the index query alone
//! and the rows alone for the same keystrokes.
//!
//! `cargo bench --bench desk`. `FRONTDESK_BENCH_MEMBERS=100000` for a smaller store. The
//! store (demo data) is generated once and kept under `target/bench-stores/` for later runs.
//! The last line is one JSON object.
#![allow(clippy::unwrap_used)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use frontdesk::app::App;
use frontdesk::desk::Desk;
use frontdesk::domain::Timestamp;
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::keymap::{Context, Keymap};
use frontdesk::search::{QuerySession, SearchIndex};
use frontdesk::store::Store;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::json;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What receptionists type: names, pinyin, initials, phone tails, card numbers.
const QUERIES: &[&str] = &[
    "zw", "wang", "zhangwei", "lina", "li", "5678", "0421", "M0012", "oliv", "martin", "chen",
    "zy", "wf", "liu", "emma", "3390", "huang", "yang", "sophie", "zhao",
];
const LIMIT: usize = 50;

fn store_path(members: usize) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-stores");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(format!("desk-{members}.redb"))
}

/// The demo store of this size, made once.
fn open_store(members: usize) -> Store {
    let path = store_path(members);
    let fresh = !path.exists();
    let store = Store::open(&path).unwrap();
    if fresh {
        let started = Instant::now();
        let mut shown = 0;
        frontdesk::demo::generate(&store, members, 7, &mut |done, total| {
            if done * 10 / total.max(1) != shown {
                shown = done * 10 / total.max(1);
                eprintln!("  demo data: {done} of {total}");
            }
        })
        .unwrap();
        eprintln!(
            "made {} in {:.0} s",
            path.display(),
            started.elapsed().as_secs_f64()
        );
    }
    store
}

fn stats(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(|a, b| a.total_cmp(b));
    let at = |q: f64| v[((v.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.95))
}

fn key(app: &mut App, code: KeyCode) {
    app.key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// Handle events until the rows for `query` are in the state (or give up after 5 s).
fn wait_for_rows(app: &mut App, query: &str) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while app.state.lookup.answered != query && Instant::now() < deadline {
        if let Some(e) = app.recv_timeout(Duration::from_millis(100)) {
            app.handle(e);
            app.drain();
        }
    }
}

fn draw(term: &mut Terminal<TestBackend>, app: &App) {
    let contexts = [Context::Lookup, Context::List];
    term.draw(|f| frontdesk::ui::draw(f, &app.state, &app.keymap, &contexts))
        .unwrap();
}

/// Key to frame with rows, through the runtime, the worker and the search thread.
fn through_the_app(store: Arc<Store>) -> (Vec<f64>, f64) {
    let started = Instant::now();
    let mut app = App::new(store, Keymap::default(), true).unwrap();
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    while app.state.indexing {
        if let Some(e) = app.recv_timeout(Duration::from_millis(100)) {
            app.handle(e);
        }
    }
    wait_for_rows(&mut app, "");
    let ready_ms = started.elapsed().as_secs_f64() * 1e3;
    let mut times = Vec::new();
    for q in QUERIES {
        key(&mut app, KeyCode::Esc);
        wait_for_rows(&mut app, "");
        let mut typed = String::new();
        for c in q.chars() {
            typed.push(c);
            let t = Instant::now();
            key(&mut app, KeyCode::Char(c));
            wait_for_rows(&mut app, &typed);
            draw(&mut term, &app);
            times.push(t.elapsed().as_secs_f64() * 1e6);
            assert_eq!(app.state.lookup.answered, typed, "no answer for {typed}");
        }
    }
    (times, ready_ms)
}

/// The same keystrokes: the index query alone, and the rows alone for its hits.
fn parts(store: &Store) -> (Vec<f64>, Vec<f64>) {
    let settings = ProgramSettings::default();
    let desk = Desk::new(store, &settings, Timestamp::now());
    let index = SearchIndex::build(desk.index_docs().unwrap());
    let (mut query_us, mut rows_us) = (Vec::new(), Vec::new());
    for q in QUERIES {
        let mut session = QuerySession::new();
        let mut typed = String::new();
        for c in q.chars() {
            typed.push(c);
            let t = Instant::now();
            let result = session.query(&index, &typed, LIMIT, Timestamp::now().0);
            query_us.push(t.elapsed().as_secs_f64() * 1e6);
            let t = Instant::now();
            let found = desk.found(&result).unwrap();
            rows_us.push(t.elapsed().as_secs_f64() * 1e6);
            std::hint::black_box(found);
        }
    }
    (query_us, rows_us)
}

fn main() {
    let members: usize = std::env::var("FRONTDESK_BENCH_MEMBERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let store = Arc::new(open_store(members));
    let (query_us, rows_us) = parts(&store);
    let (app_us, ready_ms) = through_the_app(store);
    let (app_med, app_p95) = stats(app_us.clone());
    let (q_med, q_p95) = stats(query_us);
    let (r_med, r_p95) = stats(rows_us);
    println!(
        "frontdesk desk benchmark: {members} members, {} keystrokes, microseconds",
        app_us.len()
    );
    println!("index ready and first rows after start: {ready_ms:.0} ms");
    println!(
        "key to frame with rows (runtime + worker + search thread + draw): median {app_med:.0}, p95 {app_p95:.0}"
    );
    println!(
        "index query alone:                                              median {q_med:.0}, p95 {q_p95:.0}"
    );
    println!(
        "rows alone ({LIMIT} members read for the hits):                     median {r_med:.0}, p95 {r_p95:.0}"
    );
    println!(
        "{}",
        json!({
            "members": members,
            "keystrokes": app_us.len(),
            "ready_ms": ready_ms,
            "key_to_frame_us": {"median": app_med, "p95": app_p95},
            "index_query_us": {"median": q_med, "p95": q_p95},
            "rows_us": {"median": r_med, "p95": r_p95},
            "added_us": {"median": app_med - q_med, "p95": app_p95 - q_p95},
        })
    );
}
