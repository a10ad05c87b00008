#![allow(clippy::unwrap_used)]
//! Property: desks that sell, use and refund packages offline and swap bundles through
//! folders in any order, with losses and re-deliveries, end with the same packages: every
//! use and refund counted exactly once, a use beyond the count flagged as overused (never
//! dropped), and the same remaining uses on every desk.

mod sync_support;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use frontdesk::desk::{Desk, SellPackage};
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::{Change, Id, TerminalId, Timestamp};
use frontdesk::store::Store;
use frontdesk::sync::*;
use proptest::prelude::*;
use sync_support::*;

const SETTINGS: &str = "[[policy]]\neffective_from = \"2024-01-01\"\nearn_points = 1\n[[policy.tier]]\nname = \"R\"\n[[package]]\nkey = \"two\"\nname = \"2 cuts\"\nuses = 2\nprice = \"50.00\"\nmonths = 12\n[[package]]\nkey = \"three\"\nname = \"3 cuts\"\nuses = 3\nprice = \"100.00\"\nmonths = 6\n";

#[derive(Debug, Clone)]
enum Act {
    Sell { desk: u8, m: u8, three: bool },
    Use { desk: u8, m: u8 },
    Refund { desk: u8, pick: u8 },
    Both { desk: u8, folder: u8 },
    Drop { folder: u8, pick: u8 },
    Copy { from: u8, to: u8, pick: u8 },
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        3 => (any::<u8>(), any::<u8>(), any::<bool>()).prop_map(|(desk, m, three)| Act::Sell { desk, m, three }),
        6 => (any::<u8>(), any::<u8>()).prop_map(|(desk, m)| Act::Use { desk, m }),
        1 => (any::<u8>(), any::<u8>()).prop_map(|(desk, pick)| Act::Refund { desk, pick }),
        3 => (any::<u8>(), any::<u8>()).prop_map(|(desk, folder)| Act::Both { desk, folder }),
        1 => (any::<u8>(), any::<u8>()).prop_map(|(folder, pick)| Act::Drop { folder, pick }),
        1 => (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(from, to, pick)| Act::Copy { from, to, pick }),
    ]
}

struct World {
    desks: Vec<Store>,
    folders: Vec<tempfile::TempDir>,
    settings: ProgramSettings,
    members: Vec<Id>,
    /// Every sale made anywhere, with the uses and refunds made for it.
    sales: HashMap<Id, (u32, u32)>,
    ops: i64,
    copies: usize,
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

impl World {
    fn desk(&self, d: usize) -> Desk<'_> {
        Desk::new(
            &self.desks[d],
            &self.settings,
            Timestamp(1_750_000_000_000 + self.ops),
        )
    }

    fn known(&self, d: usize, pick: u8) -> Option<Id> {
        let s = &self.desks[d];
        let known: Vec<Id> = self
            .members
            .iter()
            .copied()
            .filter(|id| s.stored_member(*id).unwrap().is_some())
            .collect();
        (!known.is_empty()).then(|| known[pick as usize % known.len()])
    }

    fn folder(&self, f: u8) -> &Path {
        self.folders[f as usize % self.folders.len()].path()
    }

    fn run(&mut self, a: &Act) {
        let n = self.desks.len();
        self.ops += 1;
        match *a {
            Act::Sell { desk, m, three } => {
                let d = desk as usize % n;
                let Some(member) = self.known(d, m) else {
                    return;
                };
                let package = if three { "three" } else { "two" }.to_string();
                let row = self
                    .desk(d)
                    .sell_package(SellPackage {
                        member,
                        package,
                        payments: vec![],
                    })
                    .unwrap();
                self.sales.insert(row.sale.id, (0, 0));
            }
            Act::Use { desk, m } => {
                let d = desk as usize % n;
                let Some(member) = self.known(d, m) else {
                    return;
                };
                // Refused (nothing usable on this desk's view) is fine: nothing is recorded.
                if let Ok(row) = self.desk(d).use_package(member, None, "Mia") {
                    self.sales.get_mut(&row.sale.id).unwrap().0 += 1;
                }
            }
            Act::Refund { desk, pick } => {
                let d = desk as usize % n;
                let mut ids: Vec<Id> = self.sales.keys().copied().collect();
                ids.sort();
                if ids.is_empty() {
                    return;
                }
                let sale = ids[pick as usize % ids.len()];
                if self.desk(d).refund_package(sale, "cash", "").is_ok() {
                    self.sales.get_mut(&sale).unwrap().1 += 1;
                }
            }
            Act::Both { desk, folder } => {
                let r = sync_both(
                    &self.desks[desk as usize % n],
                    self.folder(folder),
                    None,
                    &mut |_| {},
                )
                .unwrap();
                assert!(r.import.bundles_refused.is_empty());
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
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn packages_converge_and_every_use_counts_once(
        n_desks in 3usize..=5,
        n_folders in 1usize..=2,
        acts in prop::collection::vec(act(), 10..60),
        settle in any::<u8>(),
    ) {
        let mut w = World {
            desks: (0..n_desks).map(|i| Store::in_memory(Some(TerminalId(0x2000 + i as u64))).unwrap()).collect(),
            folders: (0..n_folders).map(|_| tempfile::tempdir().unwrap()).collect(),
            settings: ProgramSettings::parse(SETTINGS).unwrap(),
            members: Vec::new(),
            sales: HashMap::new(),
            ops: 0,
            copies: 0,
        };
        for (i, s) in w.desks.iter().enumerate() {
            let ops = s.commit(vec![new_member(&format!("m{i}"), "")]).unwrap();
            if let Change::MemberUpsert { id, .. } = ops[0].change {
                w.members.push(id);
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
        let first: Vec<_> = w.members.iter().map(|m| w.desk(0).member_packages(*m).unwrap()).collect();
        for d in 0..n_desks {
            prop_assert_eq!(&w.desks[d].digest().unwrap(), &digest, "desk {}", d);
            let rows: Vec<_> = w.members.iter().map(|m| w.desk(d).member_packages(*m).unwrap()).collect();
            prop_assert_eq!(&rows, &first, "desk {}", d);
            for (sale, (uses, refunds)) in &w.sales {
                let row = w.desk(d).package_row(*sale).unwrap();
                let st = row.status;
                prop_assert_eq!(st.used, *uses);
                prop_assert_eq!(st.overused, uses.saturating_sub(row.sale.uses));
                prop_assert_eq!(st.remaining + st.used.min(row.sale.uses), row.sale.uses);
                prop_assert_eq!(st.state == frontdesk::domain::package::PackageState::Refunded, *refunds > 0);
                prop_assert!(row.refunded.0 <= row.sale.price.0 * i64::from(*refunds));
            }
        }
        prop_assert_eq!(w.desks[0].rebuild_from_log().unwrap().digest().unwrap(), digest);
    }
}

/// Two desks offline each take the last use of the same package: after sync both show
/// it overused by one, and nothing is dropped.
#[test]
fn an_offline_double_use_is_flagged_not_dropped() {
    let settings = ProgramSettings::parse(SETTINGS).unwrap();
    let a = Store::in_memory(Some(TerminalId(0xa))).unwrap();
    let b = Store::in_memory(Some(TerminalId(0xb))).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let at = |t: i64| Timestamp(1_750_000_000_000 + t);
    let m = match &a.commit(vec![new_member("Ann", "")]).unwrap()[0].change {
        Change::MemberUpsert { id, .. } => *id,
        _ => unreachable!(),
    };
    let sell = SellPackage {
        member: m,
        package: "two".into(),
        payments: vec![],
    };
    let sale = Desk::new(&a, &settings, at(1))
        .sell_package(sell)
        .unwrap()
        .sale
        .id;
    Desk::new(&a, &settings, at(2))
        .use_package(m, None, "Mia")
        .unwrap();
    sync_both(&a, dir.path(), None, &mut |_| {}).unwrap();
    sync_both(&b, dir.path(), None, &mut |_| {}).unwrap();
    Desk::new(&a, &settings, at(3))
        .use_package(m, None, "Mia")
        .unwrap();
    Desk::new(&b, &settings, at(4))
        .use_package(m, Some(sale), "Leo")
        .unwrap();
    assert!(
        Desk::new(&b, &settings, at(5))
            .use_package(m, None, "Leo")
            .is_err()
    );
    for s in [&a, &b, &a, &b] {
        sync_both(s, dir.path(), None, &mut |_| {}).unwrap();
    }
    for s in [&a, &b] {
        let row = Desk::new(s, &settings, at(6)).package_row(sale).unwrap();
        assert_eq!(
            (row.status.used, row.status.remaining, row.status.overused),
            (3, 0, 1)
        );
    }
    assert_eq!(a.digest().unwrap(), b.digest().unwrap());
}
