//! Untrusted text on screen: control characters and escape sequences in names or notes
//! (an imported file may carry them) are shown escaped, never sent to the terminal.

use std::borrow::Cow;
use unicode_width::UnicodeWidthStr;

use crate::domain::validate::is_bidi_control;

/// One line of untrusted text: every control character (escape, line break, tab, NUL, the
/// C1 controls) and every character that reorders text (U+202E and the like) shown as an
/// escape such as `\u{1b}`.
pub fn safe(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// As [`safe`], keeping line breaks: for text made of lines (the command line's output).
pub fn safe_lines(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

fn escape(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    let shown = |c: char| (keep_newlines && c == '\n') || !(c.is_control() || is_bidi_control(c));
    if s.chars().all(shown) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if shown(c) {
            out.push(c);
        } else {
            out.extend(c.escape_default());
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

/// Break text into lines of at most `max` columns, never inside a wide character; at most
/// `lines` lines, the last marked with '…' when more is left.
pub fn wrap(s: &str, max: usize, lines: usize) -> Vec<String> {
    let s = safe(s);
    let mut out: Vec<String> = vec![String::new()];
    let mut w = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw > max {
            out.push(String::new());
            w = 0;
        }
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
        w += cw;
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            *last = fit(&format!("{last}…"), max);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn escapes_terminal_control_sequences() {
        assert_eq!(safe("Ann\u{1b}[2J"), "Ann\\u{1b}[2J");
        assert_eq!(safe("张伟"), "张伟");
        assert_eq!(safe("a\u{202E}b\nc\0"), "a\\u{202e}b\\nc\\u{0}");
        assert_eq!(safe_lines("a\u{9b}b\nc\t"), "a\\u{9b}b\nc\\t");
        assert_eq!(fit("张伟伟伟", 5), "张伟…");
    }

    #[test]
    fn wraps_by_display_cells_and_marks_what_is_left() {
        assert_eq!(wrap("张伟张伟张", 4, 3), ["张伟", "张伟", "张"]);
        assert_eq!(wrap("abcdefgh", 3, 2), ["abc", "de…"]);
        assert_eq!(wrap("ab", 3, 1), ["ab"]);
    }
}
