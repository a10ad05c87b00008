//! Verified copies of the store file. The copy is the file's bytes, taken while a read
//! transaction holds the pages of one commit in place, then opened (recovering it as
//! after a power cut), checked page by page and compared by digest. A copy that does not
//! verify is taken again, a few times, before giving up.

use super::open::contain;
use super::{Store, StoreError};
use redb::Database;
use std::path::Path;

/// Copies tried before a backup gives up: a copy fails to verify only when a commit
/// lands while it is taken, and the desk commits a few times a minute at most.
const ATTEMPTS: usize = 4;

/// What a verified copy holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyFacts {
    pub digest: String,
    pub ops: u64,
    pub bytes: u64,
}

impl Store {
    /// Copy this open store to `dest` (replaced if there) and verify the copy.
    pub fn backup_to(&self, dest: &Path) -> Result<CopyFacts, StoreError> {
        let src = self
            .path()
            .ok_or_else(|| StoreError::NotFound("store file".into()))?
            .to_path_buf();
        let mut last = StoreError::Damaged("the copy did not verify".into());
        for _ in 0..ATTEMPTS {
            // The read transaction keeps the commit it sees from being overwritten.
            let tx = self.db().begin_read()?;
            let digest = contain(|| self.digest_at(&tx))?;
            copy(&src, dest)?;
            drop(tx);
            match verify_copy(dest) {
                Ok(facts) if facts.digest == digest => return Ok(facts),
                Ok(_) => {}
                Err(e) => last = e,
            }
        }
        let _ = std::fs::remove_file(dest);
        Err(last)
    }
}

/// Copy a store file another process has open (so it cannot be read through redb here):
/// two copies that both verify and agree make the backup.
pub fn backup_file(src: &Path, dest: &Path) -> Result<CopyFacts, StoreError> {
    let second = dest.with_extension("second-copy");
    let mut last = StoreError::Damaged("the copy did not verify".into());
    for _ in 0..ATTEMPTS {
        let result = copy(src, dest)
            .and_then(|_| verify_copy(dest))
            .and_then(|a| {
                copy(src, &second)?;
                Ok((a, verify_copy(&second)?))
            });
        let _ = std::fs::remove_file(&second);
        match result {
            Ok((a, b)) if a.digest == b.digest => return Ok(a),
            Ok(_) => {}
            Err(e) => last = e,
        }
    }
    let _ = std::fs::remove_file(dest);
    Err(last)
}

/// Open a copy of a store (recovering it if it was taken from a live file), check every
/// page, and say what it holds. Changes only the copy.
pub fn verify_copy(path: &Path) -> Result<CopyFacts, StoreError> {
    let bytes = std::fs::metadata(path).map_err(io)?.len();
    contain(|| {
        let mut db = Database::open(path).map_err(|e| super::open::opening(path, e))?;
        if !db.check_integrity()? {
            return Err(StoreError::Damaged("the copy needed repair".into()));
        }
        drop(db);
        let store = Store::open_read_only(path)?;
        Ok(CopyFacts {
            digest: store.digest()?,
            ops: store.op_count()?,
            bytes,
        })
    })
}

/// Check a store file in place without writing it: check a scratch copy beside it.
pub fn integrity_of(path: &Path) -> Result<(), StoreError> {
    let scratch = path.with_extension(format!("check-{}", fastrand::u32(..)));
    let result = copy(path, &scratch).and_then(|_| {
        contain(|| {
            let mut db = Database::open(&scratch)?;
            match db.check_integrity()? {
                true => Ok(()),
                false => Err(StoreError::Damaged("pages needed repair".into())),
            }
        })
    });
    let _ = std::fs::remove_file(&scratch);
    result
}

/// Copy the file's bytes and make them durable.
fn copy(src: &Path, dest: &Path) -> Result<(), StoreError> {
    std::fs::copy(src, dest).map_err(io)?;
    std::fs::File::open(dest)
        .and_then(|f| f.sync_all())
        .map_err(io)
}

fn io(e: std::io::Error) -> StoreError {
    StoreError::Db(redb::StorageError::Io(e).into())
}
