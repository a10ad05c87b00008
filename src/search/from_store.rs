//! Search documents from the store: the one way both the Lookup pane and
//! `frontdesk member find` build their index, so both rank alike.

use super::SearchDoc;
use crate::domain::Member;
use crate::store::{MemberStats, Store, StoreError};

pub fn search_doc(m: &Member, s: &MemberStats) -> SearchDoc {
    SearchDoc {
        id: m.id.0,
        name: m.name.clone(),
        phone: m.phone.clone(),
        card: m.card.clone(),
        tags: m.tags.clone(),
        last_visit_ms: s.last_visit.map(|t| t.0),
        visit_count: s.visits,
    }
}

/// Every visible member of the store as a search document.
pub fn member_docs(store: &Store) -> Result<Vec<SearchDoc>, StoreError> {
    let mut docs = Vec::new();
    store.for_each_member(|m, s| docs.push(search_doc(m, s)))?;
    Ok(docs)
}
