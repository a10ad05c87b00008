//! The chain passphrase: key derivation (Argon2id), the body cipher (XChaCha20-Poly1305)
//! and a verifier the store can keep to notice a mistyped passphrase.
//!
//! # Salt choice
//! Each `frontdesk sync passphrase set` draws a random 16-byte salt. The salt is kept in the
//! verifier record (persisted by the store) and written into the header of every bundle the
//! desk encrypts. A reader derives the key for a bundle from its own passphrase and the
//! bundle's salt, and [`SyncKey`] caches derived keys by (salt, parameters): importing
//! thousands of bundles costs one Argon2id run per *distinct salt* (in practice one per desk
//! that set the passphrase, or one per chain when a desk adopts the salt of bundles already
//! in the folder with [`SyncKey::with_salt`]), not one per bundle.
//! A random salt, rather than one fixed for the format, means a guessing dictionary cannot be
//! precomputed once for every frontdesk chain; the per-key cache keeps the cost of that
//! choice bounded. The parameters travel in the header too, so they can be raised later
//! without making old bundles unreadable.

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Name of the body cipher in bundle headers.
pub const AEAD_NAME: &str = "xchacha20poly1305";
/// Name of the key derivation function in bundle headers and verifiers.
pub const KDF_NAME: &str = "argon2id";

/// Argon2id memory cost in KiB for new keys (OWASP's 19 MiB, 2 passes, 1 lane).
const DEFAULT_M_KIB: u32 = 19 * 1024;
const DEFAULT_T: u32 = 2;
const DEFAULT_P: u32 = 1;
/// Upper bounds on parameters read from a file, so a hostile header cannot make a desk
/// allocate gigabytes or spin for minutes.
const MAX_M_KIB: u32 = 256 * 1024;
const MAX_T: u32 = 16;
const MAX_P: u32 = 8;

const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 24;
const CHECK_LEN: usize = 16;

const VERIFIER_KIND: &str = "frontdesk-sync-passphrase";
const VERIFIER_VERSION: u32 = 1;

/// What went wrong with a passphrase or a key. Typed data, worded by the edges
/// (`catalog::key_error`); `Display` is the developer's `Debug`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub enum KeyError {
    /// An empty passphrase was offered.
    EmptyPassphrase,
    /// The passphrase is not the chain's.
    WrongPassphrase,
    /// The saved passphrase record cannot be read: the detail.
    BadVerifier(String),
    /// Key derivation settings this desk does not support: the detail.
    UnsupportedKdf(String),
    /// The system's random number generator failed: the detail.
    Random(String),
}

/// Argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    fn default_params() -> Self {
        KdfParams {
            m_kib: DEFAULT_M_KIB,
            t: DEFAULT_T,
            p: DEFAULT_P,
        }
    }

    fn check(self) -> Result<Params, KeyError> {
        if self.m_kib > MAX_M_KIB || self.t > MAX_T || self.p > MAX_P {
            return Err(KeyError::UnsupportedKdf(format!(
                "m={} KiB t={} p={} exceed this desk's limits",
                self.m_kib, self.t, self.p
            )));
        }
        Params::new(self.m_kib, self.t, self.p, Some(32))
            .map_err(|e| KeyError::UnsupportedKdf(e.to_string()))
    }
}

/// Encryption details stored in a bundle header (`"encryption": {...}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Encryption {
    /// Always [`AEAD_NAME`] in format version 1.
    pub aead: String,
    /// Always [`KDF_NAME`] in format version 1.
    pub kdf: String,
    /// Argon2id memory in KiB.
    pub m_kib: u32,
    /// Argon2id passes.
    pub t: u32,
    /// Argon2id lanes.
    pub p: u32,
    /// KDF salt, hex (16 bytes).
    pub salt: String,
    /// AEAD nonce, hex (24 bytes, random per bundle).
    pub nonce: String,
    /// Key check value, hex (16 bytes): tells a wrong passphrase from a damaged file.
    pub key_check: String,
}

impl Encryption {
    /// The KDF salt, if well formed: lets `passphrase set` on another desk adopt the salt
    /// of bundles already in the folder (see [`SyncKey::with_salt`]).
    pub fn salt_bytes(&self) -> Option<[u8; SALT_LEN]> {
        decode_fixed(&self.salt)
    }

    fn params(&self) -> KdfParams {
        KdfParams {
            m_kib: self.m_kib,
            t: self.t,
            p: self.p,
        }
    }
}

/// Why a body could not be decrypted.
#[derive(Debug)]
pub(crate) enum OpenError {
    /// The key check does not match: another passphrase.
    WrongKey,
    /// Key check matches but the tag does not verify, or fields are malformed.
    Corrupt(String),
    /// KDF parameters out of bounds or unknown algorithm names.
    Unsupported(KeyError),
}

#[derive(Clone, Copy)]
struct DerivedKey {
    aead: [u8; 32],
    check: [u8; CHECK_LEN],
}

type CacheKey = ([u8; SALT_LEN], KdfParams);

/// A chain passphrase, ready to encrypt and decrypt bundles.
///
/// Holds the passphrase itself (to derive keys for bundles written with other salts) and a
/// cache of derived keys; share one `SyncKey` across a whole import.
pub struct SyncKey {
    passphrase: String,
    salt: [u8; SALT_LEN],
    params: KdfParams,
    own: DerivedKey,
    cache: Mutex<HashMap<CacheKey, DerivedKey>>,
}

impl fmt::Debug for SyncKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncKey")
            .field("salt", &hex::encode(self.salt))
            .field("params", &self.params)
            .finish_non_exhaustive()
    }
}

impl Clone for SyncKey {
    fn clone(&self) -> Self {
        let cache = self.lock_cache().clone();
        SyncKey {
            passphrase: self.passphrase.clone(),
            salt: self.salt,
            params: self.params,
            own: self.own,
            cache: Mutex::new(cache),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct VerifierRecord {
    kind: String,
    version: u32,
    kdf: String,
    m_kib: u32,
    t: u32,
    p: u32,
    salt: String,
    check: String,
}

impl SyncKey {
    /// A key for a newly chosen passphrase, with a fresh random salt
    /// (what `frontdesk sync passphrase set` does). Runs Argon2id once.
    pub fn from_passphrase(passphrase: &str) -> Result<SyncKey, KeyError> {
        let mut salt = [0u8; SALT_LEN];
        getrandom::getrandom(&mut salt).map_err(|e| KeyError::Random(e.to_string()))?;
        Self::with_salt(passphrase, salt)
    }

    /// A key for `passphrase` that writes with the given salt, e.g. the salt of bundles
    /// already in the sync folder, so the whole chain shares one salt and an import derives
    /// only one key. Runs Argon2id once.
    pub fn with_salt(passphrase: &str, salt: [u8; SALT_LEN]) -> Result<SyncKey, KeyError> {
        Self::build(passphrase, salt, KdfParams::default_params())
    }

    /// Re-opens the passphrase saved with [`SyncKey::verifier`]: same salt and parameters,
    /// and [`KeyError::WrongPassphrase`] if `passphrase` is not the one that was set.
    pub fn unlock(passphrase: &str, verifier: &[u8]) -> Result<SyncKey, KeyError> {
        let rec: VerifierRecord =
            serde_json::from_slice(verifier).map_err(|e| KeyError::BadVerifier(e.to_string()))?;
        if rec.kind != VERIFIER_KIND {
            return Err(KeyError::BadVerifier(format!(
                "unknown kind {:?}",
                rec.kind
            )));
        }
        if rec.version != VERIFIER_VERSION || rec.kdf != KDF_NAME {
            return Err(KeyError::UnsupportedKdf(format!(
                "record version {} with {}",
                rec.version, rec.kdf
            )));
        }
        let salt = decode_fixed::<SALT_LEN>(&rec.salt)
            .ok_or_else(|| KeyError::BadVerifier("bad salt".into()))?;
        let check = decode_fixed::<CHECK_LEN>(&rec.check)
            .ok_or_else(|| KeyError::BadVerifier("bad check value".into()))?;
        let params = KdfParams {
            m_kib: rec.m_kib,
            t: rec.t,
            p: rec.p,
        };
        let key = Self::build(passphrase, salt, params)?;
        if key.own.check != check {
            return Err(KeyError::WrongPassphrase);
        }
        Ok(key)
    }

    /// Bytes for the store to persist: salt, parameters and a check value derived from the
    /// key (never the passphrase or the key itself). Give them back to [`SyncKey::unlock`].
    pub fn verifier(&self) -> Vec<u8> {
        let rec = VerifierRecord {
            kind: VERIFIER_KIND.into(),
            version: VERIFIER_VERSION,
            kdf: KDF_NAME.into(),
            m_kib: self.params.m_kib,
            t: self.params.t,
            p: self.params.p,
            salt: hex::encode(self.salt),
            check: hex::encode(self.own.check),
        };
        // Serializing a plain struct of strings and integers cannot fail.
        serde_json::to_vec(&rec).unwrap_or_default()
    }

    /// Whether `verifier` was made from this same passphrase and salt.
    pub fn matches_verifier(&self, verifier: &[u8]) -> bool {
        serde_json::from_slice::<VerifierRecord>(verifier).is_ok_and(|rec| {
            rec.salt == hex::encode(self.salt) && rec.check == hex::encode(self.own.check)
        })
    }

    /// The salt this key writes with.
    pub fn salt(&self) -> [u8; SALT_LEN] {
        self.salt
    }

    fn build(passphrase: &str, salt: [u8; SALT_LEN], params: KdfParams) -> Result<Self, KeyError> {
        if passphrase.is_empty() {
            return Err(KeyError::EmptyPassphrase);
        }
        let own = derive(passphrase, &salt, params)?;
        let mut cache = HashMap::new();
        cache.insert((salt, params), own);
        Ok(SyncKey {
            passphrase: passphrase.to_owned(),
            salt,
            params,
            own,
            cache: Mutex::new(cache),
        })
    }

    fn lock_cache(&self) -> std::sync::MutexGuard<'_, HashMap<CacheKey, DerivedKey>> {
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn key_for(&self, salt: [u8; SALT_LEN], params: KdfParams) -> Result<DerivedKey, KeyError> {
        if let Some(k) = self.lock_cache().get(&(salt, params)) {
            return Ok(*k);
        }
        // Derive outside the lock so parallel readers of other salts are not serialized.
        let k = derive(&self.passphrase, &salt, params)?;
        self.lock_cache().insert((salt, params), k);
        Ok(k)
    }

    /// Fresh encryption fields (random nonce) for a bundle written with this key.
    pub(crate) fn new_encryption(&self) -> Result<Encryption, KeyError> {
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::getrandom(&mut nonce).map_err(|e| KeyError::Random(e.to_string()))?;
        Ok(Encryption {
            aead: AEAD_NAME.into(),
            kdf: KDF_NAME.into(),
            m_kib: self.params.m_kib,
            t: self.params.t,
            p: self.params.p,
            salt: hex::encode(self.salt),
            nonce: hex::encode(nonce),
            key_check: hex::encode(self.own.check),
        })
    }

    /// Encrypts `plaintext` under the fields of `enc` (made by [`Self::new_encryption`]),
    /// authenticating `aad`.
    pub(crate) fn seal(
        &self,
        enc: &Encryption,
        aad: &[u8],
        plaintext: &[u8],
    ) -> Result<Vec<u8>, OpenError> {
        let (key, nonce) = self.open_params(enc)?;
        let cipher = XChaCha20Poly1305::new((&key.aead).into());
        cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad,
                },
            )
            .map_err(|_| OpenError::Corrupt("encryption failed".into()))
    }

    /// Decrypts and authenticates a body.
    pub(crate) fn open(
        &self,
        enc: &Encryption,
        aad: &[u8],
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, OpenError> {
        let (key, nonce) = self.open_params(enc)?;
        let cipher = XChaCha20Poly1305::new((&key.aead).into());
        cipher
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: ciphertext,
                    aad,
                },
            )
            .map_err(|_| OpenError::Corrupt("authentication tag does not verify".into()))
    }

    fn open_params(&self, enc: &Encryption) -> Result<(DerivedKey, [u8; NONCE_LEN]), OpenError> {
        if enc.aead != AEAD_NAME || enc.kdf != KDF_NAME {
            return Err(OpenError::Unsupported(KeyError::UnsupportedKdf(format!(
                "{} with {}",
                enc.aead, enc.kdf
            ))));
        }
        let salt = enc
            .salt_bytes()
            .ok_or_else(|| OpenError::Corrupt("malformed salt".into()))?;
        let nonce = decode_fixed::<NONCE_LEN>(&enc.nonce)
            .ok_or_else(|| OpenError::Corrupt("malformed nonce".into()))?;
        let check = decode_fixed::<CHECK_LEN>(&enc.key_check)
            .ok_or_else(|| OpenError::Corrupt("malformed key check".into()))?;
        let key = self
            .key_for(salt, enc.params())
            .map_err(OpenError::Unsupported)?;
        if key.check != check {
            return Err(OpenError::WrongKey);
        }
        Ok((key, nonce))
    }
}

fn derive(passphrase: &str, salt: &[u8], params: KdfParams) -> Result<DerivedKey, KeyError> {
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.check()?);
    let mut master = [0u8; 32];
    argon
        .hash_password_into(passphrase.as_bytes(), salt, &mut master)
        .map_err(|e| KeyError::UnsupportedKdf(e.to_string()))?;
    // Two independent subkeys: one for the cipher, one public check value.
    let aead: [u8; 32] = Sha256::new()
        .chain_update(b"frontdesk-ops v1 aead key\0")
        .chain_update(master)
        .finalize()
        .into();
    let check_full: [u8; 32] = Sha256::new()
        .chain_update(b"frontdesk-ops v1 key check\0")
        .chain_update(master)
        .finalize()
        .into();
    let mut check = [0u8; CHECK_LEN];
    check.copy_from_slice(&check_full[..CHECK_LEN]);
    Ok(DerivedKey { aead, check })
}

fn decode_fixed<const N: usize>(s: &str) -> Option<[u8; N]> {
    let v = hex::decode(s).ok()?;
    v.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verifier_round_trip_and_mismatch() {
        let k = SyncKey::from_passphrase("correct horse").unwrap();
        let v = k.verifier();
        assert!(k.matches_verifier(&v));
        let again = SyncKey::unlock("correct horse", &v).unwrap();
        assert_eq!(again.salt(), k.salt());
        assert!(matches!(
            SyncKey::unlock("battery staple", &v),
            Err(KeyError::WrongPassphrase)
        ));
        assert!(matches!(
            SyncKey::unlock("x", b"not json"),
            Err(KeyError::BadVerifier(_))
        ));
        assert!(matches!(
            SyncKey::from_passphrase(""),
            Err(KeyError::EmptyPassphrase)
        ));
        // Never the passphrase in the record or in Debug.
        assert!(!String::from_utf8_lossy(&v).contains("horse"));
        assert!(!format!("{k:?}").contains("horse"));
    }

    #[test]
    fn other_salt_is_derived_once_and_cached() {
        let a = SyncKey::with_salt("pw", [1; SALT_LEN]).unwrap();
        let b = SyncKey::with_salt("pw", [2; SALT_LEN]).unwrap();
        let enc = b.new_encryption().unwrap();
        let sealed = b.seal(&enc, b"aad", b"hello").unwrap();
        assert_eq!(a.open(&enc, b"aad", &sealed).unwrap(), b"hello");
        assert_eq!(a.lock_cache().len(), 2);
        assert!(matches!(
            a.open(&enc, b"other aad", &sealed),
            Err(OpenError::Corrupt(_))
        ));
        let mut hostile = enc.clone();
        hostile.m_kib = u32::MAX;
        assert!(matches!(
            a.open(&hostile, b"aad", &sealed),
            Err(OpenError::Unsupported(_))
        ));
    }
}
