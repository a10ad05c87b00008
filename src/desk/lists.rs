//! The lists a desk works from: today's arrivals and the care lists.

use super::{Desk, DeskError};
use crate::domain::Timestamp;
use crate::membership::care::{self, BirthdayRow, CareLists, FollowupRow, LapsingRow};

/// How many of today's arrivals the Check-in pane holds.
const ARRIVALS_MAX: usize = 500;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arrival {
    pub at: Timestamp,
    /// `None` for a walk-in.
    pub name: Option<String>,
    pub party: u16,
    pub location: String,
    pub staff: String,
}

impl Desk<'_> {
    /// Today's arrivals (local day), newest first.
    pub fn arrivals_today(&self) -> Result<Vec<Arrival>, DeskError> {
        let list = self
            .store
            .arrivals_since(self.now.start_of_local_day(), ARRIVALS_MAX)?;
        Ok(list
            .into_iter()
            .map(|(v, name)| Arrival {
                at: v.at,
                name,
                party: v.party,
                location: v.location,
                staff: v.staff,
            })
            .collect())
    }

    /// Birthdays this week, lapsing regulars, complaint follow-ups due.
    pub fn care_lists(&self) -> Result<CareLists, DeskError> {
        Ok(crate::membership::care::care_lists(
            self.store,
            self.settings,
            self.now,
        )?)
    }

    /// One care list alone (the command line prints one at a time): birthdays today and
    /// in the days ahead.
    pub fn care_birthdays(&self) -> Result<Vec<BirthdayRow>, DeskError> {
        Ok(care::birthdays(self.store, self.settings, self.now)?)
    }

    /// Regulars away for longer than their own rhythm allows.
    pub fn care_lapsing(&self) -> Result<Vec<LapsingRow>, DeskError> {
        Ok(care::lapsing(self.store, self.settings, self.now)?)
    }

    /// Resolved complaints due their follow-up call.
    pub fn care_followups(&self) -> Result<Vec<FollowupRow>, DeskError> {
        Ok(care::followups(self.store, self.settings, self.now)?)
    }
}
