//! The bundle file: one origin's contiguous run of operations, immutable once written.
//!
//! # Layout
//! ```text
//! {"format":"frontdesk-ops","version":1,...,"checksum":"<64 hex>"}\n   header, one JSON line
//! <body: body_len bytes>
//! ```
//! The plaintext body is the operations as JSON Lines, each ending in `\n`. With a passphrase
//! the stored body is that text encrypted with XChaCha20-Poly1305 (see [`crate::sync::crypto`]).
//!
//! # Integrity
//! `checksum` is the SHA-256 of the header line *with the checksum value blanked*
//! (`"checksum":""`) followed by `\n` and the stored body. So a flipped byte anywhere in the
//! file, header included, is caught even for plaintext bundles, and an encrypted bundle's
//! integrity is checked before any key is derived. With encryption, the AEAD's associated data
//! is the same blanked header line, so every header field is also authenticated against
//! deliberate tampering (the checksum itself is derived data and is checked as above).
//! For encrypted bundles the checksum covers the ciphertext, so it reveals nothing about the
//! operations.
//!
//! # Plaintext bundles when a passphrase is set
//! Refused ([`BundleError::PlaintextRefused`]): anyone who can write to the folder could
//! otherwise inject operations into a chain that asked for authentication.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use crate::sync::crypto::Encryption;
use crate::sync::crypto::{KeyError, OpenError, SyncKey};

/// The `format` field of every bundle header.
pub const FORMAT_NAME: &str = "frontdesk-ops";
/// The format version this code writes and the highest it reads.
pub const FORMAT_VERSION: u32 = 1;
/// File name extension of bundles (without the dot).
pub const BUNDLE_EXTENSION: &str = "fdops";
/// Marker before the extension of encrypted bundles: `...-<last>.enc.fdops`.
const ENCRYPTED_MARK: &str = "enc";
/// Prefix of our temporary files (hidden, so every reader skips them).
pub(crate) const TEMP_PREFIX: &str = ".fdtmp-";
/// Every bundle starts with these bytes (the header's first field).
const MAGIC: &[u8] = b"{\"format\":";
/// A header longer than this is not ours.
const MAX_HEADER_LEN: u64 = 64 * 1024;
/// The largest body read: an export writes at most 10,000 operations to a bundle, each a
/// few kilobytes at the very most, so anything larger is not a bundle this program wrote
/// and is refused before it is read.
pub const MAX_BODY_LEN: u64 = 64 * 1024 * 1024;
const CHECKSUM_KEY: &[u8] = b"\"checksum\":\"";

/// Header of a bundle file (first line, JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleHeader {
    /// Always [`FORMAT_NAME`].
    pub format: String,
    /// [`FORMAT_VERSION`] when written by this code.
    pub version: u32,
    /// Terminal whose operations these are (16 hex digits in JSON).
    #[serde(with = "hex_id")]
    pub origin: u64,
    /// Human name of the origin terminal when the bundle was written.
    pub origin_name: String,
    /// Terminal that wrote this file (differs from `origin` when relaying).
    #[serde(with = "hex_id")]
    pub writer: u64,
    /// Human name of the writing terminal.
    pub writer_name: String,
    /// Sequence number of the first operation.
    pub first_seq: u64,
    /// Sequence number of the last operation (`first_seq + count - 1`).
    pub last_seq: u64,
    /// Number of operations.
    pub count: u64,
    /// When the file was written, UTC milliseconds since the Unix epoch.
    pub created_ms: u64,
    /// Length in bytes of the stored body (ciphertext when encrypted).
    pub body_len: u64,
    /// `null` for a plaintext bundle.
    pub encryption: Option<Encryption>,
    /// SHA-256 (hex) of the blanked header line, `\n` and the stored body. Always last.
    pub checksum: String,
}

/// What the caller supplies to write a bundle; the rest of the header is computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewBundle {
    /// Origin terminal id.
    pub origin: u64,
    /// Origin terminal name.
    pub origin_name: String,
    /// Writing terminal id (this desk).
    pub writer: u64,
    /// Writing terminal name.
    pub writer_name: String,
    /// Sequence number of `ops[0]`; the others follow consecutively.
    pub first_seq: u64,
    /// UTC milliseconds since the Unix epoch.
    pub created_ms: u64,
}

impl NewBundle {
    /// A header for a run starting at `first_seq`, stamped with the current time.
    pub fn now(
        origin: u64,
        origin_name: impl Into<String>,
        writer: u64,
        writer_name: impl Into<String>,
        first_seq: u64,
    ) -> Self {
        let created_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
        NewBundle {
            origin,
            origin_name: origin_name.into(),
            writer,
            writer_name: writer_name.into(),
            first_seq,
            created_ms,
        }
    }
}

/// A verified bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    /// The header as read.
    pub header: BundleHeader,
    /// The operations, in sequence order, without their line ends.
    pub ops: Vec<Vec<u8>>,
}

impl Bundle {
    /// `(seq, op)` pairs.
    pub fn seq_ops(&self) -> impl Iterator<Item = (u64, &[u8])> {
        (self.header.first_seq..).zip(self.ops.iter().map(Vec::as_slice))
    }
}

/// Why a bundle could not be written or read. Typed data, worded by the edges
/// (`catalog::bundle_error`); `Display` is the developer's `Debug`.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub enum BundleError {
    /// The file is not a frontdesk bundle.
    NotABundle,
    /// The file is shorter than its header says (still copying?).
    Truncated { expected: u64, found: u64 },
    /// The bundle is damaged: the detail.
    Corrupt(String),
    /// Written by a newer frontdesk: its format version.
    FutureVersion { version: u64 },
    /// The header announces a body larger than any bundle: its length and the limit.
    TooLarge { bytes: u64, max: u64 },
    /// Encrypted, and this desk has no passphrase.
    NoPassphrase,
    /// Encrypted with another passphrase.
    WrongPassphrase,
    /// Not encrypted, and this chain requires encryption.
    PlaintextRefused,
    /// Reading or writing the file failed.
    Io(#[from] io::Error),
    /// The caller asked for a bundle that cannot be written (a bug): the detail.
    Invalid(String),
    #[error(transparent)]
    Key(#[from] KeyError),
    /// An operation that does not pass the rules every operation passes
    /// ([`crate::domain::admit`]): the desk that wrote it, its sequence number, and what
    /// is wrong. The whole bundle is refused.
    InvalidOp {
        terminal: u64,
        seq: u64,
        fault: crate::domain::admit::OpFault,
    },
}

/// Equal when the same thing went wrong; I/O errors compare by kind and text. (An import
/// summary, holding refusals, can then be compared in tests and by the app's state.)
impl PartialEq for BundleError {
    fn eq(&self, other: &Self) -> bool {
        use BundleError as B;
        match (self, other) {
            (B::NotABundle, B::NotABundle)
            | (B::NoPassphrase, B::NoPassphrase)
            | (B::WrongPassphrase, B::WrongPassphrase)
            | (B::PlaintextRefused, B::PlaintextRefused) => true,
            (
                B::Truncated { expected, found },
                B::Truncated {
                    expected: e2,
                    found: f2,
                },
            ) => expected == e2 && found == f2,
            (B::Corrupt(a), B::Corrupt(b)) | (B::Invalid(a), B::Invalid(b)) => a == b,
            (B::FutureVersion { version: a }, B::FutureVersion { version: b }) => a == b,
            (B::TooLarge { bytes: a, max: m }, B::TooLarge { bytes: b, max: n }) => {
                a == b && m == n
            }
            (B::Io(a), B::Io(b)) => a.kind() == b.kind() && a.to_string() == b.to_string(),
            (B::Key(a), B::Key(b)) => a == b,
            (
                B::InvalidOp {
                    terminal,
                    seq,
                    fault,
                },
                B::InvalidOp {
                    terminal: t2,
                    seq: s2,
                    fault: f2,
                },
            ) => terminal == t2 && seq == s2 && fault == f2,
            _ => false,
        }
    }
}

impl Eq for BundleError {}

/// Parsed file name of a bundle: `<origin:016x>-<first>-<last>[.enc].fdops`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BundleName {
    pub origin: u64,
    pub first_seq: u64,
    pub last_seq: u64,
    pub encrypted: bool,
}

/// File name (without directory) for a bundle.
pub fn bundle_file_name(origin: u64, first_seq: u64, last_seq: u64, encrypted: bool) -> String {
    if encrypted {
        format!("{origin:016x}-{first_seq}-{last_seq}.{ENCRYPTED_MARK}.{BUNDLE_EXTENSION}")
    } else {
        format!("{origin:016x}-{first_seq}-{last_seq}.{BUNDLE_EXTENSION}")
    }
}

/// Path of a bundle relative to the sync folder: `<origin:016x>/<file name>`.
pub fn bundle_relative_path(
    origin: u64,
    first_seq: u64,
    last_seq: u64,
    encrypted: bool,
) -> PathBuf {
    PathBuf::from(format!("{origin:016x}"))
        .join(bundle_file_name(origin, first_seq, last_seq, encrypted))
}

/// Parses a name made by [`bundle_file_name`]; `None` for anything else.
pub fn parse_bundle_file_name(name: &str) -> Option<BundleName> {
    let stem = name.strip_suffix(BUNDLE_EXTENSION)?.strip_suffix('.')?;
    let (stem, encrypted) = match stem.strip_suffix(ENCRYPTED_MARK) {
        Some(s) => (s.strip_suffix('.')?, true),
        None => (stem, false),
    };
    let mut parts = stem.split('-');
    let origin_hex = parts.next()?;
    let first = parts.next()?;
    let last = parts.next()?;
    if parts.next().is_some() || origin_hex.len() != 16 {
        return None;
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !origin_hex.bytes().all(|b| b.is_ascii_hexdigit()) || !digits(first) || !digits(last) {
        return None;
    }
    let name = BundleName {
        origin: u64::from_str_radix(origin_hex, 16).ok()?,
        first_seq: first.parse().ok()?,
        last_seq: last.parse().ok()?,
        encrypted,
    };
    (name.first_seq <= name.last_seq).then_some(name)
}

/// Writes `ops` (one origin's consecutive operations from `header_in.first_seq`) as a new
/// bundle under `dir/<origin hex>/`, encrypted when `key` is given.
///
/// The file is written under a hidden temporary name in the same folder, flushed to disk,
/// then renamed, so readers never see a partial bundle. An existing bundle of the same
/// origin and range is left untouched and its path returned: operations are immutable, so
/// it holds the same operations.
pub fn write_bundle(
    dir: &Path,
    header_in: NewBundle,
    ops: &[Vec<u8>],
    key: Option<&SyncKey>,
) -> Result<PathBuf, BundleError> {
    if ops.is_empty() {
        return Err(BundleError::Invalid(
            "a bundle needs at least one operation".into(),
        ));
    }
    if let Some(i) = ops.iter().position(|op| op.contains(&b'\n')) {
        return Err(BundleError::Invalid(format!(
            "operation {i} contains a line break"
        )));
    }
    let count = ops.len() as u64;
    let last_seq = header_in
        .first_seq
        .checked_add(count - 1)
        .ok_or_else(|| BundleError::Invalid("sequence numbers overflow".into()))?;

    let mut plain = Vec::with_capacity(ops.iter().map(|o| o.len() + 1).sum());
    for op in ops {
        plain.extend_from_slice(op);
        plain.push(b'\n');
    }
    let encryption = key.map(SyncKey::new_encryption).transpose()?;
    // Poly1305 adds a 16-byte tag.
    let body_len = plain.len() as u64 + if encryption.is_some() { 16 } else { 0 };
    let header = BundleHeader {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        origin: header_in.origin,
        origin_name: header_in.origin_name,
        writer: header_in.writer,
        writer_name: header_in.writer_name,
        first_seq: header_in.first_seq,
        last_seq,
        count,
        created_ms: header_in.created_ms,
        body_len,
        encryption,
        checksum: String::new(),
    };
    let blanked = serde_json::to_vec(&header)
        .map_err(|e| BundleError::Invalid(format!("header does not serialize: {e}")))?;
    let body = match (key, &header.encryption) {
        (Some(key), Some(enc)) => key.seal(enc, &blanked, &plain).map_err(|e| match e {
            OpenError::Unsupported(k) => BundleError::Key(k),
            OpenError::WrongKey | OpenError::Corrupt(_) => {
                BundleError::Invalid("encryption failed".into())
            }
        })?,
        _ => plain,
    };
    if body.len() as u64 != body_len {
        return Err(BundleError::Invalid("unexpected ciphertext length".into()));
    }
    let checksum = checksum_hex(&blanked, &body);
    let line = fill_checksum(&blanked, &checksum)
        .ok_or_else(|| BundleError::Invalid("header layout changed".into()))?;

    let encrypted = header.encryption.is_some();
    let rel = bundle_relative_path(header.origin, header.first_seq, last_seq, encrypted);
    let path = dir.join(&rel);
    let parent = path.parent().unwrap_or(dir).to_path_buf();
    fs::create_dir_all(&parent)?;
    if path.exists() {
        return Ok(path);
    }
    let file_name = bundle_file_name(header.origin, header.first_seq, last_seq, encrypted);
    let tmp = parent.join(format!(
        "{TEMP_PREFIX}{file_name}.{:016x}",
        fastrand::u64(..)
    ));
    let result = write_new_file(&tmp, &[&line, b"\n", &body]).and_then(|()| {
        fs::rename(&tmp, &path)?;
        sync_dir(&parent);
        Ok(())
    });
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(e.into());
    }
    Ok(path)
}

fn write_new_file(path: &Path, parts: &[&[u8]]) -> io::Result<()> {
    let mut f = OpenOptions::new().write(true).create_new(true).open(path)?;
    for p in parts {
        f.write_all(p)?;
    }
    f.sync_all()
}

/// Makes the rename durable where the platform allows it (best effort: some network and
/// removable file systems cannot sync a directory).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Reads and fully verifies a bundle. `key` is this chain's passphrase, if one is set.
pub fn read_bundle(path: &Path, key: Option<&SyncKey>) -> Result<Bundle, BundleError> {
    let mut file = File::open(path)?;
    let (header, line, body) = read_parts(&mut file).map_err(|e| empty_foreign(path, e))?;

    let blanked = blank_checksum(&line)
        .ok_or_else(|| BundleError::Corrupt("header checksum field is malformed".into()))?;
    if checksum_hex(&blanked, &body) != header.checksum {
        return Err(BundleError::Corrupt("checksum mismatch".into()));
    }
    let plain = match (&header.encryption, key) {
        (None, None) => body,
        (None, Some(_)) => return Err(BundleError::PlaintextRefused),
        (Some(_), None) => return Err(BundleError::NoPassphrase),
        (Some(enc), Some(key)) => key.open(enc, &blanked, &body).map_err(|e| match e {
            OpenError::WrongKey => BundleError::WrongPassphrase,
            OpenError::Corrupt(why) => BundleError::Corrupt(why),
            OpenError::Unsupported(k) => BundleError::Key(k),
        })?,
    };
    let ops = split_ops(&plain, header.count)?;
    Ok(Bundle { header, ops })
}

/// Reads only the header, checking format and version but not the checksum: cheap, for
/// listing a folder (e.g. to adopt the salt of existing bundles). Trust nothing else in it
/// until [`read_bundle`] has verified the file.
pub fn read_header(path: &Path) -> Result<BundleHeader, BundleError> {
    let mut file = File::open(path)?;
    let line = read_header_line(&mut file).map_err(|e| empty_foreign(path, e))?;
    parse_header(&line)
}

/// An empty file named like a bundle is one still being copied; any other empty file is
/// simply not ours.
fn empty_foreign(path: &Path, e: BundleError) -> BundleError {
    let ours = path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case(BUNDLE_EXTENSION));
    match e {
        BundleError::Truncated { found: 0, .. } if !ours => BundleError::NotABundle,
        e => e,
    }
}

fn read_parts(file: &mut File) -> Result<(BundleHeader, Vec<u8>, Vec<u8>), BundleError> {
    let line = read_header_line(file)?;
    let header = parse_header(&line)?;
    if header.body_len > MAX_BODY_LEN {
        return Err(BundleError::TooLarge {
            bytes: header.body_len,
            max: MAX_BODY_LEN,
        });
    }
    // Read at most one byte more than announced, to tell truncated from padded.
    // Never trust the header for an allocation size: bound it by what the file really holds.
    let on_disk = file.metadata()?.len().saturating_sub(line.len() as u64 + 1);
    let mut body = Vec::with_capacity(usize::try_from(header.body_len.min(on_disk)).unwrap_or(0));
    file.take(header.body_len.saturating_add(1))
        .read_to_end(&mut body)?;
    let found = body.len() as u64;
    if found < header.body_len {
        let head = line.len() as u64 + 1;
        return Err(BundleError::Truncated {
            expected: head + header.body_len,
            found: head + found,
        });
    }
    if found > header.body_len {
        return Err(BundleError::Corrupt(
            "unexpected data after the body".into(),
        ));
    }
    Ok((header, line, body))
}

/// Reads the first line (without its `\n`), classifying foreign and cut-short files.
fn read_header_line(file: &mut File) -> Result<Vec<u8>, BundleError> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = file.read(&mut chunk)?;
        if n == 0 {
            // End of file before the header's line end.
            let start = &buf[..buf.len().min(MAGIC.len())];
            return if buf.len() < MAGIC.len() && MAGIC.starts_with(start) && !buf.is_empty() {
                Err(BundleError::Truncated {
                    expected: MAGIC.len() as u64,
                    found: buf.len() as u64,
                })
            } else if buf.len() >= MAGIC.len() && buf.starts_with(MAGIC) {
                Err(BundleError::Truncated {
                    expected: buf.len() as u64 + 1,
                    found: buf.len() as u64,
                })
            } else if buf.is_empty() {
                Err(BundleError::Truncated {
                    expected: 1,
                    found: 0,
                })
            } else {
                Err(BundleError::NotABundle)
            };
        }
        let before = buf.len();
        buf.extend_from_slice(&chunk[..n]);
        let have = buf.len().min(MAGIC.len());
        if buf[..have] != MAGIC[..have] {
            return Err(BundleError::NotABundle);
        }
        if let Some(pos) = buf[before..].iter().position(|&b| b == b'\n') {
            let end = before + pos;
            // Put back what follows the line end: seek to just after it.
            let extra = (buf.len() - end - 1) as i64;
            io::Seek::seek(file, io::SeekFrom::Current(-extra))?;
            buf.truncate(end);
            return Ok(buf);
        }
        if buf.len() as u64 > MAX_HEADER_LEN {
            return Err(BundleError::NotABundle);
        }
    }
}

fn parse_header(line: &[u8]) -> Result<BundleHeader, BundleError> {
    // First only format and version, whose meaning every version keeps.
    #[derive(Deserialize)]
    struct Probe {
        format: serde_json::Value,
        version: serde_json::Value,
    }
    let probe: Probe = serde_json::from_slice(line)
        .map_err(|e| BundleError::Corrupt(format!("header is unreadable: {e}")))?;
    if probe.format.as_str() != Some(FORMAT_NAME) {
        return Err(BundleError::NotABundle);
    }
    let version = probe
        .version
        .as_u64()
        .ok_or_else(|| BundleError::Corrupt("format version is not a number".into()))?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(BundleError::FutureVersion { version });
    }
    if version != u64::from(FORMAT_VERSION) {
        return Err(BundleError::Corrupt(format!(
            "unknown format version {version}"
        )));
    }
    let header: BundleHeader = serde_json::from_slice(line)
        .map_err(|e| BundleError::Corrupt(format!("header is unreadable: {e}")))?;
    let span = header.last_seq.checked_sub(header.first_seq);
    if header.count == 0 || span.and_then(|s| s.checked_add(1)) != Some(header.count) {
        return Err(BundleError::Corrupt(
            "sequence range and operation count disagree".into(),
        ));
    }
    Ok(header)
}

fn split_ops(plain: &[u8], count: u64) -> Result<Vec<Vec<u8>>, BundleError> {
    let Some(body) = plain.strip_suffix(b"\n") else {
        return Err(BundleError::Corrupt(
            "body does not end with a line end".into(),
        ));
    };
    let ops: Vec<Vec<u8>> = body.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
    if ops.len() as u64 != count {
        return Err(BundleError::Corrupt(format!(
            "{} operations where the header says {count}",
            ops.len()
        )));
    }
    Ok(ops)
}

fn checksum_hex(blanked_header: &[u8], body: &[u8]) -> String {
    hex::encode(
        Sha256::new()
            .chain_update(blanked_header)
            .chain_update(b"\n")
            .chain_update(body)
            .finalize(),
    )
}

/// `...,"checksum":""}` -> `...,"checksum":"<hex>"}`.
fn fill_checksum(blanked: &[u8], checksum: &str) -> Option<Vec<u8>> {
    let tail = [CHECKSUM_KEY, b"\"}"].concat();
    let head = blanked.strip_suffix(tail.as_slice())?;
    Some([head, CHECKSUM_KEY, checksum.as_bytes(), b"\"}"].concat())
}

/// `...,"checksum":"<64 hex>"}` -> `...,"checksum":""}`.
fn blank_checksum(line: &[u8]) -> Option<Vec<u8>> {
    let rest = line.strip_suffix(b"\"}")?;
    let (head, hex) = rest.split_at_checked(rest.len().checked_sub(64)?)?;
    if !hex.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    let head = head.strip_suffix(CHECKSUM_KEY)?;
    Some([head, CHECKSUM_KEY, b"\"}"].concat())
}

/// Terminal ids as 16 lowercase hex digits, like file names.
mod hex_id {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(id: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{id:016x}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        let s = String::deserialize(d)?;
        if s.len() != 16 {
            return Err(D::Error::custom("terminal id must be 16 hex digits"));
        }
        u64::from_str_radix(&s, 16).map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_round_trip() {
        let n = bundle_file_name(0xabc, 1, 42, false);
        assert_eq!(n, "0000000000000abc-1-42.fdops");
        assert_eq!(
            parse_bundle_file_name(&n),
            Some(BundleName {
                origin: 0xabc,
                first_seq: 1,
                last_seq: 42,
                encrypted: false
            })
        );
        let e = bundle_file_name(u64::MAX, 7, 7, true);
        assert_eq!(e, "ffffffffffffffff-7-7.enc.fdops");
        assert!(parse_bundle_file_name(&e).is_some_and(|n| n.encrypted));
        for bad in [
            "abc-1-2.fdops",
            "0000000000000abc-2-1.fdops",
            "0000000000000abc-1-2.txt",
            "0000000000000abc-1-2-3.fdops",
            "0000000000000abc-+1-2.fdops",
            "0000000000000abc-1-2.x.fdops",
            ".fdtmp-0000000000000abc-1-2.fdops.1234",
        ] {
            assert_eq!(parse_bundle_file_name(bad), None, "{bad}");
        }
    }

    #[test]
    fn checksum_blanking_round_trips() {
        let blanked = br#"{"a":1,"checksum":""}"#;
        let hex = "ab".repeat(32);
        let filled = fill_checksum(blanked, &hex).unwrap();
        assert_eq!(blank_checksum(&filled).unwrap(), blanked);
        assert_eq!(blank_checksum(br#"{"checksum":"zz"}"#), None);
    }
}
