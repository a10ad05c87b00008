//! What the desk knows about itself: its name, who works it, whether it is new, where
//! sync stands, and the search documents its Lookup index is built from.

use super::{Desk, DeskError};
use crate::domain::Id;
use crate::search::SearchDoc;
use crate::search::from_store::{member_docs, search_doc};
use crate::sync::SyncStatus;

/// This desk as the title bar shows it when the app opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeskInfo {
    pub terminal: String,
    pub operator: String,
    /// No records at all: offer demo data.
    pub empty: bool,
}

/// How the Lookup index must change after a member changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndexChange {
    Upsert(SearchDoc),
    /// Deleted, or merged into another member.
    Remove(Id),
}

impl Desk<'_> {
    pub fn info(&self) -> Result<DeskInfo, DeskError> {
        Ok(DeskInfo {
            terminal: self.store.terminal_name()?,
            operator: self.store.operator()?,
            empty: self.store.is_empty()?,
        })
    }

    pub fn sync_status(&self) -> Result<SyncStatus, DeskError> {
        Ok(crate::sync::status(self.store)?)
    }

    /// Every visible member as a search document, for building the Lookup index.
    pub fn index_docs(&self) -> Result<Vec<SearchDoc>, DeskError> {
        Ok(member_docs(self.store)?)
    }

    /// The index change for a member who may have changed. A failed read is an error,
    /// never taken for a deletion.
    pub fn index_change(&self, id: Id) -> Result<IndexChange, DeskError> {
        Ok(match self.store.member(id)? {
            Some(v) if v.member.id == id => IndexChange::Upsert(search_doc(&v.member, &v.stats)),
            _ => IndexChange::Remove(id),
        })
    }
}
