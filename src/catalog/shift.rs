//! Words for the shift (交班): refusals, payment methods, the slip and the day close,
//! as text a desk prints or shows.

use super::label;
use crate::desk::{DayReport, Outcome, ShiftRefusal, Slip};
use crate::domain::Money;
use crate::domain::payment::method;
use crate::domain::shift::{NOT_RECORDED, Shift, ShiftFigures};
use crate::tr;
use unicode_width::UnicodeWidthStr;

pub fn shift_refusal(r: &ShiftRefusal) -> String {
    match r {
        ShiftRefusal::AlreadyOpen(n) => tr!("shift-error-already-open", number = *n),
        ShiftRefusal::NotOpen => tr!("shift-error-not-open"),
        ShiftRefusal::NothingToAccept => tr!("shift-error-nothing-to-accept"),
        ShiftRefusal::OwnShift(who) => tr!("shift-error-own-shift", who = who.as_str()),
        ShiftRefusal::NoSuchShift(n) => tr!("shift-error-no-such-shift", number = *n),
        ShiftRefusal::NoShifts => tr!("shift-error-no-shifts"),
        ShiftRefusal::Overflow => tr!("shift-error-overflow"),
    }
}

/// A payment method as a slip's row names it: the method's words, capitalised where the
/// language has capitals ("Cash", "微信支付"); another key as written.
pub fn method_words(key: &str) -> String {
    if key == NOT_RECORDED {
        return label("shift-method-not-recorded").to_string();
    }
    let words = super::method_words(key);
    if !method::DEFAULT.contains(&key) {
        return words;
    }
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => words,
    }
}

/// "Front desk #3": the slip's name.
pub fn slip_name(slip: &Slip) -> String {
    tr!(
        "shift-slip-name",
        desk = super::people::desk_name(slip.desk_name()),
        number = slip.number()
    )
}

/// Whose shift it is, for the title bar ("Li's shift #3").
pub fn shift_owner(shift: &Shift) -> String {
    let (who, number) = shift
        .open
        .as_ref()
        .map_or(("", 0), |o| (o.operator.as_str(), o.number));
    tr!("shift-owner", who = who, number = number)
}

/// What the status line says when a shift opened or closed.
pub fn shift_outcome(o: &Outcome) -> Option<String> {
    match o {
        Outcome::ShiftOpened(opened) => {
            let s = Slip {
                shift: opened.shift.clone(),
                figures: ShiftFigures::default(),
            };
            let float = s.open().map_or(Money(0), |o| o.float).to_string();
            Some(match &opened.accepted {
                Some(a) => {
                    let accepted = slip_name(&Slip {
                        shift: a.clone(),
                        figures: ShiftFigures::default(),
                    });
                    tr!(
                        "shift-opened-accepting",
                        accepted = accepted,
                        name = slip_name(&s),
                        float = float
                    )
                }
                None => tr!("shift-opened", name = slip_name(&s), float = float),
            })
        }
        Outcome::ShiftClosed(slip) => Some(tr!(
            "shift-closed",
            name = slip_name(slip),
            counted = slip.figures.counted.to_string(),
            difference = slip.figures.difference.to_string()
        )),
        _ => None,
    }
}

/// The slip as text, one line each: who and when, totals by method, cash, counts.
pub fn slip_text(slip: &Slip) -> String {
    let mut out = vec![tr!("shift-slip-title", name = slip_name(slip))];
    let s = &slip.shift;
    let when = |at: crate::domain::Timestamp| at.local().format("%Y-%m-%d %H:%M").to_string();
    if let Some(o) = &s.open {
        out.push(tr!(
            "shift-slip-opened",
            at = when(o.at),
            who = o.operator.as_str()
        ));
    }
    match &s.close {
        Some(c) => out.push(tr!(
            "shift-slip-closed",
            at = when(c.at),
            who = c.operator.as_str()
        )),
        None => out.push(tr!("shift-slip-still-open")),
    }
    if let Some(a) = &s.accept {
        out.push(tr!(
            "shift-slip-accepted",
            at = when(a.at),
            who = a.operator.as_str()
        ));
    }
    out.push(String::new());
    out.extend(figures_lines(&slip.figures, s.close.is_some()));
    out.join("\n")
}

/// The figures as aligned lines; without the count when the shift is still open.
pub fn figures_lines(f: &ShiftFigures, counted: bool) -> Vec<String> {
    let head = [
        label("shift-col-method").to_string(),
        label("shift-col-sales").to_string(),
        label("shift-col-top-ups").to_string(),
        label("shift-col-refunds").to_string(),
    ];
    let mut rows = vec![head];
    for l in &f.lines {
        rows.push([
            method_words(&l.method),
            m(l.sales),
            m(l.top_ups),
            m(l.refunds),
        ]);
    }
    rows.push([
        label("shift-total").to_string(),
        m(f.sales),
        m(f.top_ups),
        m(f.refunds),
    ]);
    let mut out = table(&rows);
    out.push(String::new());
    let mut cash = vec![
        ("shift-float", f.float),
        ("shift-cash-in", f.cash_in),
        ("shift-cash-out", f.cash_out),
        ("shift-expected-cash", f.expected_cash),
    ];
    if counted {
        cash.push(("shift-counted-cash", f.counted));
        cash.push(("shift-difference", f.difference));
    }
    let pairs: Vec<[String; 2]> = cash
        .into_iter()
        .map(|(id, v)| [label(id).to_string(), m(v)])
        .collect();
    out.extend(table(&pairs));
    out.push(String::new());
    out.push(tr!(
        "shift-counts",
        check_ins = f.check_ins,
        services = f.services,
        complaints = f.complaints
    ));
    out
}

/// The day close as text: the day's totals, then each slip in a line.
pub fn day_text(r: &DayReport) -> String {
    let mut out = vec![tr!(
        "shift-day-title",
        date = r.date.to_string(),
        count = r.slips.len()
    )];
    out.push(String::new());
    out.extend(figures_lines(&r.totals, true));
    out.push(String::new());
    for s in &r.slips {
        let who = s.shift.close.as_ref().map_or("", |c| c.operator.as_str());
        out.push(tr!(
            "shift-day-row",
            name = slip_name(s),
            who = who,
            sales = m(s.figures.sales),
            difference = m(s.figures.difference)
        ));
    }
    out.join("\n")
}

fn m(v: Money) -> String {
    v.to_string()
}

/// Rows as columns: the first left-aligned, the rest right-aligned, by display width.
fn table<const N: usize>(rows: &[[String; N]]) -> Vec<String> {
    let mut widths = [0usize; N];
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.width());
        }
    }
    rows.iter()
        .map(|r| {
            let cells: Vec<String> = r
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let pad = " ".repeat(widths[i] - c.width());
                    if i == 0 {
                        format!("{c}{pad}")
                    } else {
                        format!("{pad}{c}")
                    }
                })
                .collect();
            cells.join("  ").trim_end().to_string()
        })
        .collect()
}
