//! Validation of what a person typed. Each rule that fails says which [`Problem`] it
//! found, as data; the edges (the app's forms, the command line, import reports) word it
//! in the active language. Nothing is saved until every field passes.

use super::loyalty::PointsError;
use super::member::{Gender, Member};
use super::money::{Money, MoneyError};
use super::phone::{PhoneError, normalize_phone};
use chrono::NaiveDate;

pub const NAME_MAX: usize = 40;
pub const CARD_MAX: usize = 20;
pub const NOTES_MAX: usize = 500;
pub const TAG_MAX: usize = 20;
pub const TAGS_MAX: usize = 12;
pub const ALERT_MAX: usize = 60;
pub const SHORT_MAX: usize = 40;
pub const ITEMS_MAX: usize = 200;
pub const DESCRIPTION_MAX: usize = 1000;
pub const PARTY_MAX: u16 = 99;
/// The most alerts one member may carry.
pub const ALERTS_MAX: usize = 12;
/// The most items one service may list.
pub const ITEM_COUNT_MAX: usize = 50;
/// The earliest year a birthday may be in.
pub const BIRTH_YEAR_MIN: i32 = 1900;

/// A field that did not pass: its key, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub problem: Problem,
}

/// What is wrong with a field's value. No wording: the edges say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A required field left empty.
    Required,
    /// Tabs, escapes or line breaks.
    ControlCharacters,
    /// Characters that reorder text on screen (right-to-left overrides, isolates, marks).
    BidiControls,
    /// Only invisible characters (zero-width spaces, joiners, fillers): nothing to see.
    Invisible,
    /// More entries than this (alerts, items).
    TooMany(usize),
    /// `chars` characters typed where at most `max` fit.
    TooLong {
        chars: usize,
        max: usize,
    },
    /// A card number with characters other than letters, digits and dashes.
    Card,
    /// A birthday that is not a YYYY-MM-DD date: what was typed.
    NotADate(String),
    BirthdayInFuture,
    /// A birthday before 1 January of this year.
    BirthdayBefore(i32),
    /// A gender other than F, M, O or empty.
    Gender,
    /// More tags than this.
    TooManyTags(usize),
    /// A party size that is not a whole number from 1 to this.
    Party(u16),
    /// A marketing consent other than yes or no.
    Consent,
    /// A complaint category the desk does not know.
    Category,
    /// A complaint severity other than low, medium or high.
    Severity,
    /// A points field that is not a whole number in range (`signed`: may start with + or -).
    WholePoints {
        signed: bool,
    },
    Amount(MoneyError),
    Phone(PhoneError),
    /// A points change the program's rules refuse.
    Points(PointsError),
    /// The bill's payments cannot be taken.
    Payment(super::payment::PaymentProblem),
    /// Something not on offer was asked for (a package key): as typed.
    NotOffered(String),
}

impl FieldError {
    pub fn new(field: &'static str, problem: Problem) -> FieldError {
        FieldError { field, problem }
    }
}

fn err(field: &'static str, problem: Problem) -> FieldError {
    FieldError::new(field, problem)
}

/// Characters that change the order text is shown in: the embeddings and overrides
/// (U+202A–U+202E), the isolates (U+2066–U+2069), the left-to-right and right-to-left marks
/// (U+200E, U+200F) and the Arabic letter mark (U+061C). A name holding one can show as
/// something else than what it is ("Trojan Source"), so no field takes them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Characters that take no room and show nothing: zero-width spaces and joiners, the word
/// joiner and byte order mark, soft hyphens, fillers and variation selectors.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || is_bidi_control(c)
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2060}'..='\u{2064}'
                | '\u{206A}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// Trimmed text with no control characters, within `max` characters.
pub fn text(
    field: &'static str,
    value: &str,
    max: usize,
    required: bool,
) -> Result<String, FieldError> {
    let v = value.trim();
    if required && v.is_empty() {
        return Err(err(field, Problem::Required));
    }
    // Count first, and stop counting early: a megabyte of text is refused without
    // walking it more than once.
    let n = v.chars().take(max.saturating_add(1)).count();
    if n > max {
        return Err(err(
            field,
            Problem::TooLong {
                chars: v.chars().count(),
                max,
            },
        ));
    }
    if v.chars().any(char::is_control) {
        return Err(err(field, Problem::ControlCharacters));
    }
    if v.chars().any(is_bidi_control) {
        return Err(err(field, Problem::BidiControls));
    }
    Ok(v.to_string())
}

/// A name: required, and something must show (not only zero-width characters).
pub fn name(value: &str) -> Result<String, FieldError> {
    let v = text("name", value, NAME_MAX, true)?;
    if v.chars().all(is_invisible) {
        return Err(err("name", Problem::Invisible));
    }
    Ok(v)
}

pub fn phone(value: &str) -> Result<String, FieldError> {
    normalize_phone(value).map_err(|e| err("phone", Problem::Phone(e)))
}

pub fn card(value: &str) -> Result<String, FieldError> {
    let v = text("card", value, CARD_MAX, false)?;
    if !v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(err("card", Problem::Card));
    }
    Ok(v.to_uppercase())
}

pub fn birthday(value: &str, today: NaiveDate) -> Result<Option<NaiveDate>, FieldError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let d = NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .map_err(|_| err("birthday", Problem::NotADate(v.to_string())))?;
    if d > today {
        return Err(err("birthday", Problem::BirthdayInFuture));
    }
    if d < NaiveDate::from_ymd_opt(BIRTH_YEAR_MIN, 1, 1).unwrap_or(d) {
        return Err(err("birthday", Problem::BirthdayBefore(BIRTH_YEAR_MIN)));
    }
    Ok(Some(d))
}

pub fn gender(value: &str) -> Result<Gender, FieldError> {
    Gender::parse(value).ok_or_else(|| err("gender", Problem::Gender))
}

/// Comma-separated short words, lowercased, without a leading '#', no repeats.
pub fn tags(value: &str) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for raw in value.split([',', '，', ' ']) {
        let t = text("tags", raw.trim().trim_start_matches('#'), TAG_MAX, false)?.to_lowercase();
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
            if out.len() > TAGS_MAX {
                break;
            }
        }
    }
    if out.len() > TAGS_MAX {
        return Err(err("tags", Problem::TooManyTags(TAGS_MAX)));
    }
    Ok(out)
}

/// Alerts are separated by ';' so an alert may contain commas.
pub fn alerts(value: &str) -> Result<Vec<String>, FieldError> {
    let mut out = Vec::new();
    for raw in value.split([';', '；']) {
        let a = text("alerts", raw, ALERT_MAX, false)?;
        if !a.is_empty() {
            out.push(a);
        }
    }
    if out.len() > ALERTS_MAX {
        return Err(err("alerts", Problem::TooMany(ALERTS_MAX)));
    }
    Ok(out)
}

pub fn amount(value: &str) -> Result<Money, FieldError> {
    Money::parse(value).map_err(|e| err("amount", Problem::Amount(e)))
}

/// The amount of a bill: more than 0, at most `max` (the program's largest bill).
pub fn bill(amount: Money, max: Money) -> Result<Money, FieldError> {
    let problem = if amount.0 < 0 {
        MoneyError::Negative
    } else if amount.0 == 0 {
        MoneyError::Zero
    } else if amount > max.min(super::money::MAX_AMOUNT) {
        MoneyError::AboveLimit(max.min(super::money::MAX_AMOUNT))
    } else {
        return Ok(amount);
    };
    Err(err("amount", Problem::Amount(problem)))
}

pub fn party(value: &str) -> Result<u16, FieldError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(1);
    }
    match v.parse::<u16>() {
        Ok(n) if (1..=PARTY_MAX).contains(&n) => Ok(n),
        _ => Err(err("party", Problem::Party(PARTY_MAX))),
    }
}

/// The text of a member form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemberDraft {
    pub name: String,
    pub phone: String,
    pub card: String,
    pub gender: String,
    pub birthday: String,
    pub tags: String,
    pub alerts: String,
    pub notes: String,
    pub consent: String,
}

impl MemberDraft {
    pub fn from_member(m: &Member) -> MemberDraft {
        MemberDraft {
            name: m.name.clone(),
            phone: m.phone.clone(),
            card: m.card.clone(),
            gender: match m.gender {
                Gender::Unspecified => String::new(),
                g => g.label().to_string(),
            },
            birthday: m.birthday.map(|d| d.to_string()).unwrap_or_default(),
            tags: m.tags.join(", "),
            alerts: m.alerts.join("; "),
            notes: m.notes.clone(),
            consent: if m.marketing_consent {
                "y".into()
            } else {
                "n".into()
            },
        }
    }

    /// Every rule, every field: all the problems at once, so the form can show them all.
    pub fn validate(&self, base: Member, today: NaiveDate) -> Result<Member, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut m = base;
        let mut take = |r: Result<(), FieldError>| {
            if let Err(e) = r {
                errors.push(e);
            }
        };
        take(name(&self.name).map(|v| m.name = v));
        take(phone(&self.phone).map(|v| m.phone = v));
        take(card(&self.card).map(|v| m.card = v));
        take(gender(&self.gender).map(|v| m.gender = v));
        take(birthday(&self.birthday, today).map(|v| m.birthday = v));
        take(tags(&self.tags).map(|v| m.tags = v));
        take(alerts(&self.alerts).map(|v| m.alerts = v));
        take(text("notes", &self.notes, NOTES_MAX, false).map(|v| m.notes = v));
        take(consent(&self.consent).map(|v| m.marketing_consent = v));
        if errors.is_empty() {
            Ok(m)
        } else {
            Err(errors)
        }
    }
}

/// Marketing consent: y/yes/是/同意, or n/no/否/不同意 (or empty: no).
pub fn consent(value: &str) -> Result<bool, FieldError> {
    match value.trim().to_lowercase().as_str() {
        "" | "n" | "no" | "否" | "不同意" => Ok(false),
        "y" | "yes" | "是" | "同意" => Ok(true),
        _ => Err(err("consent", Problem::Consent)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn control_characters_are_refused() {
        assert!(name("Ann\u{1b}[31m").is_err());
        assert!(name("   ").is_err());
        assert_eq!(name("  张伟 ").unwrap(), "张伟");
        assert!(name(&"x".repeat(41)).is_err());
    }
    #[test]
    fn each_rule_says_what_is_wrong_as_data() {
        let today = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
        let problem = |r: Result<(), FieldError>| r.unwrap_err().problem;
        assert_eq!(problem(name(" ").map(drop)), Problem::Required);
        assert_eq!(
            problem(name(&"x".repeat(41)).map(drop)),
            Problem::TooLong { chars: 41, max: 40 }
        );
        assert_eq!(problem(card("A B").map(drop)), Problem::Card);
        assert_eq!(
            problem(birthday("17/05/90", today).map(drop)),
            Problem::NotADate("17/05/90".into())
        );
        assert_eq!(
            problem(birthday("2999-01-01", today).map(drop)),
            Problem::BirthdayInFuture
        );
        assert_eq!(
            problem(birthday("1899-12-31", today).map(drop)),
            Problem::BirthdayBefore(BIRTH_YEAR_MIN)
        );
        assert_eq!(problem(gender("X").map(drop)), Problem::Gender);
        let many: Vec<String> = (0..13).map(|i| format!("t{i}")).collect();
        assert_eq!(
            problem(tags(&many.join(",")).map(drop)),
            Problem::TooManyTags(TAGS_MAX)
        );
        assert_eq!(problem(party("0").map(drop)), Problem::Party(PARTY_MAX));
        assert_eq!(problem(consent("maybe").map(drop)), Problem::Consent);
        for yes in ["y", "Yes", "是", " 同意 "] {
            assert_eq!(consent(yes), Ok(true), "{yes}");
        }
        for no in ["", "n", "NO", "否", "不同意"] {
            assert_eq!(consent(no), Ok(false), "{no}");
        }
        assert_eq!(problem(consent("也许").map(drop)), Problem::Consent);
        assert_eq!(
            problem(amount("").map(drop)),
            Problem::Amount(MoneyError::Empty)
        );
        assert_eq!(
            problem(phone("").map(drop)),
            Problem::Phone(PhoneError::Empty)
        );
        assert_eq!(name("a\tb").unwrap_err().field, "name");
    }
    #[test]
    fn tags_are_normalized() {
        assert_eq!(tags("#VIP, allergy vip").unwrap(), vec!["vip", "allergy"]);
    }
}
