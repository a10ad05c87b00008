//! The member index: struct-of-arrays per member slot, one byte arena for name keys and
//! cards, sorted slot lists for phones, phone tails and cards, posting lists for tags.

use super::SearchDoc;
use super::normalize::{self, KeyInfo};
use super::rank::visit_day;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT_UID: AtomicU64 = AtomicU64::new(1);

/// Slots are packed with a 3-bit tier in name match lists.
pub(crate) const MAX_SLOTS: usize = 1 << 29;

/// The searchable form of every member. See the module docs of [`crate::search`].
pub struct SearchIndex {
    /// Identity of this index object, for sessions' caches.
    pub(crate) uid: u64,
    /// Bumped on every change.
    pub(crate) version: u64,
    pub(crate) ids: Vec<u128>,
    /// Name key then card key of each slot.
    pub(crate) arena: Vec<u8>,
    /// Initials mask of each name key (`normalize::init_bit`), the first filter of a scan;
    /// 0 for free slots.
    pub(crate) init: Vec<u64>,
    /// What a name scan and ranking read next, one 16-byte record per slot.
    pub(crate) hot: Vec<Hot>,
    pub(crate) card_len: Vec<u8>,
    /// Encoded phone digits (see `normalize::encode_digits`).
    pub(crate) phone: Vec<u64>,
    /// Slots by (phone, slot).
    pub(crate) by_phone: Vec<u32>,
    /// Slots by (reversed phone, slot).
    pub(crate) by_tail: Vec<u32>,
    /// Slots by (card, slot).
    pub(crate) by_card: Vec<u32>,
    /// Slots whose name key has a digit (the only names a query with a digit can match).
    pub(crate) digit_names: Vec<u32>,
    pub(crate) tag_names: Vec<String>,
    tag_lookup: HashMap<String, u32>,
    /// Sorted slots per tag.
    pub(crate) postings: Vec<Vec<u32>>,
    table: IdTable,
    free: Vec<u32>,
    live: usize,
    garbage: usize,
}

impl Default for SearchIndex {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("len", &self.live)
            .field("memory_bytes", &self.memory_bytes())
            .finish_non_exhaustive()
    }
}

impl SearchIndex {
    /// An empty index.
    pub fn new() -> Self {
        SearchIndex {
            uid: NEXT_UID.fetch_add(1, Ordering::Relaxed),
            version: 0,
            ids: Vec::new(),
            arena: Vec::new(),
            init: Vec::new(),
            hot: Vec::new(),
            card_len: Vec::new(),
            phone: Vec::new(),
            by_phone: Vec::new(),
            by_tail: Vec::new(),
            by_card: Vec::new(),
            digit_names: Vec::new(),
            tag_names: Vec::new(),
            tag_lookup: HashMap::new(),
            postings: Vec::new(),
            table: IdTable::with_capacity(0),
            free: Vec::new(),
            live: 0,
            garbage: 0,
        }
    }

    /// Builds an index of `docs` (a later doc with the same id replaces an earlier one).
    pub fn build(docs: Vec<SearchDoc>) -> Self {
        let n = docs.len().min(MAX_SLOTS);
        let mut ix = SearchIndex::new();
        ix.table = IdTable::with_capacity(n);
        ix.ids.reserve_exact(n);
        ix.hot.reserve_exact(n);
        ix.init.reserve_exact(n);
        ix.card_len.reserve_exact(n);
        ix.phone.reserve_exact(n);
        let guess: usize = docs.iter().map(|d| d.name.len() * 2 + d.card.len()).sum();
        ix.arena.reserve(guess);
        let mut dups = Vec::new();
        for doc in docs.into_iter().take(n) {
            if ix.table.get(doc.id, &ix.ids).is_some() {
                dups.push(doc);
                continue;
            }
            let slot = ix.ids.len() as u32;
            ix.ids.push(doc.id);
            ix.hot.push(Hot::default());
            ix.init.push(0);
            ix.card_len.push(0);
            ix.phone.push(0);
            let info = ix.write_slot(slot, &doc);
            ix.table.insert(slot, &ix.ids);
            if info.has_digit {
                ix.digit_names.push(slot);
            }
            for t in &doc.tags {
                let tid = ix.tag_id(t);
                ix.postings[tid as usize].push(slot);
            }
            ix.live += 1;
        }
        ix.arena.shrink_to_fit();
        ix.sort_all();
        for d in dups {
            ix.upsert(d);
        }
        ix
    }

    fn sort_all(&mut self) {
        let n = self.ids.len() as u32;
        let phone = &self.phone;
        let mut pairs: Vec<(u64, u32)> = (0..n).map(|s| (phone[s as usize], s)).collect();
        pairs.sort_unstable();
        self.by_phone = pairs.iter().map(|p| p.1).collect();
        for p in pairs.iter_mut() {
            p.0 = normalize::reverse_key(p.0);
        }
        pairs.sort_unstable();
        self.by_tail = pairs.iter().map(|p| p.1).collect();
        drop(pairs);
        let mut by_card: Vec<u32> = (0..n).collect();
        by_card.sort_unstable_by(|&a, &b| self.card(a).cmp(self.card(b)).then(a.cmp(&b)));
        self.by_card = by_card;
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.live
    }

    /// No members.
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Adds a new member or replaces the one with the same id (name, phone, card, tags or
    /// visit statistics changed).
    pub fn upsert(&mut self, doc: SearchDoc) {
        self.version += 1;
        if let Some(slot) = self.table.get(doc.id, &self.ids) {
            if self.same_searchable(slot, &doc) {
                let s = slot as usize;
                self.hot[s].day = visit_day(doc.last_visit_ms);
                self.hot[s].visits = doc.visit_count.min(u32::from(u16::MAX)) as u16;
                return;
            }
            self.unindex(slot);
            let info = self.write_slot(slot, &doc);
            self.index(slot, info, &doc.tags);
        } else {
            let slot = match self.free.pop() {
                Some(s) => s,
                None => {
                    if self.ids.len() >= MAX_SLOTS {
                        return;
                    }
                    self.ids.push(0);
                    self.hot.push(Hot::default());
                    self.init.push(0);
                    self.card_len.push(0);
                    self.phone.push(0);
                    (self.ids.len() - 1) as u32
                }
            };
            self.ids[slot as usize] = doc.id;
            self.table.insert(slot, &self.ids);
            let info = self.write_slot(slot, &doc);
            self.index(slot, info, &doc.tags);
            self.live += 1;
        }
        self.maybe_compact();
    }

    /// Removes a member (deleted, or merged into another). Unknown ids are ignored.
    pub fn remove(&mut self, id: u128) {
        let Some(slot) = self.table.get(id, &self.ids) else {
            return;
        };
        self.version += 1;
        self.unindex(slot);
        let s = slot as usize;
        self.hot[s].key_len = 0;
        self.card_len[s] = 0;
        let o = self.hot[s].off as usize;
        self.arena[o - HEADER..o].fill(0);
        self.init[s] = 0;
        self.hot[s].first = [0; 3];
        self.phone[s] = 0;
        self.hot[s].day = 0;
        self.hot[s].visits = 0;
        self.table.remove(id, &self.ids);
        self.free.push(slot);
        self.live -= 1;
        self.maybe_compact();
    }

    /// Approximate heap bytes used by the index.
    pub fn memory_bytes(&self) -> usize {
        fn v<T>(x: &Vec<T>) -> usize {
            x.capacity() * std::mem::size_of::<T>()
        }
        v(&self.ids)
            + v(&self.arena)
            + v(&self.hot)
            + v(&self.init)
            + v(&self.card_len)
            + v(&self.phone)
            + v(&self.by_phone)
            + v(&self.by_tail)
            + v(&self.by_card)
            + v(&self.digit_names)
            + v(&self.free)
            + v(&self.table.buckets)
            + v(&self.postings)
            + self.postings.iter().map(v).sum::<usize>()
            + self
                .tag_names
                .iter()
                .map(|t| 2 * (t.capacity() + 24) + 8)
                .sum::<usize>()
    }

    /// The name key of a slot.
    #[inline]
    pub(crate) fn key(&self, slot: u32) -> &[u8] {
        let s = slot as usize;
        let o = self.hot[s].off as usize;
        &self.arena[o..o + usize::from(self.hot[s].key_len)]
    }

    /// The char mask of the name key at arena offset `off`.
    #[inline]
    pub(crate) fn mask_at(&self, off: usize) -> u32 {
        let b = &self.arena[off - HEADER..off - 1];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }

    /// The card key of a slot.
    #[inline]
    pub(crate) fn card(&self, slot: u32) -> &[u8] {
        let s = slot as usize;
        let o = self.hot[s].off as usize + usize::from(self.hot[s].key_len);
        &self.arena[o..o + usize::from(self.card_len[s])]
    }

    /// Does the slot carry tag `tid`?
    #[inline]
    pub(crate) fn has_tag(&self, slot: u32, tid: usize) -> bool {
        self.postings[tid].binary_search(&slot).is_ok()
    }

    fn tag_id(&mut self, tag: &str) -> u32 {
        if let Some(&t) = self.tag_lookup.get(tag) {
            return t;
        }
        let t = self.tag_names.len() as u32;
        self.tag_names.push(tag.to_string());
        self.tag_lookup.insert(tag.to_string(), t);
        self.postings.push(Vec::new());
        t
    }

    /// Writes a slot's fields (appending its keys to the arena); sorted lists untouched.
    fn write_slot(&mut self, slot: u32, doc: &SearchDoc) -> KeyInfo {
        let s = slot as usize;
        // Record: key mask (4 bytes), key length, key, card; `off` is the key's start.
        self.arena.extend_from_slice(&[0; HEADER]);
        let start = self.arena.len();
        let info = normalize::write_name_key(&mut self.arena, &doc.name);
        self.arena[start - HEADER..start - 1].copy_from_slice(&info.mask.to_le_bytes());
        self.arena[start - 1] = info.len as u8;
        let card_start = self.arena.len();
        self.arena.extend(
            doc.card
                .bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| b.to_ascii_uppercase())
                .take(255),
        );
        self.hot[s].off = start as u32;
        self.hot[s].key_len = info.len as u8;
        self.card_len[s] = (self.arena.len() - card_start) as u8;
        self.init[s] = info.init_mask;
        self.hot[s].first = if info.first_more {
            [FIRST_MORE; 3]
        } else {
            info.first
        };
        self.phone[s] = normalize::phone_key(&doc.phone);
        self.hot[s].day = visit_day(doc.last_visit_ms);
        self.hot[s].visits = doc.visit_count.min(u32::from(u16::MAX)) as u16;
        info
    }

    fn same_searchable(&self, slot: u32, doc: &SearchDoc) -> bool {
        let mut key = Vec::with_capacity(64);
        normalize::write_name_key(&mut key, &doc.name);
        if key != self.key(slot) || normalize::phone_key(&doc.phone) != self.phone[slot as usize] {
            return false;
        }
        if !normalize::card_key(&doc.card)
            .as_bytes()
            .iter()
            .take(255)
            .eq(self.card(slot).iter())
        {
            return false;
        }
        let mut want: Vec<usize> = Vec::new();
        for t in &doc.tags {
            match self.tag_lookup.get(t.as_str()) {
                Some(&tid) => want.push(tid as usize),
                None => return false,
            }
        }
        want.sort_unstable();
        want.dedup();
        let have: Vec<usize> = (0..self.postings.len())
            .filter(|&t| self.has_tag(slot, t))
            .collect();
        want == have
    }

    fn phone_pos(&self, slot: u32) -> Result<usize, usize> {
        let k = (self.phone[slot as usize], slot);
        self.by_phone
            .binary_search_by(|&s| (self.phone[s as usize], s).cmp(&k))
    }

    fn tail_pos(&self, slot: u32) -> Result<usize, usize> {
        let k = (normalize::reverse_key(self.phone[slot as usize]), slot);
        self.by_tail
            .binary_search_by(|&s| (normalize::reverse_key(self.phone[s as usize]), s).cmp(&k))
    }

    fn card_pos(&self, slot: u32) -> Result<usize, usize> {
        let k = (self.card(slot), slot);
        self.by_card
            .binary_search_by(|&s| (self.card(s), s).cmp(&k))
    }

    /// Inserts a written slot into the sorted lists and postings.
    fn index(&mut self, slot: u32, info: KeyInfo, tags: &[String]) {
        if let Err(p) = self.phone_pos(slot) {
            self.by_phone.insert(p, slot);
        }
        if let Err(p) = self.tail_pos(slot) {
            self.by_tail.insert(p, slot);
        }
        if let Err(p) = self.card_pos(slot) {
            self.by_card.insert(p, slot);
        }
        if info.has_digit
            && let Err(p) = self.digit_names.binary_search(&slot)
        {
            self.digit_names.insert(p, slot);
        }
        for t in tags {
            let tid = self.tag_id(t) as usize;
            if let Err(p) = self.postings[tid].binary_search(&slot) {
                self.postings[tid].insert(p, slot);
            }
        }
    }

    /// Takes a slot out of the sorted lists and postings (before its fields change).
    fn unindex(&mut self, slot: u32) {
        if let Ok(p) = self.phone_pos(slot) {
            self.by_phone.remove(p);
        }
        if let Ok(p) = self.tail_pos(slot) {
            self.by_tail.remove(p);
        }
        if let Ok(p) = self.card_pos(slot) {
            self.by_card.remove(p);
        }
        if let Ok(p) = self.digit_names.binary_search(&slot) {
            self.digit_names.remove(p);
        }
        for list in &mut self.postings {
            if let Ok(p) = list.binary_search(&slot) {
                list.remove(p);
            }
        }
        let s = slot as usize;
        self.garbage += HEADER + usize::from(self.hot[s].key_len) + usize::from(self.card_len[s]);
    }

    /// Rewrites the arena without dead bytes once they are most of it.
    fn maybe_compact(&mut self) {
        if self.garbage < (1 << 16) || self.garbage * 2 < self.arena.len() {
            return;
        }
        let mut arena = Vec::with_capacity(self.arena.len() - self.garbage);
        for s in 0..self.ids.len() {
            let o = self.hot[s].off as usize;
            let l = usize::from(self.hot[s].key_len) + usize::from(self.card_len[s]);
            arena.extend_from_slice(&self.arena[o - HEADER..o + l]);
            self.hot[s].off = (arena.len() - l) as u32;
        }
        self.arena = arena;
        self.garbage = 0;
    }
}

/// Bytes before each name key in the arena: its char mask and its length.
pub(crate) const HEADER: usize = 5;

/// Marks [`Hot::first`] as incomplete.
pub(crate) const FIRST_MORE: u8 = 0xFF;

/// Per-slot fields read by name scans and ranking.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Hot {
    /// Arena offset of the name key: its char mask (`normalize::char_bit`, 4 bytes) and
    /// length (1 byte) come before it, the card after it.
    pub off: u32,
    pub key_len: u8,
    /// First ASCII chars of the first unit's alternatives, 0 for none; all [`FIRST_MORE`]
    /// when they did not fit.
    pub first: [u8; 3],
    /// Last visit day (`rank::visit_day`).
    pub day: u16,
    pub visits: u16,
}

/// Open-addressing table from member id to slot: 4 bytes per bucket, keys live in `ids`,
/// at most 80% full (any bucket count, not only powers of two: about 5 bytes per member).
struct IdTable {
    buckets: Vec<u32>,
    len: usize,
}

const EMPTY: u32 = u32::MAX;

impl IdTable {
    fn with_capacity(n: usize) -> Self {
        IdTable {
            buckets: vec![EMPTY; (n * 5 / 4 + 1).max(16)],
            len: 0,
        }
    }

    #[inline]
    fn home(&self, id: u128) -> usize {
        let x = (id as u64) ^ ((id >> 64) as u64).rotate_left(29);
        let h = x.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        ((u128::from(h) * self.buckets.len() as u128) >> 64) as usize
    }

    #[inline]
    fn next(&self, i: usize) -> usize {
        if i + 1 == self.buckets.len() {
            0
        } else {
            i + 1
        }
    }

    fn get(&self, id: u128, ids: &[u128]) -> Option<u32> {
        let mut i = self.home(id);
        loop {
            let s = self.buckets[i];
            if s == EMPTY {
                return None;
            }
            if ids[s as usize] == id {
                return Some(s);
            }
            i = self.next(i);
        }
    }

    fn insert(&mut self, slot: u32, ids: &[u128]) {
        if (self.len + 1) * 5 > self.buckets.len() * 4 {
            let mut bigger = IdTable::with_capacity((self.len + 1) * 3 / 2);
            for &s in &self.buckets {
                if s != EMPTY {
                    bigger.insert(s, ids);
                }
            }
            *self = bigger;
        }
        let mut i = self.home(ids[slot as usize]);
        while self.buckets[i] != EMPTY {
            i = self.next(i);
        }
        self.buckets[i] = slot;
        self.len += 1;
    }

    fn remove(&mut self, id: u128, ids: &[u128]) {
        let mut i = self.home(id);
        loop {
            let s = self.buckets[i];
            if s == EMPTY {
                return;
            }
            if ids[s as usize] == id {
                break;
            }
            i = self.next(i);
        }
        // Backward-shift deletion.
        let mut j = i;
        loop {
            j = self.next(j);
            let s = self.buckets[j];
            if s == EMPTY {
                break;
            }
            let k = self.home(ids[s as usize]);
            let movable = if i <= j {
                k <= i || k > j
            } else {
                k <= i && k > j
            };
            if movable {
                self.buckets[i] = s;
                i = j;
            }
        }
        self.buckets[i] = EMPTY;
        self.len -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_table_survives_churn() {
        let mut ids: Vec<u128> = Vec::new();
        let mut t = IdTable::with_capacity(0);
        for i in 0..5000u128 {
            ids.push(i * 7919);
            t.insert(i as u32, &ids);
        }
        for i in (0..5000u128).step_by(3) {
            t.remove(i * 7919, &ids);
        }
        for i in 0..5000u128 {
            let want = (i % 3 != 0).then_some(i as u32);
            assert_eq!(t.get(i * 7919, &ids), want);
        }
    }
}
