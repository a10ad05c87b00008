//! Sync between desks: operation bundles exchanged as files.
//!
//! The file layer, free of the store and of the terminal:
//! - [`bundle`]: the bundle file format, writing (temp name, fsync, rename) and verified reading;
//! - [`crypto`]: the optional chain passphrase (Argon2id key, XChaCha20-Poly1305 body);
//! - [`dir`]: walking a sync folder, and which sequence runs it already holds;
//! - [`ranges`]: sets of sequence numbers and the runs still to export.
//!
//! Wired to the store (still no terminal):
//! - [`export`](mod@export): write what a folder lacks, for every origin this store holds;
//! - [`import`](mod@import): apply a folder's bundles, one write transaction per bundle;
//! - [`run`]: both ways ([`sync_both`]) and progress reports;
//! - [`state`]: the passphrase and sync folder of this desk, last sync time, unexported count;
//! - [`error`]: [`SyncError`], what stops a sync as a whole.

pub mod bundle;
pub mod crypto;
pub mod dir;
pub mod error;
pub mod export;
pub mod import;
pub mod ranges;
pub mod run;
pub mod state;

pub use bundle::{
    BUNDLE_EXTENSION, Bundle, BundleError, BundleHeader, BundleName, Encryption, FORMAT_NAME,
    FORMAT_VERSION, NewBundle, bundle_file_name, bundle_relative_path, parse_bundle_file_name,
    read_bundle, read_header, write_bundle,
};
pub use crypto::{KdfParams, KeyError, SyncKey};
pub use dir::{Listing, bundle_files, held_ranges, held_ranges_readable, scan_dir};
pub use error::SyncError;
pub use export::{ExportOptions, ExportReport, MAX_OPS_PER_BUNDLE, export, export_with};
pub use import::{ImportSummary, import, import_with};
pub use ranges::RangeSet;
pub use run::{SyncProgress, SyncReport, sync_both};
pub use state::{
    PASSPHRASE_ENV, SyncStatus, clear_passphrase, folder, key_for, key_from_env, load_key,
    passphrase_set, set_folder, set_passphrase, status,
};
