//! What can stop a sync as a whole. A bad bundle never does: it is refused and reported in
//! the [`crate::sync::ImportSummary`], and the other bundles are still applied.

use std::io;
use std::path::PathBuf;

use crate::store::StoreError;
use crate::sync::bundle::BundleError;
use crate::sync::crypto::KeyError;

/// Why an export, an import or a passphrase step could not be done. Typed data: the
/// edges word each as a sentence saying what is wrong and what to do
/// (`catalog::sync_error`); `Display` is the developer's `Debug`, for the log.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub enum SyncError {
    /// The sync folder does not exist.
    FolderMissing(PathBuf),
    /// The sync folder could not be listed.
    FolderUnreadable(PathBuf, io::Error),
    /// A bundle could not be written into the sync folder; those already written stay.
    FolderUnwritable(PathBuf, BundleError),
    /// The folder's path is not text, so it cannot be remembered.
    FolderNotText(PathBuf),
    /// No sync folder is set on this desk.
    NoFolder,
    /// The chain has a passphrase and none was given.
    PassphraseNeeded,
    /// No passphrase is set on this desk.
    NoPassphraseSet,
    /// The folder holds bundles encrypted with another passphrase.
    FolderPassphraseDiffers(PathBuf),
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The store failed during the sync.
    Store(#[from] StoreError),
}
