//! Complaints through their loop: taken as said, moved forward with what was done and
//! given, and the board of those not yet closed.

use super::{Desk, DeskError};
use crate::domain::complaint::{Category, ComplaintUpdate};
use crate::domain::validate::{self, DESCRIPTION_MAX, SHORT_MAX};
use crate::domain::{Change, Complaint, ComplaintStatus, Id, Severity};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TakeComplaint {
    pub member: Option<Id>,
    pub category: Category,
    pub severity: Severity,
    pub description: String,
    pub assignee: String,
}

/// A step in a complaint's life: a new status (forward only), who has it, what was done
/// and given, a note for its history, and points given as compensation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdvanceComplaint {
    pub id: Id,
    pub update: ComplaintUpdate,
    pub points: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComplaintAdvanced {
    pub id: Id,
    pub member: Option<Id>,
    /// The status after the step.
    pub status: ComplaintStatus,
    pub points: i64,
}

/// A line of the complaint board: the complaint and its member's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComplaintRow {
    pub complaint: Complaint,
    /// `None` for a guest who is not a member, or a member since deleted.
    pub member_name: Option<String>,
}

impl Desk<'_> {
    pub fn take_complaint(&self, t: TakeComplaint) -> Result<Complaint, DeskError> {
        let description = validate::text("description", &t.description, DESCRIPTION_MAX, true);
        let assignee = validate::text("assignee", &t.assignee, SHORT_MAX, false);
        let (description, assignee) = match (description, assignee) {
            (Ok(d), Ok(a)) => (d, a),
            (d, a) => {
                return Err(DeskError::Invalid(
                    [d.err(), a.err()].into_iter().flatten().collect(),
                ));
            }
        };
        let member = t.member.map(|id| self.member(id)).transpose()?;
        let complaint = Complaint::received(
            member.map(|v| v.member.id),
            t.category,
            t.severity,
            description,
            assignee,
        );
        let ops = self.commit(vec![Change::ComplaintAdd { complaint }])?;
        let id = ops.first().map_or(crate::domain::ops::NEW_ID, |op| op.id());
        self.complaint(id)
    }

    /// The complaint with this id, as it stands.
    pub fn complaint(&self, id: Id) -> Result<Complaint, DeskError> {
        self.store
            .complaint(id)?
            .ok_or(DeskError::NoSuchComplaint(id))
    }

    /// A complaint id as typed, or why it is not one.
    pub fn complaint_by_key(&self, key: &str) -> Result<Complaint, DeskError> {
        let id = key
            .trim()
            .parse::<Id>()
            .map_err(|_| DeskError::NotAComplaintId(key.trim().to_string()))?;
        self.complaint(id)
    }

    pub fn advance_complaint(&self, a: AdvanceComplaint) -> Result<ComplaintAdvanced, DeskError> {
        let c = self.complaint(a.id)?;
        if a.update.status.is_some_and(|s| s <= c.status) {
            return Err(DeskError::StatusBackwards {
                id: c.id,
                now: c.status,
            });
        }
        let u = checked_update(a.update)?;
        if u == ComplaintUpdate::default() && a.points == 0 {
            return Err(DeskError::NothingToChange);
        }
        let mut changes = vec![Change::ComplaintUpdate {
            id: c.id,
            update: u,
        }];
        if a.points != 0 {
            let member = c.member.ok_or(DeskError::CompensationNeedsMember)?;
            // Points given by hand: no more than the program lets one adjustment move.
            let max = self.settings.limits.max_points_adjustment;
            if a.points > max {
                return Err(crate::domain::loyalty::PointsError::TooMany { max }.into());
            }
            changes.push(crate::membership::points::compensation(
                member,
                a.points,
                c.id,
                &self.operator()?,
                self.now,
            )?);
        }
        self.commit(changes)?;
        Ok(ComplaintAdvanced {
            id: c.id,
            member: c.member,
            status: self.complaint(c.id)?.status,
            points: a.points,
        })
    }

    /// Complaints not yet closed (or all), newest first, with their members' names.
    pub fn complaint_board(&self, include_closed: bool) -> Result<Vec<ComplaintRow>, DeskError> {
        let complaints = self.store.complaints(include_closed)?;
        let mut ids: Vec<Id> = complaints.iter().filter_map(|c| c.member).collect();
        ids.sort();
        ids.dedup();
        let names: Vec<(Id, String)> = ids
            .iter()
            .zip(self.views(&ids)?)
            .filter_map(|(id, v)| v.map(|v| (*id, v.member.name)))
            .collect();
        Ok(complaints
            .into_iter()
            .map(|c| {
                let member_name = c
                    .member
                    .and_then(|m| names.iter().find(|(i, _)| *i == m))
                    .map(|(_, n)| n.clone());
                ComplaintRow {
                    complaint: c,
                    member_name,
                }
            })
            .collect())
    }
}

/// Each text of an update passes the same rules as the form's fields.
fn checked_update(u: ComplaintUpdate) -> Result<ComplaintUpdate, DeskError> {
    let mut errors = Vec::new();
    let mut check = |field: &'static str, v: Option<String>, max| {
        v.and_then(|t| {
            validate::text(field, &t, max, false)
                .map_err(|e| errors.push(e))
                .ok()
        })
    };
    let checked = ComplaintUpdate {
        status: u.status,
        assignee: check("assignee", u.assignee, SHORT_MAX),
        resolution: check("resolution", u.resolution, DESCRIPTION_MAX),
        compensation: check("compensation", u.compensation, DESCRIPTION_MAX),
        note: check("note", Some(u.note), DESCRIPTION_MAX).unwrap_or_default(),
    };
    if errors.is_empty() {
        Ok(checked)
    } else {
        Err(DeskError::Invalid(errors))
    }
}
