//! PROVISIONAL linear search so the app compiles; replaced by the search branch at merge.
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
pub struct SearchDoc {
    pub id: u128,
    pub name: String,
    pub phone: String,
    pub card: String,
    pub tags: Vec<String>,
    pub last_visit_ms: Option<i64>,
    pub visit_count: u32,
}
#[derive(Clone, Debug, Default)]
pub struct SearchResult {
    pub hits: Vec<Hit>,
    pub total: usize,
}
#[derive(Clone, Debug)]
pub struct Hit {
    pub id: u128,
    pub score: i64,
}
#[derive(Default)]
pub struct SearchIndex {
    docs: HashMap<u128, SearchDoc>,
}
impl SearchIndex {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn build(docs: Vec<SearchDoc>) -> Self {
        SearchIndex {
            docs: docs.into_iter().map(|d| (d.id, d)).collect(),
        }
    }
    pub fn upsert(&mut self, doc: SearchDoc) {
        self.docs.insert(doc.id, doc);
    }
    pub fn remove(&mut self, id: u128) {
        self.docs.remove(&id);
    }
    pub fn len(&self) -> usize {
        self.docs.len()
    }
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }
    pub fn query(&self, q: &str, limit: usize, _now_ms: i64) -> SearchResult {
        let q = q.trim().to_lowercase();
        if q.is_empty() {
            return SearchResult::default();
        }
        let mut hits: Vec<Hit> = self
            .docs
            .values()
            .filter(|d| {
                d.name.to_lowercase().contains(&q)
                    || d.phone.ends_with(&q)
                    || d.card.to_lowercase().starts_with(&q)
            })
            .map(|d| Hit {
                id: d.id,
                score: d.visit_count as i64,
            })
            .collect();
        hits.sort_by_key(|h| (-h.score, h.id));
        let total = hits.len();
        hits.truncate(limit);
        SearchResult { hits, total }
    }
}
