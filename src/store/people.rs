//! Who works the desks and whose data was erased: the operators table, the erased set,
//! and the operation log read as an audit trail.

use super::codec::dec;
use super::read::parse_op;
use super::records::StoredOperator;
use super::tables::*;
use super::{Store, StoreError};
use crate::domain::{Id, Op, Operator, Timestamp};
use redb::{ReadableTable, TableError};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Which log entries an audit asks for; every given filter must hold.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    pub member: Option<Id>,
    pub operator: Option<String>,
    pub since: Option<Timestamp>,
    /// The newest this many entries.
    pub limit: usize,
}

impl Store {
    /// Every operator who may sign in, by name.
    pub fn operators(&self) -> Result<Vec<Operator>, StoreError> {
        let tx = self.db().begin_read()?;
        let table = match tx.open_table(OPERATORS) {
            Ok(t) => t,
            Err(TableError::TableDoesNotExist(_)) => return Ok(Vec::new()),
            Err(e) => return Err(e.into()),
        };
        let mut out = Vec::new();
        for row in table.iter()? {
            let (_, v) = row?;
            let held: StoredOperator = dec(v.value())?;
            out.extend(held.operator);
        }
        Ok(out)
    }

    pub fn operator_named(&self, name: &str) -> Result<Option<Operator>, StoreError> {
        Ok(self.operators()?.into_iter().find(|o| o.name == name))
    }

    /// Whether the member's personal data was erased.
    pub fn is_erased(&self, id: Id) -> Result<bool, StoreError> {
        let tx = self.db().begin_read()?;
        match tx.open_table(ERASED) {
            Ok(t) => Ok(t.get(id.0)?.is_some()),
            Err(TableError::TableDoesNotExist(_)) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// The newest log entries that pass the filter, oldest first. One pass over the
    /// log keeping only `limit` entries, so memory stays small on a long log.
    pub fn audit(&self, filter: &AuditFilter) -> Result<Vec<Op>, StoreError> {
        let mut newest: BinaryHeap<Reverse<(crate::domain::Hlc, u64, u64)>> = BinaryHeap::new();
        let mut kept = std::collections::HashMap::new();
        self.for_each_op_raw(|bytes| {
            let op = parse_op(bytes)?;
            if !passes(&op, filter) {
                return Ok(());
            }
            let key = (op.hlc, op.terminal.0, op.seq);
            newest.push(Reverse(key));
            kept.insert(key, op);
            if newest.len() > filter.limit.max(1)
                && let Some(Reverse(old)) = newest.pop()
            {
                kept.remove(&old);
            }
            Ok(())
        })?;
        let mut out: Vec<(_, Op)> = kept.into_iter().collect();
        out.sort_by_key(|(k, _)| *k);
        Ok(out.into_iter().map(|(_, op)| op).collect())
    }
}

fn passes(op: &Op, f: &AuditFilter) -> bool {
    f.member.is_none_or(|m| op.change.member() == Some(m))
        && f.operator.as_deref().is_none_or(|o| op.operator == o)
        && f.since.is_none_or(|t| op.hlc.ms >= t.0)
}
