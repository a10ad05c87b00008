//! What of a store is readable, and whether its indexes and figures agree with its
//! records: for `store check`, for rebuilds, and for the crash campaign. Every part is
//! read on its own, so one damaged table does not hide what the others hold.

use super::codec::dec;
use super::open::contain;
use super::read::parse_op;
use super::records::{MemberStats, StoredComplaint, StoredMember};
use super::tables::*;
use super::{Store, StoreError};
use crate::domain::{Id, PointsEntry, ServiceRecord, TierEvent, Visit};
use redb::{ReadTransaction, ReadableMultimapTable, ReadableTable, TableDefinition};
use serde::de::DeserializeOwned;
use std::collections::{HashMap, HashSet};

/// One table of records: how many rows were read, how many could not be decoded (the
/// first few keys), and the damage that stopped the reading, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCheck {
    pub name: &'static str,
    pub rows: u64,
    pub undecodable: u64,
    pub first_undecodable: Vec<Id>,
    pub damage: Option<String>,
}

/// Where the indexes or figures disagree with the records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// A member's phone is not in the phone index.
    PhoneNotIndexed(Id),
    /// The phone index names a member who does not have that phone.
    PhoneIndexStale(Id),
    /// A member's points balance differs from the sum of their ledger: (held, ledger).
    PointsBalance(Id, i64, i64),
    /// A member's stored value balance differs from the sum of their ledger: (held, ledger).
    StoredValueBalance(
        Id,
        crate::domain::wallet::Balance,
        crate::domain::wallet::Balance,
    ),
}

/// Everything `store check` says about a store.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CheckReport {
    pub tables: Vec<TableCheck>,
    /// The operation log: rows, unreadable rows, damage.
    pub log: Option<TableCheck>,
    pub mismatches: Vec<Mismatch>,
    /// The consistency check could not finish: why.
    pub verify_damage: Option<String>,
}

impl CheckReport {
    pub fn is_sound(&self) -> bool {
        let table_ok = |t: &TableCheck| t.undecodable == 0 && t.damage.is_none();
        self.tables.iter().all(table_ok)
            && self.log.as_ref().is_some_and(table_ok)
            && self.mismatches.is_empty()
            && self.verify_damage.is_none()
    }
}

impl Store {
    /// Read every table and the log, and check the indexes and balances.
    pub fn check(&self) -> CheckReport {
        let mut report = CheckReport {
            tables: vec![
                self.check_table::<StoredMember>("members", MEMBERS),
                self.check_table::<MemberStats>("member_stats", MEMBER_STATS),
                self.check_table::<Visit>("visits", VISITS),
                self.check_table::<ServiceRecord>("services", SERVICES),
                self.check_table::<PointsEntry>("points", POINTS),
                self.check_table::<TierEvent>("tier_events", TIER_EVENTS),
                self.check_table::<StoredComplaint>("complaints", COMPLAINTS),
            ],
            log: Some(self.check_log()),
            ..CheckReport::default()
        };
        match self.verify() {
            Ok(m) => report.mismatches = m,
            Err(e) => report.verify_damage = Some(detail(&e)),
        }
        report
    }

    fn check_table<T: DeserializeOwned>(
        &self,
        name: &'static str,
        def: TableDefinition<u128, &[u8]>,
    ) -> TableCheck {
        let mut t = TableCheck {
            name,
            rows: 0,
            undecodable: 0,
            first_undecodable: Vec::new(),
            damage: None,
        };
        let read = contain(|| {
            let tx = self.db().begin_read()?;
            for row in tx.open_table(def)?.iter()? {
                let (k, v) = row?;
                t.rows += 1;
                if dec::<T>(v.value()).is_err() {
                    t.undecodable += 1;
                    if t.first_undecodable.len() < 5 {
                        t.first_undecodable.push(Id(k.value()));
                    }
                }
            }
            Ok::<_, StoreError>(())
        });
        t.damage = read.err().map(|e| detail(&e));
        t
    }

    fn check_log(&self) -> TableCheck {
        let mut t = TableCheck {
            name: "ops",
            rows: 0,
            undecodable: 0,
            first_undecodable: Vec::new(),
            damage: None,
        };
        let read = contain(|| {
            let tx = self.db().begin_read()?;
            for row in tx.open_table(OPS)?.iter()? {
                let (_, v) = row?;
                t.rows += 1;
                if parse_op(v.value()).is_err() {
                    t.undecodable += 1;
                }
            }
            Ok::<_, StoreError>(())
        });
        t.damage = read.err().map(|e| detail(&e));
        t
    }

    /// Indexes agree with the tables and balances with the ledger; the mismatches.
    pub fn verify(&self) -> Result<Vec<Mismatch>, StoreError> {
        contain(|| {
            let tx = self.db().begin_read()?;
            let mut out = phone_mismatches(&tx)?;
            out.extend(points_mismatches(&tx)?);
            out.extend(super::wallet::wallet_mismatches(&tx)?);
            Ok(out)
        })
    }
}

fn detail(e: &StoreError) -> String {
    match e {
        StoreError::Damaged(d) | StoreError::Corrupt(d) => d.clone(),
        other => format!("{other}"),
    }
}

fn phone_mismatches(tx: &ReadTransaction) -> Result<Vec<Mismatch>, StoreError> {
    let mut phones: HashMap<u128, String> = HashMap::new();
    for row in tx.open_table(MEMBERS)?.iter()? {
        let (k, v) = row?;
        let sm: StoredMember = dec(v.value())?;
        if !sm.member.phone.is_empty() {
            phones.insert(k.value(), sm.member.phone);
        }
    }
    let mut out = Vec::new();
    let mut indexed: HashSet<u128> = HashSet::new();
    for row in tx.open_multimap_table(PHONE_INDEX)?.iter()? {
        let (phone, ids) = row?;
        for id in ids {
            let id = id?.value();
            if phones.get(&id).map(String::as_str) != Some(phone.value()) {
                out.push(Mismatch::PhoneIndexStale(Id(id)));
            }
            indexed.insert(id);
        }
    }
    let mut missing: Vec<u128> = phones
        .keys()
        .filter(|k| !indexed.contains(k))
        .copied()
        .collect();
    missing.sort_unstable();
    out.extend(
        missing
            .into_iter()
            .map(|k| Mismatch::PhoneNotIndexed(Id(k))),
    );
    Ok(out)
}

fn points_mismatches(tx: &ReadTransaction) -> Result<Vec<Mismatch>, StoreError> {
    let mut ledger: HashMap<u128, i64> = HashMap::new();
    for row in tx.open_table(POINTS)?.iter()? {
        let (_, v) = row?;
        let e: PointsEntry = dec(v.value())?;
        let sum = ledger.entry(e.member.0).or_default();
        *sum = sum.saturating_add(e.delta);
    }
    let mut out = Vec::new();
    for row in tx.open_table(MEMBER_STATS)?.iter()? {
        let (k, v) = row?;
        let s: MemberStats = dec(v.value())?;
        let sum = ledger.remove(&k.value()).unwrap_or(0);
        if s.points != sum {
            out.push(Mismatch::PointsBalance(Id(k.value()), s.points, sum));
        }
    }
    let mut rest: Vec<(u128, i64)> = ledger.into_iter().filter(|(_, s)| *s != 0).collect();
    rest.sort_unstable();
    out.extend(
        rest.into_iter()
            .map(|(k, s)| Mismatch::PointsBalance(Id(k), 0, s)),
    );
    Ok(out)
}

impl Store {
    /// Read every page of every table, decoding every record: damage found here stops a
    /// write before it starts, so the file is left as it was.
    pub(crate) fn walk(&self) -> Result<(), StoreError> {
        contain(|| {
            let tx = self.db().begin_read()?;
            for (_, def, readable) in super::digest::RECORD_TABLES {
                for row in tx.open_table(def)?.iter()? {
                    readable(row?.1.value())?;
                }
            }
            walk_table(&tx, OPS)?;
            walk_table(&tx, META)?;
            walk_table(&tx, VISITS_BY_TIME)?;
            for def in [PHONE_INDEX, PHONE_TAIL_INDEX, CARD_INDEX] {
                walk_multimap(&tx, def)?;
            }
            let by_member = [
                MERGED,
                VISITS_BY_MEMBER,
                SERVICES_BY_MEMBER,
                POINTS_BY_MEMBER,
                TIER_EVENTS_BY_MEMBER,
                COMPLAINTS_BY_MEMBER,
            ];
            for def in by_member.into_iter().chain(super::packages::INDEXES) {
                walk_multimap(&tx, def)?;
            }
            for (_, def, readable) in super::packages::DIGESTED {
                let t = match tx.open_table(def) {
                    Err(redb::TableError::TableDoesNotExist(_)) => continue,
                    t => t?,
                };
                for row in t.iter()? {
                    readable(row?.1.value())?;
                }
            }
            Ok(())
        })
    }
}

fn walk_table<K: redb::Key + 'static, V: redb::Value + 'static>(
    tx: &ReadTransaction,
    def: TableDefinition<K, V>,
) -> Result<(), StoreError> {
    let t = match tx.open_table(def) {
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(()),
        t => t?,
    };
    for row in t.iter()? {
        row?;
    }
    Ok(())
}

fn walk_multimap<K: redb::Key + 'static, V: redb::Key + 'static>(
    tx: &ReadTransaction,
    def: redb::MultimapTableDefinition<K, V>,
) -> Result<(), StoreError> {
    let t = match tx.open_multimap_table(def) {
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(()),
        t => t?,
    };
    for row in t.iter()? {
        for v in row?.1 {
            v?;
        }
    }
    Ok(())
}
