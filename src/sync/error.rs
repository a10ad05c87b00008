//! What can stop a sync as a whole. A bad bundle never does: it is refused and reported in
//! the [`crate::sync::ImportSummary`], and the other bundles are still applied.

use std::io;
use std::path::PathBuf;

use crate::store::StoreError;
use crate::sync::bundle::BundleError;
use crate::sync::crypto::KeyError;

/// Why an export, an import or a passphrase step could not be done. Each message is a
/// sentence saying what is wrong and what to do.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(
        "The sync folder {} does not exist; check the path, plug in the drive, or create the folder first.",
        _0.display()
    )]
    FolderMissing(PathBuf),
    #[error(
        "The sync folder {} could not be read ({_1}); check that it is reachable and that this user may read it.",
        _0.display()
    )]
    FolderUnreadable(PathBuf, io::Error),
    #[error(
        "A bundle could not be written to the sync folder {} ({_1}); check that the folder is writable and the disk is not full. Bundles already written are complete and will be used.",
        _0.display()
    )]
    FolderUnwritable(PathBuf, BundleError),
    #[error(
        "The sync folder path {} contains characters that cannot be saved; choose a folder whose path is plain text.",
        _0.display()
    )]
    FolderNotText(PathBuf),
    #[error(
        "No sync folder is set on this desk; give one with `frontdesk sync --dir DIR` (it is remembered) or `frontdesk sync folder DIR`."
    )]
    NoFolder,
    #[error(
        "This chain has a sync passphrase and none was given; set FRONTDESK_SYNC_PASSPHRASE or type the passphrase when asked."
    )]
    PassphraseNeeded,
    #[error(
        "No sync passphrase is set on this desk; set one with `frontdesk sync passphrase set`."
    )]
    NoPassphraseSet,
    #[error(
        "The sync folder {} holds bundles encrypted with another passphrase; type the chain's passphrase, the one the other desks use.",
        _0.display()
    )]
    FolderPassphraseDiffers(PathBuf),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error("The store could not be used during sync: {0}")]
    Store(#[from] StoreError),
}
