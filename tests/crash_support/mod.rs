//! The crash campaign, shared by `benches/crash.rs` (100 kills, figures) and
//! `tests/crash_campaign.rs` (a short run in CI): a write-heavy child process is killed
//! (SIGKILL) at a random moment, again and again, on one store; after each kill the store
//! must open, its indexes agree with its tables, its balances with its ledger, its
//! tables with its log, and hold everything the child acknowledged.
#![allow(dead_code, clippy::unwrap_used)]

use frontdesk::desk::{AddMember, CheckIn, Desk, LogService};
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::validate::MemberDraft;
use frontdesk::domain::{Money, Timestamp};
use frontdesk::store::Store;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The environment variable that makes a process the campaign's child: the store path.
pub const CHILD: &str = "FRONTDESK_CRASH_CAMPAIGN_STORE";

/// Run as the child: add a member, check them in, bill them (earning points), and
/// print `ACK <phone>` once all three are durable; forever, until killed.
pub fn child(path: &Path) -> ! {
    let store = Store::open(path).unwrap();
    let settings = ProgramSettings::default();
    let mut out = std::io::stdout().lock();
    let tag = std::process::id() % 100_000;
    for i in 0u32.. {
        let desk = Desk::new(&store, &settings, Timestamp::now());
        let phone = format!("139{tag:05}{:03}", i % 1000);
        save_one(&desk, &phone, &format!("Crash {tag} {i}"));
        writeln!(out, "ACK {phone}").unwrap();
        out.flush().unwrap();
    }
    std::process::exit(0)
}

/// A new member, checked in and billed: three durable commits.
fn save_one(desk: &Desk, phone: &str, name: &str) {
    let draft = MemberDraft {
        name: name.into(),
        phone: phone.into(),
        ..MemberDraft::default()
    };
    let add = AddMember {
        draft,
        referred_by: None,
        confirmed: true,
    };
    let id = desk.add_member(add).unwrap().id;
    let visit = CheckIn {
        member: Some(id),
        party: 2,
        location: "A1".into(),
        staff: "crash".into(),
    };
    desk.check_in(visit).unwrap();
    let bill = LogService {
        member: id,
        items: vec!["tea".into()],
        staff: "crash".into(),
        amount: Money(12_800),
        redeem: 0,
        payments: vec![frontdesk::domain::Payment::new("cash", Money(12_800))],
    };
    desk.log_service(bill).unwrap();
}

/// What a campaign found.
#[derive(Debug, Default)]
pub struct Figures {
    pub kills: usize,
    pub acknowledged: usize,
    pub ops_after: u64,
    pub open_total: Duration,
    pub open_max: Duration,
    pub problems: Vec<String>,
}

/// Kill `command` (a child set up to run [`child`] on `store`) `kills` times at random
/// moments up to `max_wait`, checking the store after each kill.
pub fn campaign(
    command: impl Fn() -> Command,
    store: &Path,
    kills: usize,
    max_wait: Duration,
) -> Figures {
    let mut f = Figures::default();
    let mut acked: Vec<String> = Vec::new();
    for round in 0..kills {
        let mut child = command()
            .env(CHILD, store)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let wait = max_wait.mul_f64(fastrand::f64().max(0.1));
        std::thread::sleep(wait);
        child.kill().unwrap();
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        acked.extend(
            stdout
                .lines()
                .filter_map(|l| l.strip_prefix("ACK ").map(String::from)),
        );
        f.kills += 1;
        check(store, &acked, round, &mut f);
    }
    f.acknowledged = acked.len();
    f
}

/// After a kill: the store opens, agrees with itself, and holds every acknowledged save.
fn check(path: &Path, acked: &[String], round: usize, f: &mut Figures) {
    let started = Instant::now();
    let store = match Store::open(path) {
        Ok(s) => s,
        Err(e) => {
            f.problems
                .push(format!("kill {round}: the store does not open: {e:?}"));
            return;
        }
    };
    let took = started.elapsed();
    f.open_total += took;
    f.open_max = f.open_max.max(took);
    match store.verify() {
        Ok(m) if m.is_empty() => {}
        other => f.problems.push(format!("kill {round}: {other:?}")),
    }
    for phone in acked {
        let found = store.members_with_phone(phone).unwrap_or_default();
        let whole = found
            .iter()
            .any(|v| v.stats.visits >= 1 && v.stats.spend >= 12_800);
        if !whole {
            f.problems
                .push(format!("kill {round}: acknowledged {phone} is missing"));
        }
    }
    let from_log = store.rebuild_from_log().and_then(|s| s.digest());
    if from_log.ok() != store.digest().ok() {
        f.problems
            .push(format!("kill {round}: the tables differ from the log"));
    }
    f.ops_after = store.op_count().unwrap_or(0);
}
