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
/// The query's first char starts a unit or reading, its other chars follow in order.
pub(crate) const FUZZY: Tier = 1;

/// Longest query (bytes) matched unit by unit; longer ones only fuzzily.
const MAX_UNIT_QUERY: usize = 63;

#[inline]
fn lcp(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
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
    if anchored_subsequence(q, key) {
        FUZZY
    } else {
        0
    }
}

/// Fuzzy: the first char of `q` starts an alternative of `key` and the rest of `q` follows
/// in order. (The earliest such start leaves the most room, so it is the only one tried.)
fn anchored_subsequence(q: &str, key: &[u8]) -> bool {
    let Some(c0) = q.chars().next() else {
        return false;
    };
    let mut buf = [0u8; 4];
    let cb = c0.encode_utf8(&mut buf).as_bytes();
    let mut i = 0;
    while i < key.len() {
        if key[i..].starts_with(cb) {
            return is_subsequence(&q[c0.len_utf8()..], &key[i + cb.len()..]);
        }
        // Next alternative.
        match key[i..].iter().position(|&b| b == UNIT_SEP || b == ALT_SEP) {
            Some(j) => i += j + 1,
            None => return false,
        }
    }
    false
}

/// One pass over the key's units, tracking in bit sets the query positions each kind of
/// match can have reached.
fn unit_tier(q: &[u8], key: &[u8]) -> Tier {
    let qlen = q.len();
    let full: u64 = 1 << qlen;
    let below: u64 = full - 1;
    let ascii = q.is_ascii();
    // Bytes present in the query: an alternative starting with any other byte matches nothing.
    let mut qset = [0u64; 4];
    for &b in q {
        qset[usize::from(b >> 6)] |= 1 << (b & 63);
    }
    // Contiguous from the first unit, whole alternatives.
    let mut front: u64 = 1;
    let mut front_next: u64 = 0;
    let mut prefix = false;
    // Prefixes of units in order, units may be skipped, first piece in unit 0.
    let mut start: u64 = 0;
    let mut start_add: u64 = 0;
    // The same, starting anywhere.
    let mut inner: u64 = 1;
    let mut inner_add: u64 = 0;
    // One char per unit from the first.
    let mut initials = ascii;
    let mut init_hit = false;
    let mut unit = 0usize;
    let mut a0 = 0usize;
    let mut i = 0usize;
    while i <= key.len() {
        let b = if i < key.len() { key[i] } else { UNIT_SEP };
        if b != UNIT_SEP && b != ALT_SEP {
            i += 1;
            continue;
        }
        let alt = &key[a0..i];
        a0 = i + 1;
        i += 1;
        if !alt.is_empty() {
            if front & full != 0 {
                prefix = true;
            }
            if unit < qlen && alt[0] == q[unit] {
                init_hit = true;
            }
            // When the query has no alternative's first byte, no piece starts here (and
            // `front` cannot end the query here either).
            let useful = qset[usize::from(alt[0] >> 6)] & (1 << (alt[0] & 63)) != 0;
            let mut ps = if useful {
                (front | inner | start | u64::from(unit == 0)) & below
            } else {
                0
            };
            while ps != 0 {
                let p = ps.trailing_zeros() as usize;
                ps &= ps - 1;
                let bit = 1u64 << p;
                let l = lcp(&q[p..], alt);
                if front & bit != 0 {
                    if l == alt.len() {
                        front_next |= 1 << (p + l);
                    } else if l == qlen - p {
                        prefix = true;
                    }
                }
                if l > 0 {
                    let span = ((1u64 << l) - 1) << (p + 1);
                    if inner & bit != 0 {
                        inner_add |= span;
                    }
                    if start & bit != 0 || (unit == 0 && p == 0) {
                        start_add |= span;
                    }
                }
            }
        }
        if b == UNIT_SEP {
            // End of a unit.
            front = front_next;
            front_next = 0;
            start |= start_add;
            inner |= inner_add;
            start_add = 0;
            inner_add = 0;
            if unit < qlen && !init_hit {
                initials = false;
            }
            init_hit = false;
            unit += 1;
        }
    }
    if front & full != 0 {
        return EXACT;
    }
    if prefix {
        return PREFIX;
    }
    if initials && unit >= qlen {
        return INITIALS;
    }
    if start & full != 0 {
        return START;
    }
    if inner & full != 0 { INNER } else { 0 }
}

/// The chars of `q` appear in order in `key`. (Both are UTF-8; a whole char's encoding found
/// in UTF-8 text always sits on a char boundary.)
fn is_subsequence(q: &str, key: &[u8]) -> bool {
    if q.is_ascii() {
        let mut it = key.iter();
        return q.bytes().all(|b| it.any(|&k| k == b));
    }
    let mut rest = key;
    for c in q.chars() {
        let mut buf = [0u8; 4];
        let cb = c.encode_utf8(&mut buf).as_bytes();
        match rest.windows(cb.len()).position(|w| w == cb) {
            Some(i) => rest = &rest[i + cb.len()..],
            None => return false,
        }
    }
    true
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
        assert_eq!(t("zmrtn", "Zoë Martin"), FUZZY);
        assert_eq!(t("artin", "Zoë Martin"), 0);
        assert_eq!(t("zhwi", "张伟"), FUZZY);
        assert_eq!(t("hang", "张伟"), 0);
        assert_eq!(t("x", "张伟"), 0);
        assert_eq!(t("weizhang", "张伟"), 0);
        assert_eq!(t("a", ""), 0);
    }
}
