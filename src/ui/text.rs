//! Untrusted text on screen: control characters and escape sequences in names or notes
//! (an imported file may carry them) are shown escaped, never sent to the terminal.

use std::borrow::Cow;
use unicode_width::UnicodeWidthStr;

pub fn safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Cut to at most `max` columns, marking the cut with '…'.
pub fn fit(s: &str, max: usize) -> String {
    let s = safe(s);
    if width(&s) <= max {
        return s.into_owned();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw + 1 > max {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn escapes_terminal_control_sequences() {
        assert_eq!(safe("Ann\u{1b}[2J"), "Ann\\u{1b}[2J");
        assert_eq!(safe("张伟"), "张伟");
        assert_eq!(fit("张伟伟伟", 5), "张伟…");
    }
}
