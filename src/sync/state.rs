//! Sync bookkeeping kept in the store (meta keys under `sync.`), and the chain passphrase.
//!
//! | key                    | value                                                          |
//! |------------------------|----------------------------------------------------------------|
//! | `verifier`             | [`SyncKey::verifier`] bytes: salt, Argon2 settings, check value |
//! | `last_ms`              | last successful export or import, UTC ms, 8 bytes LE            |
//! | `exported_own`         | highest own sequence known to be in a sync folder, 8 bytes LE   |
//! | `origin_name.<hex>`    | name of a relayed origin, from the newest bundle header read    |
//! | `held.<hex>`           | JSON `[[first,last],...]`: runs of that origin known to be held |
//! | `folder`               | this desk's sync folder, an absolute path as UTF-8 text         |
//!
//! `held.*` only ever grows and only lists runs whose every operation is in the log, so an
//! import may skip a bundle whose file name falls inside it without opening the file. It may
//! lag behind the log (it is written after the bundle's transaction, and not by local commits
//! or `rebuild_from_log`); lagging only means reading a bundle whose operations are skipped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::domain::TerminalId;
use crate::store::Store;
use crate::sync::bundle::read_header;
use crate::sync::crypto::SyncKey;
use crate::sync::dir::bundle_files;
use crate::sync::error::SyncError;
use crate::sync::ranges::RangeSet;

/// Environment variable the CLI and the app read the chain passphrase from.
pub const PASSPHRASE_ENV: &str = "FRONTDESK_SYNC_PASSPHRASE";

const VERIFIER: &str = "verifier";
const LAST_MS: &str = "last_ms";
const EXPORTED_OWN: &str = "exported_own";
const ORIGIN_NAME: &str = "origin_name.";
const HELD: &str = "held.";
const FOLDER: &str = "folder";

/// What the title bar shows about sync.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncStatus {
    /// Last successful export or import, UTC milliseconds; `None` if never.
    pub last_sync_ms: Option<i64>,
    /// Operations made at this desk that no export has written to a sync folder yet.
    pub unexported: u64,
    /// Whether the chain passphrase is set on this desk (bundles are then encrypted).
    pub passphrase_set: bool,
}

/// Last sync time, unexported operations, passphrase set.
pub fn status(store: &Store) -> Result<SyncStatus, SyncError> {
    let last = store.sync_meta(LAST_MS)?.and_then(|v| le_u64(&v));
    let exported = store
        .sync_meta(EXPORTED_OWN)?
        .and_then(|v| le_u64(&v))
        .unwrap_or(0);
    Ok(SyncStatus {
        last_sync_ms: last.map(|v| v as i64),
        unexported: store.last_own_seq()?.saturating_sub(exported),
        passphrase_set: store.sync_meta(VERIFIER)?.is_some(),
    })
}

/// This desk's sync folder: where `frontdesk sync` with no folder and the app's Ctrl-Y sync
/// through. `None` until `frontdesk sync --dir DIR` or `frontdesk sync folder DIR` sets it.
pub fn folder(store: &Store) -> Result<Option<PathBuf>, SyncError> {
    Ok(store
        .sync_meta(FOLDER)?
        .filter(|v| !v.is_empty())
        .map(|v| PathBuf::from(String::from_utf8_lossy(&v).into_owned())))
}

/// Remembers `dir` as this desk's sync folder (`None` forgets it) and returns what is now
/// remembered. A relative path is made absolute against the current directory, so the app
/// finds the same folder wherever it is started; the folder need not exist yet (a drive may
/// be unplugged).
pub fn set_folder(store: &Store, dir: Option<&Path>) -> Result<Option<PathBuf>, SyncError> {
    let Some(dir) = dir else {
        store.set_sync_meta(&[(FOLDER, None)])?;
        return Ok(None);
    };
    let abs =
        std::path::absolute(dir).map_err(|e| SyncError::FolderUnreadable(dir.to_path_buf(), e))?;
    let text = abs
        .to_str()
        .ok_or_else(|| SyncError::FolderNotText(abs.clone()))?;
    store.set_sync_meta(&[(FOLDER, Some(text.as_bytes()))])?;
    Ok(Some(abs))
}

/// Sets the chain passphrase on this desk: from now on bundles are written encrypted and
/// plaintext bundles are refused. Keeps only a verifier (never the passphrase). Runs Argon2id.
///
/// If `folder` is given and already holds encrypted bundles, the passphrase must open them
/// (else [`SyncError::FolderPassphraseDiffers`]), and their salt is adopted so the chain
/// shares one key derivation.
pub fn set_passphrase(
    store: &Store,
    passphrase: &str,
    folder: Option<&Path>,
) -> Result<SyncKey, SyncError> {
    let existing = folder.and_then(|dir| {
        bundle_files(dir).files.iter().find_map(|p| {
            read_header(p)
                .ok()
                .and_then(|h| h.encryption)
                .map(|e| (p.clone(), e))
        })
    });
    let key = match existing {
        Some((path, enc)) => {
            let salt = enc.salt_bytes().ok_or_else(|| {
                SyncError::FolderPassphraseDiffers(path.parent().unwrap_or(&path).to_path_buf())
            })?;
            let key = SyncKey::with_salt(passphrase, salt)?;
            match crate::sync::bundle::read_bundle(&path, Some(&key)) {
                Err(crate::sync::BundleError::WrongPassphrase) => {
                    return Err(SyncError::FolderPassphraseDiffers(
                        folder.unwrap_or(&path).to_path_buf(),
                    ));
                }
                // Damaged or not: the key check matched, so the passphrase is the chain's.
                _ => key,
            }
        }
        None => SyncKey::from_passphrase(passphrase)?,
    };
    store.set_sync_meta(&[(VERIFIER, Some(&key.verifier()))])?;
    Ok(key)
}

/// Removes the passphrase: bundles are written in plaintext again, encrypted ones refused.
pub fn clear_passphrase(store: &Store) -> Result<(), SyncError> {
    store.set_sync_meta(&[(VERIFIER, None)])?;
    Ok(())
}

/// The key for `passphrase`, checked against the verifier this desk saved.
pub fn load_key(store: &Store, passphrase: &str) -> Result<SyncKey, SyncError> {
    let verifier = store
        .sync_meta(VERIFIER)?
        .ok_or(SyncError::NoPassphraseSet)?;
    Ok(SyncKey::unlock(passphrase, &verifier)?)
}

/// The key to sync with, given a passphrase the user may have supplied:
/// `Ok(None)` when no passphrase is set on this desk (plaintext bundles; a supplied one is
/// ignored), [`SyncError::PassphraseNeeded`] when one is set but none was given, and the
/// wrong-passphrase error when it does not match.
pub fn key_for(store: &Store, passphrase: Option<&str>) -> Result<Option<SyncKey>, SyncError> {
    let Some(verifier) = store.sync_meta(VERIFIER)? else {
        return Ok(None);
    };
    let passphrase = passphrase
        .filter(|p| !p.is_empty())
        .ok_or(SyncError::PassphraseNeeded)?;
    Ok(Some(SyncKey::unlock(passphrase, &verifier)?))
}

/// [`key_for`] with the passphrase from [`PASSPHRASE_ENV`]. The CLI prompts when this
/// returns [`SyncError::PassphraseNeeded`] and a terminal is attached, then calls [`key_for`].
pub fn key_from_env(store: &Store) -> Result<Option<SyncKey>, SyncError> {
    let env = std::env::var(PASSPHRASE_ENV).ok();
    key_for(store, env.as_deref())
}

/// Whether this desk has a passphrase set (so a key is needed to sync).
pub fn passphrase_set(store: &Store) -> Result<bool, SyncError> {
    Ok(store.sync_meta(VERIFIER)?.is_some())
}

pub(crate) fn mark_synced(store: &Store, exported_own: Option<u64>) -> Result<(), SyncError> {
    let now = chrono::Utc::now().timestamp_millis().max(0) as u64;
    let now = now.to_le_bytes();
    let mut entries: Vec<(&str, Option<&[u8]>)> = vec![(LAST_MS, Some(&now))];
    let exported;
    if let Some(seq) = exported_own {
        let prev = store
            .sync_meta(EXPORTED_OWN)?
            .and_then(|v| le_u64(&v))
            .unwrap_or(0);
        exported = prev.max(seq).to_le_bytes();
        entries.push((EXPORTED_OWN, Some(&exported)));
    }
    store.set_sync_meta(&entries)?;
    Ok(())
}

/// Names of relayed origins, as last seen in bundle headers.
pub(crate) fn origin_names(store: &Store) -> Result<BTreeMap<u64, String>, SyncError> {
    let mut out = BTreeMap::new();
    for (name, value) in store.sync_meta_prefixed(ORIGIN_NAME)? {
        if let Some(id) = parse_hex_suffix(&name, ORIGIN_NAME) {
            out.insert(id, String::from_utf8_lossy(&value).into_owned());
        }
    }
    Ok(out)
}

/// Runs known to be held, per origin: the `held.*` records plus this desk's own operations.
pub(crate) fn known_held(store: &Store) -> Result<BTreeMap<u64, RangeSet>, SyncError> {
    let mut out: BTreeMap<u64, RangeSet> = BTreeMap::new();
    for (name, value) in store.sync_meta_prefixed(HELD)? {
        let Some(id) = parse_hex_suffix(&name, HELD) else {
            continue;
        };
        // An unreadable record only costs re-reading bundles: ignore it.
        let runs: Vec<(u64, u64)> = serde_json::from_slice(&value).unwrap_or_default();
        out.insert(id, runs.into_iter().collect());
    }
    let own = store.last_own_seq()?;
    if own > 0 {
        out.entry(store.terminal().0).or_default().insert(1, own);
    }
    Ok(out)
}

/// Saves the held runs of `origins` and the given origin names, in one transaction.
pub(crate) fn save_held(
    store: &Store,
    held: &BTreeMap<u64, RangeSet>,
    origins: impl IntoIterator<Item = u64>,
    names: &BTreeMap<u64, String>,
) -> Result<(), SyncError> {
    let mut owned: Vec<(String, Vec<u8>)> = Vec::new();
    for origin in origins {
        if let Some(set) = held.get(&origin) {
            let runs: Vec<(u64, u64)> = set.ranges().collect();
            let json = serde_json::to_vec(&runs).unwrap_or_default();
            owned.push((format!("{HELD}{origin:016x}"), json));
        }
    }
    for (origin, name) in names {
        owned.push((
            format!("{ORIGIN_NAME}{origin:016x}"),
            name.as_bytes().to_vec(),
        ));
    }
    if owned.is_empty() {
        return Ok(());
    }
    let entries: Vec<(&str, Option<&[u8]>)> = owned
        .iter()
        .map(|(k, v)| (k.as_str(), Some(v.as_slice())))
        .collect();
    store.set_sync_meta(&entries)?;
    Ok(())
}

/// Name to write in bundle headers for `origin`.
pub(crate) fn name_of_origin(
    store: &Store,
    origin: TerminalId,
    names: &BTreeMap<u64, String>,
) -> Result<String, SyncError> {
    if origin == store.terminal() {
        Ok(store.terminal_name()?)
    } else {
        Ok(names.get(&origin.0).cloned().unwrap_or_default())
    }
}

fn parse_hex_suffix(name: &str, prefix: &str) -> Option<u64> {
    u64::from_str_radix(name.strip_prefix(prefix)?, 16).ok()
}

fn le_u64(v: &[u8]) -> Option<u64> {
    v.try_into().ok().map(u64::from_le_bytes)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn folder_is_remembered_absolute_and_can_be_forgotten() {
        let store = Store::in_memory(None).unwrap();
        assert_eq!(folder(&store).unwrap(), None);
        let set = set_folder(&store, Some(Path::new("share/desks"))).unwrap();
        let expected = std::env::current_dir().unwrap().join("share/desks");
        assert_eq!(set.as_deref(), Some(expected.as_path()));
        assert_eq!(folder(&store).unwrap(), Some(expected));
        assert_eq!(set_folder(&store, None).unwrap(), None);
        assert_eq!(folder(&store).unwrap(), None);
    }
}
