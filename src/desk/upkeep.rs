//! Keeping the store safe: verified backups (by hand and automatic, rotating, encrypted
//! when the chain passphrase is set), restoring one, checking a store, and rebuilding one
//! from its operation log. The command line and the app both call these.

use super::DeskError;
use crate::domain::Timestamp;
use crate::store::backup::{CopyFacts, backup_file, integrity_of, verify_copy};
use crate::store::check::CheckReport;
use crate::store::rebuild::RebuildReport;
use crate::store::{Store, StoreError};
use crate::sync::SyncKey;
use crate::sync::crypto::Encryption;
use std::path::{Path, PathBuf};

/// Automatic backups kept: two weeks of daily ones, so a damage noticed late can still be
/// undone from before it, at a cost of a few times the store's size on disk.
pub const KEEP_BACKUPS: usize = 14;
/// An automatic backup is due when the newest is older than this (milliseconds).
pub const BACKUP_EVERY_MS: i64 = 24 * 3600 * 1000;
/// The first line of an encrypted backup; the encryption fields follow as one JSON line.
const SEALED_MAGIC: &[u8] = b"frontdesk-backup-1\n";

/// Why a backup, restore, check or rebuild did not happen.
#[derive(Debug)]
pub enum UpkeepError {
    /// The file to restore from is not a store backup at all.
    NotABackup(PathBuf),
    /// The backup is damaged: the detail.
    DamagedBackup(PathBuf, String),
    /// The backup is encrypted and no passphrase was given.
    PassphraseNeeded(PathBuf),
    /// The passphrase does not open this backup.
    WrongPassphrase(PathBuf),
    /// An encrypted backup whose header or body does not verify (damaged or cut short).
    SealBroken(PathBuf),
    /// The rebuild's target exists; nothing is overwritten.
    TargetExists(PathBuf),
}

/// A verified backup that was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupMade {
    pub path: PathBuf,
    pub ops: u64,
    pub bytes: u64,
    pub encrypted: bool,
}

/// A restore that was done: what the store now holds, and where the one it replaced is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub ops: u64,
    pub aside: Option<PathBuf>,
}

/// What `store check` found: the readable parts, and the page check of the file.
#[derive(Debug, Clone)]
pub struct StoreCheck {
    pub report: CheckReport,
    /// `None` when every page verifies; the damage otherwise.
    pub pages: Option<String>,
}

impl StoreCheck {
    pub fn is_sound(&self) -> bool {
        self.pages.is_none() && self.report.is_sound()
    }
}

/// Copy the open store to `dest`, verified; sealed under `key` when given.
pub fn backup(store: &Store, dest: &Path, key: Option<&SyncKey>) -> Result<BackupMade, DeskError> {
    let plain = beside(dest, "partial");
    let facts = store.backup_to(&plain)?;
    place(&plain, dest, facts, key)
}

/// Copy a store file another frontdesk has open to `plain`, verified; [`place`] puts it
/// where it belongs (sealing it when the copy says the chain passphrase is set).
pub fn backup_in_use(store_path: &Path, plain: &Path) -> Result<CopyFacts, DeskError> {
    Ok(backup_file(store_path, plain)?)
}

/// Seal the verified plain copy if asked, and put it in place under its name.
pub fn place(
    plain: &Path,
    dest: &Path,
    facts: CopyFacts,
    key: Option<&SyncKey>,
) -> Result<BackupMade, DeskError> {
    if let Some(key) = key {
        let sealed = seal(plain, key);
        let _ = std::fs::remove_file(plain);
        write_durably(dest, &sealed?)?;
    } else {
        std::fs::rename(plain, dest).map_err(|e| DeskError::Files(dest.to_path_buf(), e))?;
    }
    Ok(BackupMade {
        path: dest.to_path_buf(),
        ops: facts.ops,
        bytes: facts.bytes,
        encrypted: key.is_some(),
    })
}

fn seal(plain: &Path, key: &SyncKey) -> Result<Vec<u8>, DeskError> {
    let bytes = std::fs::read(plain).map_err(|e| DeskError::Files(plain.to_path_buf(), e))?;
    let enc = key
        .new_encryption()
        .map_err(|e| DeskError::Sync(crate::sync::SyncError::Key(e)))?;
    let mut head = SEALED_MAGIC.to_vec();
    head.extend(serde_json::to_vec(&enc).unwrap_or_default());
    head.push(b'\n');
    let body = key
        .seal(&enc, &head, &bytes)
        .map_err(|_| DeskError::Files(plain.to_path_buf(), std::io::ErrorKind::Other.into()))?;
    head.extend(body);
    Ok(head)
}

/// Write a file under a temporary name, flush it, then rename it into place.
fn write_durably(dest: &Path, bytes: &[u8]) -> Result<(), DeskError> {
    let tmp = beside(dest, "partial");
    let files = |e| DeskError::Files(dest.to_path_buf(), e);
    std::fs::write(&tmp, bytes).map_err(files)?;
    std::fs::File::open(&tmp)
        .and_then(|f| f.sync_all())
        .map_err(files)?;
    std::fs::rename(&tmp, dest).map_err(files)
}

/// A time in file names: sorts as it reads.
fn stamp(now: Timestamp) -> String {
    now.utc().format("%Y%m%d-%H%M%S").to_string()
}

/// `dest` with `.tag` added to its name: a scratch file in the same folder.
fn beside(dest: &Path, tag: &str) -> PathBuf {
    let mut name = dest.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{tag}"));
    dest.with_file_name(name)
}

/// Put a backup in place of the store at `store_path`, after checking it; the store it
/// replaces is kept beside it, renamed. A sealed backup needs the chain passphrase.
pub fn restore(
    from: &Path,
    store_path: &Path,
    passphrase: Option<&str>,
    now: Timestamp,
) -> Result<Restored, DeskError> {
    let incoming = beside(store_path, "restoring");
    unseal_to(from, &incoming, passphrase)?;
    let facts = match verify_copy(&incoming) {
        Ok(f) => f,
        Err(e) => {
            let _ = std::fs::remove_file(&incoming);
            return Err(bad_backup(from, e));
        }
    };
    if let Err(e) = not_in_use(store_path) {
        let _ = std::fs::remove_file(&incoming);
        return Err(e);
    }
    let aside = store_path
        .exists()
        .then(|| beside(store_path, &["replaced", &stamp(now)].join("-")));
    let files = |e| DeskError::Files(store_path.to_path_buf(), e);
    if let Some(aside) = &aside {
        std::fs::rename(store_path, aside).map_err(files)?;
    }
    std::fs::rename(&incoming, store_path).map_err(files)?;
    Ok(Restored {
        ops: facts.ops,
        aside,
    })
}

/// Why a file that should be a backup is not a good one.
fn bad_backup(from: &Path, e: StoreError) -> DeskError {
    match e {
        StoreError::Damaged(d) | StoreError::Corrupt(d) => {
            UpkeepError::DamagedBackup(from.to_path_buf(), d).into()
        }
        StoreError::NotAStore(_) | StoreError::Missing(_) => {
            UpkeepError::NotABackup(from.to_path_buf()).into()
        }
        other => other.into(),
    }
}

/// Refuse while another frontdesk has the store open; a damaged store may be replaced.
fn not_in_use(store_path: &Path) -> Result<(), DeskError> {
    match Store::open_read_only(store_path) {
        Err(StoreError::InUse) => Err(StoreError::InUse.into()),
        _ => Ok(()),
    }
}

/// Copy a backup to `to` as a plain store file, opening it if it is sealed.
fn unseal_to(from: &Path, to: &Path, passphrase: Option<&str>) -> Result<(), DeskError> {
    let bytes = std::fs::read(from).map_err(|e| DeskError::Files(from.to_path_buf(), e))?;
    let Some(rest) = bytes.strip_prefix(SEALED_MAGIC) else {
        return write_durably(to, &bytes);
    };
    let bad = || UpkeepError::SealBroken(from.into());
    let line = rest.iter().position(|b| *b == b'\n').ok_or_else(bad)?;
    let enc: Encryption = serde_json::from_slice(&rest[..line]).map_err(|_| bad())?;
    let head = &bytes[..SEALED_MAGIC.len() + line + 1];
    let passphrase = passphrase
        .filter(|p| !p.is_empty())
        .ok_or_else(|| UpkeepError::PassphraseNeeded(from.into()))?;
    let salt = enc.salt_bytes().ok_or_else(bad)?;
    let key = SyncKey::with_salt(passphrase, salt)
        .map_err(|e| DeskError::Sync(crate::sync::SyncError::Key(e)))?;
    let plain = key
        .open(&enc, head, &rest[line + 1..])
        .map_err(|e| match e {
            crate::sync::crypto::OpenError::WrongKey => UpkeepError::WrongPassphrase(from.into()),
            _ => bad(),
        })?;
    write_durably(to, &plain)
}

/// Read what can be read of the store at `path` (never writing it) and check its pages.
/// While another frontdesk has it open, a copy of the file is checked.
pub fn check(path: &Path) -> Result<StoreCheck, DeskError> {
    let store = match Store::open_read_only(path) {
        Err(StoreError::InUse) => return check_copy(path),
        other => other?,
    };
    let report = store.check();
    drop(store);
    let pages = integrity_of(path).err().map(|e| match e {
        StoreError::Damaged(d) | StoreError::Corrupt(d) => d,
        other => format!("{other}"),
    });
    Ok(StoreCheck { report, pages })
}

/// Check a copy of a store file in use (recovered as after a power cut, since the copy
/// is taken from a live file), then remove the copy.
fn check_copy(path: &Path) -> Result<StoreCheck, DeskError> {
    let scratch = beside(path, "check");
    let copied = std::fs::copy(path, &scratch).map_err(|e| DeskError::Files(scratch.clone(), e));
    let checked = copied.and_then(|_| check(&scratch));
    let _ = std::fs::remove_file(&scratch);
    checked
}

/// Build a new store at `to` from every readable operation of the store at `path`.
pub fn rebuild(path: &Path, to: &Path) -> Result<RebuildReport, DeskError> {
    if to.exists() {
        return Err(UpkeepError::TargetExists(to.to_path_buf()).into());
    }
    let store = Store::open_read_only(path)?;
    Ok(store.rebuild_into(to)?)
}

/// The folder automatic backups of the store at `store_path` go to.
pub fn backups_dir(store_path: &Path) -> PathBuf {
    let dir = store_path.parent().filter(|d| !d.as_os_str().is_empty());
    dir.unwrap_or_else(|| Path::new(".")).join("backups")
}

/// The automatic backups of this store, oldest first (their names sort by time).
fn automatic_backups(store_path: &Path) -> Vec<PathBuf> {
    let prefix = format!("{}-", stem(store_path));
    let mut found: Vec<PathBuf> = std::fs::read_dir(backups_dir(store_path))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with(&prefix) && name.ends_with(".backup")
        })
        .collect();
    found.sort();
    found
}

fn stem(store_path: &Path) -> String {
    let stem = store_path.file_stem().unwrap_or_default();
    stem.to_string_lossy().into_owned()
}

/// The newest automatic backup of the store at `store_path` that verifies, if any.
pub fn newest_good_backup(store_path: &Path) -> Option<PathBuf> {
    let mut all = automatic_backups(store_path);
    all.reverse();
    all.into_iter().take(3).find(|p| is_good(p))
}

/// A sealed backup cannot be opened without the passphrase: trusted as written.
fn is_good(path: &Path) -> bool {
    let mut head = [0u8; SEALED_MAGIC.len()];
    let sealed = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
        .is_ok_and(|_| head == SEALED_MAGIC);
    if sealed {
        return true;
    }
    let scratch = beside(path, "verify");
    let ok = std::fs::copy(path, &scratch).is_ok() && verify_copy(&scratch).is_ok();
    let _ = std::fs::remove_file(&scratch);
    ok
}

/// An automatic backup into the backups folder when one is due (or `force`, on quit),
/// keeping the newest [`KEEP_BACKUPS`]. `None` when none was due.
pub fn auto_backup(
    store: &Store,
    now: Timestamp,
    force: bool,
    key: Option<&SyncKey>,
) -> Result<Option<BackupMade>, DeskError> {
    let Some(store_path) = store.path() else {
        return Ok(None);
    };
    let existing = automatic_backups(store_path);
    let newest = existing
        .last()
        .and_then(|p| std::fs::metadata(p).ok()?.modified().ok());
    let age_ms = newest
        .and_then(|t| t.elapsed().ok())
        .map(|d| d.as_millis() as i64);
    if !force && age_ms.is_some_and(|a| a < BACKUP_EVERY_MS) {
        return Ok(None);
    }
    let dir = backups_dir(store_path);
    std::fs::create_dir_all(&dir).map_err(|e| DeskError::Files(dir.clone(), e))?;
    let name = [stem(store_path).as_str(), "-", &stamp(now), ".backup"].concat();
    let made = backup(store, &dir.join(name), key)?;
    let all = automatic_backups(store_path);
    for old in all.iter().take(all.len().saturating_sub(KEEP_BACKUPS)) {
        let _ = std::fs::remove_file(old);
    }
    Ok(Some(made))
}

impl From<UpkeepError> for DeskError {
    fn from(e: UpkeepError) -> Self {
        DeskError::Upkeep(e)
    }
}
