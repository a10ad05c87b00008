//! A fresh store from whatever of a store's operation log can be read. The state is a
//! function of the log, so replaying the readable operations rebuilds it; the new store
//! keeps the desk's identity and sequence, so the next sync refills what other desks hold.

use super::apply::Writer;
use super::open::contain;
use super::read::parse_op;
use super::tables::{META, OPS, meta_keys as mk};
use super::{Store, StoreError, codec, meta_hlc, meta_u64, set_meta_hlc, set_meta_u64};
use crate::domain::Hlc;
use crate::domain::Op;
use std::path::Path;

/// How a rebuild went: operations replayed, and rows of the log that could not be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RebuildReport {
    pub recovered: u64,
    pub skipped: u64,
    /// Parts of the log that could not be reached at all (damaged pages jumped over).
    pub damaged_spans: u64,
}

/// Meta entries carried over as they are: the desk's name and operator, and the chain
/// passphrase's verifier (so an encrypted chain stays encrypted). What sync knows of
/// other desks is not carried: the next sync finds out again and refills.
const KEPT_META: &[&str] = &[mk::TERMINAL_NAME, mk::OPERATOR, "sync.verifier"];

const BATCH: usize = 10_000;

/// A key of the operation log: (origin terminal, sequence).
type LogKey = (u64, u64);

impl Store {
    /// Replay every readable operation into a new store file at `dest` (which must not
    /// exist), keeping this desk's terminal id and never reusing a sequence number.
    /// A rebuild that fails removes the new file again.
    pub fn rebuild_into(&self, dest: &Path) -> Result<RebuildReport, StoreError> {
        let fresh = Store::create_new(dest, self.terminal())?;
        let done = self.replay_into(&fresh);
        if done.is_err() {
            drop(fresh);
            let _ = std::fs::remove_file(dest);
        }
        done
    }

    fn replay_into(&self, fresh: &Store) -> Result<RebuildReport, StoreError> {
        let mut report = RebuildReport::default();
        let mut batch: Vec<Op> = Vec::with_capacity(BATCH);
        let mut from = (0u64, 0u64);
        loop {
            let next = self.read_ops_from(from, &mut report, &mut |op| {
                batch.push(op);
                if batch.len() == BATCH {
                    fresh.import(&batch)?;
                    batch.clear();
                }
                Ok(())
            })?;
            match next {
                None => break,
                Some(next) => from = next,
            }
        }
        fresh.import(&batch)?;
        self.carry_meta(fresh)?;
        Ok(report)
    }

    /// Read the log from `from` on. `None` at its end; on damage, the key to try next
    /// (a jump past the damaged part), or `None` when there is nothing left to try.
    fn read_ops_from(
        &self,
        from: (u64, u64),
        report: &mut RebuildReport,
        f: &mut dyn FnMut(Op) -> Result<(), StoreError>,
    ) -> Result<Option<LogKey>, StoreError> {
        let mut last = from;
        let read = contain(|| {
            let tx = self.db().begin_read()?;
            for row in tx.open_table(OPS)?.range(from..)? {
                let (k, v) = row?;
                last = k.value();
                match parse_op(v.value()) {
                    Ok(op) => {
                        report.recovered += 1;
                        f(op)?;
                    }
                    Err(_) => report.skipped += 1,
                }
            }
            Ok::<_, StoreError>(())
        });
        match read {
            Ok(()) => Ok(None),
            Err(StoreError::Damaged(_)) => {
                report.damaged_spans += 1;
                Ok(jump(from, last, report.damaged_spans))
            }
            Err(e) => Err(e),
        }
    }

    /// Copy the kept meta entries and the sequence and clock high-water marks.
    fn carry_meta(&self, fresh: &Store) -> Result<(), StoreError> {
        let kept: Vec<(&str, Vec<u8>)> = contain(|| {
            let tx = self.db().begin_read()?;
            let meta = tx.open_table(META)?;
            let mut out = Vec::new();
            for key in KEPT_META.iter().chain([&mk::NEXT_SEQ, &mk::CLOCK]) {
                if let Some(v) = meta.get(*key)? {
                    out.push((*key, v.value().to_vec()));
                }
            }
            Ok::<_, StoreError>(out)
        })
        .unwrap_or_default();
        fresh.merge_meta(&kept)
    }
}

/// Where to start again after damage: further on each time within the same origin,
/// then the next origin. `None` once every origin was tried.
fn jump(from: (u64, u64), last: (u64, u64), attempts: u64) -> Option<(u64, u64)> {
    if attempts > 64 {
        return None;
    }
    let at = last.max(from);
    let step = 1u64 << attempts.min(20);
    match at.1.checked_add(step) {
        Some(seq) if !attempts.is_multiple_of(21) => Some((at.0, seq)),
        _ => at.0.checked_add(1).map(|t| (t, 0)),
    }
}

impl Store {
    /// Take meta entries from another copy of this desk's store: the sequence and
    /// clock only ever move forward, the rest are set as given.
    fn merge_meta(&self, entries: &[(&str, Vec<u8>)]) -> Result<(), StoreError> {
        let tx = self.db.begin_write()?;
        {
            let mut w = Writer::open(&tx)?;
            for (key, value) in entries {
                match *key {
                    mk::NEXT_SEQ => {
                        let theirs = value.as_slice().try_into().map(u64::from_le_bytes);
                        let seq = meta_u64(&w, mk::NEXT_SEQ)?.max(theirs.unwrap_or(0));
                        set_meta_u64(&mut w, mk::NEXT_SEQ, seq)?;
                    }
                    mk::CLOCK => {
                        let theirs: Hlc = codec::dec(value).unwrap_or_default();
                        let clock = meta_hlc(&w)?.max(theirs);
                        set_meta_hlc(&mut w, clock)?;
                    }
                    key => {
                        w.meta.insert(key, value.as_slice())?;
                    }
                }
            }
        }
        tx.commit()?;
        Ok(())
    }
}
