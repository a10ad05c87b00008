//! Import: apply every bundle in a sync folder, one bundle per write transaction.
//!
//! Files are read one at a time (a bundle holds at most a few MB), so a folder of any size
//! fits in memory. For each file:
//! 1. if its name says it holds a run this store is known to hold entirely, it is skipped
//!    unopened (see [`crate::sync::state`], `held.*`);
//! 2. it is read and verified ([`read_bundle`]: format, version, length, checksum, and with a
//!    passphrase the authentication of header and body);
//! 3. its name must agree with its header, and every operation line must parse as an
//!    [`Op`] of the header's origin with the expected sequence number, and pass the rules
//!    every operation passes at a desk ([`crate::domain::admit`]);
//! 4. its operations go to [`Store::import`] in one write transaction: all of them are
//!    recorded or none (a crash leaves the store before or after the bundle), and those
//!    already held are skipped.
//!
//! A file refused at 2 or 3 changes nothing and is listed with its reason; the rest of the
//! folder is still applied. Only a failure of the store itself stops the import.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::domain::{Id, Op, Timestamp};
use crate::domain::{admit, validate};
use crate::store::Store;
use crate::sync::bundle::{Bundle, BundleError, parse_bundle_file_name, read_bundle};
use crate::sync::crypto::SyncKey;
use crate::sync::dir::bundle_files;
use crate::sync::error::SyncError;
use crate::sync::run::SyncProgress;
use crate::sync::state;

/// What an import did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Bundles opened, verified and applied (possibly every operation skipped as seen).
    pub bundles_read: usize,
    /// Bundles not opened: their file name shows this store already holds all they carry.
    pub bundles_already_held: usize,
    /// Files refused, with the reason. Nothing from them was applied.
    pub bundles_refused: Vec<(PathBuf, BundleError)>,
    /// Operations new to this store, now applied.
    pub ops_applied: u64,
    /// Operations in bundles read that this store already held.
    pub ops_skipped: u64,
    /// Distinct members whose record, figures or complaints changed.
    pub members_changed: usize,
    /// Applied operations whose change lost to a newer one already here: a member field
    /// value a later edit had replaced, an edit of a deleted member, or an older merge or
    /// unmerge. Every desk keeps the newer value; this counts, on this desk, the late
    /// arrivals. (The desk that saw the two changes in the other order counts nothing.)
    pub conflicts_resolved: u64,
    /// The changed members, for updating a search index.
    pub members: Vec<Id>,
}

/// Applies every bundle below `dir`. See the module notes.
pub fn import(
    store: &Store,
    dir: &Path,
    key: Option<&SyncKey>,
) -> Result<ImportSummary, SyncError> {
    import_with(store, dir, key, &mut |_| {})
}

/// [`import`] calling `progress` before each file.
pub fn import_with(
    store: &Store,
    dir: &Path,
    key: Option<&SyncKey>,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<ImportSummary, SyncError> {
    if !dir.exists() {
        return Err(SyncError::FolderMissing(dir.to_path_buf()));
    }
    let listing = bundle_files(dir);
    if listing.files.is_empty() {
        if let Some((p, e)) = listing.errors.into_iter().find(|(p, _)| p == dir) {
            return Err(SyncError::FolderUnreadable(p, e));
        }
        state::mark_synced(store, None)?;
        return Ok(ImportSummary::default());
    }
    let mut held = state::known_held(store)?;
    let mut dirty: BTreeSet<u64> = BTreeSet::new();
    let mut names: BTreeMap<u64, String> = BTreeMap::new();
    let mut members: BTreeSet<Id> = BTreeSet::new();
    let mut sum = ImportSummary::default();
    let own = store.terminal().0;
    let total = listing.files.len();

    for (index, path) in listing.files.iter().enumerate() {
        progress(SyncProgress::Import {
            files_done: index,
            files_total: total,
            ops_applied: sum.ops_applied,
        });
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(parse_bundle_file_name);
        if let Some(n) = name {
            let readable = n.encrypted == key.is_some();
            if readable
                && held
                    .get(&n.origin)
                    .is_some_and(|h| h.contains_range(n.first_seq, n.last_seq))
            {
                sum.bundles_already_held += 1;
                continue;
            }
        }
        let bundle = match read_bundle(path, key) {
            Ok(b) => b,
            Err(e) => {
                sum.bundles_refused.push((path.clone(), e));
                continue;
            }
        };
        let named = name.map(|n| (n.origin, n.first_seq, n.last_seq));
        let ops = match check_and_parse(&bundle, named, Timestamp::now()) {
            Ok(ops) => ops,
            Err(why) => {
                sum.bundles_refused.push((path.clone(), why));
                continue;
            }
        };
        drop(bundle.ops);
        let report = store.import(&ops)?;
        let h = &bundle.header;
        sum.bundles_read += 1;
        sum.ops_applied += report.applied as u64;
        sum.ops_skipped += report.skipped as u64;
        sum.conflicts_resolved += report.touched.conflicts as u64;
        members.extend(report.touched.members);
        if h.origin != own {
            held.entry(h.origin)
                .or_default()
                .insert(h.first_seq, h.last_seq);
            dirty.insert(h.origin);
            if !h.origin_name.is_empty() {
                names.insert(h.origin, h.origin_name.clone());
            }
        }
    }
    for (path, e) in listing.errors {
        sum.bundles_refused.push((path, BundleError::Io(e)));
    }
    progress(SyncProgress::Import {
        files_done: total,
        files_total: total,
        ops_applied: sum.ops_applied,
    });
    state::save_held(store, &held, dirty, &names)?;
    state::mark_synced(store, None)?;
    sum.members_changed = members.len();
    sum.members = members.into_iter().collect();
    Ok(sum)
}

/// Parses every operation line, checks it belongs where the header says, and admits it
/// by the rules every operation passes ([`admit::check_op`], against this desk's clock
/// `now`): one operation that does not pass refuses the whole bundle.
pub fn check_and_parse(
    bundle: &Bundle,
    named: Option<(u64, u64, u64)>,
    now: Timestamp,
) -> Result<Vec<Op>, BundleError> {
    let h = &bundle.header;
    if let Some(n) = named
        && n != (h.origin, h.first_seq, h.last_seq)
    {
        return Err(BundleError::Corrupt(
            "the file name does not match the bundle's header".into(),
        ));
    }
    // The desks' names are shown at this desk: they pass the rule a desk name is typed by.
    for (name, role) in [
        (&h.origin_name, "origin_name"),
        (&h.writer_name, "writer_name"),
    ] {
        if validate::text("name", name, validate::SHORT_MAX, false).is_err() {
            return Err(BundleError::Corrupt(format!(
                "the header's {role} is not a desk name"
            )));
        }
    }
    let mut ops = Vec::with_capacity(bundle.ops.len());
    for (seq, line) in bundle.seq_ops() {
        let op: Op = serde_json::from_slice(line)
            .map_err(|e| BundleError::Corrupt(format!("operation {seq} is not readable: {e}")))?;
        if op.terminal.0 != h.origin || op.seq != seq {
            return Err(BundleError::Corrupt(format!(
                "operation {seq} claims to be {}-{} instead",
                op.terminal, op.seq
            )));
        }
        admit::check_op(&op, now).map_err(|fault| BundleError::InvalidOp {
            terminal: h.origin,
            seq,
            fault,
        })?;
        ops.push(op);
    }
    Ok(ops)
}
