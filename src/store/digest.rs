//! A hash of the whole current state in canonical (key) order. Desks holding the same
//! operations print the same digest, whatever order the operations arrived in.

use super::tables::*;
use super::{Store, StoreError, optional};
use redb::{ReadTransaction, ReadableMultimapTable, ReadableTable, TableDefinition};
use sha2::{Digest, Sha256};

use super::codec::dec;
use super::records::{MemberStats, StoredComplaint, StoredMember};
use crate::domain::{PointsEntry, ServiceRecord, TierEvent, Visit};

pub(super) type Readable = fn(&[u8]) -> Result<(), StoreError>;
pub(super) type RecordTable = (
    &'static str,
    TableDefinition<'static, u128, &'static [u8]>,
    Readable,
);

/// The tables of records, in digest order, each with the check that a value decodes.
pub(super) const RECORD_TABLES: [RecordTable; 7] = [
    ("tier_events", TIER_EVENTS, readable::<TierEvent>),
    ("members", MEMBERS, readable::<StoredMember>),
    ("member_stats", MEMBER_STATS, readable::<MemberStats>),
    ("visits", VISITS, readable::<Visit>),
    ("services", SERVICES, readable::<ServiceRecord>),
    ("points", POINTS, readable::<PointsEntry>),
    ("complaints", COMPLAINTS, readable::<StoredComplaint>),
];

/// Whether a value decodes as a `T`.
fn readable<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<(), StoreError> {
    dec::<T>(bytes).map(|_| ())
}

impl Store {
    pub fn digest(&self) -> Result<String, StoreError> {
        super::contain(|| self.digest_in())
    }

    fn digest_in(&self) -> Result<String, StoreError> {
        self.digest_at(&self.db().begin_read()?)
    }

    /// The digest of the state one read transaction sees.
    pub(crate) fn digest_at(&self, tx: &ReadTransaction) -> Result<String, StoreError> {
        let mut h = Sha256::new();
        // Each record is decoded too: a digest of a record that cannot be read is no
        // digest of the state, so it fails instead.
        for (name, def, check) in RECORD_TABLES {
            h.update(name.as_bytes());
            for row in tx.open_table(def)?.iter()? {
                let (k, v) = row?;
                check(v.value())?;
                h.update(k.value().to_le_bytes());
                h.update((v.value().len() as u64).to_le_bytes());
                h.update(v.value());
            }
        }
        h.update(b"merged");
        for row in tx.open_multimap_table(MERGED)?.iter()? {
            let (k, vs) = row?;
            for v in vs {
                h.update(k.value().to_le_bytes());
                h.update(v?.value().to_le_bytes());
            }
        }
        h.update(b"operators");
        if let Some(t) = optional(tx.open_table(OPERATORS))? {
            for row in t.iter()? {
                let (k, v) = row?;
                h.update((k.value().len() as u64).to_le_bytes());
                h.update(k.value().as_bytes());
                h.update((v.value().len() as u64).to_le_bytes());
                h.update(v.value());
            }
        }
        h.update(b"erased");
        if let Some(t) = optional(tx.open_table(ERASED))? {
            for row in t.iter()? {
                h.update(row?.0.value().to_le_bytes());
            }
        }
        h.update(b"shifts");
        if let Some(t) = optional(tx.open_table(SHIFTS))? {
            for row in t.iter()? {
                let (k, v) = row?;
                dec::<super::shifts::StoredShift>(v.value())?;
                h.update(k.value().to_le_bytes());
                h.update((v.value().len() as u64).to_le_bytes());
                h.update(v.value());
            }
        }
        h.update(b"open_shifts");
        if let Some(t) = optional(tx.open_table(OPEN_SHIFTS))? {
            for row in t.iter()? {
                let (k, v) = row?;
                h.update(k.value().to_le_bytes());
                h.update(v.value().to_le_bytes());
            }
        }
        for (name, def) in [("wallet", WALLET), ("wallet_balance", WALLET_BALANCE)] {
            h.update(name.as_bytes());
            if let Some(t) = optional(tx.open_table(def))? {
                for row in t.iter()? {
                    let (k, v) = row?;
                    h.update(k.value().to_le_bytes());
                    h.update((v.value().len() as u64).to_le_bytes());
                    h.update(v.value());
                }
            }
        }
        for (name, def, check) in super::packages::DIGESTED {
            h.update(name.as_bytes());
            if let Some(t) = optional(tx.open_table(def))? {
                for row in t.iter()? {
                    let (k, v) = row?;
                    check(v.value())?;
                    h.update(k.value().to_le_bytes());
                    h.update((v.value().len() as u64).to_le_bytes());
                    h.update(v.value());
                }
            }
        }
        Ok(hex::encode(h.finalize()))
    }

    /// Replay this store's whole operation log into a fresh in-memory store.
    /// Its digest equals this store's when the tables say exactly what the log says.
    pub fn rebuild_from_log(&self) -> Result<Store, StoreError> {
        let fresh = Store::in_memory(Some(self.terminal()))?;
        let mut batch = Vec::with_capacity(10_000);
        self.for_each_op(|op| {
            batch.push(op);
            if batch.len() == 10_000 {
                fresh.import(&batch)?;
                batch.clear();
            }
            Ok(())
        })?;
        fresh.import(&batch)?;
        Ok(fresh)
    }
}
