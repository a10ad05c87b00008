//! Shifts (交班): each shift by id, each desk's shifts by number, and the shift open on
//! each desk. Every rule gives the same tables whatever order the operations arrive in:
//! a shift is opened once (its id is the opening operation's), the earliest close and
//! accept by clock win, and the open shift of a desk follows from the shifts held.

use super::codec::{dec, enc};
use super::tables::{OPEN_SHIFTS, SHIFTS, SHIFTS_BY_DESK};
use super::{Store, StoreError, optional};
use crate::domain::shift::{Shift, ShiftAccept, ShiftClose, ShiftOpen};
use crate::domain::{Hlc, Id, TerminalId};
use redb::{ReadableTable, Table, WriteTransaction};
use serde::{Deserialize, Serialize};

/// A shift with the clocks of its close and accept, so duplicates resolve alike.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredShift {
    pub shift: Shift,
    pub close_stamp: Hlc,
    pub accept_stamp: Hlc,
}

/// The shift tables, opened once per write transaction.
pub struct ShiftTables<'t> {
    shifts: Table<'t, u128, &'static [u8]>,
    by_desk: Table<'t, (u64, u64), u128>,
    open: Table<'t, u64, u128>,
}

impl<'t> ShiftTables<'t> {
    pub fn open(tx: &'t WriteTransaction) -> Result<Self, StoreError> {
        Ok(ShiftTables {
            shifts: tx.open_table(SHIFTS)?,
            by_desk: tx.open_table(SHIFTS_BY_DESK)?,
            open: tx.open_table(OPEN_SHIFTS)?,
        })
    }

    fn get(&self, id: Id) -> Result<StoredShift, StoreError> {
        match self.shifts.get(id.0)? {
            Some(v) => dec(v.value()),
            None => Ok(StoredShift {
                shift: Shift {
                    id,
                    open: None,
                    close: None,
                    accept: None,
                },
                close_stamp: Hlc::default(),
                accept_stamp: Hlc::default(),
            }),
        }
    }

    fn put(&mut self, s: &StoredShift) -> Result<(), StoreError> {
        self.shifts.insert(s.shift.id.0, enc(s)?.as_slice())?;
        self.settle(s.shift.desk())
    }

    pub fn opened(&mut self, open: &ShiftOpen) -> Result<(), StoreError> {
        let mut s = self.get(open.id)?;
        s.shift.open = Some(open.clone());
        let desk = open.id.terminal().0;
        self.by_desk.insert((desk, open.number), open.id.0)?;
        self.put(&s)
    }

    pub fn closed(&mut self, close: &ShiftClose, hlc: Hlc) -> Result<(), StoreError> {
        let mut s = self.get(close.shift)?;
        if s.shift.close.is_none() || hlc < s.close_stamp {
            s.shift.close = Some(close.clone());
            s.close_stamp = hlc;
        }
        self.put(&s)
    }

    pub fn accepted(&mut self, accept: &ShiftAccept, hlc: Hlc) -> Result<(), StoreError> {
        let mut s = self.get(accept.shift)?;
        if s.shift.accept.is_none() || hlc < s.accept_stamp {
            s.shift.accept = Some(accept.clone());
            s.accept_stamp = hlc;
        }
        self.put(&s)
    }

    /// The desk's open shift: its highest-numbered shift, while not closed.
    fn settle(&mut self, desk: TerminalId) -> Result<(), StoreError> {
        let last = self
            .by_desk
            .range((desk.0, 0)..=(desk.0, u64::MAX))?
            .next_back()
            .transpose()?
            .map(|(_, id)| Id(id.value()));
        let open = match last {
            Some(id) => Some(self.get(id)?).filter(|s| s.shift.is_open()),
            None => None,
        };
        match open {
            Some(s) => self.open.insert(desk.0, s.shift.id.0)?,
            None => self.open.remove(desk.0)?,
        };
        Ok(())
    }
}

impl Store {
    /// A shift by id.
    pub fn shift(&self, id: Id) -> Result<Option<Shift>, StoreError> {
        let tx = self.db().begin_read()?;
        let Some(t) = optional(tx.open_table(SHIFTS))? else {
            return Ok(None);
        };
        match t.get(id.0)? {
            Some(v) => Ok(Some(dec::<StoredShift>(v.value())?.shift)),
            None => Ok(None),
        }
    }

    /// The shift open on this desk, if any.
    pub fn open_shift(&self, desk: TerminalId) -> Result<Option<Shift>, StoreError> {
        let id = {
            let tx = self.db().begin_read()?;
            match optional(tx.open_table(OPEN_SHIFTS))? {
                Some(t) => t.get(desk.0)?.map(|v| Id(v.value())),
                None => None,
            }
        };
        match id {
            Some(id) => self.shift(id),
            None => Ok(None),
        }
    }

    /// The desk's shift with this number (`None`: its latest).
    pub fn desk_shift(
        &self,
        desk: TerminalId,
        number: Option<u64>,
    ) -> Result<Option<Shift>, StoreError> {
        let id = {
            let tx = self.db().begin_read()?;
            let Some(t) = optional(tx.open_table(SHIFTS_BY_DESK))? else {
                return Ok(None);
            };
            let found = match number {
                Some(n) => t.get((desk.0, n))?.map(|v| v.value()),
                None => t
                    .range((desk.0, 0)..=(desk.0, u64::MAX))?
                    .next_back()
                    .transpose()?
                    .map(|(_, v)| v.value()),
            };
            found.map(Id)
        };
        match id {
            Some(id) => self.shift(id),
            None => Ok(None),
        }
    }

    /// Every shift held, from every desk, by id.
    pub fn shifts(&self) -> Result<Vec<Shift>, StoreError> {
        let tx = self.db().begin_read()?;
        let Some(t) = optional(tx.open_table(SHIFTS))? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for row in t.iter()? {
            out.push(dec::<StoredShift>(row?.1.value())?.shift);
        }
        Ok(out)
    }
}
