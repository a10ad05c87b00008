//! What the state tables hold beyond the domain records: the clock stamp of each
//! member field (for last-writer-wins) and a complaint's base plus its updates.

use crate::domain::complaint::{Complaint, ComplaintEvent, ComplaintUpdate};
use crate::domain::loyalty::Activity;
use crate::domain::{Hlc, Id, Member, MemberFields, Operator, Timestamp};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldStamps {
    pub card: Hlc,
    pub name: Hlc,
    pub phone: Hlc,
    pub gender: Hlc,
    pub birthday: Hlc,
    pub tags: Hlc,
    pub notes: Hlc,
    pub alerts: Hlc,
    pub consent: Hlc,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredMember {
    pub member: Member,
    pub stamps: FieldStamps,
    /// Set by any delete: deletion wins over every edit, earlier or later.
    pub deleted: bool,
    pub merged_into: Option<Id>,
    pub merge_stamp: Hlc,
    /// The clock of the latest change seen, so `updated` does not depend on arrival order.
    pub latest: Hlc,
}

impl StoredMember {
    pub fn new(id: Id, at: Timestamp) -> Self {
        StoredMember {
            member: Member::empty(id, at),
            stamps: FieldStamps::default(),
            deleted: false,
            merged_into: None,
            merge_stamp: Hlc::default(),
            latest: Hlc::default(),
        }
    }

    /// Field-level last-writer-wins: a field takes the value of the change with the
    /// greatest clock, whatever order the changes arrive in.
    ///
    /// Returns whether some field of `f` lost: it carried a different value than the one
    /// held, which a newer change had already written (a conflict, resolved for the newer).
    pub fn apply(&mut self, f: &MemberFields, hlc: Hlc, at: Timestamp) -> bool {
        fn set<T: Clone + PartialEq>(
            slot: &mut T,
            stamp: &mut Hlc,
            value: &Option<T>,
            hlc: Hlc,
        ) -> bool {
            if let Some(v) = value {
                if hlc > *stamp {
                    *slot = v.clone();
                    *stamp = hlc;
                } else if *slot != *v {
                    return true;
                }
            }
            false
        }
        let m = &mut self.member;
        let s = &mut self.stamps;
        let lost = [
            set(&mut m.card, &mut s.card, &f.card, hlc),
            set(&mut m.name, &mut s.name, &f.name, hlc),
            set(&mut m.phone, &mut s.phone, &f.phone, hlc),
            set(&mut m.gender, &mut s.gender, &f.gender, hlc),
            set(&mut m.birthday, &mut s.birthday, &f.birthday, hlc),
            set(&mut m.tags, &mut s.tags, &f.tags, hlc),
            set(&mut m.notes, &mut s.notes, &f.notes, hlc),
            set(&mut m.alerts, &mut s.alerts, &f.alerts, hlc),
            set(
                &mut m.marketing_consent,
                &mut s.consent,
                &f.marketing_consent,
                hlc,
            ),
        ];
        self.touch(hlc, at);
        lost.contains(&true)
    }

    pub fn touch(&mut self, hlc: Hlc, at: Timestamp) {
        self.member.created = self.member.created.min(at);
        if hlc > self.latest {
            self.latest = hlc;
            self.member.updated = at;
        }
    }

    /// The right to erasure: every personal field emptied and its clock forgotten, so the
    /// record is the same whichever edits arrived before the erasure.
    pub fn erase(&mut self) {
        let m = &self.member;
        let mut blank = Member::empty(m.id, m.created);
        blank.updated = m.updated;
        self.member = blank;
        self.stamps = FieldStamps::default();
    }

    pub fn visible(&self) -> bool {
        !self.deleted && self.merged_into.is_none() && !self.member.name.is_empty()
    }
}

/// Figures derived from a member's records, kept in step with them in the same write
/// transaction: enough for a Lookup row (tier included) without reading the history.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberStats {
    pub visits: u32,
    pub last_visit: Option<Timestamp>,
    pub spend: i64,
    pub points: i64,
    /// What counts toward a tier: each visit, each service's spend, in `Activity` order
    /// (time first). The order is total, so the same records give the same bytes on every
    /// desk whatever order they arrived in (the state digest hashes this record).
    pub activity: Vec<Activity>,
}

impl MemberStats {
    /// Add one activity in its place.
    pub fn add_activity(&mut self, a: Activity) {
        let at = self.activity.partition_point(|x| *x <= a);
        self.activity.insert(at, a);
    }

    /// Add the figures of another member (one merged into this one), for a view. Each
    /// member's own figures are kept with checked sums; a merged view that would not fit
    /// stops at the largest figure rather than wrapping.
    pub fn add(&mut self, s: &MemberStats) {
        self.visits = self.visits.saturating_add(s.visits);
        self.last_visit = self.last_visit.max(s.last_visit);
        self.spend = self.spend.saturating_add(s.spend);
        self.points = self.points.saturating_add(s.points);
        if !s.activity.is_empty() {
            self.activity.extend_from_slice(&s.activity);
            self.activity.sort_unstable();
        }
    }
}

/// `MemberStats` as stores of schema 2 and earlier hold it (no activity): read once by
/// the migration to schema 3.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct MemberStatsV2 {
    pub visits: u32,
    pub last_visit: Option<Timestamp>,
    pub spend: i64,
    pub points: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredUpdate {
    pub hlc: Hlc,
    pub at: Timestamp,
    pub operator: String,
    pub update: ComplaintUpdate,
}

/// A complaint as filed plus every update, in clock order. Updates may arrive from
/// another desk before the complaint itself; the current state is folded on read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredComplaint {
    pub base: Option<Complaint>,
    pub updates: Vec<StoredUpdate>,
}

impl StoredComplaint {
    pub fn add_update(&mut self, u: StoredUpdate) {
        if self.updates.iter().any(|x| x.hlc == u.hlc) {
            return;
        }
        let at = self.updates.partition_point(|x| x.hlc < u.hlc);
        self.updates.insert(at, u);
    }

    pub fn current(&self) -> Option<Complaint> {
        let mut c = self.base.clone()?;
        for u in &self.updates {
            let up = &u.update;
            if let Some(s) = up.status {
                c.status = s;
            }
            if let Some(a) = &up.assignee {
                c.assignee = a.clone();
            }
            if let Some(r) = &up.resolution {
                c.resolution = r.clone();
            }
            if let Some(x) = &up.compensation {
                c.compensation = x.clone();
            }
            c.updated = c.updated.max(u.at);
            c.history.push(ComplaintEvent {
                hlc: u.hlc,
                at: u.at,
                operator: u.operator.clone(),
                status: up.status,
                note: up.note.clone(),
            });
        }
        Some(c)
    }
}

/// An operator as the store holds it: the latest change by clock wins, so a removal and
/// a re-adding arriving in any order agree. `None` once removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredOperator {
    pub stamp: Hlc,
    pub operator: Option<Operator>,
}
