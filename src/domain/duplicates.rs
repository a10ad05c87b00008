//! Duplicate members: the same person entered twice (once by phone, once by name) is the
//! most common defect of a member file. These rules find candidates; merging is the
//! store's job.

use super::ids::Id;
use super::member::Member;
use std::collections::{BTreeMap, HashMap};

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DuplicateReason {
    /// The same phone number (the strongest sign).
    SamePhone,
    /// The same member card number.
    SameCard,
    /// The same name (after normalization) and the same birthday.
    SameNameAndBirthday,
    /// Names one edit apart (or the same words in another order) and the same last 4
    /// digits of the phone.
    SimilarNameSamePhoneEnding,
}

impl DuplicateReason {
    /// The stable name in JSON output (`"reason"`). Not a sentence: the edges word a
    /// reason with `catalog::duplicate_reason`.
    pub fn label(self) -> &'static str {
        match self {
            DuplicateReason::SamePhone => "same phone",
            DuplicateReason::SameCard => "same card number",
            DuplicateReason::SameNameAndBirthday => "same name and birthday",
            DuplicateReason::SimilarNameSamePhoneEnding => {
                "similar name and same last 4 phone digits"
            }
        }
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// A name for comparison: lowercase, accents and full-width letters folded to ASCII,
/// spaces and punctuation (including the middle dot of transliterated names) dropped,
/// Chinese characters kept as they are (no pinyin: 张伟 and 章伟 are different names).
pub fn normalize_name(name: &str) -> String {
    words(name).concat()
}

/// The words of a name, normalized; CJK runs count as one word.
fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in name.chars() {
        if is_cjk(c) {
            cur.push(c);
            continue;
        }
        let folded = if c.is_ascii() {
            c.to_ascii_lowercase().to_string()
        } else {
            deunicode::deunicode_char(c)
                .unwrap_or("")
                .to_ascii_lowercase()
        };
        let mut boundary = folded.is_empty();
        for f in folded.chars() {
            if f.is_ascii_alphanumeric() {
                cur.push(f);
            } else {
                boundary = true;
            }
        }
        if boundary && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Levenshtein distance on characters, giving up (returning `limit + 1`) past `limit`.
fn edit_distance_within(a: &[char], b: &[char], limit: usize) -> usize {
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// A member's name prepared once for many comparisons.
struct NameKey {
    joined: Vec<char>,
    sorted_words: String,
}

impl NameKey {
    fn new(name: &str) -> NameKey {
        let mut w = words(name);
        let joined: Vec<char> = w.concat().chars().collect();
        w.sort();
        NameKey {
            joined,
            sorted_words: w.concat(),
        }
    }
    /// The same name, one typo apart (a character added, dropped or changed), or the
    /// same words in another order ("Wei Zhang" / "Zhang Wei"). Names of one character
    /// must match exactly.
    fn similar(&self, other: &NameKey) -> bool {
        if self.joined.is_empty() || other.joined.is_empty() {
            return false;
        }
        if self.joined == other.joined || self.sorted_words == other.sorted_words {
            return true;
        }
        self.joined.len().min(other.joined.len()) >= 2
            && edit_distance_within(&self.joined, &other.joined, 1) <= 1
    }
}

/// The last 4 digits of a phone, if it has 4.
pub fn phone_ending(phone: &str) -> Option<String> {
    let digits: Vec<char> = phone.chars().filter(char::is_ascii_digit).collect();
    (digits.len() >= 4).then(|| digits[digits.len() - 4..].iter().collect())
}

/// Whether two names are "very similar" by the rule duplicates use.
pub fn names_similar(a: &str, b: &str) -> bool {
    NameKey::new(a).similar(&NameKey::new(b))
}

/// Existing members that `new` may duplicate, with the strongest reason for each; the
/// strongest first. `new` itself (same id) is skipped. For the warning on save.
pub fn duplicate_candidates<'a>(
    new: &Member,
    existing: impl IntoIterator<Item = &'a Member>,
) -> Vec<(Id, DuplicateReason)> {
    let key = NameKey::new(&new.name);
    let ending = phone_ending(&new.phone);
    let norm = normalize_name(&new.name);
    let mut out = Vec::new();
    for m in existing {
        if m.id == new.id {
            continue;
        }
        let reason = if !new.phone.is_empty() && m.phone == new.phone {
            Some(DuplicateReason::SamePhone)
        } else if !new.card.is_empty() && m.card.eq_ignore_ascii_case(&new.card) {
            Some(DuplicateReason::SameCard)
        } else if new.birthday.is_some()
            && m.birthday == new.birthday
            && !norm.is_empty()
            && normalize_name(&m.name) == norm
        {
            Some(DuplicateReason::SameNameAndBirthday)
        } else if ending.is_some()
            && phone_ending(&m.phone) == ending
            && key.similar(&NameKey::new(&m.name))
        {
            Some(DuplicateReason::SimilarNameSamePhoneEnding)
        } else {
            None
        };
        if let Some(r) = reason {
            out.push((m.id, r));
        }
    }
    out.sort_by_key(|(id, r)| (*r, *id));
    out
}

/// Members that look like one person, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicateGroup {
    pub reason: DuplicateReason,
    /// Two or more, in id order.
    pub members: Vec<Id>,
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// The duplicates list: groups of members with the same phone; with the same name and
/// birthday; with near-identical names and the same last 4 phone digits. A pair is listed
/// under its strongest reason only. Groups come strongest reason first, then by their
/// first member's id.
pub fn duplicate_groups(members: &[Member]) -> Vec<DuplicateGroup> {
    let n = members.len();
    let mut out = Vec::new();

    let same_phone =
        |a: usize, b: usize| !members[a].phone.is_empty() && members[a].phone == members[b].phone;
    let norms: Vec<String> = members.iter().map(|m| normalize_name(&m.name)).collect();
    let same_name_bday = |a: usize, b: usize| {
        members[a].birthday.is_some()
            && members[a].birthday == members[b].birthday
            && !norms[a].is_empty()
            && norms[a] == norms[b]
    };

    let mut groups = |reason: DuplicateReason, pairs: Vec<(usize, usize)>| {
        let mut uf = UnionFind((0..n).collect());
        for (a, b) in pairs {
            uf.union(a, b);
        }
        let mut comps: BTreeMap<usize, Vec<Id>> = BTreeMap::new();
        for (i, m) in members.iter().enumerate() {
            comps.entry(uf.find(i)).or_default().push(m.id);
        }
        let mut found: Vec<DuplicateGroup> = comps
            .into_values()
            .filter(|ids| ids.len() >= 2)
            .map(|mut ids| {
                ids.sort();
                ids.dedup();
                DuplicateGroup {
                    reason,
                    members: ids,
                }
            })
            .filter(|g| g.members.len() >= 2)
            .collect();
        found.sort_by_key(|g| g.members[0]);
        out.extend(found);
    };

    // Pairs within buckets sharing a key; each bucket is small in a real member file.
    let bucket_pairs = |key: &dyn Fn(usize) -> Option<String>,
                        keep: &dyn Fn(usize, usize) -> bool| {
        let mut buckets: HashMap<String, Vec<usize>> = HashMap::new();
        for i in 0..n {
            if let Some(k) = key(i) {
                buckets.entry(k).or_default().push(i);
            }
        }
        let mut pairs = Vec::new();
        for idx in buckets.values() {
            for (x, &a) in idx.iter().enumerate() {
                for &b in &idx[x + 1..] {
                    if keep(a, b) {
                        pairs.push((a, b));
                    }
                }
            }
        }
        pairs
    };

    let phone_pairs = bucket_pairs(
        &|i| (!members[i].phone.is_empty()).then(|| members[i].phone.clone()),
        &|_, _| true,
    );
    let name_pairs = bucket_pairs(
        &|i| {
            members[i]
                .birthday
                .filter(|_| !norms[i].is_empty())
                .map(|b| format!("{}|{b}", norms[i]))
        },
        &|a, b| !same_phone(a, b),
    );
    let keys: Vec<NameKey> = members.iter().map(|m| NameKey::new(&m.name)).collect();
    let similar_pairs = bucket_pairs(&|i| phone_ending(&members[i].phone), &|a, b| {
        !same_phone(a, b) && !same_name_bday(a, b) && keys[a].similar(&keys[b])
    });
    groups(DuplicateReason::SamePhone, phone_pairs);
    groups(DuplicateReason::SameNameAndBirthday, name_pairs);
    groups(DuplicateReason::SimilarNameSamePhoneEnding, similar_pairs);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::Timestamp;
    use chrono::NaiveDate;

    fn m(id: u128, name: &str, phone: &str) -> Member {
        let mut m = Member::empty(Id(id), Timestamp(0));
        m.name = name.into();
        m.phone = phone.into();
        m
    }

    #[test]
    fn names_are_compared_without_case_spacing_or_accents() {
        assert_eq!(normalize_name(" José  María-López "), "josemarialopez");
        assert_eq!(normalize_name("张 伟"), "张伟");
        assert_eq!(normalize_name("ＡＮＮ"), "ann");
        assert!(names_similar("张伟", "张玮"));
        assert!(names_similar("Zhang Wei", "wei zhang"));
        assert!(names_similar("Jon Smith", "John Smith"));
        assert!(!names_similar("张伟", "李娜"));
        assert!(!names_similar("A", "B"));
        assert!(!names_similar("Ann Lee", "Bob Lee"));
    }

    #[test]
    fn candidates_on_save() {
        let existing = vec![
            m(1, "张伟", "13812345678"),
            m(2, "张玮", "13900005678"),
            m(3, "王芳", "13700001111"),
            m(4, "Li Na", "13600002222"),
        ];
        let new = m(9, "张伟", "13812345678");
        assert_eq!(
            duplicate_candidates(&new, &existing),
            vec![
                (Id(1), DuplicateReason::SamePhone),
                (Id(2), DuplicateReason::SimilarNameSamePhoneEnding)
            ]
        );
        let other = m(10, "Na Li", "13500002222");
        assert_eq!(
            duplicate_candidates(&other, &existing),
            vec![(Id(4), DuplicateReason::SimilarNameSamePhoneEnding)]
        );
        let mut card = m(11, "Someone", "13300009999");
        card.card = "vip-001".into();
        let mut with_card = m(5, "Else", "13300008888");
        with_card.card = "VIP-001".into();
        assert_eq!(
            duplicate_candidates(&card, [&with_card]),
            vec![(Id(5), DuplicateReason::SameCard)]
        );
        // The member being edited is not its own duplicate.
        assert!(duplicate_candidates(&existing[0], &existing[..1]).is_empty());
    }

    #[test]
    fn groups_by_strongest_reason() {
        let bday = NaiveDate::from_ymd_opt(1990, 5, 17);
        let mut a = m(1, "Ann Lee", "13800000001");
        a.birthday = bday;
        let mut b = m(2, "ann lee", "13800000002");
        b.birthday = bday;
        let c = m(3, "Ann Lee", "13800000001"); // same phone as a
        let d = m(4, "张伟", "13912345678");
        let e = m(5, "张玮", "13712345678");
        let f = m(6, "李娜", "13612345678");
        let g = m(7, "Bob", "");
        let h = m(8, "Bob", "");
        let groups = duplicate_groups(&[a, b, c, d, e, f, g, h]);
        assert_eq!(
            groups,
            vec![
                DuplicateGroup {
                    reason: DuplicateReason::SamePhone,
                    members: vec![Id(1), Id(3)]
                },
                DuplicateGroup {
                    reason: DuplicateReason::SameNameAndBirthday,
                    members: vec![Id(1), Id(2)]
                },
                DuplicateGroup {
                    reason: DuplicateReason::SimilarNameSamePhoneEnding,
                    members: vec![Id(4), Id(5)]
                },
            ]
        );
    }
}
