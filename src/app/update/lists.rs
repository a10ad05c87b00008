//! Moving the cursor in whichever list is in front.

use crate::app::msg::Effect;
use crate::app::state::{PAGE_ROWS, Pane, State};

/// Rows of the screen an overlay does not get: title, tabs, status, hints, its borders.
const OVERLAY_CHROME: usize = 6;

pub(super) fn move_list(s: &mut State, f: impl Fn(usize, usize) -> usize) {
    if s.help || s.messages {
        // The last position is the one that shows the end: no dead keys past it.
        let lines = if s.help {
            s.help_lines
        } else {
            s.recent.len() * 2
        };
        let shown = (s.screen.1 as usize).saturating_sub(OVERLAY_CHROME);
        let positions = lines.saturating_sub(shown) + 1;
        s.help_scroll = f(s.help_scroll.min(positions - 1), positions);
        return;
    }
    if s.form.is_some() {
        return;
    }
    let (i, n) = match s.pane {
        Pane::Lookup if s.card.is_none() => (&mut s.lookup.selected, s.lookup.rows.len()),
        Pane::Lookup => {
            let n = s.card.as_ref().map_or(0, |c| {
                let h = &c.history;
                [
                    h.visits.len(),
                    h.services.len(),
                    h.complaints.len(),
                    h.ledger.len(),
                ]
                .into_iter()
                .max()
                .unwrap_or(0)
            });
            // Rows a history box shows: the screen less its chrome and the profile, in two.
            let shown = ((s.screen.1 as usize).saturating_sub(12) / 2)
                .saturating_sub(2)
                .max(1);
            let positions = n.saturating_sub(shown) + 1;
            s.card_scroll = s.card_scroll.min(positions - 1);
            (&mut s.card_scroll, positions)
        }
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

/// At the end of the Lookup list with more members matching: ask for a page more.
pub(super) fn more_rows(s: &mut State) -> Vec<Effect> {
    let l = &mut s.lookup;
    let at_end = l.selected + 1 >= l.rows.len();
    let more = l.total > l.rows.len() && l.rows.len() >= l.limit.max(1);
    if s.pane != Pane::Lookup || s.card.is_some() || s.help || !at_end || !more {
        return vec![];
    }
    l.limit = l.rows.len() + PAGE_ROWS;
    l.generation += 1;
    vec![Effect::SearchMore {
        generation: l.generation,
        query: l.query.clone(),
        limit: l.limit,
    }]
}
