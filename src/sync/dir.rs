//! Walking a sync folder: every bundle in it, and which sequence runs it already holds.
//!
//! Bundles are written to `<dir>/<origin:016x>/<origin:016x>-<first>-<last>[.enc].fdops`, but
//! readers look at every file below `dir` (recursively) so that bundles still count when a
//! person or a tool rearranges folders. Hidden entries (names starting with `.`) are skipped:
//! our own temporary files, and those of rsync, Syncthing (`.stfolder`, `.stversions`,
//! `.syncthing.*.tmp`) and operating systems (`.DS_Store`). Symbolic links to folders are
//! not followed, so a link loop cannot hang an import.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::sync::bundle::{Bundle, BundleError, BundleName, parse_bundle_file_name, read_bundle};
use crate::sync::crypto::SyncKey;
use crate::sync::ranges::RangeSet;

/// Operating-system files that are never bundles and not hidden on every platform.
const IGNORED_NAMES: &[&str] = &["Thumbs.db", "desktop.ini"];

/// The files below a sync folder, in a deterministic order, plus the folders or entries
/// that could not be listed.
#[derive(Debug, Default)]
pub struct Listing {
    /// Bundle files first, by (origin, first seq, last seq, path); then other files by path.
    pub files: Vec<PathBuf>,
    /// Entries that could not be read, by path.
    pub errors: Vec<(PathBuf, io::Error)>,
}

/// Lists every candidate file below `dir` (see the module notes for what is skipped).
pub fn bundle_files(dir: &Path) -> Listing {
    let mut listing = Listing::default();
    walk(dir, &mut listing);
    let mut keyed: Vec<(Option<BundleName>, PathBuf)> =
        listing.files.drain(..).map(|p| (name_of(&p), p)).collect();
    // `None` must sort after every bundle name.
    keyed.sort_by(|(a, pa), (b, pb)| match (a, b) {
        (Some(a), Some(b)) => {
            (a.origin, a.first_seq, a.last_seq, pa).cmp(&(b.origin, b.first_seq, b.last_seq, pb))
        }
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => pa.cmp(pb),
    });
    listing.files = keyed.into_iter().map(|(_, p)| p).collect();
    listing.errors.sort_by(|a, b| a.0.cmp(&b.0));
    listing
}

/// Reads and verifies every file below `dir`, in the order of [`bundle_files`]; folders that
/// could not be listed come last as [`BundleError::Io`]. One bad file never hides the others.
///
/// Holds every bundle in memory; for a large folder, iterate [`bundle_files`] and call
/// [`read_bundle`] one file at a time instead.
pub fn scan_dir(dir: &Path, key: Option<&SyncKey>) -> Vec<(PathBuf, Result<Bundle, BundleError>)> {
    let listing = bundle_files(dir);
    let mut out: Vec<(PathBuf, Result<Bundle, BundleError>)> = listing
        .files
        .into_iter()
        .map(|p| {
            let r = read_bundle(&p, key);
            (p, r)
        })
        .collect();
    out.extend(
        listing
            .errors
            .into_iter()
            .map(|(p, e)| (p, Err(BundleError::Io(e)))),
    );
    out
}

/// For each origin, the sequence numbers that bundles below `dir` hold, judged from file
/// names alone (no file is opened): what an exporter need not write again.
///
/// Counts plaintext and encrypted bundles alike; see [`held_ranges_readable`].
pub fn held_ranges(dir: &Path) -> BTreeMap<u64, RangeSet> {
    held_ranges_filtered(dir, |_| true)
}

/// Like [`held_ranges`] but counting only the bundles a desk in the same situation could
/// read: encrypted ones when `encrypted` (the chain has a passphrase), plaintext otherwise.
/// So plaintext bundles left from before a passphrase was set do not stop a desk from
/// exporting the same runs again, encrypted.
pub fn held_ranges_readable(dir: &Path, encrypted: bool) -> BTreeMap<u64, RangeSet> {
    held_ranges_filtered(dir, |n| n.encrypted == encrypted)
}

fn held_ranges_filtered(dir: &Path, keep: impl Fn(&BundleName) -> bool) -> BTreeMap<u64, RangeSet> {
    let mut listing = Listing::default();
    walk(dir, &mut listing);
    let mut held: BTreeMap<u64, RangeSet> = BTreeMap::new();
    for name in listing
        .files
        .iter()
        .filter_map(|p| name_of(p))
        .filter(|n| keep(n))
    {
        held.entry(name.origin)
            .or_default()
            .insert(name.first_seq, name.last_seq);
    }
    held
}

fn name_of(path: &Path) -> Option<BundleName> {
    parse_bundle_file_name(path.file_name()?.to_str()?)
}

fn walk(dir: &Path, listing: &mut Listing) {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            listing.errors.push((dir.to_path_buf(), e));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                listing.errors.push((dir.to_path_buf(), e));
                continue;
            }
        };
        let name = entry.file_name();
        let skip = name.to_str().is_some_and(|n| IGNORED_NAMES.contains(&n))
            || name.as_encoded_bytes().first() == Some(&b'.');
        if skip {
            continue;
        }
        let path = entry.path();
        let file_type = match entry.file_type() {
            Ok(t) => t,
            Err(e) => {
                listing.errors.push((path, e));
                continue;
            }
        };
        if file_type.is_dir() {
            walk(&path, listing);
        } else if file_type.is_file() || (file_type.is_symlink() && path.is_file()) {
            listing.files.push(path);
        }
    }
}
