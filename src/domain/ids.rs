//! Ids unique across terminals without coordination: the terminal that made a record
//! and that terminal's sequence number, packed in one `u128` so redb can key on it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A desk's identity, random when its store is created.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TerminalId(pub u64);

impl TerminalId {
    pub fn random() -> Self {
        // Zero is reserved so an unset id is never mistaken for a real desk.
        TerminalId(fastrand::u64(1..))
    }
}

impl fmt::Display for TerminalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// A record id: `terminal << 64 | seq`. Shown as `<terminal hex>-<seq>`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(pub u128);

impl Id {
    pub fn new(terminal: TerminalId, seq: u64) -> Self {
        Id(((terminal.0 as u128) << 64) | seq as u128)
    }
    pub fn terminal(self) -> TerminalId {
        TerminalId((self.0 >> 64) as u64)
    }
    pub fn seq(self) -> u64 {
        self.0 as u64
    }
}

impl Id {
    /// An id every desk computes alike from the same facts (terminal part 0, which no desk
    /// has): two desks recording the same expiry or tier change make one record, not two.
    pub fn derived(facts: &[&[u8]]) -> Id {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        for f in facts {
            h.update((f.len() as u64).to_le_bytes());
            h.update(f);
        }
        let d = h.finalize();
        let mut b = [0u8; 8];
        b.copy_from_slice(&d[..8]);
        Id::new(TerminalId(0), u64::from_le_bytes(b) | 1)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:x}-{}", self.terminal().0, self.seq())
    }
}

/// Text that is not a record id: what was typed. The desk turns it into
/// `DeskError::NotAMemberId` or `NotAComplaintId`, which the edges word.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub struct BadId(pub String);

impl FromStr for Id {
    type Err = BadId;
    fn from_str(s: &str) -> Result<Self, BadId> {
        let bad = || BadId(s.to_string());
        let (t, q) = s.trim().split_once('-').ok_or_else(bad)?;
        let t = u64::from_str_radix(t, 16).map_err(|_| bad())?;
        let q: u64 = q.parse().map_err(|_| bad())?;
        Ok(Id::new(TerminalId(t), q))
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_str(self)
        } else {
            s.serialize_u128(self.0)
        }
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            let s = String::deserialize(d)?;
            s.parse().map_err(serde::de::Error::custom)
        } else {
            Ok(Id(u128::deserialize(d)?))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn id_round_trips_through_text() {
        let id = Id::new(TerminalId(0xabc), 42);
        assert_eq!(id.to_string(), "abc-42");
        assert_eq!("abc-42".parse::<Id>().unwrap(), id);
        assert!("nonsense".parse::<Id>().is_err());
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(serde_json::from_str::<Id>(&json).unwrap(), id);
    }
}
