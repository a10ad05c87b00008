//! The lists a desk works from: today's arrivals and the care lists.

use super::{Desk, DeskError};
use crate::domain::Timestamp;
use crate::membership::care::CareLists;

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
}
