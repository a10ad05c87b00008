//! Scores: what matched, name quality, frecency; and keeping the best `k`.

use super::MatchKind;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Classes of match, higher first (rule 1 of the ranking).
pub(crate) const CLASS_EXACT: i64 = 6;
pub(crate) const CLASS_TAIL: i64 = 5;
pub(crate) const CLASS_CARD_PREFIX: i64 = 4;
pub(crate) const CLASS_PHONE_PREFIX: i64 = 3;
pub(crate) const CLASS_TAG: i64 = 2;
pub(crate) const CLASS_NAME: i64 = 1;

const DAY_MS: i64 = 86_400_000;

/// A visit time as stored: days since 1970 plus one, 0 for never.
pub(crate) fn visit_day(ms: Option<i64>) -> u16 {
    match ms {
        None => 0,
        Some(ms) => (ms.div_euclid(DAY_MS).clamp(0, i64::from(u16::MAX) - 1) + 1) as u16,
    }
}

/// The day of `now_ms` in the same scale as [`visit_day`].
pub(crate) fn now_day(now_ms: i64) -> i64 {
    now_ms.div_euclid(DAY_MS) + 1
}

/// Frecency: recency weight times `1 + log2(1 + visits)`, with the visit count as a finer
/// tie-break in the low 16 bits.
pub(crate) fn frecency(day: u16, visits: u16, now_day: i64) -> u32 {
    if day == 0 {
        return u32::from(visits);
    }
    let ago = (now_day - i64::from(day)).max(0);
    let recency: u32 = match ago {
        0..=7 => 400,
        8..=30 => 200,
        31..=90 => 100,
        91..=365 => 50,
        _ => 10,
    };
    let freq = u32::BITS - (u32::from(visits) + 1).leading_zeros();
    ((recency * freq) << 16) | u32::from(visits)
}

/// The score of a hit: class, name tier, name quality (fuzzy-matcher's score), and a low part
/// (frecency, or for prefix listings the reverse of the position).
pub(crate) fn score(class: i64, tier: u8, quality: i64, low: u32) -> i64 {
    (class << 56)
        | (i64::from(tier) << 52)
        | (quality.clamp(0, (1 << 20) - 1) << 32)
        | i64::from(low)
}

/// A candidate hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cand {
    pub score: i64,
    pub id: u128,
    pub slot: u32,
    pub kind: MatchKind,
}

impl Cand {
    fn key(&self) -> (i64, Reverse<u128>) {
        (self.score, Reverse(self.id))
    }
}

impl Ord for Cand {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl PartialOrd for Cand {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The best `k` candidates seen (higher score, then smaller id).
pub(crate) struct TopK {
    k: usize,
    heap: BinaryHeap<Reverse<Cand>>,
}

impl TopK {
    pub fn new(k: usize) -> Self {
        TopK {
            k,
            heap: BinaryHeap::with_capacity(k.min(4096) + 1),
        }
    }

    /// Would a candidate with this score possibly enter? (Cheap pre-check before fetching
    /// the id.)
    #[inline]
    pub fn may_enter(&self, score: i64) -> bool {
        if self.k == 0 {
            return false;
        }
        self.heap.len() < self.k || self.heap.peek().is_some_and(|m| score >= m.0.score)
    }

    #[inline]
    pub fn push(&mut self, c: Cand) {
        if self.k == 0 {
            return;
        }
        if self.heap.len() < self.k {
            self.heap.push(Reverse(c));
        } else if self.heap.peek().is_some_and(|m| c > m.0) {
            self.heap.pop();
            self.heap.push(Reverse(c));
        }
    }

    /// Best first.
    pub fn into_sorted(self) -> Vec<Cand> {
        let mut v: Vec<Cand> = self.heap.into_iter().map(|r| r.0).collect();
        v.sort_unstable_by(|a, b| b.cmp(a));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frecency_prefers_recent_and_frequent() {
        let now = now_day(1_700_000_000_000);
        let d = |ago: i64| (now - ago) as u16;
        assert!(frecency(d(1), 3, now) > frecency(d(60), 3, now));
        assert!(frecency(d(1), 30, now) > frecency(d(1), 3, now));
        assert!(frecency(d(400), 1, now) > frecency(0, 1, now));
        assert_eq!(visit_day(None), 0);
        assert_eq!(visit_day(Some(-5)), 1);
    }

    #[test]
    fn topk_keeps_best() {
        let mut t = TopK::new(2);
        for (i, s) in [5i64, 1, 9, 5].into_iter().enumerate() {
            t.push(Cand {
                score: s,
                id: i as u128,
                slot: i as u32,
                kind: MatchKind::Name,
            });
        }
        let v = t.into_sorted();
        assert_eq!(
            v.iter().map(|c| (c.score, c.id)).collect::<Vec<_>>(),
            vec![(9, 2), (5, 0)]
        );
    }
}
