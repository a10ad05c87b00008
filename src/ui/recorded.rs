//! Words the program itself wrote into the record (a points entry's reason, a complaint's
//! first step), shown in the language in use; what a person typed is shown as typed.

use crate::domain::PointsEntry;
use crate::domain::complaint::ComplaintEvent;
use crate::membership::points;
use crate::store::{RECEIVED_NOTE, SERVICE_REASON};
use crate::tr;

/// A points entry's reason.
pub fn ledger_reason(e: &PointsEntry) -> String {
    let r = e.reason.as_str();
    if let Some(items) = r.strip_prefix(SERVICE_REASON) {
        return tr!("ledger-service", items = items);
    }
    if let Some(amount) = r.strip_prefix(points::REDEEMED_BILL_OF) {
        return tr!("ledger-redeemed-bill", amount = amount);
    }
    if r == points::REDEEMED_BILL {
        return tr!("ledger-redeemed");
    }
    if let Some(note) = r.strip_prefix(points::REDEEMED_NOTE) {
        return tr!("ledger-redeemed-note", note = note);
    }
    if let Some(name) = r.strip_prefix(points::REFERRED) {
        return tr!("ledger-referred", name = name);
    }
    if r == points::COMPENSATION {
        return tr!("ledger-compensation");
    }
    expiry(r).unwrap_or_else(|| r.to_string())
}

/// "40 of 100 points earned 2025-01-02 expired after 24 months".
fn expiry(r: &str) -> Option<String> {
    let w: Vec<&str> = r.split(' ').collect();
    let shape = ["of", "points", "earned", "expired", "after", "months"];
    let at = [1, 3, 4, 6, 7, 9];
    if w.len() != 10 || at.iter().zip(shape).any(|(i, s)| w[*i] != s) {
        return None;
    }
    Some(tr!(
        "ledger-expired",
        remaining = w[0],
        points = w[2],
        date = w[5],
        months = w[8]
    ))
}

/// A complaint step's note.
pub fn step_note(e: &ComplaintEvent) -> String {
    if e.note == RECEIVED_NOTE {
        return tr!("complaint-step-received");
    }
    e.note.clone()
}
