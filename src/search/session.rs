//! Typing faster than the screen: a query session narrows and remembers.

use super::SearchResult;
use super::index::SearchIndex;
use super::query::parse;
use super::rank::now_day;

/// Most remembered prefixes.
const MAX_ENTRIES: usize = 64;

/// Answers the successive queries of one search box. A query that extends the previous one
/// filters the previous matches instead of scanning every member; backspace reuses the
/// matches (and, for the same limit and day, the very result) remembered for the shorter
/// query. Any change to the index forgets everything, so an edit is seen by the next query.
///
/// Results are always the same as [`SearchIndex::query`] would give.
#[derive(Debug, Default, Clone)]
pub struct QuerySession {
    /// (index uid, index version) the entries belong to.
    seen: (u64, u64),
    /// Each entry's name query is a prefix of the next one's.
    entries: Vec<Entry>,
}

#[derive(Debug, Clone)]
struct Entry {
    name: String,
    matches: Vec<u64>,
    last: Option<(String, usize, i64, SearchResult)>,
}

impl QuerySession {
    /// A session with nothing remembered.
    pub fn new() -> Self {
        Self::default()
    }

    /// Forgets remembered matches.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Answers `q` like [`SearchIndex::query`], reusing earlier work where it can.
    pub fn query(
        &mut self,
        index: &SearchIndex,
        q: &str,
        limit: usize,
        now_ms: i64,
    ) -> SearchResult {
        if self.seen != (index.uid, index.version) {
            self.entries.clear();
            self.seen = (index.uid, index.version);
        }
        let p = parse(q);
        if p.is_empty() {
            return SearchResult::default();
        }
        if p.name.is_empty() {
            return index.rank(&p, &[], limit, now_ms);
        }
        while self
            .entries
            .last()
            .is_some_and(|e| !p.name.starts_with(e.name.as_str()))
        {
            self.entries.pop();
        }
        let day = now_day(now_ms);
        if self.entries.last().is_none_or(|e| e.name != p.name) {
            let matches = index.name_matches(&p, self.entries.last().map(|e| e.matches.as_slice()));
            if self.entries.len() == MAX_ENTRIES {
                self.entries.remove(0);
            }
            self.entries.push(Entry {
                name: p.name.clone(),
                matches,
                last: None,
            });
        }
        let Some(entry) = self.entries.last_mut() else {
            return index.rank(&p, &index.name_matches(&p, None), limit, now_ms);
        };
        if let Some((lq, ll, ld, r)) = &entry.last
            && lq == q
            && *ll == limit
            && *ld == day
        {
            return r.clone();
        }
        let r = index.rank(&p, &entry.matches, limit, now_ms);
        entry.last = Some((q.to_string(), limit, day, r.clone()));
        r
    }
}
