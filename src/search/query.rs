//! Running one query against the index: parse, match, rank, count.

use super::index::{FIRST_MORE, SearchIndex};
use super::matcher::{EXACT, FUZZY, INITIALS, INNER, PREFIX, Tier, match_tier};
use super::normalize::{self, ALT_SEP, UNIT_SEP, pow11};
use super::rank::{
    CLASS_CARD_PREFIX, CLASS_EXACT, CLASS_NAME, CLASS_PHONE_PREFIX, CLASS_TAG, CLASS_TAIL, Cand,
    TopK, frecency, now_day, score,
};
use super::{Hit, MatchKind, SearchResult};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use std::ops::Range;
use std::sync::LazyLock;

/// When more members than this match a name only fuzzily, the most regular of them are
/// scored by fuzzy-matcher.
pub(crate) const FUZZY_CAP: usize = 1000;

static SKIM: LazyLock<SkimMatcherV2> = LazyLock::new(SkimMatcherV2::default);

/// Candidate lists at least this long are checked on two threads.
const PARALLEL_MIN: usize = 100_000;

/// A name match is packed in a u64: the key's arena offset (high 32 bits), the tier (3 bits)
/// and the slot (29 bits), so narrowing reads nothing but the arena.
const TIER_SHIFT: u32 = 29;
const SLOT_MASK: u64 = (1 << TIER_SHIFT) - 1;

#[inline]
pub(crate) fn unpack(x: u64) -> (u32, Tier) {
    ((x & SLOT_MASK) as u32, ((x >> TIER_SHIFT) & 7) as Tier)
}

/// What the per-member check needs of a query.
struct Matching {
    q: String,
    mask: u32,
    /// Initials-mask bit of the first char (every match starts at a unit or reading).
    first_bit: u64,
    /// The query when it is one ASCII letter.
    single: Option<u8>,
}

impl Matching {
    fn new(p: &Parsed) -> Self {
        let first = p.name.as_bytes().first().copied().unwrap_or(0);
        let letter = first.is_ascii_lowercase();
        Matching {
            q: p.name.clone(),
            mask: p.mask,
            first_bit: p.name.chars().next().map_or(0, normalize::init_bit),
            single: (letter && p.name.len() == 1).then_some(first),
        }
    }
}

/// A query taken apart.
#[derive(Debug, Clone, Default)]
pub(crate) struct Parsed {
    /// Folded name query, no spaces (may be empty).
    pub name: String,
    pub mask: u32,
    pub has_digit: bool,
    /// Phone digits, when the text looks like a phone number.
    pub phone: Option<Vec<u8>>,
    /// Card key, when the text looks like a card number.
    pub card: Option<String>,
    /// Tag prefixes (`#vip` → `vip`).
    pub tags: Vec<String>,
}

impl Parsed {
    pub fn is_empty(&self) -> bool {
        self.name.is_empty() && self.phone.is_none() && self.card.is_none() && self.tags.is_empty()
    }
}

pub(crate) fn parse(q: &str) -> Parsed {
    let mut tags = Vec::new();
    let mut rest = String::new();
    for tok in q.split_whitespace() {
        if let Some(t) = tok.strip_prefix('#') {
            let t = t.to_lowercase();
            if !t.is_empty() {
                tags.push(t);
            }
        } else {
            if !rest.is_empty() {
                rest.push(' ');
            }
            rest.push_str(tok);
        }
    }
    let name = normalize::fold_query(&rest);
    Parsed {
        mask: normalize::query_mask(&name),
        has_digit: name.bytes().any(|b| b.is_ascii_digit()),
        phone: normalize::phone_query(&rest),
        card: normalize::card_query(&rest).filter(|c| !c.is_empty()),
        tags,
        name,
    }
}

impl SearchIndex {
    /// Slots (packed with their tier) whose name matches `p.name`, in slot order. `base`, when
    /// given, is a packed list known to contain every match (an earlier, shorter query's).
    pub(crate) fn name_matches(&self, p: &Parsed, base: Option<&[u64]>) -> Vec<u64> {
        if p.name.is_empty() {
            return Vec::new();
        }
        let m = Matching::new(p);
        match base {
            Some(b) if !(p.has_digit && b.len() > self.digit_names.len()) => {
                if m.single.is_some() {
                    self.scan(b.len(), |r| {
                        let mut out = Vec::new();
                        for &x in &b[r] {
                            self.check_slot(&m, unpack(x).0, &mut out);
                        }
                        out
                    })
                } else {
                    // Every base entry already starts with the query's first char: only the
                    // key itself needs reading.
                    self.scan(b.len(), |r| {
                        let mut out = Vec::new();
                        for &x in &b[r] {
                            let off = (x >> 32) as usize;
                            if self.mask_at(off) & m.mask != m.mask {
                                continue;
                            }
                            let len = usize::from(self.arena[off - 1]);
                            let t = match_tier(&m.q, &self.arena[off..off + len]);
                            if t > 0 {
                                out.push((x & !(7 << TIER_SHIFT)) | (u64::from(t) << TIER_SHIFT));
                            }
                        }
                        out
                    })
                }
            }
            _ if p.has_digit => {
                let d = &self.digit_names;
                self.scan(d.len(), |r| {
                    let mut out = Vec::new();
                    for &s in &d[r] {
                        self.check_slot(&m, s, &mut out);
                    }
                    out
                })
            }
            _ => self.scan(self.ids.len(), |r| {
                let mut out = Vec::new();
                for s in r.start as u32..r.end as u32 {
                    self.check_slot(&m, s, &mut out);
                }
                out
            }),
        }
    }

    #[inline]
    fn check_slot(&self, m: &Matching, s: u32, out: &mut Vec<u64>) {
        let t = self.tier_of(m, s);
        if t > 0 {
            let off = u64::from(self.hot[s as usize].off);
            out.push((off << 32) | (u64::from(t) << TIER_SHIFT) | u64::from(s));
        }
    }

    /// Runs `part` over `0..n`, on two threads when there are many candidates.
    fn scan(&self, n: usize, part: impl Fn(Range<usize>) -> Vec<u64> + Sync) -> Vec<u64> {
        if n < PARALLEL_MIN {
            return part(0..n);
        }
        let mid = n / 2;
        std::thread::scope(|sc| {
            let second = sc.spawn(|| part(mid..n));
            let mut out = part(0..mid);
            match second.join() {
                Ok(v) => out.extend(v),
                Err(_) => out.extend(part(mid..n)),
            }
            out
        })
    }

    #[inline]
    fn tier_of(&self, m: &Matching, s: u32) -> Tier {
        if self.init[s as usize] & m.first_bit != m.first_bit {
            return 0;
        }
        let h = &self.hot[s as usize];
        if let Some(c) = m.single {
            // One ASCII letter that starts some unit: decided by the first unit.
            if h.first[0] != FIRST_MORE {
                return if !h.first.contains(&c) {
                    INNER
                } else if h.key_len == 1 {
                    EXACT
                } else {
                    PREFIX
                };
            }
            let key = self.key(s);
            let first = &key[..key.iter().position(|&b| b == UNIT_SEP).unwrap_or(key.len())];
            let starts = first.first() == Some(&c) || first.windows(2).any(|w| w == [ALT_SEP, c]);
            return if key == [c] {
                EXACT
            } else if starts {
                PREFIX
            } else {
                INNER
            };
        }
        let o = h.off as usize;
        if self.mask_at(o) & m.mask != m.mask {
            return 0;
        }
        let key = &self.arena[o..o + usize::from(h.key_len)];
        match_tier(&m.q, key)
    }

    /// Answers a query from scratch.
    pub fn query(&self, q: &str, limit: usize, now_ms: i64) -> SearchResult {
        let p = parse(q);
        if p.is_empty() {
            return SearchResult::default();
        }
        let names = self.name_matches(&p, None);
        self.rank(&p, &names, limit, now_ms)
    }

    /// Ranks and counts: phone, card and tag lookups, plus the given name matches.
    pub(crate) fn rank(
        &self,
        p: &Parsed,
        names: &[u64],
        limit: usize,
        now_ms: i64,
    ) -> SearchResult {
        let Some(tags) = TagFilter::new(self, &p.tags) else {
            return SearchResult::default();
        };
        let r = Ranker {
            ix: self,
            tags,
            now: now_day(now_ms),
            limit,
        };
        if p.name.is_empty() && p.phone.is_none() && p.card.is_none() {
            return r.rank_tags_only(p);
        }
        let mut cands: Vec<Cand> = Vec::new();
        let mut found = Lookups::none(self);
        if let Some(digits) = &p.phone {
            found.phone = r.phone_prefix_candidates(digits, &mut cands);
            if digits.len() >= 3 {
                found.tail = r.phone_tail_candidates(digits, &mut cands);
            }
        }
        if let Some(card) = &p.card {
            found.card_q = card.as_bytes();
            found.card = r.card_candidates(found.card_q, &mut cands);
        }
        let name_cands = r.name_candidates(p, names);
        let total = if r.tags.is_active() {
            r.count_tagged(&found, names)
        } else {
            found.count_with(names)
        };
        self.finish(p, cands, name_cands, total, limit)
    }

    fn finish(
        &self,
        p: &Parsed,
        mut cands: Vec<Cand>,
        names: Vec<Cand>,
        total: usize,
        limit: usize,
    ) -> SearchResult {
        cands.extend(names);
        // Best first; a member found several ways keeps its best.
        cands.sort_unstable_by(|a, b| a.slot.cmp(&b.slot).then(b.cmp(a)));
        cands.dedup_by_key(|c| c.slot);
        cands.sort_unstable_by(|a, b| b.cmp(a));
        cands.truncate(limit);
        let han = !p.name.is_ascii();
        let latin = p.name.bytes().any(|b| b.is_ascii_alphanumeric());
        let hits = cands
            .into_iter()
            .map(|c| {
                let kind = if c.kind != MatchKind::Name {
                    c.kind
                } else if han && latin {
                    MatchKind::Mixed
                } else if han {
                    MatchKind::Name
                } else if self.key(c.slot).contains(&ALT_SEP) {
                    if ((c.score >> 52) & 0xF) as u8 == INITIALS {
                        MatchKind::Initials
                    } else {
                        MatchKind::Pinyin
                    }
                } else {
                    MatchKind::Name
                };
                Hit {
                    id: c.id,
                    kind,
                    score: c.score,
                }
            })
            .collect();
        SearchResult { hits, total }
    }
}

/// The tag words of a query, each as the set of tag ids it stands for (the tags starting
/// with it). No words: no filter.
struct TagFilter {
    sets: Vec<Vec<usize>>,
}

impl TagFilter {
    /// `None` when some word starts no tag at all: then nothing matches.
    fn new(ix: &SearchIndex, words: &[String]) -> Option<Self> {
        let sets: Vec<Vec<usize>> = words
            .iter()
            .map(|w| {
                (0..ix.tag_names.len())
                    .filter(|&i| ix.tag_names[i].starts_with(w.as_str()))
                    .collect()
            })
            .collect();
        if sets.iter().any(Vec::is_empty) {
            return None;
        }
        Some(TagFilter { sets })
    }

    #[inline]
    fn is_active(&self) -> bool {
        !self.sets.is_empty()
    }

    /// Does slot `s` carry, for every word, one of its tags?
    #[inline]
    fn admits(&self, ix: &SearchIndex, s: u32) -> bool {
        self.sets
            .iter()
            .all(|set| set.iter().any(|&t| ix.has_tag(s, t)))
    }
}

/// One query being ranked: what every step needs.
struct Ranker<'a> {
    ix: &'a SearchIndex,
    tags: TagFilter,
    /// Today, on the scale of the stored visit days.
    now: i64,
    limit: usize,
}

impl Ranker<'_> {
    #[inline]
    fn frec(&self, s: u32) -> u32 {
        let h = &self.ix.hot[s as usize];
        frecency(h.day, h.visits, self.now)
    }

    #[inline]
    fn cand(&self, s: u32, score: i64, kind: MatchKind) -> Cand {
        Cand {
            score,
            id: self.ix.ids[s as usize],
            slot: s,
            kind,
        }
    }

    /// Passes the tag filter, if there is one.
    #[inline]
    fn keep(&self, s: u32) -> bool {
        !self.tags.is_active() || self.tags.admits(self.ix, s)
    }

    /// A query of tags alone lists the members carrying them, regulars first.
    fn rank_tags_only(&self, p: &Parsed) -> SearchResult {
        let sets = &self.tags.sets;
        let Some(first) = sets.first() else {
            return SearchResult::default();
        };
        let mut all: Vec<u32> = first
            .iter()
            .flat_map(|&t| self.ix.postings[t].iter().copied())
            .collect();
        if first.len() > 1 {
            all.sort_unstable();
            all.dedup();
        }
        let mut top = TopK::new(self.limit);
        let mut total = 0;
        for s in all {
            if sets.len() > 1 && !self.tags.admits(self.ix, s) {
                continue;
            }
            total += 1;
            let sc = score(CLASS_TAG, 0, 0, self.frec(s));
            if top.may_enter(sc) {
                top.push(self.cand(s, sc, MatchKind::Tag));
            }
        }
        self.ix
            .finish(p, top.into_sorted(), Vec::new(), total, self.limit)
    }

    /// A sorted run whose first `exact` entries equal the query: those rank as exact
    /// matches (regulars first), the rest as prefix matches in number order, at most
    /// `limit` of them.
    fn push_exact_then_prefix(
        &self,
        run: &[u32],
        exact: usize,
        kinds: (MatchKind, MatchKind),
        prefix_class: i64,
        cands: &mut Vec<Cand>,
    ) {
        for &s in &run[..exact] {
            if self.keep(s) {
                cands.push(self.cand(s, score(CLASS_EXACT, 0, 0, self.frec(s)), kinds.0));
            }
        }
        let mut taken = 0;
        for (i, &s) in run[exact..].iter().enumerate() {
            if taken == self.limit {
                break;
            }
            if self.keep(s) {
                taken += 1;
                let low = u32::MAX - i.min(u32::MAX as usize) as u32;
                cands.push(self.cand(s, score(prefix_class, 0, 0, low), kinds.1));
            }
        }
    }

    /// Phones starting with `digits`: their run of `by_phone`, exact numbers first.
    fn phone_prefix_candidates(&self, digits: &[u8], cands: &mut Vec<Cand>) -> KeyRun {
        let ix = self.ix;
        let lo = normalize::encode_digits(digits.iter().copied());
        let hi = lo + pow11(normalize::PHONE_DIGITS - digits.len());
        let ph = &ix.phone;
        let a = ix.by_phone.partition_point(|&s| ph[s as usize] < lo);
        let e = ix.by_phone.partition_point(|&s| ph[s as usize] <= lo);
        let b = ix.by_phone.partition_point(|&s| ph[s as usize] < hi);
        self.push_exact_then_prefix(
            &ix.by_phone[a..b],
            e - a,
            (MatchKind::PhoneExact, MatchKind::PhonePrefix),
            CLASS_PHONE_PREFIX,
            cands,
        );
        KeyRun { at: a..b, lo, hi }
    }

    /// Phones ending with `digits`: their run of `by_tail`, the best `limit` regulars.
    fn phone_tail_candidates(&self, digits: &[u8], cands: &mut Vec<Cand>) -> KeyRun {
        let ix = self.ix;
        let lo = normalize::encode_digits(digits.iter().rev().copied());
        let hi = lo + pow11(normalize::PHONE_DIGITS - digits.len());
        let rev = |s: u32| normalize::reverse_key(ix.phone[s as usize]);
        let a = ix.by_tail.partition_point(|&s| rev(s) < lo);
        let b = ix.by_tail.partition_point(|&s| rev(s) < hi);
        let mut top = TopK::new(self.limit);
        for &s in &ix.by_tail[a..b] {
            let sc = score(CLASS_TAIL, 0, 0, self.frec(s));
            if top.may_enter(sc) && self.keep(s) {
                top.push(self.cand(s, sc, MatchKind::PhoneTail));
            }
        }
        cands.extend(top.into_sorted());
        KeyRun { at: a..b, lo, hi }
    }

    /// Cards starting with `card`: their run of `by_card`, exact numbers first.
    fn card_candidates(&self, card: &[u8], cands: &mut Vec<Cand>) -> Range<usize> {
        let ix = self.ix;
        let a = ix.by_card.partition_point(|&s| ix.card(s) < card);
        let e = ix.by_card.partition_point(|&s| ix.card(s) <= card);
        let b = ix.by_card.partition_point(|&s| {
            let k = ix.card(s);
            k < card || k.starts_with(card)
        });
        self.push_exact_then_prefix(
            &ix.by_card[a..b],
            e - a,
            (MatchKind::CardExact, MatchKind::CardPrefix),
            CLASS_CARD_PREFIX,
            cands,
        );
        a..b
    }

    /// The best `limit` name matches: by tier, then regulars first. Fuzzy-only matches are
    /// scored by fuzzy-matcher, and only when the stronger tiers do not fill the limit.
    fn name_candidates(&self, p: &Parsed, names: &[u64]) -> Vec<Cand> {
        // With a tag filter, a tier's count says nothing about how many will pass.
        let cutoff = if self.tags.is_active() {
            0
        } else {
            tier_cutoff(names, self.limit)
        };
        let mut top = TopK::new(self.limit);
        let mut fuzzy: Vec<u32> = Vec::new();
        let mut strong = 0usize;
        for &x in names {
            let (s, t) = unpack(x);
            if t < cutoff || !self.keep(s) {
                continue;
            }
            if t == FUZZY {
                fuzzy.push(s);
                continue;
            }
            strong += 1;
            let sc = score(CLASS_NAME, t, 0, self.frec(s));
            if top.may_enter(sc) {
                top.push(self.cand(s, sc, MatchKind::Name));
            }
        }
        if strong < self.limit && !fuzzy.is_empty() {
            self.push_fuzzy(p, fuzzy, &mut top);
        }
        top.into_sorted()
    }

    /// Scores fuzzy-only matches with fuzzy-matcher; of more than [`FUZZY_CAP`], only the
    /// most regular are scored.
    fn push_fuzzy(&self, p: &Parsed, mut fuzzy: Vec<u32>, top: &mut TopK) {
        if fuzzy.len() > FUZZY_CAP {
            let mut by_frec = TopK::new(FUZZY_CAP);
            for &s in &fuzzy {
                let sc = i64::from(self.frec(s));
                if by_frec.may_enter(sc) {
                    by_frec.push(self.cand(s, sc, MatchKind::Name));
                }
            }
            fuzzy = by_frec.into_sorted().iter().map(|c| c.slot).collect();
        }
        for &s in &fuzzy {
            let key = std::str::from_utf8(self.ix.key(s)).unwrap_or("");
            let quality = SKIM.fuzzy_match(key, &p.name).unwrap_or(0);
            let sc = score(CLASS_NAME, FUZZY, quality, self.frec(s));
            top.push(self.cand(s, sc, MatchKind::Name));
        }
    }

    /// With a tag filter: the members of any lookup that carry the tags, each counted once.
    fn count_tagged(&self, found: &Lookups, names: &[u64]) -> usize {
        let (ix, tags) = (self.ix, &self.tags);
        let mut t = 0;
        for &s in &ix.by_phone[found.phone.at.clone()] {
            t += usize::from(tags.admits(ix, s));
        }
        for &s in &ix.by_tail[found.tail.at.clone()] {
            t += usize::from(!found.in_phone(s) && tags.admits(ix, s));
        }
        for &s in &ix.by_card[found.card.clone()] {
            t += usize::from(!found.in_phone(s) && !found.in_tail(s) && tags.admits(ix, s));
        }
        for &x in names {
            let s = unpack(x).0;
            t += usize::from(!found.in_any(s) && tags.admits(ix, s));
        }
        t
    }
}

/// The weakest name tier that can still reach the top `limit` (0 when all of them together
/// do not fill it). Counted from the packed matches alone, so that only members of the
/// tiers at or above it need their visits read.
fn tier_cutoff(names: &[u64], limit: usize) -> Tier {
    let mut counts = [0usize; 8];
    for &x in names {
        counts[usize::from(unpack(x).1)] += 1;
    }
    let mut acc = 0;
    for t in (FUZZY..=EXACT).rev() {
        acc += counts[usize::from(t)];
        if acc >= limit {
            return t;
        }
    }
    0
}

/// A run of a sorted slot list whose keys lie in `lo..hi`.
struct KeyRun {
    at: Range<usize>,
    lo: u64,
    hi: u64,
}

impl KeyRun {
    const NONE: KeyRun = KeyRun {
        at: 0..0,
        lo: 1,
        hi: 0,
    };
}

/// Where the phone and card lookups of a query landed: runs of `by_phone`, `by_tail` and
/// `by_card`, and whether a slot falls in them (told from its key, without a search).
struct Lookups<'a> {
    ix: &'a SearchIndex,
    phone: KeyRun,
    tail: KeyRun,
    card: Range<usize>,
    card_q: &'a [u8],
}

impl<'a> Lookups<'a> {
    fn none(ix: &'a SearchIndex) -> Self {
        Lookups {
            ix,
            phone: KeyRun::NONE,
            tail: KeyRun::NONE,
            card: 0..0,
            card_q: b"",
        }
    }

    #[inline]
    fn in_phone(&self, s: u32) -> bool {
        !self.phone.at.is_empty() && {
            let k = self.ix.phone[s as usize];
            k >= self.phone.lo && k < self.phone.hi
        }
    }

    #[inline]
    fn in_tail(&self, s: u32) -> bool {
        !self.tail.at.is_empty() && {
            let k = normalize::reverse_key(self.ix.phone[s as usize]);
            k >= self.tail.lo && k < self.tail.hi
        }
    }

    #[inline]
    fn in_card(&self, s: u32) -> bool {
        !self.card.is_empty() && self.ix.card(s).starts_with(self.card_q)
    }

    #[inline]
    fn in_any(&self, s: u32) -> bool {
        self.in_phone(s) || self.in_tail(s) || self.in_card(s)
    }

    /// Without a tag filter: members in any lookup or name match, each counted once, by
    /// counting each set and taking off the overlaps (from the smaller side).
    fn count_with(&self, names: &[u64]) -> usize {
        let pps = &self.ix.by_phone[self.phone.at.clone()];
        let pts = &self.ix.by_tail[self.tail.at.clone()];
        let cps = &self.ix.by_card[self.card.clone()];
        let both = if pts.len() <= pps.len() {
            pts.iter().filter(|&&s| self.in_phone(s)).count()
        } else {
            pps.iter().filter(|&&s| self.in_tail(s)).count()
        };
        let phones = pps.len() + pts.len() - both;
        let shared = if cps.len() <= phones {
            cps.iter()
                .filter(|&&s| self.in_phone(s) || self.in_tail(s))
                .count()
        } else {
            pps.iter().filter(|&&s| self.in_card(s)).count()
                + pts
                    .iter()
                    .filter(|&&s| !self.in_phone(s) && self.in_card(s))
                    .count()
        };
        let others = if pps.is_empty() && pts.is_empty() && cps.is_empty() {
            names.len()
        } else {
            names.iter().filter(|&&x| !self.in_any(unpack(x).0)).count()
        };
        phones + cps.len() - shared + others
    }
}

#[cfg(test)]
mod tests {
    use super::super::SearchDoc;
    use super::*;

    #[test]
    fn single_letter_shortcut_agrees_with_matcher() {
        let names = [
            "张伟",
            "曾丽",
            "Zoë Martin",
            "A",
            "a b",
            "ab",
            "b a",
            "欧阳娜娜",
            "Lily王",
            "",
            "!!",
            "Ba",
            "单芳",
            "Mia Müller",
        ];
        let docs: Vec<SearchDoc> = names
            .iter()
            .enumerate()
            .map(|(i, n)| SearchDoc {
                id: i as u128,
                name: n.to_string(),
                ..Default::default()
            })
            .collect();
        let ix = SearchIndex::build(docs);
        for c in b'a'..=b'z' {
            let q = String::from(char::from(c));
            let p = parse(&q);
            let m = Matching::new(&p);
            for s in 0..names.len() as u32 {
                assert_eq!(
                    ix.tier_of(&m, s),
                    match_tier(&q, ix.key(s)),
                    "{q:?} on {:?}",
                    names[s as usize]
                );
            }
        }
    }
}

#[cfg(test)]
mod timing {
    use super::super::SearchDoc;
    use super::*;
    use std::time::Instant;

    /// `cargo test --release --lib timing -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn timing() {
        let sur = [
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "曾", "马",
        ];
        let giv = [
            "伟", "芳", "娜", "秀", "英", "敏", "静", "丽", "强", "磊", "明", "洋",
        ];
        let first = [
            "Zoë", "José", "Mia", "Liam", "Sophie", "Lucas", "Emma", "Noah",
        ];
        let last = [
            "Martin", "García", "Müller", "Smith", "Lopez", "Brown", "Jones",
        ];
        let mut rng = 12345u64;
        let mut r = |n: usize| {
            rng = rng
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((rng >> 33) as usize) % n
        };
        let n: usize = std::env::var("N")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(100_000);
        let docs: Vec<SearchDoc> = (0..n)
            .map(|i| SearchDoc {
                id: i as u128,
                name: if i % 2 == 0 {
                    format!("{}{}{}", sur[r(12)], giv[r(12)], giv[r(12)])
                } else {
                    format!("{} {}", first[r(8)], last[r(7)])
                },
                ..Default::default()
            })
            .collect();
        let ix = SearchIndex::build(docs);
        for (prev, q) in [
            ("", "m"),
            ("", "m"),
            ("m", "ma"),
            ("m", "ma"),
            ("ma", "mar"),
            ("", "z"),
            ("z", "zw"),
            ("", "王"),
            ("", "王"),
        ] {
            let pp = parse(prev);
            let base = ix.name_matches(&pp, None);
            let p = parse(q);
            let b = if prev.is_empty() {
                None
            } else {
                Some(base.as_slice())
            };
            let mut best = (u128::MAX, u128::MAX);
            let mut names = Vec::new();
            let mut res = SearchResult::default();
            for _ in 0..5 {
                let t = Instant::now();
                names = ix.name_matches(&p, b);
                let t1 = t.elapsed().as_micros();
                res = ix.rank(&p, &names, 20, 0);
                let t2 = t.elapsed().as_micros();
                best = (best.0.min(t1), best.1.min(t2 - t1));
            }
            println!(
                "{q:6} base {:7} matches {:7} scan {:6}us rank {:6}us total {}",
                base.len(),
                names.len(),
                best.0,
                best.1,
                res.total
            );
        }
    }
}
