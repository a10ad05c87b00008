//! Member search: one query box, answers on every keystroke.
//!
//! The search layer knows nothing of the store or the terminal: the app converts members into
//! [`SearchDoc`]s, builds a [`SearchIndex`], keeps it current with [`SearchIndex::upsert`] and
//! [`SearchIndex::remove`], and asks it (directly, through a [`QuerySession`] that narrows as
//! the user types, or through a [`SearchWorker`] thread) for ranked [`Hit`]s.
//!
//! ## How lookup reads a query
//!
//! - Words starting with `#` are **tags** (`#vip`, `#all` while typing matches `allergy`). A
//!   query of tags alone lists the members carrying them; tags next to other words filter.
//! - Everything else is looked up as a **phone**, a **card** and a **name** at once:
//!   - **phone** (the text is only digits, spaces, `-`, `(`, `)`, `.`, `+`): the full number,
//!     any tail of 3 or more digits, or a prefix. A leading `+86` / `86` before an 11-digit
//!     mainland mobile is dropped, so `+86 138-1234-5678` is `13812345678`;
//!   - **card** (letters and digits with at least one digit; case, spaces and dashes ignored):
//!     exact or prefix;
//!   - **name**: case- and accent-insensitive (`zoe` finds Zoë); spaces and punctuation in the
//!     query are ignored. Each word of a Latin name and each character of a Chinese name is a
//!     *unit*; a Chinese character can be typed as itself, as its full pinyin or as any prefix
//!     of it (so `zw`, `zhangwei`, `zhang wei`, `zhangw` and `张w` all find 张伟). The first
//!     character of a Chinese name is indexed with every reading (曾 zeng/ceng, 单 shan/dan,
//!     区 ou/qu, 解 xie/jie, 仇 qiu/chou, 朴 piao/pu, 查 zha/cha, 盖 ge/gai, 尉 yu/wei, …).
//!     Failing that, a name matches fuzzily when the query's first letter starts a word (or
//!     a pinyin syllable) and its other letters follow in order (`mrtn` and `zmrtn` find Zoë
//!     Martin; `artin` does not: every name match starts at the start of a word).
//! - A query with nothing searchable in it (only spaces or punctuation) returns **nothing**.
//!
//! ## Ranking
//!
//! Hits are ordered by these rules, each breaking the ties of the one before:
//!
//! 1. **What matched**: exact card or exact phone number, then phone tail, then card prefix,
//!    then phone prefix, then tag-only listings, then names.
//! 2. **Name quality**, best first: the whole name (`zhangwei`, `zoe martin`, `张伟`); the start
//!    of the name (`zhang`, `zoe mar`, `张w`); initials (`zw`); other abbreviations from the
//!    first word (`zhw`); a later word (`wei`, `martin`); a fuzzy match, where
//!    fuzzy-matcher's SkimMatcherV2 score decides (when more than 1,000 members match only
//!    fuzzily, the 1,000 most regular of them are scored).
//! 3. **Regulars first** (frecency): a recency weight from the last visit (within 7 days 400,
//!    30 days 200, 90 days 100, a year 50, older 10, never 0) times `1 + log2(1 + visits)`.
//!    Card and phone *prefixes* are the exception: they list in card/phone number order.
//! 4. The smaller member id.
//!
//! `total` counts every member that matches, before the limit.

pub mod from_store;
mod index;
mod matcher;
pub mod normalize;
mod pinyin;
mod query;
mod rank;
mod session;
mod worker;

pub use index::SearchIndex;
pub use session::QuerySession;
pub use worker::{Answer, SearchWorker};

/// A member as the search layer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchDoc {
    /// Member id.
    pub id: u128,
    /// Name as entered: "张伟", "Zoë Martin".
    pub name: String,
    /// Normalized phone: mainland mobiles as 11 digits, others as "+447700900123".
    pub phone: String,
    /// Card number as entered, e.g. "M00012345" or "880012".
    pub card: String,
    /// Lowercase tags, e.g. `["vip", "allergy"]`.
    pub tags: Vec<String>,
    /// Last visit, UTC milliseconds.
    pub last_visit_ms: Option<i64>,
    /// Number of visits.
    pub visit_count: u32,
}

/// The ranked answer to one query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchResult {
    /// Best first, at most `limit`.
    pub hits: Vec<Hit>,
    /// Number of matching members before the limit.
    pub total: usize,
}

/// One ranked member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Member id.
    pub id: u128,
    /// Why it matched.
    pub kind: MatchKind,
    /// Higher is better; hits are sorted by score, then by id.
    pub score: i64,
}

/// Why a member matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchKind {
    /// The card number, exactly.
    CardExact,
    /// The phone number, exactly.
    PhoneExact,
    /// The last digits (3 or more) of the phone number.
    PhoneTail,
    /// The start of the card number.
    CardPrefix,
    /// The start of the phone number.
    PhonePrefix,
    /// A tag-only query (`#vip`).
    Tag,
    /// A Latin name, or a Chinese name typed in characters.
    Name,
    /// A Chinese name typed in pinyin.
    Pinyin,
    /// A Chinese name typed as initials (`zw`).
    Initials,
    /// A Chinese name typed as characters and pinyin (`张w`).
    Mixed,
}
