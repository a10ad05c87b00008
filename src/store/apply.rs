//! Applying one operation to the state tables inside a write transaction. Every rule
//! here gives the same tables whatever order a set of operations arrives in: that is
//! what lets desks exchange operations in any order and agree.

use super::StoreError;
use super::codec::{dec, enc};
use super::records::{
    MemberStats, MemberStatsV2, StoredComplaint, StoredMember, StoredOperator, StoredUpdate,
};
use super::tables::*;
use crate::domain::complaint::ComplaintEvent;
use crate::domain::duplicates::phone_ending;
use crate::domain::loyalty::Activity;
use crate::domain::ops::{Change, Op};
use crate::domain::wallet::{Balance, WalletEntry};
use crate::domain::{
    ComplaintStatus, Hlc, Id, MemberFields, PointsEntry, PointsKind, ServiceRecord, TierEvent,
    Timestamp, Visit,
};
use redb::{MultimapTable, ReadableMultimapTable, ReadableTable, Table, WriteTransaction};
use std::collections::BTreeSet;

/// The reason written on the points a service earns (stored data; never changes).
pub const SERVICE_REASON: &str = "service: ";
/// The note on a complaint's first step (stored data; never changes).
pub const RECEIVED_NOTE: &str = "received";

/// All tables of the store, opened once per write transaction.
pub struct Writer<'t> {
    pub meta: Table<'t, &'static str, &'static [u8]>,
    pub ops: Table<'t, (u64, u64), &'static [u8]>,
    members: Table<'t, u128, &'static [u8]>,
    stats: Table<'t, u128, &'static [u8]>,
    phone: MultimapTable<'t, &'static str, u128>,
    card: MultimapTable<'t, &'static str, u128>,
    phone_tail: MultimapTable<'t, &'static str, u128>,
    tier_events: Table<'t, u128, &'static [u8]>,
    tier_events_by_member: MultimapTable<'t, u128, u128>,
    merged: MultimapTable<'t, u128, u128>,
    visits: Table<'t, u128, &'static [u8]>,
    visits_by_time: Table<'t, (i64, u128), ()>,
    visits_by_member: MultimapTable<'t, u128, u128>,
    services: Table<'t, u128, &'static [u8]>,
    services_by_member: MultimapTable<'t, u128, u128>,
    points: Table<'t, u128, &'static [u8]>,
    points_by_member: MultimapTable<'t, u128, u128>,
    complaints: Table<'t, u128, &'static [u8]>,
    complaints_by_member: MultimapTable<'t, u128, u128>,
    operators: Table<'t, &'static str, &'static [u8]>,
    erased: Table<'t, u128, ()>,
    shifts: super::shifts::ShiftTables<'t>,
    wallet: Table<'t, u128, &'static [u8]>,
    wallet_by_member: MultimapTable<'t, u128, u128>,
    wallet_balance: Table<'t, u128, &'static [u8]>,
    /// Opened by the first package operation only, so a store that never sold a
    /// package keeps the tables (and file layout) it had.
    packages: Option<super::packages::PackageTables<'t>>,
    tx: &'t WriteTransaction,
}

/// What applying an operation touched, for reports and for keeping the search index current.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Touched {
    pub members: Vec<Id>,
    /// Operations whose change lost, on arrival, to a newer one already applied: a member
    /// edit with a field value a later edit had replaced, an edit of a deleted member, or a
    /// merge/unmerge older than the member's latest. The state is the same either way; this
    /// only counts what a sync report calls "conflicts resolved". Local commits never lose.
    pub conflicts: usize,
}

impl<'t> Writer<'t> {
    pub fn open(tx: &'t WriteTransaction) -> Result<Self, StoreError> {
        Ok(Writer {
            meta: tx.open_table(META)?,
            ops: tx.open_table(OPS)?,
            members: tx.open_table(MEMBERS)?,
            stats: tx.open_table(MEMBER_STATS)?,
            phone: tx.open_multimap_table(PHONE_INDEX)?,
            card: tx.open_multimap_table(CARD_INDEX)?,
            phone_tail: tx.open_multimap_table(PHONE_TAIL_INDEX)?,
            tier_events: tx.open_table(TIER_EVENTS)?,
            tier_events_by_member: tx.open_multimap_table(TIER_EVENTS_BY_MEMBER)?,
            merged: tx.open_multimap_table(MERGED)?,
            visits: tx.open_table(VISITS)?,
            visits_by_time: tx.open_table(VISITS_BY_TIME)?,
            visits_by_member: tx.open_multimap_table(VISITS_BY_MEMBER)?,
            services: tx.open_table(SERVICES)?,
            services_by_member: tx.open_multimap_table(SERVICES_BY_MEMBER)?,
            points: tx.open_table(POINTS)?,
            points_by_member: tx.open_multimap_table(POINTS_BY_MEMBER)?,
            complaints: tx.open_table(COMPLAINTS)?,
            complaints_by_member: tx.open_multimap_table(COMPLAINTS_BY_MEMBER)?,
            operators: tx.open_table(OPERATORS)?,
            erased: tx.open_table(ERASED)?,
            shifts: super::shifts::ShiftTables::open(tx)?,
            wallet: tx.open_table(WALLET)?,
            wallet_by_member: tx.open_multimap_table(WALLET_BY_MEMBER)?,
            wallet_balance: tx.open_table(WALLET_BALANCE)?,
            packages: None,
            tx,
        })
    }

    pub fn has_op(&self, terminal: u64, seq: u64) -> Result<bool, StoreError> {
        Ok(self.ops.get((terminal, seq))?.is_some())
    }

    /// Append to the log and apply, unless this operation was seen before.
    /// Returns `None` when it was a duplicate.
    pub fn record(&mut self, op: &Op) -> Result<Option<Touched>, StoreError> {
        if self.has_op(op.terminal.0, op.seq)? {
            return Ok(None);
        }
        let kept = self.without_erased_data(op)?;
        let json = serde_json::to_vec(kept.as_ref().unwrap_or(op))
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.ops.insert((op.terminal.0, op.seq), json.as_slice())?;
        self.apply(op).map(Some)
    }

    /// An edit of an erased member is logged without its personal data: the log keeps
    /// that it happened, not what it said.
    fn without_erased_data(&self, op: &Op) -> Result<Option<Op>, StoreError> {
        match &op.change {
            Change::MemberUpsert { id, .. } if self.erased.get(id.0)?.is_some() => {
                let mut kept = op.clone();
                kept.change = Change::MemberUpsert {
                    id: *id,
                    fields: MemberFields::default(),
                };
                Ok(Some(kept))
            }
            _ => Ok(None),
        }
    }

    /// On erasure, the member's earlier edits in the log lose their personal data too,
    /// so neither this desk nor any bundle it writes later still holds it.
    fn scrub_logged_edits(&mut self, id: Id) -> Result<(), StoreError> {
        let needle = format!("\"{id}\"");
        let mut found = Vec::new();
        for row in self.ops.iter()? {
            let (k, v) = row?;
            let bytes = v.value();
            if !contains(bytes, b"member_upsert") || !contains(bytes, needle.as_bytes()) {
                continue;
            }
            let op: Op =
                serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            if matches!(&op.change, Change::MemberUpsert { id: m, .. } if *m == id) {
                found.push((k.value(), op));
            }
        }
        for (key, mut op) in found {
            op.change = Change::MemberUpsert {
                id,
                fields: MemberFields::default(),
            };
            let json = serde_json::to_vec(&op).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            self.ops.insert(key, json.as_slice())?;
        }
        Ok(())
    }

    fn apply(&mut self, op: &Op) -> Result<Touched, StoreError> {
        let hlc = op.hlc;
        let at = Timestamp(hlc.ms);
        let mut touched = Touched::default();
        match &op.change {
            Change::MemberUpsert { id, .. } if self.erased.get(id.0)?.is_some() => {
                let mut sm = self
                    .member(*id)?
                    .unwrap_or_else(|| StoredMember::new(*id, at));
                sm.touch(hlc, at);
                self.put_member(&sm)?;
                touched.members.push(*id);
            }
            Change::MemberUpsert { id, fields } => {
                let mut sm = self
                    .member(*id)?
                    .unwrap_or_else(|| StoredMember::new(*id, at));
                let (old_phone, old_card) = (sm.member.phone.clone(), sm.member.card.clone());
                let was_deleted = sm.deleted;
                if sm.apply(fields, hlc, at) || was_deleted {
                    touched.conflicts += 1;
                }
                if !sm.deleted {
                    self.reindex(
                        *id,
                        &old_phone,
                        &sm.member.phone,
                        &old_card,
                        &sm.member.card,
                    )?;
                }
                self.put_member(&sm)?;
                touched.members.push(*id);
            }
            Change::MemberDelete { id } => {
                let mut sm = self
                    .member(*id)?
                    .unwrap_or_else(|| StoredMember::new(*id, at));
                let (phone, card) = (sm.member.phone.clone(), sm.member.card.clone());
                self.reindex(*id, &phone, "", &card, "")?;
                sm.deleted = true;
                sm.touch(hlc, at);
                self.put_member(&sm)?;
                touched.members.push(*id);
            }
            Change::MemberMerge { from, into } => {
                self.set_merge(*from, Some(*into), hlc, at, &mut touched)?;
            }
            Change::MemberUnmerge { from } => {
                self.set_merge(*from, None, hlc, at, &mut touched)?;
            }
            Change::Visit { visit } => {
                if self.visits.get(visit.id.0)?.is_none() {
                    self.visits.insert(visit.id.0, enc(visit)?.as_slice())?;
                    self.visits_by_time.insert((visit.at.0, visit.id.0), ())?;
                    if let Some(m) = visit.member {
                        self.visits_by_member.insert(m.0, visit.id.0)?;
                        self.bump(m, |s| {
                            s.visits = s.visits.checked_add(1)?;
                            s.last_visit = s.last_visit.max(Some(visit.at));
                            s.add_activity(Activity::visit(visit.at));
                            Some(())
                        })?;
                        touched.members.push(m);
                    }
                }
            }
            Change::Service { service } => {
                if self.services.get(service.id.0)?.is_none() {
                    self.services
                        .insert(service.id.0, enc(service)?.as_slice())?;
                    self.services_by_member
                        .insert(service.member.0, service.id.0)?;
                    self.bump(service.member, |s| {
                        s.spend = s.spend.checked_add(service.amount.0)?;
                        s.add_activity(Activity::spend(service.at, service.amount));
                        Some(())
                    })?;
                    if service.points != 0 {
                        let entry = PointsEntry {
                            id: service.id,
                            member: service.member,
                            delta: service.points,
                            kind: PointsKind::Earn,
                            reason: format!("{SERVICE_REASON}{}", service.items.join(", ")),
                            source: Some(service.id),
                            operator: op.operator.clone(),
                            at: service.at,
                        };
                        self.add_points(&entry)?;
                    }
                    touched.members.push(service.member);
                }
            }
            Change::Points { entry } => {
                self.add_points(entry)?;
                touched.members.push(entry.member);
            }
            Change::ComplaintAdd { complaint } => {
                let mut sc = self.complaint(complaint.id)?;
                if sc.base.is_none() {
                    let mut c = complaint.clone();
                    c.created = at;
                    c.updated = at;
                    c.status = ComplaintStatus::Open;
                    c.history = vec![ComplaintEvent {
                        hlc,
                        at,
                        operator: op.operator.clone(),
                        status: Some(ComplaintStatus::Open),
                        note: RECEIVED_NOTE.into(),
                    }];
                    sc.base = Some(c);
                    self.complaints
                        .insert(complaint.id.0, enc(&sc)?.as_slice())?;
                    if let Some(m) = complaint.member {
                        self.complaints_by_member.insert(m.0, complaint.id.0)?;
                        touched.members.push(m);
                    }
                }
            }
            Change::ComplaintUpdate { id, update } => {
                let mut sc = self.complaint(*id)?;
                sc.add_update(StoredUpdate {
                    hlc,
                    at,
                    operator: op.operator.clone(),
                    update: update.clone(),
                });
                self.complaints.insert(id.0, enc(&sc)?.as_slice())?;
                if let Some(m) = sc.base.as_ref().and_then(|c| c.member) {
                    touched.members.push(m);
                }
            }
            Change::DataExported { .. }
            | Change::PhoneRevealed { .. }
            | Change::SignInRefused { .. } => {}
            Change::Wallet { entry } => {
                self.add_wallet_entry(entry)?;
                touched.members.push(entry.member);
            }
            Change::MemberErase { id } => {
                let mut sm = self
                    .member(*id)?
                    .unwrap_or_else(|| StoredMember::new(*id, at));
                let (phone, card) = (sm.member.phone.clone(), sm.member.card.clone());
                self.reindex(*id, &phone, "", &card, "")?;
                sm.erase();
                sm.touch(hlc, at);
                self.put_member(&sm)?;
                self.erased.insert(id.0, ())?;
                self.scrub_logged_edits(*id)?;
                touched.members.push(*id);
            }
            Change::OperatorSet { operator } => {
                self.set_operator(&operator.name, Some(operator), hlc)?;
            }
            Change::OperatorRemove { name } => {
                self.set_operator(name, None, hlc)?;
            }
            Change::ShiftOpen { shift } => self.shifts.opened(shift)?,
            Change::ShiftClose { close } => self.shifts.closed(close, hlc)?,
            Change::ShiftAccept { accept } => self.shifts.accepted(accept, hlc)?,
            Change::PackageSale { .. }
            | Change::PackageUse { .. }
            | Change::PackageRefund { .. } => {
                let tables = match &mut self.packages {
                    Some(t) => t,
                    None => self
                        .packages
                        .insert(super::packages::PackageTables::open(self.tx)?),
                };
                touched.members.extend(tables.apply(&op.change)?);
            }
            Change::TierChanged { event } => {
                // Two desks may record the same change (its id comes from what changed)
                // with other figures or times: the earliest, then the smaller record,
                // is kept, so every desk keeps the same one whatever arrives first.
                let bytes = enc(event)?;
                let keep = match self.tier_events.get(event.id.0)? {
                    None => true,
                    Some(held) => {
                        let held_bytes = held.value().to_vec();
                        let held: TierEvent = dec(&held_bytes)?;
                        (event.at, &bytes) < (held.at, &held_bytes)
                    }
                };
                if keep {
                    self.tier_events.insert(event.id.0, bytes.as_slice())?;
                    self.tier_events_by_member
                        .insert(event.member.0, event.id.0)?;
                }
                touched.members.push(event.member);
            }
        }
        Ok(touched)
    }

    /// Schema 1 -> 2: fill the phone-ending index from the members already held.
    pub fn migrate_phone_tails(&mut self) -> Result<(), StoreError> {
        let mut pairs = Vec::new();
        for row in self.members.iter()? {
            let (k, v) = row?;
            let sm: StoredMember = dec(v.value())?;
            if let Some(tail) = phone_ending(&sm.member.phone).filter(|_| !sm.deleted) {
                pairs.push((tail, k.value()));
            }
        }
        for (tail, id) in pairs {
            self.phone_tail.insert(tail.as_str(), id)?;
        }
        Ok(())
    }

    /// Schema 2 -> 3: member figures gain their tier activity. Every figures record is
    /// read in the old layout and written back with its activity taken from the member's
    /// visits and services (through the same indexes the history reads), in the order
    /// `bump` keeps it. One member at a time, so memory stays small on a large store.
    pub fn migrate_stats_activity(&mut self) -> Result<(), StoreError> {
        let mut ids = BTreeSet::new();
        for row in self.stats.iter()? {
            ids.insert(row?.0.value());
        }
        // A member with visits or services always has a figures record (`bump` writes it);
        // should one be missing, make it rather than leave the activity out.
        for row in self.visits_by_member.iter()? {
            ids.insert(row?.0.value());
        }
        for row in self.services_by_member.iter()? {
            ids.insert(row?.0.value());
        }
        for id in ids {
            let old: Option<MemberStatsV2> = match self.stats.get(id)? {
                Some(v) => Some(dec(v.value())?),
                None => None,
            };
            let mut stats = MemberStats::default();
            for v in self.visits_by_member.get(id)? {
                if let Some(bytes) = self.visits.get(v?.value())? {
                    let visit: Visit = dec(bytes.value())?;
                    stats.activity.push(Activity::visit(visit.at));
                }
            }
            for v in self.services_by_member.get(id)? {
                if let Some(bytes) = self.services.get(v?.value())? {
                    let s: ServiceRecord = dec(bytes.value())?;
                    stats.activity.push(Activity::spend(s.at, s.amount));
                }
            }
            stats.activity.sort_unstable();
            match old {
                Some(old) => {
                    stats.visits = old.visits;
                    stats.last_visit = old.last_visit;
                    stats.spend = old.spend;
                    stats.points = old.points;
                }
                None => {
                    let a = &stats.activity;
                    stats.visits = a.iter().fold(0u32, |n, x| n.saturating_add(x.visits));
                    stats.last_visit = a.iter().filter(|x| x.visits > 0).map(|x| x.at).max();
                    stats.spend = a.iter().fold(0i64, |n, x| n.saturating_add(x.spend.0));
                }
            }
            self.stats.insert(id, enc(&stats)?.as_slice())?;
        }
        Ok(())
    }

    /// Schema 2 -> 3: tier changes gained their figures (`TierEvent::facts`). Rows written
    /// before have no such field; postcard is not self-describing, so each is read in the
    /// old layout and written again in the new one, with no figures (`None`).
    pub fn migrate_tier_facts(&mut self) -> Result<(), StoreError> {
        let mut rows = Vec::new();
        for row in self.tier_events.iter()? {
            let (k, v) = row?;
            if dec::<TierEvent>(v.value()).is_err() {
                let old: TierEventV2 = dec(v.value())?;
                rows.push((k.value(), enc(&TierEvent::from(old))?));
            }
        }
        for (id, bytes) in rows {
            self.tier_events.insert(id, bytes.as_slice())?;
        }
        Ok(())
    }

    /// Schema 4 -> 5: bills gain how they were paid (unknown for old ones) and their
    /// list price (what was paid: no member prices then).
    pub fn migrate_service_payments(&mut self) -> Result<(), StoreError> {
        let mut rows = Vec::new();
        for row in self.services.iter()? {
            let (k, v) = row?;
            if dec::<ServiceRecord>(v.value()).is_err() {
                let old: ServiceRecordV4 = dec(v.value())?;
                rows.push((k.value(), enc(&ServiceRecord::from(old))?));
            }
        }
        for (id, bytes) in rows {
            self.services.insert(id, bytes.as_slice())?;
        }
        Ok(())
    }

    pub fn member(&self, id: Id) -> Result<Option<StoredMember>, StoreError> {
        match self.members.get(id.0)? {
            Some(v) => Ok(Some(dec(v.value())?)),
            None => Ok(None),
        }
    }

    /// Last writer wins per operator name.
    fn set_operator(
        &mut self,
        name: &str,
        operator: Option<&crate::domain::Operator>,
        hlc: Hlc,
    ) -> Result<(), StoreError> {
        let held: Option<StoredOperator> = match self.operators.get(name)? {
            Some(v) => Some(dec(v.value())?),
            None => None,
        };
        if held.is_some_and(|h| h.stamp >= hlc) {
            return Ok(());
        }
        let row = StoredOperator {
            stamp: hlc,
            operator: operator.cloned(),
        };
        self.operators.insert(name, enc(&row)?.as_slice())?;
        Ok(())
    }

    fn put_member(&mut self, sm: &StoredMember) -> Result<(), StoreError> {
        self.members.insert(sm.member.id.0, enc(sm)?.as_slice())?;
        Ok(())
    }

    fn complaint(&self, id: Id) -> Result<StoredComplaint, StoreError> {
        match self.complaints.get(id.0)? {
            Some(v) => dec(v.value()),
            None => Ok(StoredComplaint::default()),
        }
    }

    fn reindex(
        &mut self,
        id: Id,
        old_phone: &str,
        phone: &str,
        old_card: &str,
        card: &str,
    ) -> Result<(), StoreError> {
        if old_phone != phone {
            if !old_phone.is_empty() {
                self.phone.remove(old_phone, id.0)?;
                if let Some(tail) = phone_ending(old_phone) {
                    self.phone_tail.remove(tail.as_str(), id.0)?;
                }
            }
            if !phone.is_empty() {
                self.phone.insert(phone, id.0)?;
                if let Some(tail) = phone_ending(phone) {
                    self.phone_tail.insert(tail.as_str(), id.0)?;
                }
            }
        }
        if old_card != card {
            if !old_card.is_empty() {
                self.card.remove(old_card, id.0)?;
            }
            if !card.is_empty() {
                self.card.insert(card, id.0)?;
            }
        }
        Ok(())
    }

    fn set_merge(
        &mut self,
        from: Id,
        into: Option<Id>,
        hlc: Hlc,
        at: Timestamp,
        touched: &mut Touched,
    ) -> Result<(), StoreError> {
        let mut sm = self
            .member(from)?
            .unwrap_or_else(|| StoredMember::new(from, at));
        if hlc < sm.merge_stamp && sm.merged_into != into {
            touched.conflicts += 1;
        }
        if hlc > sm.merge_stamp {
            if let Some(old) = sm.merged_into {
                self.merged.remove(old.0, from.0)?;
                touched.members.push(old);
            }
            if let Some(new) = into {
                self.merged.insert(new.0, from.0)?;
                touched.members.push(new);
            }
            sm.merged_into = into;
            sm.merge_stamp = hlc;
        }
        sm.touch(hlc, at);
        self.put_member(&sm)?;
        touched.members.push(from);
        Ok(())
    }

    fn add_points(&mut self, entry: &PointsEntry) -> Result<(), StoreError> {
        if self.points.get(entry.id.0)?.is_none() {
            self.points.insert(entry.id.0, enc(entry)?.as_slice())?;
            self.points_by_member.insert(entry.member.0, entry.id.0)?;
            self.bump(entry.member, |s| {
                s.points = s.points.checked_add(entry.delta)?;
                Some(())
            })?;
        }
        Ok(())
    }

    /// A stored-value entry counts once: the ledger row and the member's balance are
    /// written together, and a sum is the same whatever order entries arrive in.
    fn add_wallet_entry(&mut self, e: &WalletEntry) -> Result<(), StoreError> {
        if self.wallet.get(e.id.0)?.is_some() {
            return Ok(());
        }
        let held: Balance = match self.wallet_balance.get(e.member.0)? {
            Some(v) => dec(v.value())?,
            None => Balance::default(),
        };
        let held = held.plus(e).ok_or(StoreError::Overflow(e.member))?;
        self.wallet.insert(e.id.0, enc(e)?.as_slice())?;
        self.wallet_by_member.insert(e.member.0, e.id.0)?;
        self.wallet_balance
            .insert(e.member.0, enc(&held)?.as_slice())?;
        Ok(())
    }

    /// Change a member's figures; `f` gives `None` when a sum would overflow, and then
    /// nothing is written (the whole transaction is refused).
    fn bump(
        &mut self,
        member: Id,
        f: impl FnOnce(&mut MemberStats) -> Option<()>,
    ) -> Result<(), StoreError> {
        let mut s: MemberStats = match self.stats.get(member.0)? {
            Some(v) => dec(v.value())?,
            None => MemberStats::default(),
        };
        f(&mut s).ok_or(StoreError::Overflow(member))?;
        self.stats.insert(member.0, enc(&s)?.as_slice())?;
        Ok(())
    }
}

/// A tier change as schema 2 stored it, before `facts`.
#[derive(serde::Deserialize)]
struct TierEventV2 {
    id: Id,
    member: Id,
    from: String,
    to: String,
    upgrade: bool,
    reason: String,
    operator: String,
    at: Timestamp,
}

impl From<TierEventV2> for TierEvent {
    fn from(e: TierEventV2) -> TierEvent {
        TierEvent {
            id: e.id,
            member: e.member,
            from: e.from,
            to: e.to,
            upgrade: e.upgrade,
            reason: e.reason,
            operator: e.operator,
            at: e.at,
            facts: None,
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// A bill as schema 4 and earlier stored it, before payments and list prices.
#[derive(serde::Deserialize)]
struct ServiceRecordV4 {
    id: Id,
    member: Id,
    items: Vec<String>,
    staff: String,
    amount: crate::domain::Money,
    points: i64,
    at: Timestamp,
}

impl From<ServiceRecordV4> for ServiceRecord {
    fn from(s: ServiceRecordV4) -> ServiceRecord {
        ServiceRecord {
            id: s.id,
            member: s.member,
            items: s.items,
            staff: s.staff,
            amount: s.amount,
            points: s.points,
            at: s.at,
            payments: Vec::new(),
            list_price: s.amount,
        }
    }
}
