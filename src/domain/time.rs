//! Times are UTC milliseconds in the store and local time on screen.

use chrono::{DateTime, Local, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

#[derive(
    Copy, Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub fn now() -> Self {
        Timestamp(Utc::now().timestamp_millis())
    }
    pub fn utc(self) -> DateTime<Utc> {
        Utc.timestamp_millis_opt(self.0)
            .single()
            .unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
    }
    pub fn local(self) -> DateTime<Local> {
        self.utc().with_timezone(&Local)
    }
    pub fn local_date(self) -> NaiveDate {
        self.local().date_naive()
    }
    /// Start of the local day containing `self`, as a UTC timestamp.
    pub fn start_of_local_day(self) -> Timestamp {
        let day = self.local_date();
        let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
        match Local.from_local_datetime(&midnight).earliest() {
            Some(t) => Timestamp(t.with_timezone(&Utc).timestamp_millis()),
            None => Timestamp(self.0 - self.0.rem_euclid(86_400_000)),
        }
    }
    pub fn plus_days(self, days: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(days.saturating_mul(86_400_000)))
    }
    /// "14:05" today, "03-21 14:05" this year, "2025-03-21" before.
    pub fn short(self, now: Timestamp) -> String {
        let t = self.local();
        let n = now.local();
        if t.date_naive() == n.date_naive() {
            t.format("%H:%M").to_string()
        } else if t.format("%Y").to_string() == n.format("%Y").to_string() {
            t.format("%m-%d %H:%M").to_string()
        } else {
            t.format("%Y-%m-%d").to_string()
        }
    }
}
