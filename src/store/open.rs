//! Opening a store file: for reading (never writes the file), for writing (may create
//! it), and containing the panics redb raises on a damaged file, so that a damaged store
//! is an error, never a crash, and a failed command leaves the file as it found it.

use super::tables::{SCHEMA_VERSION, meta_keys as mk};
use super::{Store, StoreError};
use crate::domain::TerminalId;
use redb::{Database, ReadOnlyDatabase, ReadTransaction, ReadableDatabase, WriteTransaction};
use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::Once;

/// The largest store file read through (every record decoded) before a write command
/// opens it: about 20,000 members, a few tenths of a second. The app does not do this at
/// start (its budget is first results in 150 ms); it meets damage as it reads.
pub const PRECHECK_MAX_BYTES: u64 = 64 << 20;

/// The redb handle: a writer, or a reader that never changes the file.
pub(crate) enum Db {
    Write(Database),
    Read(ReadOnlyDatabase),
}

impl Db {
    pub(crate) fn begin_read(&self) -> Result<ReadTransaction, StoreError> {
        contain(|| {
            Ok(match self {
                Db::Write(db) => db.begin_read()?,
                Db::Read(db) => db.begin_read()?,
            })
        })
    }

    pub(crate) fn begin_write(&self) -> Result<WriteTransaction, StoreError> {
        match self {
            Db::Write(db) => Ok(db.begin_write()?),
            Db::Read(_) => Err(StoreError::OpenedForReading),
        }
    }
}

impl Store {
    /// Open the store at `path`, creating it (and its folder) on first use.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Self::open_writable(path).map(|(store, _)| store)
    }

    /// Open the store at `path` for writing, creating it when it is not there, and say
    /// which. A store that fails while opening is left as it was found.
    pub fn open_writable(path: &Path) -> Result<(Store, Opened), StoreError> {
        let (db, opened) = writable(path)?;
        let store = contain(|| Self::init(db, Some(path.to_path_buf()), None))?;
        Ok((store, opened))
    }

    /// As `open_writable`, for one command that writes: the file is first read through
    /// when that is cheap, so that a command refused for damage has written nothing.
    pub fn open_for_command(path: &Path) -> Result<(Store, Opened), StoreError> {
        Self::precheck(path)?;
        Self::open_writable(path)
    }

    /// Open an existing store for reading only: the file is never written. A missing or
    /// empty file is an error. A file a crash left unrecovered is recovered first (that
    /// writes it), as is one written by an older frontdesk (it is upgraded).
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let db = match read_only(path) {
            Err(StoreError::NeedsRecovery) => return Self::open(path),
            other => other?,
        };
        let store = Store {
            db: Db::Read(db),
            path: Some(path.to_path_buf()),
            terminal: TerminalId(0),
            acting: Default::default(),
        };
        let (schema, terminal) = contain(|| store.schema_and_terminal())?;
        if schema > SCHEMA_VERSION as u64 {
            return Err(StoreError::NewerSchema(schema as u32));
        }
        if schema < SCHEMA_VERSION as u64 || terminal == 0 {
            drop(store);
            return Self::open(path);
        }
        Ok(Store {
            terminal: TerminalId(terminal),
            ..store
        })
    }

    /// Before opening a store for writing, read every page of it read-only when that is
    /// cheap (a file up to [`PRECHECK_MAX_BYTES`]): a damaged store is then refused before
    /// anything is written. A file a crash left is checked by its recovery instead.
    fn precheck(path: &Path) -> Result<(), StoreError> {
        let small = std::fs::metadata(path).is_ok_and(|m| m.len() <= PRECHECK_MAX_BYTES);
        if !small {
            return Ok(());
        }
        match read_only(path) {
            Ok(db) => Store {
                db: Db::Read(db),
                path: None,
                terminal: TerminalId(0),
                acting: Default::default(),
            }
            .walk(),
            Err(e @ (StoreError::Damaged(_) | StoreError::Corrupt(_) | StoreError::InUse)) => {
                Err(e)
            }
            Err(_) => Ok(()),
        }
    }

    pub(super) fn schema_and_terminal(&self) -> Result<(u64, u64), StoreError> {
        let tx = self.db.begin_read()?;
        let t = match tx.open_table(super::tables::META) {
            Err(redb::TableError::TableDoesNotExist(_)) => return Ok((0, 0)),
            t => t?,
        };
        let get = |key: &str| -> Result<u64, StoreError> {
            Ok(match t.get(key)? {
                Some(v) => v.value().try_into().map(u64::from_le_bytes).unwrap_or(0),
                None => 0,
            })
        };
        Ok((get(mk::SCHEMA)?, get(mk::TERMINAL)?))
    }

    /// A new store file at `path` (which must not exist) with the given terminal id:
    /// for rebuilding a store from its log under the same desk identity.
    pub fn create_new(path: &Path, terminal: TerminalId) -> Result<Store, StoreError> {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(path)
            .map_err(|e| StoreError::Db(redb::StorageError::Io(e).into()))?;
        drop(file);
        let db = Database::create(path)?;
        Self::init(db, Some(path.to_path_buf()), Some(terminal))
    }
}

/// How a store was opened for writing: found, or made new by this call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    Existing,
    Created,
}

/// Open an existing store file read-only. A missing path, an empty file or a file that
/// is not a store is an error, and nothing is created. A file a crash left needing
/// recovery comes back as `Err(NeedsRecovery)` for the caller to open it for writing.
pub(crate) fn read_only(path: &Path) -> Result<ReadOnlyDatabase, StoreError> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        Err(e) => return Err(StoreError::Db(redb::StorageError::Io(e).into())),
    };
    if meta.is_dir() || meta.len() == 0 {
        return Err(StoreError::NotAStore(path.to_path_buf()));
    }
    contain(|| match ReadOnlyDatabase::open(path) {
        Ok(db) => Ok(db),
        Err(redb::DatabaseError::RepairAborted) => Err(StoreError::NeedsRecovery),
        Err(e) => Err(opening(path, e)),
    })
}

/// Open the store file for writing, creating it (not its folder's parents' problems)
/// when it is not there.
pub(crate) fn writable(path: &Path) -> Result<(Database, Opened), StoreError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Folder(dir.to_path_buf(), e))?;
    }
    let opened = match std::fs::metadata(path) {
        Ok(m) if m.len() > 0 => Opened::Existing,
        _ => Opened::Created,
    };
    if opened == Opened::Existing && is_read_only(path) {
        return Err(StoreError::ReadOnly(path.to_path_buf()));
    }
    let db = contain(|| Database::create(path).map_err(|e| opening(path, e)))?;
    Ok((db, opened))
}

/// Whether the file is marked read-only or cannot be opened for writing by this process.
fn is_read_only(path: &Path) -> bool {
    let marked = std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly());
    marked
        || std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .is_err_and(|e| e.kind() == std::io::ErrorKind::PermissionDenied)
}

/// An open that failed, typed by what the desk should do about it.
pub(crate) fn opening(path: &Path, e: redb::DatabaseError) -> StoreError {
    use redb::{DatabaseError as D, StorageError as S};
    match e {
        D::DatabaseAlreadyOpen | D::LockProtocolMismatch => StoreError::InUse,
        D::Storage(S::Io(io)) if io.kind() == std::io::ErrorKind::InvalidData => {
            StoreError::NotAStore(path.to_path_buf())
        }
        D::Storage(S::Io(io)) if io.kind() == std::io::ErrorKind::PermissionDenied => {
            StoreError::ReadOnly(path.to_path_buf())
        }
        D::Storage(S::Corrupted(what)) => StoreError::Damaged(what),
        D::RepairAborted => StoreError::Damaged("repair failed".into()),
        other => StoreError::from(other),
    }
}

thread_local! {
    /// Depth of `contain` calls on this thread: a panic inside one may be damage.
    static CONTAINING: Cell<u32> = const { Cell::new(0) };
    /// Whether the last panic on this thread was raised in redb's code.
    static IN_REDB: Cell<bool> = const { Cell::new(false) };
}

/// Run store work, turning a panic redb raises (its reaction to a damaged file) into
/// `StoreError::Damaged`; that panic is logged, not printed. Any other panic is a bug of
/// ours and goes on as a panic.
pub fn contain<T, E: From<StoreError>>(f: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
    quiet_hook();
    CONTAINING.with(|c| c.set(c.get() + 1));
    let result = catch_unwind(AssertUnwindSafe(f));
    CONTAINING.with(|c| c.set(c.get().saturating_sub(1)));
    result.unwrap_or_else(|panic| {
        if !IN_REDB.with(Cell::get) {
            std::panic::resume_unwind(panic);
        }
        let what = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Err(StoreError::Damaged(what).into())
    })
}

/// Install (once) the hook of [`quiet_redb_panics`].
fn quiet_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(quiet_redb_panics);
}

/// Wrap the panic hook in force: a panic redb raises inside [`contain`] is logged, not
/// printed; every other panic goes to the hook before. Whoever sets a hook of their own
/// later (the terminal app) calls this again after, so this one sees each panic first.
pub fn quiet_redb_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let in_redb = info
            .location()
            .is_some_and(|l| l.file().contains("/redb-") || l.file().contains("\\redb-"));
        IN_REDB.with(|c| c.set(in_redb));
        if in_redb && CONTAINING.with(Cell::get) > 0 {
            tracing::error!(%info, "the store raised a panic: treated as damage");
        } else {
            previous(info);
        }
    }));
}
