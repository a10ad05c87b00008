//! postcard for table values: compact and fast to decode when a million members load.

use super::StoreError;
use serde::Serialize;
use serde::de::DeserializeOwned;

pub fn enc<T: Serialize>(v: &T) -> Result<Vec<u8>, StoreError> {
    postcard::to_allocvec(v)
        .map_err(|e| StoreError::Corrupt(format!("could not encode a record: {e}")))
}

pub fn dec<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, StoreError> {
    postcard::from_bytes(bytes)
        .map_err(|e| StoreError::Corrupt(format!("a record could not be read: {e}")))
}
