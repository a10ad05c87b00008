//! The store: one redb file holding the current state, its indexes and the operation
//! log. Every change is an operation written in the same transaction as the tables it
//! changes, so the log alone can rebuild the state, and desks exchange the log.

mod apply;
pub mod backup;
pub mod check;
pub mod rebuild;
pub use apply::{RECEIVED_NOTE, SERVICE_REASON};
mod codec;
pub mod digest;
mod open;
pub mod packages;
pub mod people;
pub use open::{Opened, contain, quiet_redb_panics};
pub mod read;
pub mod records;
mod scan;
pub mod shifts;
mod sync_state;
pub mod tables;
mod wallet;

pub use apply::Touched;
pub use packages::{PackageHolding, PackageMoney};
pub use people::AuditFilter;
pub use read::{MemberHistory, MemberView};
pub use records::MemberStats;

use crate::domain::{Change, Hlc, Op, TerminalId, Timestamp};
use apply::Writer;
use open::Db;
use redb::backends::InMemoryBackend;
use redb::{Database, Durability, ReadableTable, WriteTransaction};
use std::path::{Path, PathBuf};
use tables::{SCHEMA_VERSION, meta_keys as mk};

/// Why the store could not do what was asked. Typed data: the edges word it
/// (`catalog::store_error`); `Display` is the developer's `Debug`, for the log.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub enum StoreError {
    /// Another frontdesk has the store file open.
    InUse,
    /// The store was written by a newer frontdesk: its schema version.
    NewerSchema(u32),
    /// redb failed; the cause is kept (`source()`) for the log.
    Db(#[source] redb::Error),
    /// A record that cannot be read: the detail.
    Corrupt(String),
    /// The store's folder could not be created.
    Folder(PathBuf, std::io::Error),
    NotFound(String),
    /// A change that does not pass the rules every operation passes
    /// ([`crate::domain::admit`]): nothing was written.
    Refused(crate::domain::admit::OpFault),
    /// A member's figures would no longer fit: the member. Nothing was written.
    Overflow(crate::domain::Id),
    /// The store file is damaged (redb found a broken page, or panicked on one): the detail.
    Damaged(String),
    /// No store at this path (a read opens nothing new).
    Missing(PathBuf),
    /// The file is empty or not a store.
    NotAStore(PathBuf),
    /// The file cannot be written (its permissions, or a read-only disk).
    ReadOnly(PathBuf),
    /// A write was asked of a store opened for reading.
    OpenedForReading,
    /// A crash left the file needing recovery, which a read-only open cannot do.
    NeedsRecovery,
}

impl StoreError {
    /// Whether the error says the file or a record in it is damaged.
    pub fn is_damage(&self) -> bool {
        match self {
            StoreError::Damaged(_) | StoreError::Corrupt(_) => true,
            StoreError::Db(e) => matches!(e, redb::Error::Corrupted(_)),
            _ => false,
        }
    }
}

macro_rules! from_redb {
    ($($t:ty),*) => {$(
        impl From<$t> for StoreError {
            fn from(e: $t) -> Self {
                match e.into() {
                    redb::Error::Corrupted(what) => StoreError::Damaged(what),
                    other => StoreError::Db(other),
                }
            }
        }
    )*};
}
from_redb!(
    redb::Error,
    redb::StorageError,
    redb::TableError,
    redb::TransactionError,
    redb::CommitError,
    redb::SetDurabilityError
);

impl From<redb::DatabaseError> for StoreError {
    fn from(e: redb::DatabaseError) -> Self {
        match e {
            redb::DatabaseError::DatabaseAlreadyOpen => StoreError::InUse,
            other => match other.into() {
                redb::Error::Corrupted(what) => StoreError::Damaged(what),
                other => StoreError::Db(other),
            },
        }
    }
}

// Errors cross threads (the store worker) and end in `anyhow` at the edges.
const _: fn() = || {
    fn send_sync_static<T: Send + Sync + 'static>() {}
    send_sync_static::<StoreError>();
};

/// A table a store made before the table existed does not have until its next write:
/// read as absent, not as an error.
pub(crate) fn optional<T>(opened: Result<T, redb::TableError>) -> Result<Option<T>, StoreError> {
    match opened {
        Ok(t) => Ok(Some(t)),
        Err(redb::TableError::TableDoesNotExist(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Result of applying operations that came from another desk.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub applied: usize,
    pub skipped: usize,
    pub touched: Touched,
}

pub struct Store {
    db: Db,
    path: Option<PathBuf>,
    terminal: TerminalId,
    /// The operator signed in at this desk, recorded on every change while set.
    acting: std::sync::RwLock<Option<String>>,
}

impl Store {
    /// A store that lives only in memory: for tests and for rebuilding state from a log.
    pub fn in_memory(terminal: Option<TerminalId>) -> Result<Store, StoreError> {
        let db = Database::builder().create_with_backend(InMemoryBackend::new())?;
        Self::init(db, None, terminal)
    }

    fn init(
        db: Database,
        path: Option<PathBuf>,
        terminal: Option<TerminalId>,
    ) -> Result<Store, StoreError> {
        let store = Store {
            db: Db::Write(db),
            path,
            terminal: TerminalId(0),
            acting: Default::default(),
        };
        // A store already set up is opened without a write: a command that then fails
        // leaves the file as it was.
        let (schema, found) = store.schema_and_terminal()?;
        if schema == SCHEMA_VERSION as u64 && found != 0 {
            return Ok(Store {
                terminal: TerminalId(found),
                ..store
            });
        }
        let terminal = store.set_up(terminal)?;
        Ok(Store { terminal, ..store })
    }

    /// Create the tables, migrate an older schema, and give a new store its terminal id.
    fn set_up(&self, terminal: Option<TerminalId>) -> Result<TerminalId, StoreError> {
        let tx = self.db.begin_write()?;
        let terminal = {
            let mut w = Writer::open(&tx)?;
            let schema = meta_u64(&w, mk::SCHEMA)?;
            if schema > SCHEMA_VERSION as u64 {
                return Err(StoreError::NewerSchema(schema as u32));
            }
            if schema == 1 {
                w.migrate_phone_tails()?;
            }
            if (1..3).contains(&schema) {
                w.migrate_stats_activity()?;
            }
            if (1..4).contains(&schema) {
                w.migrate_tier_facts()?;
            }
            if (1..5).contains(&schema) {
                w.migrate_service_payments()?;
            }
            if schema < SCHEMA_VERSION as u64 {
                set_meta_u64(&mut w, mk::SCHEMA, SCHEMA_VERSION as u64)?;
            }
            match meta_u64(&w, mk::TERMINAL)? {
                0 => {
                    let t = terminal.unwrap_or_else(TerminalId::random);
                    set_meta_u64(&mut w, mk::TERMINAL, t.0)?;
                    set_meta_u64(&mut w, mk::NEXT_SEQ, 1)?;
                    t
                }
                t => TerminalId(t),
            }
        };
        tx.commit()?;
        Ok(terminal)
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn terminal(&self) -> TerminalId {
        self.terminal
    }

    pub fn terminal_name(&self) -> Result<String, StoreError> {
        let name = self.meta_string(mk::TERMINAL_NAME)?;
        Ok(if name.is_empty() {
            format!("desk {}", &self.terminal.to_string()[..4])
        } else {
            name
        })
    }

    pub fn set_terminal_name(&self, name: &str) -> Result<(), StoreError> {
        self.set_meta_string(mk::TERMINAL_NAME, name)
    }

    /// Who is at the desk: the signed-in operator, else this desk's own name for its
    /// operator (a store without operators).
    pub fn operator(&self) -> Result<String, StoreError> {
        if let Some(name) = self.acting() {
            return Ok(name);
        }
        let name = self.meta_string(mk::OPERATOR)?;
        Ok(if name.is_empty() {
            "desk".to_string()
        } else {
            name
        })
    }

    /// Record the changes that follow as made by `name` (`None`: signed out).
    pub fn act_as(&self, name: Option<String>) {
        match self.acting.write() {
            Ok(mut slot) => *slot = name,
            Err(poisoned) => *poisoned.into_inner() = name,
        }
    }

    /// The operator signed in, if any.
    pub fn acting(&self) -> Option<String> {
        match self.acting.read() {
            Ok(slot) => slot.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    pub fn set_operator(&self, name: &str) -> Result<(), StoreError> {
        self.set_meta_string(mk::OPERATOR, name)
    }

    /// Record changes made at this desk, durably, in one transaction. Records the
    /// changes create get their ids here; the committed operations are returned.
    pub fn commit(&self, changes: Vec<Change>) -> Result<Vec<Op>, StoreError> {
        self.commit_with(changes, Durability::Immediate, Timestamp::now())
    }

    /// As `commit`, with the clock's wall time given: demo data spreads over a year.
    pub fn commit_at(&self, changes: Vec<Change>, now: Timestamp) -> Result<Vec<Op>, StoreError> {
        self.commit_with(changes, Durability::Immediate, now)
    }

    /// Bulk loading: not durable until the next durable commit (see `flush`).
    pub fn commit_bulk(&self, changes: Vec<Change>, now: Timestamp) -> Result<Vec<Op>, StoreError> {
        self.commit_with(changes, Durability::None, now)
    }

    /// Make every earlier bulk commit durable.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.commit_with(Vec::new(), Durability::Immediate, Timestamp::now())
            .map(|_| ())
    }

    fn commit_with(
        &self,
        changes: Vec<Change>,
        durability: Durability,
        now: Timestamp,
    ) -> Result<Vec<Op>, StoreError> {
        contain(|| self.commit_in(changes, durability, now))
    }

    fn commit_in(
        &self,
        changes: Vec<Change>,
        durability: Durability,
        now: Timestamp,
    ) -> Result<Vec<Op>, StoreError> {
        let operator = self.operator()?;
        let mut tx = self.db.begin_write()?;
        tx.set_durability(durability)?;
        let mut done = Vec::with_capacity(changes.len());
        {
            let mut w = Writer::open(&tx)?;
            let mut seq = meta_u64(&w, mk::NEXT_SEQ)?.max(1);
            let mut clock = meta_hlc(&w)?;
            for mut change in changes {
                change.assign_id(crate::domain::Id::new(self.terminal, seq));
                change.fill_operator(&operator);
                crate::domain::admit::check_local_change(&change, now.max(Timestamp::now()))
                    .map_err(StoreError::Refused)?;
                clock = Hlc::next(clock, now.0, self.terminal);
                let op = Op {
                    terminal: self.terminal,
                    seq,
                    hlc: clock,
                    operator: operator.to_string(),
                    change,
                };
                w.record(&op)?;
                done.push(op);
                seq += 1;
            }
            set_meta_u64(&mut w, mk::NEXT_SEQ, seq)?;
            set_meta_hlc(&mut w, clock)?;
        }
        tx.commit()?;
        Ok(done)
    }

    /// Apply operations from other desks (or a log replay) in one durable transaction:
    /// all of them or, on any failure, none. Operations already held are skipped.
    pub fn import(&self, ops: &[Op]) -> Result<ImportReport, StoreError> {
        contain(|| {
            let tx = self.db.begin_write()?;
            let report = self.import_in(&tx, ops)?;
            tx.commit()?;
            Ok(report)
        })
    }

    fn import_in(&self, tx: &WriteTransaction, ops: &[Op]) -> Result<ImportReport, StoreError> {
        let mut report = ImportReport::default();
        let mut w = Writer::open(tx)?;
        let mut clock = meta_hlc(&w)?;
        let mut next_seq = meta_u64(&w, mk::NEXT_SEQ)?.max(1);
        for op in ops {
            match w.record(op)? {
                None => report.skipped += 1,
                Some(t) => {
                    report.applied += 1;
                    report.touched.members.extend(t.members);
                    report.touched.conflicts += t.conflicts;
                    // Our clock stays ahead of every stamp seen, so later local edits win.
                    clock = clock.max(Hlc {
                        terminal: self.terminal.0,
                        ..op.hlc
                    });
                    if op.terminal == self.terminal {
                        next_seq = next_seq.max(op.seq + 1);
                    }
                }
            }
        }
        report.touched.members.sort();
        report.touched.members.dedup();
        set_meta_hlc(&mut w, clock)?;
        set_meta_u64(&mut w, mk::NEXT_SEQ, next_seq)?;
        Ok(report)
    }

    fn meta_string(&self, key: &str) -> Result<String, StoreError> {
        let tx = self.db.begin_read()?;
        let t = tx.open_table(tables::META)?;
        Ok(t.get(key)?
            .map(|v| String::from_utf8_lossy(v.value()).into_owned())
            .unwrap_or_default())
    }

    fn set_meta_string(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let tx = self.db.begin_write()?;
        {
            let mut t = tx.open_table(tables::META)?;
            t.insert(key, value.as_bytes())?;
        }
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn db(&self) -> &Db {
        &self.db
    }
}

fn meta_u64(w: &Writer, key: &str) -> Result<u64, StoreError> {
    Ok(match w.meta.get(key)? {
        Some(v) => v.value().try_into().map(u64::from_le_bytes).unwrap_or(0),
        None => 0,
    })
}

fn set_meta_u64(w: &mut Writer, key: &str, v: u64) -> Result<(), StoreError> {
    w.meta.insert(key, v.to_le_bytes().as_slice())?;
    Ok(())
}

fn meta_hlc(w: &Writer) -> Result<Hlc, StoreError> {
    match w.meta.get(mk::CLOCK)? {
        Some(v) => codec::dec(v.value()),
        None => Ok(Hlc::default()),
    }
}

fn set_meta_hlc(w: &mut Writer, h: Hlc) -> Result<(), StoreError> {
    w.meta.insert(mk::CLOCK, codec::enc(&h)?.as_slice())?;
    Ok(())
}
