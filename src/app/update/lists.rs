//! Moving the cursor in whichever list is in front.

use crate::app::state::{Pane, State};

/// Rows the help overlay may scroll through.
const HELP_ROWS: usize = 200;

pub(super) fn move_list(s: &mut State, f: impl Fn(usize, usize) -> usize) {
    if s.help || s.messages {
        s.help_scroll = f(s.help_scroll, HELP_ROWS);
        return;
    }
    if s.form.is_some() {
        return;
    }
    let (i, n) = match s.pane {
        Pane::Lookup if s.card.is_none() => (&mut s.lookup.selected, s.lookup.rows.len()),
        Pane::Checkin => (&mut s.arrivals_selected, s.arrivals.len()),
        Pane::Complaints => (&mut s.complaints_selected, s.complaints.len()),
        Pane::Care => {
            let n = s.care_members().len();
            (&mut s.care_selected, n)
        }
        _ => return,
    };
    *i = f(*i, n);
}
