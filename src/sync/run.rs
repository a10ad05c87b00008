//! Both ways through one shared folder, with progress for the app's status line.

use std::path::Path;

use crate::store::Store;
use crate::sync::crypto::SyncKey;
use crate::sync::error::SyncError;
use crate::sync::export::{ExportOptions, ExportReport, export_with};
use crate::sync::import::{ImportSummary, import_with};

/// Where a sync is, reported as it goes (after each bundle written, before each file read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncProgress {
    /// Exporting: bundles and operations written so far.
    Export {
        bundles_written: usize,
        ops_written: u64,
    },
    /// Importing: files handled so far out of the folder's total, operations applied so far.
    Import {
        files_done: usize,
        files_total: usize,
        ops_applied: u64,
    },
}

/// What a two-way sync did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub export: ExportReport,
    pub import: ImportSummary,
}

/// Exports what `dir` lacks, then imports what this store lacks (`frontdesk sync --dir`,
/// Ctrl-Y). Runs on the caller's thread: the app calls it from a worker thread.
pub fn sync_both(
    store: &Store,
    dir: &Path,
    key: Option<&SyncKey>,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<SyncReport, SyncError> {
    let export = export_with(store, dir, key, ExportOptions::default(), progress)?;
    let import = import_with(store, dir, key, progress)?;
    Ok(SyncReport { export, import })
}
