//! Dates and times as the desk reads them, in the language in use: "Tue 12-01 14:05" or
//! "12月1日 周二 14:05" on the clock, "14:05" today, "3d" / "3天" for an age. The week starts
//! on Monday in both languages.

use crate::domain::Timestamp;
use crate::tr;
use chrono::{Datelike, Timelike};

/// The day of the week (Monday first).
fn weekday(d: chrono::Weekday) -> String {
    tr!("weekday", n = d.number_from_monday())
}

/// The title bar's clock.
pub fn clock(now: Timestamp) -> String {
    let t = now.local();
    tr!(
        "clock",
        weekday = weekday(t.weekday()),
        m = t.month(),
        d = t.day(),
        time = format!("{:02}:{:02}", t.hour(), t.minute()),
    )
}

/// "14:05" today, "03-21 14:05" (3月21日 14:05) this year, "2025-03-21" before.
pub fn short(at: Timestamp, now: Timestamp) -> String {
    let t = at.local();
    let n = now.local();
    let time = format!("{:02}:{:02}", t.hour(), t.minute());
    if t.date_naive() == n.date_naive() {
        return time;
    }
    let (m, d) = (t.month(), t.day());
    if t.year() == n.year() {
        tr!("when-this-year", m = m, d = d, time = time)
    } else {
        tr!("when-other-year", year = t.year(), m = m, d = d)
    }
}

/// A day of this year without the time: "03-21" (3月21日).
pub fn day(date: chrono::NaiveDate) -> String {
    tr!("when-day", m = date.month(), d = date.day())
}

/// How long ago, for ages on the complaint board: "12m", "5h", "3d".
pub fn age(at: Timestamp, now: Timestamp) -> String {
    let mins = ((now.0 - at.0).max(0)) / 60_000;
    if mins < 60 {
        tr!("age-minutes", n = mins)
    } else if mins < 48 * 60 {
        tr!("age-hours", n = mins / 60)
    } else {
        tr!("age-days", n = mins / (24 * 60))
    }
}

/// The columns a `short` time can take in the language in use (a column's width).
pub fn short_width(now: Timestamp) -> u16 {
    let n = now.local();
    let end_of_year = chrono::NaiveDate::from_ymd_opt(n.year(), 12, 31)
        .and_then(|d| d.and_hms_opt(23, 59, 0))
        .map(|d| Timestamp(d.and_utc().timestamp_millis()));
    let samples = [end_of_year, Some(Timestamp(now.0 - 400 * 86_400_000))];
    samples
        .into_iter()
        .flatten()
        .map(|t| super::text::width(&short(t, now)) as u16)
        .max()
        .unwrap_or(11)
}

/// The columns an `age` can take in the language in use.
pub fn age_width() -> u16 {
    let now = Timestamp(0);
    [59i64, 47 * 60, 999 * 24 * 60]
        .iter()
        .map(|mins| super::text::width(&age(Timestamp(-mins * 60_000), now)) as u16)
        .max()
        .unwrap_or(4)
}
