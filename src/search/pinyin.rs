//! Pinyin readings of Chinese characters, via the `pinyin` crate.

use pinyin::{ToPinyin, ToPinyinMulti};

/// Most readings kept for the first character of a name (surnames such as 单 have three).
pub(crate) const MAX_READINGS: usize = 4;

/// The plain (toneless, lowercase ASCII) readings of `c`: all of them (up to
/// [`MAX_READINGS`]) when `all`, else the most common one. `None` for characters without
/// pinyin.
pub(crate) fn readings(c: char, all: bool) -> Option<Readings> {
    if c.is_ascii() {
        return None;
    }
    let mut out = Readings::default();
    if all {
        let multi = c.to_pinyin_multi()?;
        for p in multi {
            out.push(p.plain());
            if out.len == MAX_READINGS {
                break;
            }
        }
    } else {
        out.push(c.to_pinyin()?.plain());
    }
    (out.len > 0).then_some(out)
}

/// Up to [`MAX_READINGS`] distinct readings, each lowercase ASCII letters (`ü` becomes `v`).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Readings {
    bufs: [[u8; 8]; MAX_READINGS],
    lens: [u8; MAX_READINGS],
    len: usize,
}

impl Readings {
    fn push(&mut self, plain: &str) {
        let mut buf = [0u8; 8];
        let mut n = 0;
        for ch in plain.chars() {
            let b = match ch {
                'a'..='z' => ch as u8,
                'A'..='Z' => ch.to_ascii_lowercase() as u8,
                'ü' | 'Ü' => b'v',
                _ => continue,
            };
            if n < buf.len() {
                buf[n] = b;
                n += 1;
            }
        }
        if n == 0 || self.len == MAX_READINGS {
            return;
        }
        if self.iter().any(|r| r == &buf[..n]) {
            return;
        }
        self.bufs[self.len] = buf;
        self.lens[self.len] = n as u8;
        self.len += 1;
    }

    /// The readings as byte strings.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &[u8]> {
        self.bufs[..self.len]
            .iter()
            .zip(&self.lens)
            .map(|(b, &n)| &b[..usize::from(n)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(c: char) -> Vec<String> {
        readings(c, true)
            .map(|r| {
                r.iter()
                    .map(|b| String::from_utf8_lossy(b).into_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn surnames_with_two_readings() {
        for (c, want) in [
            ('曾', ["zeng", "ceng"]),
            ('单', ["shan", "dan"]),
            ('区', ["ou", "qu"]),
            ('解', ["xie", "jie"]),
            ('仇', ["qiu", "chou"]),
            ('朴', ["piao", "pu"]),
            ('查', ["zha", "cha"]),
            ('盖', ["ge", "gai"]),
            ('尉', ["yu", "wei"]),
        ] {
            let got = all(c);
            for w in want {
                assert!(got.iter().any(|g| g == w), "{c}: {got:?} lacks {w}");
            }
        }
        assert_eq!(all('吕'), vec!["lv".to_string()]);
        assert!(readings('a', true).is_none());
    }
}
