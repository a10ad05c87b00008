//! Care lists (客户关怀): birthdays coming up, regulars who are lapsing (流失预警), and
//! complaints due their follow-up call (回访). Pure functions over records.

use super::complaint::{Complaint, ComplaintStatus};
use super::member::Member;
use super::time::Timestamp;
use chrono::{Datelike, NaiveDate};

/// A birthday within the window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BirthdayDue<'a> {
    pub member: &'a Member,
    /// The day it is celebrated: this year's (or next year's) occurrence.
    pub date: NaiveDate,
    /// 0 = today.
    pub days_until: u32,
    /// The age they turn, when the birth year is plausible.
    pub turns: Option<u32>,
}

/// The day a birthday falls on in `year`. Feb 29 birthdays are celebrated on Feb 28 in
/// years without a Feb 29 (the day before, so the greeting is never late).
pub fn birthday_in(birthday: NaiveDate, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, birthday.month(), birthday.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
}

/// Birthdays from `today` through `days_ahead` days later (0 = today only; 6 = this
/// week), across the year end; soonest first, then by name.
pub fn birthdays<'a>(
    members: impl IntoIterator<Item = &'a Member>,
    today: NaiveDate,
    days_ahead: u32,
) -> Vec<BirthdayDue<'a>> {
    let mut out = Vec::new();
    for m in members {
        let Some(b) = m.birthday else { continue };
        let next = [today.year(), today.year() + 1]
            .into_iter()
            .filter_map(|y| birthday_in(b, y))
            .find(|d| *d >= today);
        let Some(date) = next else { continue };
        let days = (date - today).num_days();
        if days < 0 || days > i64::from(days_ahead) {
            continue;
        }
        let turns = u32::try_from(date.year() - b.year())
            .ok()
            .filter(|a| *a > 0 && *a < 130);
        out.push(BirthdayDue {
            member: m,
            date,
            days_until: days as u32,
            turns,
        });
    }
    out.sort_by(|a, b| {
        (a.days_until, &a.member.name, a.member.id).cmp(&(
            b.days_until,
            &b.member.name,
            b.member.id,
        ))
    });
    out
}

/// A regular whose absence is longer than their own rhythm allows.
#[derive(Clone, Debug, PartialEq)]
pub struct Lapsing<K> {
    pub member: K,
    /// Distinct days with a visit.
    pub visit_days: usize,
    pub last_visit: Timestamp,
    /// The median gap between visit days, in days (may end in .5).
    pub median_gap_days: f64,
    pub days_since: i64,
    /// days_since / median gap: 2.0 is exactly at the default threshold. Sorted on this.
    pub overdue: f64,
}

/// Members with at least 3 visit days whose days since the last visit are more than
/// `factor_percent`% of their own median gap between visit days (200 = twice their
/// rhythm). Visits on the same local day count once. Most overdue first (by how many of
/// their own gaps they are away), then longest absent. `K` is whatever identifies a
/// member to the caller (an `Id`, a `&Member`).
pub fn lapsing<'a, K: Clone>(
    members: impl IntoIterator<Item = (K, &'a [Timestamp])>,
    now: Timestamp,
    factor_percent: u32,
) -> Vec<Lapsing<K>> {
    let today = now.local_date();
    let mut out = Vec::new();
    for (key, visits) in members {
        let mut days: Vec<NaiveDate> = visits
            .iter()
            .filter(|t| **t <= now)
            .map(|t| t.local_date())
            .collect();
        days.sort_unstable();
        days.dedup();
        if days.len() < 3 {
            continue;
        }
        let mut gaps: Vec<i64> = days.windows(2).map(|w| (w[1] - w[0]).num_days()).collect();
        gaps.sort_unstable();
        let n = gaps.len();
        // Twice the median, in whole days, so the comparison stays exact.
        let median_x2 = if n % 2 == 1 {
            2 * gaps[n / 2]
        } else {
            gaps[n / 2 - 1] + gaps[n / 2]
        };
        let Some(&last_day) = days.last() else {
            continue;
        };
        let since = (today - last_day).num_days();
        // since > factor/100 * median  <=>  since * 200 > factor * median_x2
        if since * 200 <= i64::from(factor_percent) * median_x2 {
            continue;
        }
        let last_visit = visits
            .iter()
            .filter(|t| **t <= now)
            .max()
            .copied()
            .unwrap_or(now);
        let median = median_x2 as f64 / 2.0;
        out.push(Lapsing {
            member: key,
            visit_days: days.len(),
            last_visit,
            median_gap_days: median,
            days_since: since,
            overdue: since as f64 / median.max(0.5),
        });
    }
    out.sort_by(|a, b| {
        b.overdue
            .total_cmp(&a.overdue)
            .then(b.days_since.cmp(&a.days_since))
    });
    out
}

/// A resolved complaint whose follow-up call is due.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowupDue<'a> {
    pub complaint: &'a Complaint,
    pub resolved_at: Timestamp,
    /// Whole days since it was resolved.
    pub days_since: i64,
}

/// Complaints resolved but not yet followed up, at least `after_days` days after they
/// were resolved; longest waiting first.
pub fn followups_due<'a>(
    complaints: impl IntoIterator<Item = &'a Complaint>,
    now: Timestamp,
    after_days: u32,
) -> Vec<FollowupDue<'a>> {
    let mut out: Vec<FollowupDue<'a>> = complaints
        .into_iter()
        .filter(|c| c.status == ComplaintStatus::Resolved)
        .filter_map(|c| {
            let resolved_at = c.reached(ComplaintStatus::Resolved).unwrap_or(c.updated);
            let due = resolved_at.plus_days(i64::from(after_days));
            (due <= now).then(|| FollowupDue {
                complaint: c,
                resolved_at,
                days_since: (now.0 - resolved_at.0) / 86_400_000,
            })
        })
        .collect();
    out.sort_by_key(|f| (f.resolved_at, f.complaint.id));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::complaint::{Category, ComplaintEvent, Severity};
    use crate::domain::hlc::Hlc;
    use crate::domain::ids::Id;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn member(id: u128, name: &str, birthday: Option<NaiveDate>) -> Member {
        let mut m = Member::empty(Id(id), Timestamp(0));
        m.name = name.into();
        m.birthday = birthday;
        m
    }
    fn names(list: &[BirthdayDue]) -> Vec<(String, u32)> {
        list.iter()
            .map(|b| (b.member.name.clone(), b.days_until))
            .collect()
    }

    #[test]
    fn birthdays_this_week_cross_the_year_end() {
        let ms = vec![
            member(1, "Ann", Some(d(1990, 12, 30))),
            member(2, "Bo", Some(d(1985, 1, 2))),
            member(3, "Cy", Some(d(2000, 1, 10))),
            member(4, "Di", None),
            member(5, "Ed", Some(d(1970, 12, 27))),
        ];
        let list = birthdays(&ms, d(2024, 12, 28), 6);
        assert_eq!(names(&list), vec![("Ann".into(), 2), ("Bo".into(), 5)]);
        assert_eq!(list[1].date, d(2025, 1, 2));
        assert_eq!(list[1].turns, Some(40));
        assert_eq!(
            names(&birthdays(&ms, d(2024, 12, 30), 0)),
            vec![("Ann".into(), 0)]
        );
    }

    #[test]
    fn feb_29_birthdays_are_kept_on_feb_28_in_common_years() {
        let ms = vec![member(1, "Leap", Some(d(1992, 2, 29)))];
        let common = birthdays(&ms, d(2025, 2, 28), 0);
        assert_eq!(common.len(), 1);
        assert_eq!(common[0].date, d(2025, 2, 28));
        assert!(birthdays(&ms, d(2025, 3, 1), 0).is_empty());
        let leap = birthdays(&ms, d(2024, 2, 27), 7);
        assert_eq!(leap[0].date, d(2024, 2, 29));
        assert_eq!(leap[0].days_until, 2);
        assert!(birthdays(&ms, d(2024, 2, 28), 0).is_empty());
        // Seen from the previous December, the next one is on Feb 28 of a common year.
        assert_eq!(birthdays(&ms, d(2024, 12, 31), 60)[0].date, d(2025, 2, 28));
    }

    const DAY: i64 = 86_400_000;
    fn at(n: i64) -> Timestamp {
        Timestamp(1_704_110_400_000 + n * DAY)
    }

    #[test]
    fn lapsing_follows_each_members_own_rhythm() {
        let weekly: Vec<Timestamp> = (0..6).map(|i| at(i * 7)).collect(); // last at day 35
        let monthly: Vec<Timestamp> = (0..4).map(|i| at(i * 30)).collect(); // last at day 90
        let twice: Vec<Timestamp> = vec![at(0), at(10)];
        let same_day: Vec<Timestamp> = vec![at(0), Timestamp(at(0).0 + 1), at(20), at(40)];
        let list = |now| {
            lapsing(
                [
                    ("weekly", weekly.as_slice()),
                    ("monthly", monthly.as_slice()),
                    ("twice", twice.as_slice()),
                    ("same_day", same_day.as_slice()),
                ],
                at(now),
                200,
            )
            .into_iter()
            .map(|l| l.member)
            .collect::<Vec<_>>()
        };
        // Day 49: weekly is 14 days away = exactly twice the rhythm, not more.
        assert_eq!(list(49), Vec::<&str>::new());
        assert_eq!(list(50), vec!["weekly"]);
        // Day 95: weekly is 60 days (8.6 gaps) away; same_day 55 days (2.75 gaps);
        // monthly only 5 days.
        assert_eq!(list(95), vec!["weekly", "same_day"]);
        // Day 200: monthly 110 days = 3.7 gaps; same_day 160 days = 8 gaps; weekly 23.6.
        assert_eq!(list(200), vec!["weekly", "same_day", "monthly"]);
        let l = &lapsing([(1, weekly.as_slice())], at(50), 200)[0];
        assert_eq!(
            (l.visit_days, l.days_since, l.median_gap_days),
            (6, 15, 7.0)
        );
    }

    #[test]
    fn an_even_number_of_gaps_takes_the_middle_two() {
        // Gaps 10 and 20: median 15, lapsing after more than 30 days.
        let v = vec![at(0), at(10), at(30)];
        assert!(lapsing([(1, v.as_slice())], at(60), 200).is_empty());
        assert_eq!(lapsing([(1, v.as_slice())], at(61), 200).len(), 1);
    }

    fn complaint(id: u128, status: ComplaintStatus, resolved: Option<Timestamp>) -> Complaint {
        let mut history = Vec::new();
        if let Some(t) = resolved {
            history.push(ComplaintEvent {
                hlc: Hlc::default(),
                at: t,
                operator: "li".into(),
                status: Some(ComplaintStatus::Resolved),
                note: String::new(),
            });
        }
        Complaint {
            id: Id(id),
            member: None,
            visit: None,
            category: Category::Quality,
            severity: Severity::Low,
            description: "cold soup".into(),
            assignee: String::new(),
            status,
            resolution: String::new(),
            compensation: String::new(),
            created: at(0),
            updated: resolved.unwrap_or(at(0)),
            history,
        }
    }

    #[test]
    fn followups_are_due_two_days_after_resolution() {
        let cs = vec![
            complaint(1, ComplaintStatus::Resolved, Some(at(10))),
            complaint(2, ComplaintStatus::Resolved, Some(at(11))),
            complaint(3, ComplaintStatus::FollowedUp, Some(at(5))),
            complaint(4, ComplaintStatus::Open, None),
            complaint(5, ComplaintStatus::Resolved, Some(at(3))),
        ];
        let due: Vec<u128> = followups_due(&cs, at(12), 2)
            .iter()
            .map(|f| f.complaint.id.0)
            .collect();
        assert_eq!(due, vec![5, 1]);
        assert_eq!(followups_due(&cs, at(12), 2)[0].days_since, 9);
    }
}
