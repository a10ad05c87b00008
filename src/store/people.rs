//! Who works the desks and whose data was erased: the operators table, the erased set,
//! and the operation log read as an audit trail.

use super::codec::dec;
use super::read::parse_op;
use super::records::StoredOperator;
use super::tables::*;
use super::{Store, StoreError, optional};
use crate::domain::{Id, Op, Operator, Timestamp};
use redb::ReadableTable;

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
        let Some(table) = optional(tx.open_table(OPERATORS))? else {
            return Ok(Vec::new());
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
        match optional(tx.open_table(ERASED))? {
            Some(t) => Ok(t.get(id.0)?.is_some()),
            None => Ok(false),
        }
    }

    /// The newest log entries that pass the filter, oldest first. Each desk's part of
    /// the log is read newest first and left as soon as it has given `limit` entries (or
    /// reached entries older than `since`); an entry's bytes are searched for the operator
    /// or member asked for before it is parsed, so a filter costs a byte search per entry.
    pub fn audit(&self, filter: &AuditFilter) -> Result<Vec<Op>, StoreError> {
        let limit = filter.limit.max(1);
        let needles = Needles::of(filter);
        let tx = self.db().begin_read()?;
        let log = tx.open_table(OPS)?;
        let mut found = Vec::new();
        let mut next = Some(0u64);
        while let Some(from) = next {
            let Some(first) = log.range((from, 0)..)?.next() else {
                break;
            };
            let terminal = first?.0.value().0;
            next = terminal.checked_add(1);
            let mut kept = 0;
            for row in log.range((terminal, 0)..=(terminal, u64::MAX))?.rev() {
                let (_, v) = row?;
                if !needles.may_match(v.value()) {
                    continue;
                }
                let op = parse_op(v.value())?;
                // One desk's log runs forward in time: past `since`, all the rest is older.
                if filter.since.is_some_and(|t| op.hlc.ms < t.0) {
                    break;
                }
                if passes(&op, filter) {
                    found.push(op);
                    kept += 1;
                    if kept == limit {
                        break;
                    }
                }
            }
        }
        found.sort_by_key(|op| (op.hlc, op.terminal.0, op.seq));
        let skip = found.len().saturating_sub(limit);
        Ok(found.split_off(skip))
    }
}

/// What an entry's JSON must contain to pass a filter: its operator's name, its member's
/// id, as JSON writes them.
struct Needles {
    operator: Option<Vec<u8>>,
    member: Option<Vec<u8>>,
}

impl Needles {
    fn of(f: &AuditFilter) -> Needles {
        let json = |s: &str| serde_json::to_vec(s).unwrap_or_default();
        Needles {
            operator: f.operator.as_deref().map(json),
            member: f.member.map(|m| json(&m.to_string())),
        }
    }

    fn may_match(&self, bytes: &[u8]) -> bool {
        let has = |n: &Option<Vec<u8>>| {
            n.as_ref()
                .is_none_or(|n| memchr::memmem::find(bytes, n).is_some())
        };
        has(&self.operator) && has(&self.member)
    }
}

fn passes(op: &Op, f: &AuditFilter) -> bool {
    f.member.is_none_or(|m| op.change.member() == Some(m))
        && f.operator.as_deref().is_none_or(|o| op.operator == o)
        && f.since.is_none_or(|t| op.hlc.ms >= t.0)
}
