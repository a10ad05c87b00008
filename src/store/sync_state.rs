//! What sync needs from the store beyond `import`: the origins and sequence runs the
//! operation log holds, each operation's JSON exactly as logged, and a few settings kept
//! under `sync.` keys of the meta table (last sync time, export high-water mark, the
//! passphrase verifier, origin names, runs known to be held).

use super::tables::{META, OPS, meta_keys as mk};
use super::{Store, StoreError};
use crate::domain::TerminalId;

/// Prefix of every meta key sync owns.
const SYNC_PREFIX: &str = "sync.";

impl Store {
    /// Every origin terminal with at least one operation in the log, ascending.
    /// One lookup per origin (a skip scan of the log's key order), not a scan of the log.
    pub fn origins(&self) -> Result<Vec<TerminalId>, StoreError> {
        let tx = self.db().begin_read()?;
        let ops = tx.open_table(OPS)?;
        let mut out = Vec::new();
        let mut from = 0u64;
        loop {
            let Some(row) = ops.range((from, 0u64)..)?.next() else {
                break;
            };
            let (k, _) = row?;
            let origin = k.value().0;
            out.push(TerminalId(origin));
            match origin.checked_add(1) {
                Some(n) => from = n,
                None => break,
            }
        }
        Ok(out)
    }

    /// Calls `f(seq, json)` for each operation of `origin` with sequence in `from..=to`,
    /// ascending, with the operation's JSON exactly as the log holds it. Reads one snapshot.
    pub fn scan_op_json<E: From<StoreError>>(
        &self,
        origin: TerminalId,
        from: u64,
        to: u64,
        mut f: impl FnMut(u64, &[u8]) -> Result<(), E>,
    ) -> Result<(), E> {
        if from > to {
            return Ok(());
        }
        let tx = self.db().begin_read()?;
        let ops = tx.open_table(OPS).map_err(StoreError::from)?;
        for row in ops
            .range((origin.0, from)..=(origin.0, to))
            .map_err(StoreError::from)?
        {
            let (k, v) = row.map_err(StoreError::from)?;
            f(k.value().1, v.value())?;
        }
        Ok(())
    }

    /// How many operations of `origin` the log holds (scans that origin's part of the log).
    pub fn op_count_of(&self, origin: TerminalId) -> Result<u64, StoreError> {
        let tx = self.db().begin_read()?;
        let ops = tx.open_table(OPS)?;
        let mut n = 0;
        for row in ops.range((origin.0, 0u64)..=(origin.0, u64::MAX))? {
            row?;
            n += 1;
        }
        Ok(n)
    }

    /// The highest sequence number this desk has given to one of its own operations
    /// (0 before the first). Its operations are exactly `1..=last_own_seq()`.
    pub fn last_own_seq(&self) -> Result<u64, StoreError> {
        let tx = self.db().begin_read()?;
        let meta = tx.open_table(META)?;
        let next = match meta.get(mk::NEXT_SEQ)? {
            Some(v) => v.value().try_into().map(u64::from_le_bytes).unwrap_or(1),
            None => 1,
        };
        Ok(next.saturating_sub(1))
    }

    /// A sync setting (`name` without the `sync.` prefix), if set.
    pub fn sync_meta(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let tx = self.db().begin_read()?;
        let meta = tx.open_table(META)?;
        let key = format!("{SYNC_PREFIX}{name}");
        Ok(meta.get(key.as_str())?.map(|v| v.value().to_vec()))
    }

    /// Every sync setting whose name starts with `prefix`, as `(name, value)` by name.
    pub fn sync_meta_prefixed(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let tx = self.db().begin_read()?;
        let meta = tx.open_table(META)?;
        let start = format!("{SYNC_PREFIX}{prefix}");
        let mut out = Vec::new();
        for row in meta.range(start.as_str()..)? {
            let (k, v) = row?;
            let Some(name) = k.value().strip_prefix(SYNC_PREFIX) else {
                break;
            };
            if !name.starts_with(prefix) {
                break;
            }
            out.push((name.to_string(), v.value().to_vec()));
        }
        Ok(out)
    }

    /// Sets (or, with `None`, removes) sync settings, all in one durable transaction.
    pub fn set_sync_meta(&self, entries: &[(&str, Option<&[u8]>)]) -> Result<(), StoreError> {
        let tx = self.db().begin_write()?;
        {
            let mut meta = tx.open_table(META)?;
            for (name, value) in entries {
                let key = format!("{SYNC_PREFIX}{name}");
                match value {
                    Some(v) => {
                        meta.insert(key.as_str(), *v)?;
                    }
                    None => {
                        meta.remove(key.as_str())?;
                    }
                }
            }
        }
        tx.commit()?;
        Ok(())
    }
}
