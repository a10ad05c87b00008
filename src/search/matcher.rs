//! Matching one folded query against one name key (see `normalize` for both forms).

use super::normalize::{ALT_SEP, UNIT_SEP};

/// Name match quality, higher is better (0 = no match).
pub(crate) type Tier = u8;
/// The whole name: every unit typed in full.
pub(crate) const EXACT: Tier = 6;
/// The start of the name: units from the first, all in full but the last.
pub(crate) const PREFIX: Tier = 5;
/// One letter per unit from the first (`zw`).
pub(crate) const INITIALS: Tier = 4;
/// Prefixes of units, starting at the first unit, units may be skipped (`zhw`).
pub(crate) const START: Tier = 3;
/// Prefixes of units, starting at a later unit (`wei`, `martin`).
pub(crate) const INNER: Tier = 2;
/// The query's chars appear in order somewhere in the key.
pub(crate) const FUZZY: Tier = 1;

const MAX_UNITS: usize = 16;
const MAX_ALTS: usize = 5;
/// Longest query (bytes) matched unit by unit; longer ones only fuzzily.
const MAX_UNIT_QUERY: usize = 63;

/// Units of a key: byte ranges of each alternative.
struct Units {
    n: usize,
    nalts: [u8; MAX_UNITS],
    alts: [[(u8, u8); MAX_ALTS]; MAX_UNITS],
}

impl Units {
    fn parse(key: &[u8]) -> Units {
        let mut u = Units {
            n: 0,
            nalts: [0; MAX_UNITS],
            alts: [[(0, 0); MAX_ALTS]; MAX_UNITS],
        };
        if key.is_empty() {
            return u;
        }
        let mut start = 0usize;
        let mut unit_open = true;
        for i in 0..=key.len() {
            let b = key.get(i).copied().unwrap_or(UNIT_SEP);
            if b == UNIT_SEP || b == ALT_SEP {
                if unit_open && u.n < MAX_UNITS && i > start {
                    let k = usize::from(u.nalts[u.n]);
                    if k < MAX_ALTS {
                        // Keys are at most 255 bytes.
                        u.alts[u.n][k] = (start as u8, (i - start) as u8);
                        u.nalts[u.n] += 1;
                    }
                }
                if b == UNIT_SEP && u.n < MAX_UNITS && u.nalts[u.n] > 0 {
                    u.n += 1;
                }
                unit_open = u.n < MAX_UNITS;
                start = i + 1;
            }
        }
        u
    }

    fn alts<'k>(&self, key: &'k [u8], i: usize) -> impl Iterator<Item = &'k [u8]> + use<'k> {
        let list = self.alts[i];
        let n = usize::from(self.nalts[i]);
        (0..n).map(move |j| {
            let (s, l) = list[j];
            &key[usize::from(s)..usize::from(s) + usize::from(l)]
        })
    }
}

fn lcp(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// The best tier at which folded query `q` (non-empty) matches name key `key`, or 0.
pub(crate) fn match_tier(q: &str, key: &[u8]) -> Tier {
    let qb = q.as_bytes();
    if qb.is_empty() || key.is_empty() {
        return 0;
    }
    if qb.len() <= MAX_UNIT_QUERY {
        let t = unit_tier(qb, key);
        if t > 0 {
            return t;
        }
    }
    if is_subsequence(q, key) { FUZZY } else { 0 }
}

fn unit_tier(q: &[u8], key: &[u8]) -> Tier {
    let units = Units::parse(key);
    let n = units.n;
    if n == 0 {
        return 0;
    }
    let qlen = q.len();
    // Contiguous from the first unit, whole alternatives: `front` holds reachable positions.
    let mut front: u64 = 1;
    let mut prefix = false;
    for i in 0..n {
        let mut next: u64 = 0;
        let mut bits = front;
        while bits != 0 {
            let p = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            if p == qlen {
                prefix = true; // query used up with units to spare
                continue;
            }
            for a in units.alts(key, i) {
                let rest = &q[p..];
                let l = lcp(rest, a);
                if l == a.len() {
                    next |= 1 << (p + l);
                } else if l == rest.len() {
                    prefix = true; // the query ends inside this unit
                }
            }
        }
        front = next;
        if front == 0 {
            break;
        }
    }
    if front & (1 << qlen) != 0 {
        return EXACT;
    }
    if prefix {
        return PREFIX;
    }
    // Initials: one char per unit, from the first.
    let mut chars = 0;
    let mut ok = true;
    for (i, c) in std::str::from_utf8(q).unwrap_or("").chars().enumerate() {
        chars += 1;
        if i >= n {
            ok = false;
            break;
        }
        let mut buf = [0u8; 4];
        let cb = c.encode_utf8(&mut buf).as_bytes();
        if !units.alts(key, i).any(|a| a.starts_with(cb)) {
            ok = false;
            break;
        }
    }
    if ok && chars > 0 {
        return INITIALS;
    }
    // General: any prefixes of units in order, units may be skipped.
    // can[i] = positions p such that q[p..] can be matched by units i.. .
    let mut can: u64 = 1 << qlen;
    for i in (0..n).rev() {
        let mut add: u64 = 0;
        for p in 0..qlen {
            if add & (1 << p) != 0 {
                continue;
            }
            for a in units.alts(key, i) {
                let l = lcp(&q[p..], a);
                // p + 1 ..= p + l reachable in can?
                if l > 0 {
                    let window = ((1u64 << l) - 1) << (p + 1);
                    if can & window != 0 {
                        add |= 1 << p;
                        break;
                    }
                }
            }
        }
        if i == 0 {
            // Starting at the first unit (`can` is still the positions units 1.. finish).
            let first_ok = units.alts(key, 0).any(|a| {
                let l = lcp(q, a);
                l > 0 && can & (((1u64 << l) - 1) << 1) != 0
            });
            if first_ok {
                return START;
            }
        }
        can |= add;
    }
    if can & 1 != 0 { INNER } else { 0 }
}

/// The chars of `q` appear in order in `key`.
fn is_subsequence(q: &str, key: &[u8]) -> bool {
    if q.is_ascii() {
        let mut it = key.iter();
        q.bytes().all(|b| it.any(|&k| k == b))
    } else {
        let key = std::str::from_utf8(key).unwrap_or("");
        let mut it = key.chars();
        q.chars().all(|c| it.any(|k| k == c))
    }
}

#[cfg(test)]
mod tests {
    use super::super::normalize::name_key;
    use super::*;

    fn t(q: &str, name: &str) -> Tier {
        match_tier(q, name_key(name).as_bytes())
    }

    #[test]
    fn tiers() {
        assert_eq!(t("zhangwei", "张伟"), EXACT);
        assert_eq!(t("张伟", "张伟"), EXACT);
        assert_eq!(t("zhang伟", "张伟"), EXACT);
        assert_eq!(t("zoemartin", "Zoë Martin"), EXACT);
        assert_eq!(t("zhang", "张伟"), PREFIX);
        assert_eq!(t("zhangw", "张伟"), PREFIX);
        assert_eq!(t("张w", "张伟"), PREFIX);
        assert_eq!(t("z", "张伟"), PREFIX);
        assert_eq!(t("zw", "张伟"), INITIALS);
        assert_eq!(t("zhw", "张伟"), START);
        assert_eq!(t("zxy", "张晓阳"), INITIALS);
        assert_eq!(t("zy", "张晓阳"), START);
        assert_eq!(t("wei", "张伟"), INNER);
        assert_eq!(t("martin", "Zoë Martin"), INNER);
        assert_eq!(t("ceng", "曾伟"), PREFIX);
        assert_eq!(t("zengwei", "曾伟"), EXACT);
        assert_eq!(t("mrtn", "Zoë Martin"), FUZZY);
        assert_eq!(t("x", "张伟"), 0);
        assert_eq!(t("weizhang", "张伟"), 0);
        assert_eq!(t("a", ""), 0);
    }
}
