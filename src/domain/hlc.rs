//! Hybrid logical clock: wall-clock milliseconds, a counter for events within one
//! millisecond (or when the wall clock lags a peer), and the terminal as the tie-break.
//! Field-level last-writer-wins compares these, so every desk picks the same winner.

use super::ids::TerminalId;
use serde::{Deserialize, Serialize};

#[derive(
    Copy, Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Hlc {
    pub ms: i64,
    pub counter: u32,
    pub terminal: u64,
}

impl Hlc {
    /// The next stamp after `last` on `terminal` at wall time `now_ms`.
    pub fn next(last: Hlc, now_ms: i64, terminal: TerminalId) -> Hlc {
        if now_ms > last.ms {
            Hlc {
                ms: now_ms,
                counter: 0,
                terminal: terminal.0,
            }
        } else {
            Hlc {
                ms: last.ms,
                counter: last.counter.saturating_add(1),
                terminal: terminal.0,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn clock_moves_forward_even_when_wall_clock_goes_back() {
        let t = TerminalId(7);
        let a = Hlc::next(Hlc::default(), 1000, t);
        let b = Hlc::next(a, 900, t);
        let c = Hlc::next(b, 1000, t);
        assert!(a < b && b < c);
        assert!(Hlc::next(c, 2000, t) > c);
    }
}
