//! Reading the current state. Each call is one short read transaction.

use super::codec::dec;
use super::records::{MemberStats, StoredComplaint, StoredMember};
use super::tables::*;
use super::{Store, StoreError};
use crate::domain::{
    Complaint, ComplaintStatus, Id, Member, Op, PointsEntry, ServiceRecord, TierEvent, Timestamp,
    Visit,
};
use redb::{
    ReadOnlyMultimapTable, ReadOnlyTable, ReadTransaction, ReadableTable, ReadableTableMetadata,
};
use serde::de::DeserializeOwned;

/// A member as the desk sees it: the survivor of any merges, with the figures of
/// every record merged into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberView {
    pub member: Member,
    pub stats: MemberStats,
    /// Members merged into this one (their records show here).
    pub merged_from: Vec<Id>,
    /// Complaints not yet resolved.
    pub open_complaints: u32,
}

impl MemberView {
    pub fn ids(&self) -> impl Iterator<Item = Id> + '_ {
        std::iter::once(self.member.id).chain(self.merged_from.iter().copied())
    }
}

/// Everything on a member card below the profile, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemberHistory {
    pub visits: Vec<Visit>,
    pub services: Vec<ServiceRecord>,
    pub complaints: Vec<Complaint>,
    pub ledger: Vec<PointsEntry>,
    /// Recorded tier changes, newest first.
    pub tiers: Vec<TierEvent>,
}

const MAX_MERGE_HOPS: usize = 32;

impl Store {
    fn read(&self) -> Result<ReadTransaction, StoreError> {
        self.db().begin_read()
    }

    pub fn stored_member(&self, id: Id) -> Result<Option<StoredMember>, StoreError> {
        let tx = self.read()?;
        get(&tx.open_table(MEMBERS)?, id.0)
    }

    /// The member an id now stands for: itself, or the survivor it was merged into.
    pub fn resolve(&self, id: Id) -> Result<Id, StoreError> {
        let tx = self.read()?;
        ViewTables::open(&tx)?.resolve(id)
    }

    /// The member for `id` (following merges), or `None` if unknown or deleted.
    pub fn member(&self, id: Id) -> Result<Option<MemberView>, StoreError> {
        let tx = self.read()?;
        let t = ViewTables::open(&tx)?;
        t.view(t.resolve(id)?)
    }

    /// The members for a page of ids (search hits) in one read, each as `member` gives it:
    /// following merges, `None` where unknown or deleted. One answer per id, in order;
    /// ids that stand for the same survivor each get its view.
    pub fn member_views(&self, ids: &[Id]) -> Result<Vec<Option<MemberView>>, StoreError> {
        let tx = self.read()?;
        let t = ViewTables::open(&tx)?;
        ids.iter().map(|&id| t.view(t.resolve(id)?)).collect()
    }

    pub fn history(&self, id: Id) -> Result<MemberHistory, StoreError> {
        let tx = self.read()?;
        let t = ViewTables::open(&tx)?;
        history_in(&tx, &t.group(t.resolve(id)?)?)
    }

    /// The member and their history in one read: a card, or a Lookup row's tier.
    pub fn member_with_history(
        &self,
        id: Id,
    ) -> Result<Option<(MemberView, MemberHistory)>, StoreError> {
        let tx = self.read()?;
        let t = ViewTables::open(&tx)?;
        let Some(view) = t.view(t.resolve(id)?)? else {
            return Ok(None);
        };
        let history = history_in(&tx, &view.ids().collect::<Vec<_>>())?;
        Ok(Some((view, history)))
    }
}

/// Everything recorded for these members (a survivor and those merged into it), newest first.
fn history_in(tx: &ReadTransaction, ids: &[Id]) -> Result<MemberHistory, StoreError> {
    let mut h = MemberHistory::default();
    let visits = tx.open_table(VISITS)?;
    let services = tx.open_table(SERVICES)?;
    let points = tx.open_table(POINTS)?;
    let complaints = tx.open_table(COMPLAINTS)?;
    let tiers = tx.open_table(TIER_EVENTS)?;
    let tiers_by = tx.open_multimap_table(TIER_EVENTS_BY_MEMBER)?;
    let visits_by = tx.open_multimap_table(VISITS_BY_MEMBER)?;
    let services_by = tx.open_multimap_table(SERVICES_BY_MEMBER)?;
    let points_by = tx.open_multimap_table(POINTS_BY_MEMBER)?;
    let complaints_by = tx.open_multimap_table(COMPLAINTS_BY_MEMBER)?;
    for m in ids {
        for v in tiers_by.get(m.0)? {
            h.tiers.extend(get::<TierEvent>(&tiers, v?.value())?);
        }
        for v in visits_by.get(m.0)? {
            h.visits.extend(get::<Visit>(&visits, v?.value())?);
        }
        for v in services_by.get(m.0)? {
            h.services
                .extend(get::<ServiceRecord>(&services, v?.value())?);
        }
        for v in points_by.get(m.0)? {
            h.ledger.extend(get::<PointsEntry>(&points, v?.value())?);
        }
        for v in complaints_by.get(m.0)? {
            let sc: Option<StoredComplaint> = get(&complaints, v?.value())?;
            h.complaints.extend(sc.and_then(|c| c.current()));
        }
    }
    h.visits.sort_by_key(|v| std::cmp::Reverse((v.at, v.id)));
    h.services.sort_by_key(|s| std::cmp::Reverse((s.at, s.id)));
    h.ledger.sort_by_key(|e| std::cmp::Reverse((e.at, e.id)));
    h.tiers.sort_by_key(|e| std::cmp::Reverse((e.at, e.id)));
    h.complaints
        .sort_by_key(|c| std::cmp::Reverse((c.created, c.id)));
    Ok(h)
}

impl Store {
    /// Visible members holding this (normalized) phone number.
    pub fn members_with_phone(&self, phone: &str) -> Result<Vec<MemberView>, StoreError> {
        self.members_in_index(PHONE_INDEX, phone)
    }

    /// Visible members whose phone ends in these 4 digits.
    pub fn members_with_phone_ending(&self, last4: &str) -> Result<Vec<MemberView>, StoreError> {
        self.members_in_index(PHONE_TAIL_INDEX, last4)
    }

    pub fn members_with_card(&self, card: &str) -> Result<Vec<MemberView>, StoreError> {
        self.members_in_index(CARD_INDEX, card)
    }

    fn members_in_index(
        &self,
        def: redb::MultimapTableDefinition<&str, u128>,
        key: &str,
    ) -> Result<Vec<MemberView>, StoreError> {
        let tx = self.read()?;
        let t = ViewTables::open(&tx)?;
        let mut out = Vec::new();
        for v in tx.open_multimap_table(def)?.get(key)? {
            let id = t.resolve(Id(v?.value()))?;
            if let Some(view) = t.view(id)?
                && !out.iter().any(|o: &MemberView| o.member.id == id)
            {
                out.push(view);
            }
        }
        Ok(out)
    }

    /// Every visible member with the figures of members merged into it. Used to build
    /// the search index, so it skips the per-member complaint count.
    pub fn for_each_member(
        &self,
        mut f: impl FnMut(&Member, &MemberStats),
    ) -> Result<(), StoreError> {
        let tx = self.read()?;
        let t = ViewTables::open(&tx)?;
        let has_merges = !t.merged.is_empty()?;
        for row in t.members.iter()? {
            let (k, v) = row?;
            let sm: StoredMember = dec(v.value())?;
            if !sm.visible() {
                continue;
            }
            let mut stats: MemberStats = get(&t.stats, k.value())?.unwrap_or_default();
            if has_merges {
                for from in t.group(sm.member.id)?.into_iter().skip(1) {
                    stats.add(&get(&t.stats, from.0)?.unwrap_or_default());
                }
            }
            f(&sm.member, &stats);
        }
        Ok(())
    }

    pub fn member_count(&self) -> Result<u64, StoreError> {
        let tx = self.read()?;
        let mut n = 0;
        for row in tx.open_table(MEMBERS)?.iter()? {
            let (_, v) = row?;
            if dec::<StoredMember>(v.value())?.visible() {
                n += 1;
            }
        }
        Ok(n)
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        let tx = self.read()?;
        Ok(tx.open_table(OPS)?.is_empty()?)
    }

    /// Visits at or after `since`, newest first, with the member's name when known.
    pub fn arrivals_since(
        &self,
        since: Timestamp,
        limit: usize,
    ) -> Result<Vec<(Visit, Option<String>)>, StoreError> {
        let tx = self.read()?;
        let visits = tx.open_table(VISITS)?;
        let t = ViewTables::open(&tx)?;
        let mut out = Vec::new();
        for row in tx
            .open_table(VISITS_BY_TIME)?
            .range((since.0, 0u128)..)?
            .rev()
        {
            if out.len() >= limit {
                break;
            }
            let (k, _) = row?;
            let Some(v) = get::<Visit>(&visits, k.value().1)? else {
                continue;
            };
            let name = match v.member {
                Some(m) => get::<StoredMember>(&t.members, t.resolve(m)?.0)?.map(|s| s.member.name),
                None => None,
            };
            out.push((v, name));
        }
        Ok(out)
    }

    /// Complaints, newest first; closed ones only when asked for.
    pub fn complaints(&self, include_closed: bool) -> Result<Vec<Complaint>, StoreError> {
        let tx = self.read()?;
        let mut out = Vec::new();
        for row in tx.open_table(COMPLAINTS)?.iter()? {
            let (_, v) = row?;
            if let Some(c) = dec::<StoredComplaint>(v.value())?.current()
                && (include_closed || c.status != ComplaintStatus::Closed)
            {
                out.push(c);
            }
        }
        out.sort_by_key(|c| std::cmp::Reverse((c.created, c.id)));
        Ok(out)
    }

    pub fn complaint(&self, id: Id) -> Result<Option<Complaint>, StoreError> {
        let tx = self.read()?;
        let sc: Option<StoredComplaint> = get(&tx.open_table(COMPLAINTS)?, id.0)?;
        Ok(sc.and_then(|c| c.current()))
    }

    /// Every points ledger entry of every member.
    pub fn for_each_points_entry(&self, mut f: impl FnMut(PointsEntry)) -> Result<(), StoreError> {
        let tx = self.read()?;
        for row in tx.open_table(POINTS)?.iter()? {
            let (_, v) = row?;
            f(dec(v.value())?);
        }
        Ok(())
    }

    pub fn op_count(&self) -> Result<u64, StoreError> {
        let tx = self.read()?;
        Ok(tx.open_table(OPS)?.len()?)
    }

    /// Every operation in the log, in (terminal, sequence) order.
    pub fn for_each_op(
        &self,
        mut f: impl FnMut(Op) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let tx = self.read()?;
        for row in tx.open_table(OPS)?.iter()? {
            let (_, v) = row?;
            f(parse_op(v.value())?)?;
        }
        Ok(())
    }

    /// Operations of one origin terminal with sequence in `from..=to`.
    pub fn ops_of(&self, terminal: u64, from: u64, to: u64) -> Result<Vec<Op>, StoreError> {
        let tx = self.read()?;
        let mut out = Vec::new();
        for row in tx
            .open_table(OPS)?
            .range((terminal, from)..=(terminal, to))?
        {
            let (_, v) = row?;
            out.push(parse_op(v.value())?);
        }
        Ok(out)
    }
}

pub(crate) fn parse_op(bytes: &[u8]) -> Result<Op, StoreError> {
    serde_json::from_slice(bytes)
        .map_err(|e| StoreError::Corrupt(format!("an operation in the log: {e}")))
}

fn get<T: DeserializeOwned>(
    t: &impl ReadableTable<u128, &'static [u8]>,
    key: u128,
) -> Result<Option<T>, StoreError> {
    match t.get(key)? {
        Some(v) => Ok(Some(dec(v.value())?)),
        None => Ok(None),
    }
}

/// The tables a member view reads, opened once for any number of views in one read.
struct ViewTables {
    members: ReadOnlyTable<u128, &'static [u8]>,
    stats: ReadOnlyTable<u128, &'static [u8]>,
    merged: ReadOnlyMultimapTable<u128, u128>,
    complaints: ReadOnlyTable<u128, &'static [u8]>,
    complaints_by: ReadOnlyMultimapTable<u128, u128>,
}

impl ViewTables {
    fn open(tx: &ReadTransaction) -> Result<Self, StoreError> {
        Ok(ViewTables {
            members: tx.open_table(MEMBERS)?,
            stats: tx.open_table(MEMBER_STATS)?,
            merged: tx.open_multimap_table(MERGED)?,
            complaints: tx.open_table(COMPLAINTS)?,
            complaints_by: tx.open_multimap_table(COMPLAINTS_BY_MEMBER)?,
        })
    }

    /// The member an id now stands for: itself, or the survivor it was merged into.
    fn resolve(&self, id: Id) -> Result<Id, StoreError> {
        let mut cur = id;
        for _ in 0..MAX_MERGE_HOPS {
            match get::<StoredMember>(&self.members, cur.0)?.and_then(|m| m.merged_into) {
                Some(next) if next != id => cur = next,
                _ => return Ok(cur),
            }
        }
        Ok(cur)
    }

    /// `id` and every member merged into it, directly or through others.
    fn group(&self, id: Id) -> Result<Vec<Id>, StoreError> {
        let mut out = vec![id];
        let mut i = 0;
        while i < out.len() && out.len() < 1024 {
            for v in self.merged.get(out[i].0)? {
                let from = Id(v?.value());
                if !out.contains(&from) {
                    out.push(from);
                }
            }
            i += 1;
        }
        Ok(out)
    }

    fn view(&self, id: Id) -> Result<Option<MemberView>, StoreError> {
        let Some(sm) = get::<StoredMember>(&self.members, id.0)? else {
            return Ok(None);
        };
        if sm.deleted || sm.member.name.is_empty() {
            return Ok(None);
        }
        let group = self.group(id)?;
        let mut stats = MemberStats::default();
        let mut open = 0;
        for m in &group {
            stats.add(&get(&self.stats, m.0)?.unwrap_or_default());
            for c in self.complaints_by.get(m.0)? {
                let sc: Option<StoredComplaint> = get(&self.complaints, c?.value())?;
                if sc
                    .and_then(|c| c.current())
                    .is_some_and(|c| !c.status.is_done())
                {
                    open += 1;
                }
            }
        }
        Ok(Some(MemberView {
            member: sm.member,
            stats,
            merged_from: group[1..].to_vec(),
            open_complaints: open,
        }))
    }
}
