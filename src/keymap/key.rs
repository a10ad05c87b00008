//! Key chords: parsing `"Ctrl-N"`, printing them back, and matching crossterm key events.
//!
//! A [`KeyChord`] is always normalised, so that a chord parsed from a keymap file and one
//! built from a terminal's key event compare equal however the terminal reported it:
//! - `BackTab` is `Tab` with Shift (terminals send BackTab, usually with SHIFT set);
//! - a letter with Ctrl or Alt is stored lower-case (terminals send Ctrl-N as `'n'` or `'N'`);
//!   Shift stays only if it was reported;
//! - any other character drops Shift, because Shift already chose the character
//!   (`'A'`, `'?'`, Alt-2 arrives as ALT + `'2'`); `Shift-a` is `'A'`;
//! - only Ctrl, Alt and Shift are kept; Super, Hyper and Meta are ignored.

use std::fmt;
use std::str::FromStr;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key plus modifiers, normalised (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyChord {
    code: KeyCode,
    modifiers: KeyModifiers,
}

/// Why a key name could not be parsed. Worded by the edges (`catalog::key_parse_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyParseError {
    /// Nothing written.
    Empty,
    /// A modifier with no key after it (`Ctrl-`).
    MissingKey,
    /// Not a key name.
    UnknownKey,
    /// F0, F13 and above.
    FunctionKeyOutOfRange(u8),
    /// A key the terminal cannot report.
    Unsupported,
}

const MODIFIER_MASK: KeyModifiers = KeyModifiers::CONTROL
    .union(KeyModifiers::ALT)
    .union(KeyModifiers::SHIFT);

/// Named keys, canonical spelling first, then accepted aliases (matched case-insensitively).
const NAMED: &[(KeyCode, &[&str])] = &[
    (KeyCode::Enter, &["Enter", "Return"]),
    (KeyCode::Esc, &["Esc", "Escape"]),
    (KeyCode::Tab, &["Tab"]),
    (KeyCode::Backspace, &["Backspace", "BS"]),
    (KeyCode::Delete, &["Delete", "Del"]),
    (KeyCode::Insert, &["Insert", "Ins"]),
    (KeyCode::Up, &["Up"]),
    (KeyCode::Down, &["Down"]),
    (KeyCode::Left, &["Left"]),
    (KeyCode::Right, &["Right"]),
    (KeyCode::PageUp, &["PgUp", "PageUp"]),
    (KeyCode::PageDown, &["PgDn", "PageDown", "PgDown"]),
    (KeyCode::Home, &["Home"]),
    (KeyCode::End, &["End"]),
    (KeyCode::Char(' '), &["Space"]),
];

impl KeyChord {
    /// A chord from a key code and modifiers, normalised. `None` for keys that cannot be bound
    /// (media keys, lone modifiers, F0 or above F12, control characters).
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> Option<KeyChord> {
        let mut modifiers = modifiers & MODIFIER_MASK;
        let code = match code {
            KeyCode::BackTab => {
                modifiers |= KeyModifiers::SHIFT;
                KeyCode::Tab
            }
            KeyCode::F(n) if (1..=12).contains(&n) => code,
            KeyCode::Char(c) if c.is_control() => return None,
            KeyCode::Char(c) => {
                let with_ctrl_or_alt =
                    modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
                if with_ctrl_or_alt && c.is_ascii_alphabetic() {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else if modifiers.contains(KeyModifiers::SHIFT) {
                    // Shift-a is 'A'; Shift on '?' or '2' already chose the character.
                    modifiers.remove(KeyModifiers::SHIFT);
                    KeyCode::Char(c.to_ascii_uppercase())
                } else {
                    code
                }
            }
            KeyCode::Enter
            | KeyCode::Esc
            | KeyCode::Tab
            | KeyCode::Backspace
            | KeyCode::Delete
            | KeyCode::Insert
            | KeyCode::Up
            | KeyCode::Down
            | KeyCode::Left
            | KeyCode::Right
            | KeyCode::PageUp
            | KeyCode::PageDown
            | KeyCode::Home
            | KeyCode::End => code,
            _ => return None,
        };
        Some(KeyChord { code, modifiers })
    }

    /// A chord without modifiers.
    pub fn plain(code: KeyCode) -> Option<KeyChord> {
        KeyChord::new(code, KeyModifiers::NONE)
    }

    /// The chord a terminal key event stands for (whatever its kind: press, repeat, release).
    pub fn from_event(event: &KeyEvent) -> Option<KeyChord> {
        KeyChord::new(event.code, event.modifiers)
    }

    /// The normalised key code (never `BackTab`).
    pub fn code(&self) -> KeyCode {
        self.code
    }

    /// The normalised modifiers (a subset of Ctrl, Alt, Shift).
    pub fn modifiers(&self) -> KeyModifiers {
        self.modifiers
    }

    /// A printable character typed without Ctrl or Alt: in a text field it is typing, not a
    /// command.
    pub fn is_typing(&self) -> bool {
        matches!(self.code, KeyCode::Char(_))
            && !self
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    }

    /// Parse a key name such as `F2`, `Ctrl-N`, `alt-2`, `Shift-Tab`, `PgDn`, `?`, `Ctrl--`.
    /// Modifier and key names are case-insensitive; single characters are taken as they are
    /// (`"N"` is Shift-n, the same as `"Shift-n"`).
    pub fn parse(text: &str) -> Result<KeyChord, KeyParseError> {
        if text.is_empty() {
            return Err(KeyParseError::Empty);
        }
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        while let Some((modifier, after)) = split_modifier(rest) {
            modifiers |= modifier;
            rest = after;
        }
        if is_dangling_modifier(rest) {
            return Err(KeyParseError::MissingKey);
        }
        let code = parse_code(rest)?;
        KeyChord::new(code, modifiers).ok_or(KeyParseError::Unsupported)
    }
}

/// Strip one leading modifier (`Ctrl-`, `ctrl+`, `Alt-`, `Shift-`, …) if a key follows it.
fn split_modifier(text: &str) -> Option<(KeyModifiers, &str)> {
    const PREFIXES: &[(&str, KeyModifiers)] = &[
        ("ctrl", KeyModifiers::CONTROL),
        ("control", KeyModifiers::CONTROL),
        ("alt", KeyModifiers::ALT),
        ("shift", KeyModifiers::SHIFT),
    ];
    for (name, modifier) in PREFIXES {
        let Some(head) = text.get(..name.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(name) {
            continue;
        }
        let after = &text[name.len()..];
        let mut chars = after.chars();
        if matches!(chars.next(), Some('-' | '+')) && !chars.as_str().is_empty() {
            return Some((*modifier, chars.as_str()));
        }
    }
    None
}

/// `"Ctrl-"`, `"alt+"`: a modifier with nothing after it.
fn is_dangling_modifier(text: &str) -> bool {
    text.strip_suffix(['-', '+']).is_some_and(|name| {
        ["ctrl", "control", "alt", "shift"]
            .iter()
            .any(|m| m.eq_ignore_ascii_case(name))
    })
}

fn parse_code(name: &str) -> Result<KeyCode, KeyParseError> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Ok(KeyCode::Char(c));
    }
    if name.eq_ignore_ascii_case("BackTab") {
        return Ok(KeyCode::BackTab);
    }
    for (code, aliases) in NAMED {
        if aliases.iter().any(|alias| alias.eq_ignore_ascii_case(name)) {
            return Ok(*code);
        }
    }
    if let Some(digits) = name.strip_prefix(['F', 'f'])
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
    {
        return match digits.parse::<u8>() {
            Ok(n) if (1..=12).contains(&n) => Ok(KeyCode::F(n)),
            Ok(n) => Err(KeyParseError::FunctionKeyOutOfRange(n)),
            Err(_) => Err(KeyParseError::UnknownKey),
        };
    }
    Err(KeyParseError::UnknownKey)
}

impl FromStr for KeyChord {
    type Err = KeyParseError;

    fn from_str(text: &str) -> Result<KeyChord, KeyParseError> {
        KeyChord::parse(text)
    }
}

/// The canonical spelling: `Ctrl-Alt-Shift-Key`, named keys as in the keymap docs (`PgDn`),
/// letters with Ctrl or Alt upper-case (`Ctrl-N`). Parsing it gives the same chord back.
impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::F(n) => write!(f, "F{n}"),
            KeyCode::Char(c) if c.is_ascii_alphabetic() && !self.is_typing() => {
                write!(f, "{}", c.to_ascii_uppercase())
            }
            code => match NAMED.iter().find(|(named, _)| *named == code) {
                Some((_, aliases)) => f.write_str(aliases[0]),
                None => match code {
                    KeyCode::Char(c) => write!(f, "{c}"),
                    // Unreachable for a normalised chord; print something readable anyway.
                    other => write!(f, "{other:?}"),
                },
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventKind;

    fn chord(text: &str) -> KeyChord {
        KeyChord::parse(text).unwrap()
    }

    fn event(code: KeyCode, modifiers: KeyModifiers) -> Option<KeyChord> {
        KeyChord::from_event(&KeyEvent::new_with_kind(
            code,
            modifiers,
            KeyEventKind::Press,
        ))
    }

    #[test]
    fn parses_named_keys_and_modifiers() {
        assert_eq!(chord("F2").code(), KeyCode::F(2));
        assert_eq!(chord("f12"), chord("F12"));
        assert_eq!(chord("ctrl-n"), chord("Ctrl-N"));
        assert_eq!(chord("CTRL+n"), chord("Ctrl-N"));
        assert_eq!(chord("Control-n"), chord("Ctrl-N"));
        assert_eq!(chord("Shift-Tab"), chord("BackTab"));
        assert_eq!(chord("pgdn"), chord("PageDown"));
        assert_eq!(chord("Space").code(), KeyCode::Char(' '));
        assert_eq!(chord(" "), chord("Space"));
        assert_eq!(chord("Shift-a"), chord("A"));
        assert_eq!(chord("Alt-Shift-2"), chord("Alt-2"));
        assert_eq!(chord("Ctrl--").code(), KeyCode::Char('-'));
        assert_eq!(chord("-").code(), KeyCode::Char('-'));
        assert_eq!(chord("+").code(), KeyCode::Char('+'));
        assert_eq!(chord("张").code(), KeyCode::Char('张'));
    }

    #[test]
    fn rejects_bad_names() {
        assert_eq!(KeyChord::parse(""), Err(KeyParseError::Empty));
        assert!(matches!(
            KeyChord::parse("Ctrl-"),
            Err(KeyParseError::MissingKey)
        ));
        assert!(matches!(
            KeyChord::parse("Ctrl-Alt+"),
            Err(KeyParseError::MissingKey)
        ));
        assert!(matches!(
            KeyChord::parse("Hyper-x"),
            Err(KeyParseError::UnknownKey)
        ));
        assert_eq!(
            KeyChord::parse("F13"),
            Err(KeyParseError::FunctionKeyOutOfRange(13))
        );
        assert!(KeyChord::parse("F0").is_err());
        assert!(KeyChord::parse("Entr").is_err());
        assert!(KeyChord::parse("\u{7}").is_err());
    }

    #[test]
    fn prints_canonical_names() {
        for (input, printed) in [
            ("ctrl-n", "Ctrl-N"),
            ("backtab", "Shift-Tab"),
            ("alt-2", "Alt-2"),
            ("pagedown", "PgDn"),
            ("escape", "Esc"),
            ("ctrl-shift-n", "Ctrl-Shift-N"),
            ("shift-alt-ctrl-up", "Ctrl-Alt-Shift-Up"),
            ("q", "q"),
            ("Q", "Q"),
            ("space", "Space"),
            ("ctrl--", "Ctrl--"),
        ] {
            assert_eq!(chord(input).to_string(), printed, "{input}");
        }
    }

    #[test]
    fn matches_terminal_quirks() {
        // BackTab arrives as BackTab with (or without) SHIFT.
        assert_eq!(
            event(KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(chord("Shift-Tab"))
        );
        assert_eq!(
            event(KeyCode::BackTab, KeyModifiers::NONE),
            Some(chord("Shift-Tab"))
        );
        // Ctrl-letters arrive lower- or upper-case.
        assert_eq!(
            event(KeyCode::Char('n'), KeyModifiers::CONTROL),
            Some(chord("Ctrl-N"))
        );
        assert_eq!(
            event(KeyCode::Char('N'), KeyModifiers::CONTROL),
            Some(chord("Ctrl-N"))
        );
        // Alt-2 is ALT + '2'.
        assert_eq!(
            event(KeyCode::Char('2'), KeyModifiers::ALT),
            Some(chord("Alt-2"))
        );
        // Shifted characters carry SHIFT on some terminals and not on others.
        assert_eq!(
            event(KeyCode::Char('?'), KeyModifiers::SHIFT),
            Some(chord("?"))
        );
        assert_eq!(
            event(KeyCode::Char('A'), KeyModifiers::SHIFT),
            Some(chord("A"))
        );
        // Super/Meta are ignored; media keys cannot be bound.
        assert_eq!(event(KeyCode::F(2), KeyModifiers::SUPER), Some(chord("F2")));
        assert_eq!(event(KeyCode::Null, KeyModifiers::NONE), None);
    }
}
