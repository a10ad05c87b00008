//! Sync between desks: operation bundles exchanged as files.
//!
//! This module holds the file layer, free of the store and of the terminal:
//! - [`bundle`]: the bundle file format, writing (temp name, fsync, rename) and verified reading;
//! - [`crypto`]: the optional chain passphrase (Argon2id key, XChaCha20-Poly1305 body);
//! - [`dir`]: walking a sync folder, and which sequence runs it already holds;
//! - [`ranges`]: sets of sequence numbers and the runs still to export.

pub mod bundle;
pub mod crypto;
pub mod dir;
pub mod ranges;

pub use bundle::{
    BUNDLE_EXTENSION, Bundle, BundleError, BundleHeader, BundleName, Encryption, FORMAT_NAME,
    FORMAT_VERSION, NewBundle, bundle_file_name, bundle_relative_path, parse_bundle_file_name,
    read_bundle, read_header, write_bundle,
};
pub use crypto::{KdfParams, KeyError, SyncKey};
pub use dir::{Listing, bundle_files, held_ranges, held_ranges_readable, scan_dir};
pub use ranges::RangeSet;
