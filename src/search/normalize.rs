//! Folding names, queries, phones and cards into the forms the index compares.
//!
//! A *name key* is the searchable form of a name: lowercase ASCII words and Chinese
//! characters, one *unit* per Latin word or Chinese character, units separated by `' '`.
//! A Chinese character is followed by its pinyin readings, each after a `'|'`:
//! `"张伟"` → `"张|zhang 伟|wei"`, `"Zoë Martin"` → `"zoe martin"`.

use super::pinyin::readings;

/// Longest name key kept, in bytes (the rest of a very long name is not searchable).
pub const MAX_KEY_LEN: usize = 255;
/// Unit separator in a name key.
pub(crate) const UNIT_SEP: u8 = b' ';
/// Alternative (reading) separator in a name key.
pub(crate) const ALT_SEP: u8 = b'|';

/// The searchable key of a name (see the module docs).
pub fn name_key(name: &str) -> String {
    let mut out = Vec::new();
    write_name_key(&mut out, name);
    // The key is built from whole chars and ASCII separators.
    String::from_utf8(out).unwrap_or_default()
}

/// What the index keeps about a name key besides its bytes.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct KeyInfo {
    /// Length in bytes.
    pub len: usize,
    /// Bits of every char in the key (see [`char_bit`]).
    pub mask: u32,
    /// [`init_bit`]s of the first char of every alternative.
    pub init_mask: u64,
    /// Contains an ASCII digit.
    pub has_digit: bool,
    /// First ASCII chars of the first unit's alternatives (0 = none); `first_more` when
    /// there were more than fit.
    pub first: [u8; 3],
    pub first_more: bool,
}

impl KeyInfo {
    fn add_first(&mut self, b: u8) {
        if self.first.contains(&b) {
            return;
        }
        match self.first.iter_mut().find(|x| **x == 0) {
            Some(x) => *x = b,
            None => self.first_more = true,
        }
    }
}

/// The mask bit of one key or query char: a-z are bits 0-25, digits bit 26, anything else one
/// of bits 27-31.
#[inline]
pub(crate) fn char_bit(c: char) -> u32 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << 26,
        _ => 1 << (27 + (c as u32 % 5)),
    }
}

/// The bits of a char in an initials mask: a-z are bits 0-25, digits bit 26, anything else
/// (Chinese characters) two of bits 27-63, like a small Bloom filter. A key can start an
/// alternative with `c` only if `mask & init_bit(c) == init_bit(c)`.
#[inline]
pub(crate) fn init_bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << 26,
        _ => (1 << (27 + (c as u32 % 37))) | (1 << (27 + (c as u32 / 37) % 37)),
    }
}

/// Appends the name key of `name` to `out`; returns its length and mask.
pub(crate) fn write_name_key(out: &mut Vec<u8>, name: &str) -> KeyInfo {
    let mut w = KeyWriter {
        out,
        start: 0,
        info: KeyInfo::default(),
        in_word: false,
        full: false,
        seen_han: false,
    };
    w.start = w.out.len();
    for c in name.chars() {
        if w.full {
            break;
        }
        if c.is_ascii_alphanumeric() {
            w.word_char(c.to_ascii_lowercase());
        } else if c.is_ascii() {
            w.in_word = false;
        } else if let Some(r) = readings(c, !w.seen_han) {
            w.seen_han = true;
            w.han(c, &r);
        } else {
            match deunicode::deunicode_char(c) {
                Some(s) if !s.is_empty() => {
                    for d in s.chars() {
                        if d.is_ascii_alphanumeric() {
                            w.word_char(d.to_ascii_lowercase());
                        } else {
                            w.in_word = false;
                        }
                    }
                }
                _ => w.in_word = false,
            }
        }
    }
    w.info.len = w.out.len() - w.start;
    w.info
}

struct KeyWriter<'a> {
    out: &'a mut Vec<u8>,
    start: usize,
    info: KeyInfo,
    in_word: bool,
    full: bool,
    seen_han: bool,
}

impl KeyWriter<'_> {
    fn room(&self) -> usize {
        MAX_KEY_LEN - (self.out.len() - self.start)
    }

    fn sep_len(&self) -> usize {
        usize::from(self.out.len() > self.start)
    }

    fn word_char(&mut self, c: char) {
        let need = 1 + if self.in_word { 0 } else { self.sep_len() };
        if need > self.room() {
            self.full = true;
            return;
        }
        if !self.in_word {
            if self.sep_len() == 1 {
                self.out.push(UNIT_SEP);
            }
            self.info.init_mask |= init_bit(c);
            if self.sep_len() == 0 {
                self.info.add_first(c as u8);
            }
        }
        self.in_word = true;
        self.out.push(c as u8);
        self.info.mask |= char_bit(c);
        self.info.has_digit |= c.is_ascii_digit();
    }

    fn han(&mut self, c: char, r: &super::pinyin::Readings) {
        let need = self.sep_len() + c.len_utf8() + r.iter().map(|x| x.len() + 1).sum::<usize>();
        if need > self.room() {
            self.full = true;
            return;
        }
        let first_unit = self.sep_len() == 0;
        if self.sep_len() == 1 {
            self.out.push(UNIT_SEP);
        }
        let mut buf = [0u8; 4];
        self.out
            .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        self.info.mask |= char_bit(c);
        self.info.init_mask |= init_bit(c);
        for alt in r.iter() {
            self.info.init_mask |= init_bit(char::from(alt[0]));
            if first_unit {
                self.info.add_first(alt[0]);
            }
            self.out.push(ALT_SEP);
            self.out.extend_from_slice(alt);
            for &b in alt {
                self.info.mask |= char_bit(char::from(b));
            }
        }
        self.in_word = false;
    }
}

/// Folds the name part of a query: lowercase ASCII letters and digits, Chinese characters
/// kept as they are, other letters transliterated (`ë` → `e`); spaces, punctuation and
/// control characters dropped.
pub fn fold_query(q: &str) -> String {
    let mut out = String::with_capacity(q.len());
    for c in q.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii() {
            continue;
        } else if readings(c, false).is_some() {
            out.push(c);
        } else if let Some(s) = deunicode::deunicode_char(c) {
            out.extend(
                s.chars()
                    .filter(char::is_ascii_alphanumeric)
                    .map(|d| d.to_ascii_lowercase()),
            );
        }
    }
    out
}

/// Mask of a folded query (see [`char_bit`]).
pub(crate) fn query_mask(q: &str) -> u32 {
    q.chars().fold(0, |m, c| m | char_bit(c))
}

/// Most digits a phone key holds.
pub(crate) const PHONE_DIGITS: usize = 17;

/// `11^k`.
pub(crate) const fn pow11(k: usize) -> u64 {
    let mut r = 1u64;
    let mut i = 0;
    while i < k {
        r *= 11;
        i += 1;
    }
    r
}

/// Encodes up to 17 digits (`0..=9` values) as a number whose order is the strings' order:
/// each digit `d` is the base-11 figure `d + 1`, padded on the right with zeros. 0 means no
/// digits.
pub(crate) fn encode_digits(digits: impl IntoIterator<Item = u8>) -> u64 {
    let mut k = 0u64;
    let mut n = 0;
    for d in digits.into_iter().take(PHONE_DIGITS) {
        k = k * 11 + u64::from(d) + 1;
        n += 1;
    }
    k * pow11(PHONE_DIGITS - n)
}

/// The digit values of an encoded key, most significant first.
pub(crate) fn decode_digits(mut key: u64) -> ([u8; PHONE_DIGITS], usize) {
    let mut figs = [0u8; PHONE_DIGITS];
    for i in (0..PHONE_DIGITS).rev() {
        figs[i] = (key % 11) as u8;
        key /= 11;
    }
    let n = figs.iter().position(|&f| f == 0).unwrap_or(PHONE_DIGITS);
    let mut out = [0u8; PHONE_DIGITS];
    for i in 0..n {
        out[i] = figs[i] - 1;
    }
    (out, n)
}

/// The key of the reversed digit string, so phone tails become prefixes.
pub(crate) fn reverse_key(key: u64) -> u64 {
    let (d, n) = decode_digits(key);
    encode_digits(d[..n].iter().rev().copied())
}

/// The phone key of a stored (normalized) phone: its ASCII digits.
pub(crate) fn phone_key(phone: &str) -> u64 {
    encode_digits(phone.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0'))
}

/// The digits of a query that looks like a phone number (only digits, spaces, `-`, `(`, `)`,
/// `.`, `+`, with at least one digit); a leading `86` before an 11-digit mainland mobile is
/// dropped.
pub fn phone_query(q: &str) -> Option<Vec<u8>> {
    let q = q.trim();
    if !q
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.' | '+'))
    {
        return None;
    }
    let mut d: Vec<u8> = q
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    if d.is_empty() {
        return None;
    }
    let plus86 = q.starts_with('+') && d.starts_with(&[8, 6]);
    if d.len() >= 3 && d.starts_with(&[8, 6]) && d[2] == 1 && (plus86 || d.len() == 13) {
        d.drain(..2);
    }
    d.truncate(PHONE_DIGITS);
    Some(d)
}

/// A card number as the index compares it: ASCII letters and digits, uppercase.
pub fn card_key(card: &str) -> String {
    card.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The card key of a query that looks like a card number (ASCII letters and digits with at
/// least one digit; spaces and dashes ignored).
pub fn card_query(q: &str) -> Option<String> {
    let q = q.trim();
    let ok = q
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-'))
        && q.chars().any(|c| c.is_ascii_digit());
    ok.then(|| card_key(q))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(name_key("张伟"), "张|zhang 伟|wei");
        assert_eq!(name_key("Zoë  Martin-Smith"), "zoe martin smith");
        assert_eq!(name_key("Lily王"), "lily 王|wang|yu");
        assert_eq!(name_key("!!"), "");
        let long = "a".repeat(1000);
        assert_eq!(name_key(&long).len(), MAX_KEY_LEN);
        let han = "张".repeat(200);
        assert!(name_key(&han).len() <= MAX_KEY_LEN);
        assert_eq!(fold_query(" Zoë M-art "), "zoemart");
        assert_eq!(fold_query("张 w"), "张w");
    }

    #[test]
    fn phones() {
        let k = phone_key("13812345678");
        let (d, n) = decode_digits(k);
        assert_eq!(&d[..n], &[1, 3, 8, 1, 2, 3, 4, 5, 6, 7, 8]);
        assert!(phone_key("138") < phone_key("1380") && phone_key("1380") < phone_key("139"));
        assert_eq!(reverse_key(phone_key("123")), phone_key("321"));
        assert_eq!(
            phone_query("+86 138-1234-5678"),
            Some(vec![1, 3, 8, 1, 2, 3, 4, 5, 6, 7, 8])
        );
        assert_eq!(phone_query("+44 7700").map(|d| d.len()), Some(6));
        assert_eq!(phone_query("12a"), None);
        assert_eq!(phone_query(" - "), None);
        assert_eq!(card_query("m000-12"), Some("M00012".into()));
        assert_eq!(card_query("mart"), None);
    }
}
