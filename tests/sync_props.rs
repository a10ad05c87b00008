#![allow(clippy::unwrap_used)]
//! Property: desks that make random changes and swap bundles through folders in any order,
//! with duplicates, losses and re-deliveries, end in the same state once everyone has
//! everything, and every points entry counts exactly once.

mod sync_support;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use frontdesk::domain::{Change, ComplaintStatus, Id, PointsKind, TerminalId};
use frontdesk::store::Store;
use frontdesk::sync::*;
use proptest::prelude::*;
use sync_support::*;

#[derive(Debug, Clone)]
enum Kind {
    New,
    Edit { m: u8, field: u8, value: u8 },
    CheckIn { m: u8 },
    Service { m: u8, cents: u16 },
    Points { m: u8, delta: i8, redeem: bool },
    Complaint { m: u8 },
    ComplaintUpdate { c: u8, status: u8 },
    Delete { m: u8 },
    Merge { a: u8, b: u8 },
    Unmerge { a: u8 },
    Erase { m: u8 },
    OperatorSet { who: u8, manager: bool },
    OperatorRemove { who: u8 },
}

#[derive(Debug, Clone)]
enum Act {
    Change {
        desk: u8,
        kind: Kind,
    },
    Export {
        desk: u8,
        folder: u8,
    },
    Import {
        desk: u8,
        folder: u8,
    },
    Both {
        desk: u8,
        folder: u8,
    },
    /// A file lost in transit (or deleted by someone).
    Drop {
        folder: u8,
        pick: u8,
    },
    /// A file delivered again, to another folder (a copy under `dup/`).
    Copy {
        from: u8,
        to: u8,
        pick: u8,
    },
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        3 => Just(Kind::New),
        4 => (any::<u8>(), 0u8..3, 0u8..3).prop_map(|(m, field, value)| Kind::Edit { m, field, value }),
        2 => any::<u8>().prop_map(|m| Kind::CheckIn { m }),
        3 => (any::<u8>(), 0u16..50_000).prop_map(|(m, cents)| Kind::Service { m, cents }),
        2 => (any::<u8>(), any::<i8>(), any::<bool>()).prop_map(|(m, delta, redeem)| Kind::Points { m, delta, redeem }),
        1 => any::<u8>().prop_map(|m| Kind::Complaint { m }),
        2 => (any::<u8>(), 1u8..5).prop_map(|(c, status)| Kind::ComplaintUpdate { c, status }),
        1 => any::<u8>().prop_map(|m| Kind::Delete { m }),
        1 => (any::<u8>(), any::<u8>()).prop_map(|(a, b)| Kind::Merge { a, b }),
        1 => any::<u8>().prop_map(|a| Kind::Unmerge { a }),
        1 => any::<u8>().prop_map(|m| Kind::Erase { m }),
        1 => (0u8..3, any::<bool>()).prop_map(|(who, manager)| Kind::OperatorSet { who, manager }),
        1 => (0u8..3).prop_map(|who| Kind::OperatorRemove { who }),
    ]
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        8 => (any::<u8>(), kind()).prop_map(|(desk, kind)| Act::Change { desk, kind }),
        2 => (any::<u8>(), any::<u8>()).prop_map(|(desk, folder)| Act::Export { desk, folder }),
        2 => (any::<u8>(), any::<u8>()).prop_map(|(desk, folder)| Act::Import { desk, folder }),
        2 => (any::<u8>(), any::<u8>()).prop_map(|(desk, folder)| Act::Both { desk, folder }),
        1 => (any::<u8>(), any::<u8>()).prop_map(|(folder, pick)| Act::Drop { folder, pick }),
        1 => (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(from, to, pick)| Act::Copy { from, to, pick }),
    ]
}

fn chain_key() -> &'static SyncKey {
    static KEY: OnceLock<SyncKey> = OnceLock::new();
    KEY.get_or_init(|| SyncKey::from_passphrase("chain").unwrap())
}

struct World {
    desks: Vec<Store>,
    folders: Vec<tempfile::TempDir>,
    key: Option<&'static SyncKey>,
    opts: ExportOptions,
    members: Vec<Id>,
    complaints: Vec<Id>,
    /// Every points entry made anywhere: (member, delta).
    entries: Vec<(Id, i64)>,
    ops: u64,
    copies: usize,
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = fs::read_dir(dir) else {
        return out;
    };
    for e in rd {
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
    fn known(&self, desk: usize, pick: u8) -> Option<Id> {
        let s = &self.desks[desk];
        let known: Vec<Id> = self
            .members
            .iter()
            .copied()
            .filter(|id| s.stored_member(*id).unwrap().is_some())
            .collect();
        (!known.is_empty()).then(|| known[pick as usize % known.len()])
    }

    fn change(&mut self, desk: usize, kind: &Kind) {
        let at = 1_700_000_000_000 + self.ops as i64;
        let change = match *kind {
            Kind::New => new_member(&format!("m{}", self.members.len()), ""),
            Kind::Edit { m, field, value } => {
                let Some(id) = self.known(desk, m) else {
                    return;
                };
                let v = format!("v{value}");
                match field {
                    0 => rename(id, &v),
                    1 => edit_notes(id, &v),
                    _ => Change::MemberUpsert {
                        id,
                        fields: frontdesk::domain::MemberFields {
                            phone: Some(format!("1380000000{value}")),
                            ..Default::default()
                        },
                    },
                }
            }
            Kind::CheckIn { m } => {
                let Some(id) = self.known(desk, m) else {
                    return;
                };
                visit(id, at)
            }
            Kind::Service { m, cents } => {
                let Some(id) = self.known(desk, m) else {
                    return;
                };
                service(id, cents as i64, cents as i64 / 100, at)
            }
            Kind::Points { m, delta, redeem } => {
                let Some(id) = self.known(desk, m) else {
                    return;
                };
                let kind = if redeem {
                    PointsKind::Redeem
                } else {
                    PointsKind::Adjust
                };
                points(id, delta as i64, kind, at)
            }
            Kind::Complaint { m } => {
                let Some(id) = self.known(desk, m) else {
                    return;
                };
                complaint(id)
            }
            Kind::ComplaintUpdate { c, status } => {
                let s = &self.desks[desk];
                let known: Vec<Id> = self
                    .complaints
                    .iter()
                    .copied()
                    .filter(|id| s.complaint(*id).unwrap().is_some())
                    .collect();
                if known.is_empty() {
                    return;
                }
                let id = known[c as usize % known.len()];
                let status = [
                    ComplaintStatus::InProgress,
                    ComplaintStatus::Resolved,
                    ComplaintStatus::FollowedUp,
                    ComplaintStatus::Closed,
                ][status as usize % 4];
                complaint_update(id, status, "step")
            }
            Kind::Delete { m } => {
                let Some(id) = self.known(desk, m) else {
                    return;
                };
                Change::MemberDelete { id }
            }
            Kind::Merge { a, b } => {
                let (Some(from), Some(into)) = (self.known(desk, a), self.known(desk, b)) else {
                    return;
                };
                if from == into {
                    return;
                }
                Change::MemberMerge { from, into }
            }
            Kind::Unmerge { a } => {
                let Some(from) = self.known(desk, a) else {
                    return;
                };
                Change::MemberUnmerge { from }
            }
            Kind::Erase { m } => {
                let Some(id) = self.known(desk, m) else {
                    return;
                };
                Change::MemberErase { id }
            }
            Kind::OperatorSet { who, manager } => Change::OperatorSet {
                operator: frontdesk::domain::Operator {
                    name: format!("op{who}"),
                    role: if manager {
                        frontdesk::domain::Role::Manager
                    } else {
                        frontdesk::domain::Role::Receptionist
                    },
                    pin_hash: format!("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA${who}"),
                },
            },
            Kind::OperatorRemove { who } => Change::OperatorRemove {
                name: format!("op{who}"),
            },
        };
        let ops = self.desks[desk].commit(vec![change]).unwrap();
        for op in &ops {
            self.ops += 1;
            match &op.change {
                Change::MemberUpsert { id, .. } if matches!(kind, Kind::New) => {
                    self.members.push(*id)
                }
                Change::ComplaintAdd { complaint } => self.complaints.push(complaint.id),
                Change::Service { service } if service.points != 0 => {
                    self.entries.push((service.member, service.points))
                }
                Change::Points { entry } => self.entries.push((entry.member, entry.delta)),
                _ => {}
            }
        }
    }

    fn folder(&self, f: u8) -> &Path {
        self.folders[f as usize % self.folders.len()].path()
    }

    fn run(&mut self, a: &Act) {
        let n = self.desks.len();
        match *a {
            Act::Change { desk, ref kind } => self.change(desk as usize % n, kind),
            Act::Export { desk, folder } => {
                export_with(
                    &self.desks[desk as usize % n],
                    self.folder(folder),
                    self.key,
                    self.opts,
                    &mut |_| {},
                )
                .unwrap();
            }
            Act::Import { desk, folder } => {
                let s = import(
                    &self.desks[desk as usize % n],
                    self.folder(folder),
                    self.key,
                )
                .unwrap();
                assert!(s.bundles_refused.is_empty(), "{:?}", s.bundles_refused);
            }
            Act::Both { desk, folder } => {
                let r = sync_both(
                    &self.desks[desk as usize % n],
                    self.folder(folder),
                    self.key,
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
                    let dst_dir = self.folder(to).join(format!("dup{}", self.copies));
                    fs::create_dir_all(&dst_dir).unwrap();
                    fs::copy(src, dst_dir.join(src.file_name().unwrap())).unwrap();
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn desks_converge_and_points_count_once(
        n_desks in 3usize..=5,
        n_folders in 1usize..=3,
        max_ops in 1usize..=6,
        encrypted in any::<bool>(),
        acts in prop::collection::vec(act(), 10..70),
        settle_folder in any::<u8>(),
    ) {
        let mut w = World {
            desks: (0..n_desks)
                .map(|i| Store::in_memory(Some(TerminalId(0x1000 + i as u64))).unwrap())
                .collect(),
            folders: (0..n_folders).map(|_| tempfile::tempdir().unwrap()).collect(),
            key: encrypted.then(chain_key),
            opts: ExportOptions { max_ops },
            members: Vec::new(),
            complaints: Vec::new(),
            entries: Vec::new(),
            ops: 0,
            copies: 0,
        };
        // Every desk starts with one member, so there is something to edit early.
        for d in 0..n_desks {
            w.change(d, &Kind::New);
        }
        for a in &acts {
            w.run(a);
        }
        // Settle through one of the (messy) folders: two rounds get everything everywhere.
        for _ in 0..2 {
            for d in 0..n_desks {
                w.run(&Act::Both { desk: d as u8, folder: settle_folder });
            }
        }

        let digest = w.desks[0].digest().unwrap();
        let mut expected: HashMap<Id, (i64, usize)> = HashMap::new();
        for (m, delta) in &w.entries {
            let e = expected.entry(*m).or_default();
            e.0 += delta;
            e.1 += 1;
        }
        for (i, s) in w.desks.iter().enumerate() {
            prop_assert_eq!(s.op_count().unwrap(), w.ops, "desk {}", i);
            prop_assert_eq!(&s.digest().unwrap(), &digest, "desk {}", i);
            for id in &w.members {
                let Some(view) = s.member(*id).unwrap() else { continue };
                let (sum, count) = view
                    .ids()
                    .map(|g| expected.get(&g).copied().unwrap_or_default())
                    .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
                prop_assert_eq!(view.stats.points, sum, "desk {} member {}", i, id);
                let ledger = s.history(*id).unwrap().ledger.len();
                prop_assert_eq!(ledger, count, "desk {} member {}", i, id);
            }
        }
        // Globally: every entry made anywhere is in the ledger exactly once.
        for (i, s) in w.desks.iter().enumerate() {
            let mut ledger = HashMap::new();
            for id in &w.members {
                for e in s.history(*id).unwrap().ledger {
                    ledger.insert(e.id, e.delta);
                }
            }
            prop_assert_eq!(ledger.len(), w.entries.len(), "desk {}", i);
            prop_assert_eq!(
                ledger.values().sum::<i64>(),
                w.entries.iter().map(|e| e.1).sum::<i64>(),
                "desk {}", i
            );
        }
        prop_assert_eq!(
            w.desks[0].rebuild_from_log().unwrap().digest().unwrap(),
            digest
        );
    }
}
