//! The shift at the desk (交班): open with a float, close with the counted cash (the
//! slip's figures computed then and recorded), accept by the next operator, show a
//! slip, and the day close (日结) adding up the shifts of the store closed on a date.

use super::{Desk, DeskError};
use crate::domain::shift::{
    self, Shift, ShiftAccept, ShiftClose, ShiftCounts, ShiftFigures, ShiftOpen,
};
use crate::domain::{Change, Money, Timestamp};
use crate::membership::money::{Span, activity};
use chrono::NaiveDate;

/// Why a shift action did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShiftRefusal {
    /// A shift is open on this desk already: its number.
    AlreadyOpen(u64),
    /// No shift is open on this desk.
    NotOpen,
    /// No closed shift waits to be accepted on this desk.
    NothingToAccept,
    /// The operator who closed a shift cannot accept it: their name.
    OwnShift(String),
    /// This desk has no shift with this number.
    NoSuchShift(u64),
    /// This desk has had no shift yet.
    NoShifts,
    /// A total would not fit.
    Overflow,
}

/// A shift with its figures: as recorded at the close, or so far while open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slip {
    pub shift: Shift,
    pub figures: ShiftFigures,
}

impl Slip {
    pub fn open(&self) -> Option<&ShiftOpen> {
        self.shift.open.as_ref()
    }
    pub fn number(&self) -> u64 {
        self.open().map_or(0, |o| o.number)
    }
    pub fn desk_name(&self) -> &str {
        self.open().map_or("", |o| o.desk_name.as_str())
    }
}

/// A shift opened, and the slip it accepted from the operator before, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShiftOpened {
    pub shift: Shift,
    pub accepted: Option<Shift>,
}

/// The day close: the shifts of the store closed on a local date, and their sum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayReport {
    pub date: NaiveDate,
    pub slips: Vec<Slip>,
    pub totals: ShiftFigures,
}

fn refused(r: ShiftRefusal) -> DeskError {
    DeskError::Shift(r)
}

impl Desk<'_> {
    /// The shift open on this desk, if any.
    pub fn shift_current(&self) -> Result<Option<Shift>, DeskError> {
        Ok(self.store.open_shift(self.store.terminal())?)
    }

    /// Open a shift with this float; accepts the last slip when someone else closed it.
    pub fn shift_open(&self, float: Money) -> Result<ShiftOpened, DeskError> {
        let desk = self.store.terminal();
        if let Some(s) = self.store.open_shift(desk)? {
            return Err(refused(ShiftRefusal::AlreadyOpen(number(&s))));
        }
        let last = self.store.desk_shift(desk, None)?;
        let mut changes = Vec::new();
        let accepting = last.filter(|s| self.may_accept(s).unwrap_or(false));
        if let Some(s) = &accepting {
            changes.push(self.accept_change(s));
        }
        changes.push(Change::ShiftOpen {
            shift: ShiftOpen {
                id: crate::domain::ops::NEW_ID,
                desk_name: self.store.terminal_name()?,
                number: self
                    .store
                    .desk_shift(desk, None)?
                    .map_or(1, |s| number(&s) + 1),
                operator: String::new(),
                float,
                at: self.now,
            },
        });
        let ops = self.commit(changes)?;
        let id = ops.last().map_or(crate::domain::ops::NEW_ID, |o| o.id());
        let shift = self
            .store
            .shift(id)?
            .ok_or(refused(ShiftRefusal::NotOpen))?;
        let accepted = match accepting {
            Some(s) => self.store.shift(s.id)?,
            None => None,
        };
        Ok(ShiftOpened { shift, accepted })
    }

    /// Close the open shift with the cash counted: its slip, as recorded.
    pub fn shift_close(&self, counted: Money) -> Result<Slip, DeskError> {
        let open = self
            .shift_current()?
            .ok_or(refused(ShiftRefusal::NotOpen))?;
        let figures = self.figures_so_far(&open, Some(counted))?;
        self.commit(vec![Change::ShiftClose {
            close: ShiftClose {
                shift: open.id,
                operator: String::new(),
                at: self.now,
                figures,
            },
        }])?;
        let shift = self
            .store
            .shift(open.id)?
            .ok_or(refused(ShiftRefusal::NotOpen))?;
        Ok(slip(shift))
    }

    /// The next operator accepts the last closed shift of this desk.
    pub fn shift_accept(&self) -> Result<Slip, DeskError> {
        let desk = self.store.terminal();
        let last = self.store.desk_shift(desk, None)?;
        let closed = match last {
            Some(s) if s.is_open() => match number(&s).checked_sub(1) {
                Some(n) if n > 0 => self.store.desk_shift(desk, Some(n))?,
                _ => None,
            },
            other => other,
        };
        let s = closed
            .filter(|s| s.close.is_some() && s.accept.is_none())
            .ok_or(refused(ShiftRefusal::NothingToAccept))?;
        if !self.may_accept(&s)? {
            let who = s
                .close
                .as_ref()
                .map(|c| c.operator.clone())
                .unwrap_or_default();
            return Err(refused(ShiftRefusal::OwnShift(who)));
        }
        self.commit(vec![self.accept_change(&s)])?;
        let shift = self.store.shift(s.id)?.unwrap_or(s);
        Ok(slip(shift))
    }

    /// A slip of this desk by number; by default the open shift (figures so far) or the last.
    pub fn shift_show(&self, n: Option<u64>) -> Result<Slip, DeskError> {
        let desk = self.store.terminal();
        let found = self.store.desk_shift(desk, n)?;
        let shift = match (found, n) {
            (Some(s), _) => s,
            (None, Some(n)) => return Err(refused(ShiftRefusal::NoSuchShift(n))),
            (None, None) => return Err(refused(ShiftRefusal::NoShifts)),
        };
        if shift.is_open() {
            let figures = self.figures_so_far(&shift, None)?;
            return Ok(Slip { shift, figures });
        }
        Ok(slip(shift))
    }

    /// The day close: every shift of the store closed on this local date, every desk's.
    pub fn day_report(&self, date: NaiveDate) -> Result<DayReport, DeskError> {
        let mut slips: Vec<Slip> = self
            .store
            .shifts()?
            .into_iter()
            .filter(|s| s.close.as_ref().is_some_and(|c| c.at.local_date() == date))
            .map(slip)
            .collect();
        slips.sort_by(|a, b| {
            let at = |s: &Slip| s.shift.close.as_ref().map_or(Timestamp(0), |c| c.at);
            (at(a), a.desk_name(), a.number()).cmp(&(at(b), b.desk_name(), b.number()))
        });
        let all: Vec<&ShiftFigures> = slips.iter().map(|s| &s.figures).collect();
        let totals = shift::sum(&all).map_err(|_| refused(ShiftRefusal::Overflow))?;
        Ok(DayReport {
            date,
            slips,
            totals,
        })
    }

    /// The figures of an open shift so far; with the counted cash, those of its close.
    fn figures_so_far(
        &self,
        open: &Shift,
        counted: Option<Money>,
    ) -> Result<ShiftFigures, DeskError> {
        let float = open.open.as_ref().map_or(Money(0), |o| o.float);
        let (moves, counts): (_, ShiftCounts) = activity(self.store, &Span::from_open(open.id))?;
        let provisional = shift::figures(&moves, float, Money(0), counts)
            .map_err(|_| refused(ShiftRefusal::Overflow))?;
        let counted = counted.unwrap_or(provisional.expected_cash);
        shift::figures(&moves, float, counted, counts).map_err(|_| refused(ShiftRefusal::Overflow))
    }

    /// Whether the operator at the desk may accept this closed shift: anyone in a store
    /// without operators; otherwise anyone but the one who closed it.
    fn may_accept(&self, s: &Shift) -> Result<bool, DeskError> {
        let Some(close) = &s.close else {
            return Ok(false);
        };
        if s.accept.is_some() {
            return Ok(false);
        }
        if !self.operators_defined()? {
            return Ok(true);
        }
        Ok(self.operator()? != close.operator)
    }

    fn accept_change(&self, s: &Shift) -> Change {
        Change::ShiftAccept {
            accept: ShiftAccept {
                shift: s.id,
                operator: String::new(),
                at: self.now,
            },
        }
    }
}

fn number(s: &Shift) -> u64 {
    s.open.as_ref().map_or(0, |o| o.number)
}

/// A closed shift's slip: the figures its close recorded.
fn slip(shift: Shift) -> Slip {
    let figures = shift
        .close
        .as_ref()
        .map(|c| c.figures.clone())
        .unwrap_or_default();
    Slip { shift, figures }
}
