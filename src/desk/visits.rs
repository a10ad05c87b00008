//! Arrivals and bills: a check-in, and a service with the points it earns.

use super::{Desk, DeskError};
use crate::domain::ops::NEW_ID;
use crate::domain::validate::{self, FieldError, ITEMS_MAX, SHORT_MAX};
use crate::domain::{Change, Id, Money, ServiceRecord, TierEvent, Visit};
use crate::membership::{points, tiers};
use crate::store::MemberView;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckIn {
    /// `None` for a walk-in guest.
    pub member: Option<Id>,
    pub party: u16,
    /// Table, chair or room.
    pub location: String,
    pub staff: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedIn {
    pub visit: Id,
    pub party: u16,
    /// The member as they stand after the check-in (alerts, open complaints).
    pub member: Option<MemberView>,
    pub tier_change: Option<TierEvent>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogService {
    pub member: Id,
    /// What was served or sold; at least one.
    pub items: Vec<String>,
    pub staff: String,
    pub amount: Money,
    /// Points redeemed against this bill (0 for none).
    pub redeem: i64,
    /// How it was paid; the parts add up to what is due.
    pub payments: Vec<crate::domain::Payment>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceLogged {
    pub service: Id,
    pub member: Id,
    pub name: String,
    pub amount: Money,
    pub points: i64,
    /// The tier the points were earned under (the one held before this bill).
    pub tier: String,
    pub redeemed: i64,
    /// Points balance after the bill.
    pub balance: i64,
    pub tier_change: Option<TierEvent>,
}

impl Desk<'_> {
    pub fn check_in(&self, c: CheckIn) -> Result<CheckedIn, DeskError> {
        validate::party(&c.party.to_string())?;
        let location = validate::text("location", &c.location, SHORT_MAX, false);
        let staff = validate::text("staff", &c.staff, SHORT_MAX, false);
        let (location, staff) = both(location, staff)?;
        let member = c.member.map(|id| self.member(id)).transpose()?;
        let visit = Visit {
            id: NEW_ID,
            member: member.as_ref().map(|v| v.member.id),
            party: c.party,
            location,
            staff,
            at: self.now,
        };
        let ops = self.commit(vec![Change::Visit { visit }])?;
        let tier_change = match &member {
            Some(v) => self.record_tier_change(v.member.id)?,
            None => None,
        };
        let member = match member {
            Some(v) => Some(self.member(v.member.id)?),
            None => None,
        };
        Ok(CheckedIn {
            visit: ops.first().map_or(NEW_ID, |op| op.id()),
            party: c.party,
            member,
            tier_change,
        })
    }

    pub fn log_service(&self, s: LogService) -> Result<ServiceLogged, DeskError> {
        let mut errors = Vec::new();
        let mut items = Vec::new();
        for item in &s.items {
            match validate::text("items", item, ITEMS_MAX, false) {
                Ok(i) if !i.is_empty() => items.push(i),
                Ok(_) => {}
                Err(e) => errors.push(e),
            }
        }
        if items.is_empty() && errors.is_empty() {
            errors.extend(validate::text("items", "", ITEMS_MAX, true).err());
        }
        let staff = validate::text("staff", &s.staff, SHORT_MAX, false)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        if let Err(e) = validate::bill(s.amount, self.settings.limits.max_bill) {
            errors.push(e);
        }
        if !errors.is_empty() {
            return Err(DeskError::Invalid(errors));
        }
        let v = self.member(s.member)?;
        let id = v.member.id;
        // Earned under the tier the member holds before this bill.
        let tier = tiers::tier_now(self.store, self.settings, id, self.now)?;
        let earned = points::earned(self.settings, s.amount, &tier, self.now);
        let mut changes = vec![Change::Service {
            service: ServiceRecord {
                id: NEW_ID,
                member: id,
                items,
                staff,
                amount: s.amount,
                points: earned,
                at: self.now,
                payments: s.payments.clone(),
                list_price: s.amount,
            },
        }];
        if s.redeem != 0 {
            changes.push(points::redeem_against_bill(
                v.stats.points,
                id,
                s.redeem,
                s.amount,
                &self.operator()?,
                self.now,
            )?);
        }
        let ops = self.commit(changes)?;
        let tier_change = self.record_tier_change(id)?;
        let balance = self.member(id)?.stats.points;
        Ok(ServiceLogged {
            service: ops.first().map_or(NEW_ID, |op| op.id()),
            member: id,
            name: v.member.name,
            amount: s.amount,
            points: earned,
            tier,
            redeemed: s.redeem,
            balance,
            tier_change,
        })
    }
}

fn both<A, B>(
    a: Result<A, FieldError>,
    b: Result<B, FieldError>,
) -> Result<(A, B), Vec<FieldError>> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => Err([a.err(), b.err()].into_iter().flatten().collect()),
    }
}
