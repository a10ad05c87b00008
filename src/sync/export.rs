//! Export: write into a sync folder every operation this store holds that the folder does
//! not, for every origin (this desk's own and those it relays).
//!
//! What the folder holds is judged from bundle file names alone ([`held_ranges_readable`]),
//! so nothing in the folder is opened. For each origin, only the gaps of what the folder holds
//! are looked up in the log, so an export costs about what it writes, not the log's size.
//!
//! Bundles hold at most [`ExportOptions::max_ops`] operations and are cut at multiples of it
//! (`1..=10000`, `10001..=20000`, ...), so two desks relaying the same origin into one folder
//! pick the same file names and the second finds the file already there.

use std::path::{Path, PathBuf};

use crate::domain::TerminalId;
use crate::store::Store;
use crate::sync::bundle::{BundleError, NewBundle, write_bundle};
use crate::sync::crypto::SyncKey;
use crate::sync::dir::held_ranges_readable;
use crate::sync::error::SyncError;
use crate::sync::ranges::RangeSet;
use crate::sync::run::SyncProgress;
use crate::sync::state;

/// Default largest number of operations in one bundle (a few MB of JSON).
pub const MAX_OPS_PER_BUNDLE: usize = 10_000;

/// Export settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    /// Largest number of operations per bundle (at least 1).
    pub max_ops: usize,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            max_ops: MAX_OPS_PER_BUNDLE,
        }
    }
}

/// What an export did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportReport {
    /// New bundle files written.
    pub bundles_written: usize,
    /// Operations in them.
    pub ops_written: u64,
    /// Bytes in them.
    pub bytes_written: u64,
    /// Their paths, in the order written.
    pub paths: Vec<PathBuf>,
}

/// Writes what `dir` lacks, with the default options. See [`export_with`].
pub fn export(store: &Store, dir: &Path, key: Option<&SyncKey>) -> Result<ExportReport, SyncError> {
    export_with(store, dir, key, ExportOptions::default(), &mut |_| {})
}

/// Writes into `dir` every operation of every origin the store holds that `dir` does not
/// already hold, as bundles (encrypted when `key` is given). Calls `progress` after each
/// bundle. On an error, the bundles already written stay (each is complete); the next
/// export continues from there.
pub fn export_with(
    store: &Store,
    dir: &Path,
    key: Option<&SyncKey>,
    options: ExportOptions,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<ExportReport, SyncError> {
    if !dir.is_dir() {
        return Err(SyncError::FolderMissing(dir.to_path_buf()));
    }
    let max_ops = options.max_ops.max(1) as u64;
    // Read before scanning: every own operation up to here will be in the folder.
    let own_last = store.last_own_seq()?;
    let held = held_ranges_readable(dir, key.is_some());
    let names = state::origin_names(store)?;
    let writer = store.terminal();
    let writer_name = store.terminal_name()?;
    let mut report = ExportReport::default();
    let empty = RangeSet::new();

    for origin in store.origins()? {
        let origin_name = state::name_of_origin(store, origin, &names)?;
        let mut chunk = Chunk::default();
        let mut ctx = Ctx {
            dir,
            key,
            origin,
            origin_name: &origin_name,
            writer,
            writer_name: &writer_name,
            report: &mut report,
            progress,
        };
        let in_dir = held.get(&origin.0).unwrap_or(&empty);
        for (from, to) in in_dir.gaps(1, u64::MAX) {
            store.scan_op_json(origin, from, to, |seq, json| {
                let boundary = (seq - 1) % max_ops == 0;
                if !chunk.ops.is_empty() && (seq != chunk.next() || boundary) {
                    ctx.flush(&mut chunk)?;
                }
                if chunk.ops.is_empty() {
                    chunk.first = seq;
                }
                chunk.ops.push(json.to_vec());
                Ok::<(), SyncError>(())
            })?;
            ctx.flush(&mut chunk)?;
        }
    }
    state::mark_synced(store, Some(own_last))?;
    Ok(report)
}

#[derive(Default)]
struct Chunk {
    first: u64,
    ops: Vec<Vec<u8>>,
}

impl Chunk {
    fn next(&self) -> u64 {
        self.first + self.ops.len() as u64
    }
}

struct Ctx<'a, 'p> {
    dir: &'a Path,
    key: Option<&'a SyncKey>,
    origin: TerminalId,
    origin_name: &'a str,
    writer: TerminalId,
    writer_name: &'a str,
    report: &'a mut ExportReport,
    progress: &'p mut dyn FnMut(SyncProgress),
}

impl Ctx<'_, '_> {
    fn flush(&mut self, chunk: &mut Chunk) -> Result<(), SyncError> {
        if chunk.ops.is_empty() {
            return Ok(());
        }
        let header = NewBundle::now(
            self.origin.0,
            self.origin_name,
            self.writer.0,
            self.writer_name,
            chunk.first,
        );
        let path = write_bundle(self.dir, header, &chunk.ops, self.key).map_err(|e| match e {
            BundleError::Key(k) => SyncError::Key(k),
            e => SyncError::FolderUnwritable(self.dir.to_path_buf(), e),
        })?;
        self.report.bundles_written += 1;
        self.report.ops_written += chunk.ops.len() as u64;
        self.report.bytes_written += std::fs::metadata(&path).map_or(0, |m| m.len());
        self.report.paths.push(path);
        chunk.ops.clear();
        (self.progress)(SyncProgress::Export {
            bundles_written: self.report.bundles_written,
            ops_written: self.report.ops_written,
        });
        Ok(())
    }
}
