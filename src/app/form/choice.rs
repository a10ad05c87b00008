//! Choice fields (category, severity, gender, consent) are pickers: Left and Right step
//! through the choices, a typed letter (or the first character of a Chinese label) jumps
//! to the next choice starting with it, Backspace clears. Nobody has to know the words,
//! and typing never piles letters onto a choice.

use crate::catalog::{FieldId, text};
use crate::domain::complaint::Category;
use crate::domain::{Gender, Severity};
use crate::tr;

/// The stored values a choice field steps through ("" is "not chosen").
pub fn options(id: FieldId) -> Option<&'static [&'static str]> {
    Some(match id {
        FieldId::Category => &[
            "", "quality", "service", "waiting", "billing", "hygiene", "other",
        ],
        FieldId::Severity => &["low", "medium", "high"],
        FieldId::Gender => &["", "F", "M", "O"],
        FieldId::Consent => &["n", "y"],
        _ => return None,
    })
}

/// The words for a stored choice in the language in use ("" for none yet).
pub fn label(id: FieldId, value: &str) -> String {
    let c = text();
    match id {
        FieldId::Category => Category::parse(value).map_or("", |v| c.category(v)).into(),
        FieldId::Severity => Severity::parse(value).map_or("", |v| c.severity(v)).into(),
        FieldId::Gender if value.is_empty() => String::new(),
        FieldId::Gender => Gender::parse(value).map_or("", |v| c.gender(v)).into(),
        FieldId::PaidBy | FieldId::RestBy | FieldId::TopUpMethod if value.is_empty() => {
            String::new()
        }
        FieldId::PaidBy | FieldId::RestBy | FieldId::TopUpMethod => {
            crate::catalog::method_words(value)
        }
        FieldId::Consent => match value {
            "y" => tr!("choice-yes"),
            _ => tr!("choice-no"),
        },
        _ => value.to_string(),
    }
}

/// The choice one step away from `value` (`forward` or back), wrapping around.
pub fn step(opts: &[String], value: &str, forward: bool) -> Option<String> {
    let n = opts.len();
    if n == 0 {
        return None;
    }
    let at = opts.iter().position(|o| o.eq_ignore_ascii_case(value));
    let next = match (at, forward) {
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
        (None, true) => 0,
        (None, false) => n - 1,
    };
    Some(opts[next].clone())
}

/// The next choice after `value` whose stored value or words start with `c`.
pub fn jump(id: FieldId, opts: &[String], value: &str, c: char) -> Option<String> {
    let starts = |o: &String| {
        let words = label(id, o);
        [o.clone(), words].iter().any(|w| {
            w.chars()
                .next()
                .is_some_and(|f| f.to_lowercase().eq(c.to_lowercase()))
        })
    };
    let at = opts.iter().position(|o| o.eq_ignore_ascii_case(value));
    let start = at.map_or(0, |i| i + 1);
    (0..opts.len())
        .map(|k| &opts[(start + k) % opts.len()])
        .find(|o| starts(o))
        .cloned()
}
