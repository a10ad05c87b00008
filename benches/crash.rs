//! The crash campaign: a write-heavy desk (add, check in, bill) killed with SIGKILL at a
//! random moment, `FRONTDESK_CRASH_KILLS` times (default 100), on one store. After each
//! kill the store must open, its indexes agree with its tables, its balances with its
//! ledger, its tables with its log, and every acknowledged save be there.
//! Run: `cargo bench --bench crash`. Prints its figures; exits 1 on any problem.

#[path = "../tests/crash_support/mod.rs"]
mod crash_support;

use crash_support::*;
use std::process::Command;
use std::time::{Duration, Instant};

fn main() {
    if let Ok(path) = std::env::var(CHILD) {
        child(std::path::Path::new(&path));
    }
    let kills: usize = std::env::var("FRONTDESK_CRASH_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let dir = std::env::temp_dir().join(format!("frontdesk-crash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let store = dir.join("crash.redb");
    let exe = std::env::current_exe().expect("this program's path");
    let started = Instant::now();
    let f = campaign(
        || Command::new(&exe),
        &store,
        kills,
        Duration::from_millis(300),
    );
    let avg = f.open_total / f.kills.max(1) as u32;
    println!(
        "crash campaign: {} kills in {:.1} s",
        f.kills,
        started.elapsed().as_secs_f64()
    );
    println!("  saves acknowledged: {}", f.acknowledged);
    println!(
        "  operations in the store after the last kill: {}",
        f.ops_after
    );
    println!(
        "  open after a kill: mean {:.1} ms, max {:.1} ms",
        ms(avg),
        ms(f.open_max)
    );
    println!("  problems: {}", f.problems.len());
    for p in &f.problems {
        println!("    {p}");
    }
    let _ = std::fs::remove_dir_all(&dir);
    if !f.problems.is_empty() {
        std::process::exit(1);
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
