//! Dates as other systems write them: 1990-05-17, 1990/5/17, 1990.5.17, 19900517,
//! 1990年5月17日, 17/05/1990, 05/17/1990, 17 May 1990, May 17, 1990, 17-May-1990, and any
//! of these followed by a time of day (which is dropped).
//!
//! Day and month: when the year comes last, 17/05/1990 can only be day-first and
//! 05/17/1990 only month-first, but 05/06/1990 could be either. The whole column decides:
//! if any date in it is unambiguously day-first (and none month-first), every ambiguous
//! date is read day-first, and the other way round. If the column gives no evidence, or
//! evidence both ways, an ambiguous date is reported as an error naming both readings;
//! nothing is guessed silently. Two-digit years are refused.

use chrono::NaiveDate;

/// How the column writes dates whose year comes last.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum DateOrder {
    /// No evidence (or evidence both ways): ambiguous dates are errors.
    #[default]
    Unknown,
    DayFirst,
    MonthFirst,
}

/// What one value says about the column's order.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Evidence {
    None,
    DayFirst,
    MonthFirst,
}

fn strip_time(s: &str) -> &str {
    let s = s.trim();
    // "1990-05-17T00:00:00", "1990/5/17 0:00", "05/17/1990 12:00 AM"
    if let Some((d, _)) = s.split_once('T')
        && d.len() >= 8
        && d.chars().all(|c| c.is_ascii_digit() || "-/.".contains(c))
    {
        return d;
    }
    match s.split_once(' ') {
        Some((d, rest)) if rest.contains(':') => d,
        _ => s,
    }
}

/// Three numbers of a date written with separators, in the order written.
fn numeric_parts(s: &str) -> Option<(&str, &str, &str)> {
    let s = s.trim_end_matches('日');
    let parts: Vec<&str> = s.split(['-', '/', '.', '年', '月']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    Some((parts[0], parts[1], parts[2]))
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// The evidence a value gives about day/month order.
pub fn evidence(value: &str) -> Evidence {
    let s = strip_time(value);
    match numeric_parts(s) {
        Some((a, b, y)) if y.len() == 4 && a.len() <= 2 && b.len() <= 2 => {
            let (a, b): (u32, u32) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
            if a > 12 && b <= 12 {
                Evidence::DayFirst
            } else if b > 12 && a <= 12 {
                Evidence::MonthFirst
            } else {
                Evidence::None
            }
        }
        _ => Evidence::None,
    }
}

/// The order a column's values imply (see the module notes).
pub fn column_order<'a>(values: impl IntoIterator<Item = &'a str>) -> DateOrder {
    let (mut day, mut month) = (false, false);
    for v in values {
        match evidence(v) {
            Evidence::DayFirst => day = true,
            Evidence::MonthFirst => month = true,
            Evidence::None => {}
        }
    }
    match (day, month) {
        (true, false) => DateOrder::DayFirst,
        (false, true) => DateOrder::MonthFirst,
        _ => DateOrder::Unknown,
    }
}

/// Why a cell is not a date; the edges word it (`Catalog::date_problem`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Not a date in any form the import reads: what was written.
    NotADate(String),
    /// A date whose year is not written with four digits.
    NoFourDigitYear(String),
    /// Day and month could be either way round, and the column does not say which.
    Ambiguous {
        raw: String,
        day_first: NaiveDate,
        month_first: NaiveDate,
    },
}

/// Read a date, or say why not.
pub fn parse_date(value: &str, order: DateOrder) -> Result<NaiveDate, DateProblem> {
    let raw = value.trim();
    let s = strip_time(raw);
    let not_a_date = || DateProblem::NotADate(raw.to_string());
    if s.len() == 8 && s.chars().all(|c| c.is_ascii_digit()) {
        return ymd(&s[..4], &s[4..6], &s[6..]).ok_or_else(not_a_date);
    }
    if let Some((a, b, c)) = numeric_parts(s) {
        if a.len() == 4 {
            return ymd(a, b, c).ok_or_else(not_a_date);
        }
        if c.len() != 4 {
            return Err(DateProblem::NoFourDigitYear(raw.to_string()));
        }
        let day_first = ymd(c, b, a);
        let month_first = ymd(c, a, b);
        return match (day_first, month_first, order) {
            (Some(d), Some(m), _) if d == m => Ok(d),
            (Some(d), None, _) => Ok(d),
            (None, Some(m), _) => Ok(m),
            (Some(d), Some(_), DateOrder::DayFirst) => Ok(d),
            (Some(_), Some(m), DateOrder::MonthFirst) => Ok(m),
            (Some(d), Some(m), DateOrder::Unknown) => Err(DateProblem::Ambiguous {
                raw: raw.to_string(),
                day_first: d,
                month_first: m,
            }),
            (None, None, _) => Err(not_a_date()),
        };
    }
    for fmt in [
        "%d %B %Y",
        "%d %b %Y",
        "%B %d, %Y",
        "%b %d, %Y",
        "%B %d %Y",
        "%b %d %Y",
        "%d-%b-%Y",
        "%d-%B-%Y",
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return Ok(d);
        }
    }
    Err(not_a_date())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn common_formats() {
        let u = DateOrder::Unknown;
        for s in [
            "1990-05-17",
            "1990/5/17",
            "1990.05.17",
            "19900517",
            "1990年5月17日",
            "17/05/1990",
            "05/17/1990",
            "17 May 1990",
            "May 17, 1990",
            "17-May-1990",
            "1990-05-17T00:00:00",
            "1990/5/17 0:00",
            " 1990-05-17 ",
        ] {
            assert_eq!(parse_date(s, u), Ok(d(1990, 5, 17)), "{s}");
        }
        assert!(parse_date("1990-02-30", u).is_err());
        assert_eq!(
            parse_date("17/05/90", u),
            Err(DateProblem::NoFourDigitYear("17/05/90".into()))
        );
        assert!(parse_date("soon", u).is_err());
    }

    #[test]
    fn ambiguous_day_and_month_follow_the_column_or_are_refused() {
        assert_eq!(
            parse_date("05/06/1990", DateOrder::Unknown),
            Err(DateProblem::Ambiguous {
                raw: "05/06/1990".into(),
                day_first: d(1990, 6, 5),
                month_first: d(1990, 5, 6),
            })
        );
        assert_eq!(
            parse_date("05/06/1990", DateOrder::DayFirst),
            Ok(d(1990, 6, 5))
        );
        assert_eq!(
            parse_date("05/06/1990", DateOrder::MonthFirst),
            Ok(d(1990, 5, 6))
        );
        assert_eq!(
            parse_date("06/06/1990", DateOrder::Unknown),
            Ok(d(1990, 6, 6))
        );
        assert_eq!(
            column_order(["05/06/1990", "17/05/1990"]),
            DateOrder::DayFirst
        );
        assert_eq!(
            column_order(["05/06/1990", "05/17/1990"]),
            DateOrder::MonthFirst
        );
        assert_eq!(
            column_order(["17/05/1990", "05/17/1990"]),
            DateOrder::Unknown
        );
        assert_eq!(column_order(["1990-05-17"]), DateOrder::Unknown);
    }
}
