//! Finding members: the Lookup list's rows for a page of search hits, and a whole search
//! for the command line (which has no index kept in memory).

use super::{Desk, DeskError};
use crate::domain::care::birthday_in;
use crate::domain::phone::mask_phone;
use crate::domain::{Id, Member, Timestamp};
use crate::membership::tiers::standing_of_view;
use crate::search::{SearchIndex, SearchResult};
use crate::store::MemberView;
use chrono::Datelike;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Badge {
    Allergy,
    OpenComplaint,
    Birthday,
    /// Holds a package (次卡) that can be used now.
    Package,
}

/// One line of the Lookup list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberRow {
    pub id: Id,
    pub name: String,
    /// Masked: the list never shows a full phone number.
    pub phone: String,
    pub card: String,
    pub tier: String,
    pub points: i64,
    pub last_visit: Option<Timestamp>,
    pub badges: Vec<Badge>,
    /// What the desk must see at once (allergies, needs).
    pub alerts: Vec<String>,
    /// The stored value balance (储值), when the member has a ledger.
    pub stored_value: Option<crate::domain::Money>,
}

/// Members found for a query: the best rows, and how many matched in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub rows: Vec<MemberRow>,
    pub total: usize,
}

impl Desk<'_> {
    /// The rows for these search hits, in the order given: one read of each member's
    /// derived record, no history. Members deleted since the index saw them are left out.
    pub fn rows(&self, ids: &[Id]) -> Result<Vec<MemberRow>, DeskError> {
        let mut rows = Vec::new();
        for v in self.views(ids)?.into_iter().flatten() {
            let mut row = self.row(&v);
            let (held, entries) = self.store.wallet_of(&v.ids().collect::<Vec<_>>())?;
            row.stored_value = (!entries.is_empty()).then(|| held.total());
            rows.push(row);
        }
        Ok(rows)
    }

    /// A whole search from the store: the index is built for this one query.
    pub fn find(&self, query: &str, limit: usize) -> Result<Found, DeskError> {
        let docs = crate::search::from_store::member_docs(self.store)?;
        let index = SearchIndex::build(docs);
        let result = index.query(query, limit, self.now.0);
        self.found(&result)
    }

    /// Rows for a search result.
    pub fn found(&self, result: &SearchResult) -> Result<Found, DeskError> {
        let ids: Vec<Id> = result.hits.iter().map(|h| Id(h.id)).collect();
        Ok(Found {
            rows: self.rows(&ids)?,
            total: result.total,
        })
    }

    /// A row from the member's derived record alone: the tier comes from the activity it
    /// carries, so no history is read.
    fn row(&self, v: &MemberView) -> MemberRow {
        let tier = standing_of_view(self.settings, v, self.now);
        let mut row = member_row(v, tier.tier.as_str().to_string(), self.now);
        if self.holds_usable_package(v) {
            row.badges.push(Badge::Package);
        }
        row
    }
}

pub fn member_row(v: &MemberView, tier: String, now: Timestamp) -> MemberRow {
    let m = &v.member;
    let mut badges = Vec::new();
    if m.has_allergy() {
        badges.push(Badge::Allergy);
    }
    if v.open_complaints > 0 {
        badges.push(Badge::OpenComplaint);
    }
    if birthday_within(m, now, 7) {
        badges.push(Badge::Birthday);
    }
    MemberRow {
        id: m.id,
        name: m.name.clone(),
        phone: mask_phone(&m.phone),
        card: m.card.clone(),
        tier,
        points: v.stats.points,
        last_visit: v.stats.last_visit,
        badges,
        alerts: m.alerts.clone(),
        stored_value: None,
    }
}

/// The birthday falls today or within the next `days` days (local time).
pub fn birthday_within(m: &Member, now: Timestamp, days: i64) -> bool {
    let Some(b) = m.birthday else { return false };
    let today = now.local_date();
    (0..=days).any(|d| {
        let day = today + chrono::Duration::days(d);
        birthday_in(b, day.year()) == Some(day)
    })
}
