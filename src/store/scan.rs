//! Whole-table reads for lists and exports: every visit, every service, which member each
//! merged member now stands for, and the operations that mention a record. Each call is
//! one read transaction; records are decoded one at a time and handed to the caller.

use super::codec::dec;
use super::read::parse_op;
use super::records::StoredMember;
use super::tables::*;
use super::{Store, StoreError};
use crate::domain::{Id, Op, ServiceRecord, Visit};
use redb::{ReadableMultimapTable, ReadableTable, ReadableTableMetadata};
use std::collections::HashMap;

const MAX_MERGE_HOPS: usize = 32;

impl Store {
    /// Every visit (walk-ins included), in id order.
    pub fn for_each_visit(&self, mut f: impl FnMut(Visit)) -> Result<(), StoreError> {
        let tx = self.db().begin_read()?;
        for row in tx.open_table(VISITS)?.iter()? {
            let (_, v) = row?;
            f(dec(v.value())?);
        }
        Ok(())
    }

    /// Every service record, in id order.
    pub fn for_each_service(&self, mut f: impl FnMut(ServiceRecord)) -> Result<(), StoreError> {
        let tx = self.db().begin_read()?;
        for row in tx.open_table(SERVICES)?.iter()? {
            let (_, v) = row?;
            f(dec(v.value())?);
        }
        Ok(())
    }

    /// Each merged member and the member it now stands for (following chains of merges).
    /// Members not in the map stand for themselves: `map.get(&id).unwrap_or(&id)`.
    pub fn merge_map(&self) -> Result<HashMap<Id, Id>, StoreError> {
        let tx = self.db().begin_read()?;
        let merged = tx.open_multimap_table(MERGED)?;
        let mut direct: HashMap<Id, Id> = HashMap::new();
        if merged.is_empty()? {
            return Ok(direct);
        }
        let members = tx.open_table(MEMBERS)?;
        for row in merged.iter()? {
            let (into, froms) = row?;
            for from in froms {
                let from = Id(from?.value());
                // The index may list a merge a later unmerge undid; trust the member record.
                if let Some(v) = members.get(from.0)? {
                    let sm: StoredMember = dec(v.value())?;
                    if sm.merged_into == Some(Id(into.value())) {
                        direct.insert(from, Id(into.value()));
                    }
                }
            }
        }
        let mut out = HashMap::with_capacity(direct.len());
        for (&from, &into) in &direct {
            let mut cur = into;
            for _ in 0..MAX_MERGE_HOPS {
                match direct.get(&cur) {
                    Some(&next) if next != from => cur = next,
                    _ => break,
                }
            }
            out.insert(from, cur);
        }
        Ok(out)
    }

    /// Operations whose JSON contains `needle` (a cheap byte filter before parsing), in
    /// (terminal, sequence) order. For reading back what was done to one record.
    pub fn ops_containing(&self, needle: &str) -> Result<Vec<Op>, StoreError> {
        let tx = self.db().begin_read()?;
        let needle = needle.as_bytes();
        let mut out = Vec::new();
        for row in tx.open_table(OPS)?.iter()? {
            let (_, v) = row?;
            let bytes = v.value();
            if needle.is_empty() || bytes.windows(needle.len()).any(|w| w == needle) {
                out.push(parse_op(bytes)?);
            }
        }
        Ok(out)
    }
}
