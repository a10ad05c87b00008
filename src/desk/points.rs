//! Points by hand: redeemed for a gift, adjusted with a reason, expired by the program.

use super::{Desk, DeskError};
use crate::domain::Id;
use crate::domain::validate::{self, NOTES_MAX};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedeemPoints {
    pub member: Id,
    pub points: i64,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdjustPoints {
    pub member: Id,
    /// Signed: +50 adds, -50 takes off.
    pub delta: i64,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PointsChanged {
    pub member: Id,
    pub name: String,
    /// Signed change to the balance.
    pub delta: i64,
    pub balance: i64,
}

impl Desk<'_> {
    pub fn redeem_points(&self, r: RedeemPoints) -> Result<PointsChanged, DeskError> {
        let note = validate::text("note", &r.note, NOTES_MAX, false)?;
        let v = self.member(r.member)?;
        let change = crate::membership::points::redeem(
            v.stats.points,
            v.member.id,
            r.points,
            &note,
            &self.operator()?,
            self.now,
        )?;
        self.commit(vec![change])?;
        self.points_changed(v.member.id, -r.points)
    }

    pub fn adjust_points(&self, a: AdjustPoints) -> Result<PointsChanged, DeskError> {
        self.allow(crate::domain::Permission::AdjustPoints)?;
        let max = self.settings.limits.max_points_adjustment;
        if a.delta.checked_abs().is_none_or(|d| d > max) {
            return Err(crate::domain::loyalty::PointsError::TooMany { max }.into());
        }
        let v = self.member(a.member)?;
        let change = crate::membership::points::adjust(
            v.stats.points,
            v.member.id,
            a.delta,
            &a.reason,
            &self.operator()?,
            self.now,
        )?;
        self.commit(vec![change])?;
        self.points_changed(v.member.id, a.delta)
    }

    /// Points past their lifetime expire (each expiry recorded once on any desk):
    /// how many ledger entries, and how many points.
    /// The desk runs this itself when it starts, before anyone signs in: it records
    /// what the program's rules say, not anyone's decision.
    pub fn expire_points(&self) -> Result<(usize, i64), DeskError> {
        Ok(crate::membership::points::expire(
            self.store,
            self.settings,
            self.now,
        )?)
    }

    fn points_changed(&self, id: Id, delta: i64) -> Result<PointsChanged, DeskError> {
        let v = self.member(id)?;
        Ok(PointsChanged {
            member: id,
            name: v.member.name,
            delta,
            balance: v.stats.points,
        })
    }
}
