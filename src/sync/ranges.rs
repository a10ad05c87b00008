//! Sets of sequence numbers kept as disjoint inclusive ranges.

use std::collections::BTreeMap;

/// A set of `u64` sequence numbers, stored as maximal disjoint inclusive ranges.
///
/// Adjacent and overlapping ranges are merged on insert, so `1..=5` and `6..=9`
/// become `1..=9`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RangeSet {
    /// start -> end (inclusive); ranges are disjoint and never adjacent.
    ranges: BTreeMap<u64, u64>,
}

impl RangeSet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds every sequence number in `first..=last`. Does nothing when `first > last`.
    pub fn insert(&mut self, first: u64, last: u64) {
        if first > last {
            return;
        }
        let mut start = first;
        let mut end = last;
        // A range starting at or before `start` may overlap or touch it.
        if let Some((&s, &e)) = self.ranges.range(..=start).next_back()
            && e.saturating_add(1) >= start
        {
            start = s;
            end = end.max(e);
        }
        // Absorb every range that starts inside, or right after, the new one.
        loop {
            let next = self
                .ranges
                .range(start..)
                .next()
                .map(|(&s, &e)| (s, e))
                .filter(|&(s, _)| s <= end.saturating_add(1));
            match next {
                Some((s, e)) => {
                    self.ranges.remove(&s);
                    end = end.max(e);
                }
                None => break,
            }
        }
        self.ranges.insert(start, end);
    }

    /// Whether `seq` is in the set.
    pub fn contains(&self, seq: u64) -> bool {
        self.ranges
            .range(..=seq)
            .next_back()
            .is_some_and(|(_, &e)| seq <= e)
    }

    /// Whether every number of `first..=last` is in the set (true when `first > last`).
    pub fn contains_range(&self, first: u64, last: u64) -> bool {
        if first > last {
            return true;
        }
        self.ranges
            .range(..=first)
            .next_back()
            .is_some_and(|(_, &e)| last <= e)
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// How many sequence numbers the set holds (saturating at `u64::MAX`).
    pub fn len(&self) -> u64 {
        self.ranges.iter().fold(0u64, |n, (&s, &e)| {
            n.saturating_add(e - s).saturating_add(1)
        })
    }

    /// The maximal ranges, ascending, as `(first, last)` inclusive pairs.
    pub fn ranges(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.ranges.iter().map(|(&s, &e)| (s, e))
    }

    /// The highest number `h` such that `1..=h` are all in the set (0 if 1 is missing):
    /// the "highest seq seen" of a log whose sequence numbers start at 1.
    pub fn contiguous_from_one(&self) -> u64 {
        match self.ranges.iter().next() {
            Some((&1, &e)) => e,
            _ => 0,
        }
    }

    /// The parts of `first..=last` that are not in the set, as maximal inclusive runs.
    ///
    /// For an exporter that holds every operation of `first..=last` of an origin.
    pub fn gaps(&self, first: u64, last: u64) -> Vec<(u64, u64)> {
        let mut out = Vec::new();
        if first > last {
            return out;
        }
        let mut cursor = first; // next number not yet accounted for
        // Start from the range that may cover `first`.
        let begin = self
            .ranges
            .range(..=first)
            .next_back()
            .map_or(first, |(&s, _)| s);
        for (&s, &e) in self.ranges.range(begin..) {
            if s > last {
                break;
            }
            if e < cursor {
                continue;
            }
            if s > cursor {
                out.push((cursor, s - 1));
            }
            if e >= last {
                return out;
            }
            cursor = e + 1;
        }
        out.push((cursor, last));
        out
    }

    /// Given the sequence numbers a desk holds for one origin, the maximal runs of
    /// consecutive numbers that the set does not cover: what to export.
    ///
    /// `held` should be ascending; it is sorted (and deduplicated) first if it is not.
    pub fn uncovered_runs(&self, held: &[u64]) -> Vec<(u64, u64)> {
        let sorted;
        let held = if held.windows(2).all(|w| w[0] < w[1]) {
            held
        } else {
            let mut v = held.to_vec();
            v.sort_unstable();
            v.dedup();
            sorted = v;
            &sorted
        };
        let mut out: Vec<(u64, u64)> = Vec::new();
        for &seq in held {
            if self.contains(seq) {
                continue;
            }
            match out.last_mut() {
                Some((_, last)) if last.checked_add(1) == Some(seq) => *last = seq,
                _ => out.push((seq, seq)),
            }
        }
        out
    }
}

impl FromIterator<(u64, u64)> for RangeSet {
    fn from_iter<I: IntoIterator<Item = (u64, u64)>>(iter: I) -> Self {
        let mut set = RangeSet::new();
        for (first, last) in iter {
            set.insert(first, last);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_merges_overlapping_and_adjacent() {
        let mut s = RangeSet::new();
        s.insert(10, 20);
        s.insert(1, 3);
        s.insert(21, 25);
        s.insert(4, 4);
        assert_eq!(s.ranges().collect::<Vec<_>>(), vec![(1, 4), (10, 25)]);
        s.insert(5, 9);
        assert_eq!(s.ranges().collect::<Vec<_>>(), vec![(1, 25)]);
        s.insert(30, 29); // empty
        assert_eq!(s.len(), 25);
        assert_eq!(s.contiguous_from_one(), 25);
    }

    #[test]
    fn extremes_do_not_overflow() {
        let mut s = RangeSet::new();
        s.insert(u64::MAX - 1, u64::MAX);
        s.insert(0, 0);
        s.insert(u64::MAX, u64::MAX);
        assert!(s.contains(u64::MAX));
        assert!(s.contains(0));
        assert!(!s.contains(1));
        assert_eq!(s.gaps(0, u64::MAX), vec![(1, u64::MAX - 2)]);
        assert_eq!(
            s.uncovered_runs(&[u64::MAX - 2, u64::MAX - 1]),
            vec![(u64::MAX - 2, u64::MAX - 2)]
        );
    }

    #[test]
    fn gaps_and_runs() {
        let s: RangeSet = [(3, 5), (8, 8)].into_iter().collect();
        assert_eq!(s.gaps(1, 10), vec![(1, 2), (6, 7), (9, 10)]);
        assert_eq!(s.gaps(3, 5), vec![]);
        assert_eq!(s.gaps(4, 9), vec![(6, 7), (9, 9)]);
        assert!(s.contains_range(3, 5));
        assert!(!s.contains_range(3, 6));
        assert_eq!(
            s.uncovered_runs(&[1, 2, 3, 4, 6, 7, 8, 9, 11]),
            vec![(1, 2), (6, 7), (9, 9), (11, 11)]
        );
        assert_eq!(s.uncovered_runs(&[9, 1, 2, 2]), vec![(1, 2), (9, 9)]);
        assert_eq!(s.contiguous_from_one(), 0);
    }
}
