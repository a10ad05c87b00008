#![allow(clippy::unwrap_used)]
//! Property: stored value on 3–5 desks that top up and spend offline and swap bundles in
//! any order, with losses and re-deliveries, ends the same on every desk: the same
//! ledger, the same balance (the sum of every entry made anywhere, each once), and an
//! overdraft flagged exactly when that sum is below zero.

mod sync_support;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use frontdesk::desk::{Desk, TopUp};
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::{Change, Id, Money, TerminalId, Timestamp};
use frontdesk::store::Store;
use frontdesk::sync::*;
use proptest::prelude::*;
use sync_support::new_member;

#[derive(Debug, Clone)]
enum Act {
    TopUp { desk: u8, m: u8, cents: u32 },
    Spend { desk: u8, m: u8, cents: u32 },
    Both { desk: u8, folder: u8 },
    Export { desk: u8, folder: u8 },
    Drop { folder: u8, pick: u8 },
    Copy { from: u8, to: u8, pick: u8 },
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        4 => (any::<u8>(), 0u8..3, 1u32..150_000).prop_map(|(desk, m, cents)| Act::TopUp { desk, m, cents }),
        6 => (any::<u8>(), 0u8..3, 1u32..120_000).prop_map(|(desk, m, cents)| Act::Spend { desk, m, cents }),
        3 => (any::<u8>(), any::<u8>()).prop_map(|(desk, folder)| Act::Both { desk, folder }),
        1 => (any::<u8>(), any::<u8>()).prop_map(|(desk, folder)| Act::Export { desk, folder }),
        1 => (any::<u8>(), any::<u8>()).prop_map(|(folder, pick)| Act::Drop { folder, pick }),
        1 => (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(from, to, pick)| Act::Copy { from, to, pick }),
    ]
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).into_iter().flatten() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

struct World {
    desks: Vec<Store>,
    folders: Vec<tempfile::TempDir>,
    settings: ProgramSettings,
    members: Vec<Id>,
    /// Every entry made anywhere: member -> (principal + bonus) deltas.
    made: HashMap<Id, Vec<i64>>,
    clock: i64,
    copies: usize,
}

impl World {
    fn desk(&mut self, d: u8) -> Desk<'_> {
        self.clock += 1000;
        let n = self.desks.len();
        Desk::new(
            &self.desks[d as usize % n],
            &self.settings,
            Timestamp(self.clock),
        )
    }

    fn record(&mut self, ops: Vec<frontdesk::domain::Op>) {
        for op in ops {
            if let Change::Wallet { entry } = op.change {
                let sum = entry.principal.0 + entry.bonus.0;
                self.made.entry(entry.member).or_default().push(sum);
            }
        }
    }

    fn folder(&self, f: u8) -> &Path {
        self.folders[f as usize % self.folders.len()].path()
    }

    fn run(&mut self, a: &Act) {
        let n = self.desks.len();
        match *a {
            Act::TopUp { desk, m, cents } => {
                let member = self.members[m as usize];
                let method = "cash".to_string();
                let t = TopUp {
                    member,
                    amount: Money(cents.into()),
                    method,
                };
                let e = self.desk(desk).wallet_topup(t).unwrap().entry;
                self.made
                    .entry(member)
                    .or_default()
                    .push(e.principal.0 + e.bonus.0);
            }
            Act::Spend { desk, m, cents } => {
                let member = self.members[m as usize];
                let d = self.desk(desk);
                // Refused when this desk sees too little: only what it sees can be spent.
                let Ok(change) = d.wallet_spend_change(member, Money(cents.into())) else {
                    return;
                };
                let ops = d.store.commit(vec![change]).unwrap();
                self.record(ops);
            }
            Act::Both { desk, folder } => {
                let r = sync_both(
                    &self.desks[desk as usize % n],
                    self.folder(folder),
                    None,
                    &mut |_| {},
                );
                assert!(r.unwrap().import.bundles_refused.is_empty());
            }
            Act::Export { desk, folder } => {
                let opts = ExportOptions { max_ops: 2 };
                export_with(
                    &self.desks[desk as usize % n],
                    self.folder(folder),
                    None,
                    opts,
                    &mut |_| {},
                )
                .unwrap();
            }
            Act::Drop { folder, pick } => {
                let fs_ = files(self.folder(folder));
                if !fs_.is_empty() {
                    fs::remove_file(&fs_[pick as usize % fs_.len()]).unwrap();
                }
            }
            Act::Copy { from, to, pick } => {
                let fs_ = files(self.folder(from));
                if !fs_.is_empty() {
                    let src = &fs_[pick as usize % fs_.len()];
                    self.copies += 1;
                    let dst = self.folder(to).join(format!("dup{}", self.copies));
                    fs::create_dir_all(&dst).unwrap();
                    fs::copy(src, dst.join(src.file_name().unwrap())).unwrap();
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn stored_value_converges_and_overdrafts_are_flagged(
        n_desks in 3usize..=5,
        n_folders in 1usize..=2,
        acts in prop::collection::vec(act(), 10..50),
        settle in any::<u8>(),
    ) {
        let mut w = World {
            desks: (0..n_desks)
                .map(|i| Store::in_memory(Some(TerminalId(0x2000 + i as u64))).unwrap())
                .collect(),
            folders: (0..n_folders).map(|_| tempfile::tempdir().unwrap()).collect(),
            settings: ProgramSettings::default(),
            members: Vec::new(),
            made: HashMap::new(),
            clock: 1_700_000_000_000,
            copies: 0,
        };
        // Three members every desk knows before anyone goes offline.
        for i in 0..3 {
            let ops = w.desks[0].commit(vec![new_member(&format!("m{i}"), "")]).unwrap();
            w.members.push(ops[0].change.member().unwrap());
        }
        // Each holds 1000.00 (and its bonus) that every desk sees: offline desks can then
        // spend the same money.
        for m in 0..3 {
            w.run(&Act::TopUp { desk: 0, m, cents: 100_000 });
        }
        let start = tempfile::tempdir().unwrap();
        for _ in 0..2 {
            for s in &w.desks {
                sync_both(s, start.path(), None, &mut |_| {}).unwrap();
            }
        }
        for a in &acts {
            w.run(a);
        }
        for _ in 0..2 {
            for d in 0..n_desks {
                w.run(&Act::Both { desk: d as u8, folder: settle });
            }
        }
        let digest = w.desks[0].digest().unwrap();
        let settings = ProgramSettings::default();
        let first: Vec<_> = {
            let d = Desk::new(&w.desks[0], &settings, Timestamp(w.clock));
            w.members.iter().map(|m| d.wallet(*m).unwrap()).collect()
        };
        for (i, s) in w.desks.iter().enumerate() {
            prop_assert_eq!(&s.digest().unwrap(), &digest, "desk {}", i);
            let d = Desk::new(s, &settings, Timestamp(w.clock));
            for (m, seen) in w.members.iter().zip(&first) {
                let v = d.wallet(*m).unwrap();
                prop_assert_eq!(&v, seen, "desk {}", i);
                let made = w.made.get(m).cloned().unwrap_or_default();
                let sum: i64 = made.iter().sum();
                prop_assert_eq!(v.entries.len(), made.len());
                prop_assert_eq!(v.balance.total().0, sum);
                prop_assert_eq!(v.overdrawn(), sum < 0);
                let newest = v.entries.first().map(|e| e.1.total().0).unwrap_or(0);
                prop_assert_eq!(newest, sum);
            }
            let flagged: Vec<Id> = d.wallet_overdrawn().unwrap().iter().map(|v| v.member).collect();
            let mut expected: Vec<Id> = w.members.iter().copied()
                .filter(|m| w.made.get(m).map_or(0, |v| v.iter().sum::<i64>()) < 0)
                .collect();
            expected.sort();
            let mut flagged_sorted = flagged.clone();
            flagged_sorted.sort();
            prop_assert_eq!(flagged_sorted, expected);
        }
        prop_assert_eq!(w.desks[0].rebuild_from_log().unwrap().digest().unwrap(), digest);
    }
}

/// Two desks spend the same 1000.00 before they sync: after sync both show the same
/// ledger with both spends and a balance of -800.00 (of 1200.00 with its bonus), flagged.
#[test]
fn the_same_balance_spent_on_two_offline_desks_is_flagged_everywhere() {
    let settings = ProgramSettings::default();
    let a = Store::in_memory(Some(TerminalId(0x3001))).unwrap();
    let b = Store::in_memory(Some(TerminalId(0x3002))).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let m = a.commit(vec![new_member("Ann", "")]).unwrap()[0]
        .change
        .member()
        .unwrap();
    let at = |s| Desk::new(s, &settings, Timestamp(1_700_000_000_000));
    let top = TopUp {
        member: m,
        amount: Money(100_000),
        method: "cash".into(),
    };
    at(&a).wallet_topup(top).unwrap();
    for s in [&a, &b, &a] {
        sync_both(s, folder.path(), None, &mut |_| {}).unwrap();
    }
    for s in [&a, &b] {
        let spend = at(s).wallet_spend_change(m, Money(100_000)).unwrap();
        s.commit(vec![spend]).unwrap();
    }
    for s in [&a, &b, &a] {
        sync_both(s, folder.path(), None, &mut |_| {}).unwrap();
    }
    let (va, vb) = (at(&a).wallet(m).unwrap(), at(&b).wallet(m).unwrap());
    assert_eq!(va, vb);
    assert_eq!((va.entries.len(), va.balance.total()), (3, Money(-80_000)));
    assert!(va.overdrawn());
    assert_eq!(at(&b).wallet_overdrawn().unwrap().len(), 1);
    let err = at(&b).wallet_spend_change(m, Money(1)).unwrap_err();
    assert!(
        matches!(err, frontdesk::desk::DeskError::Wallet(_)),
        "{err:?}"
    );
}
