//! Arrivals and bills: a check-in, and a service with the points it earns.

use super::{Desk, DeskError};
use crate::domain::ops::NEW_ID;
use crate::domain::payment::{
    Payment, PaymentProblem, check_payments, earning_part, member_price, method,
};
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
    /// The list price, before the member's tier discount.
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
    /// The price before the member price.
    pub list_price: Money,
    /// The tier's discount, in percent (0: none).
    pub discount_percent: u32,
    /// What was due and paid.
    pub amount: Money,
    pub payments: Vec<Payment>,
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

    /// A bill: the tier's member price off the list price, paid by one or more methods
    /// adding up to what is due, and the points the paying part earns.
    pub fn log_service(&self, s: LogService) -> Result<ServiceLogged, DeskError> {
        let (items, staff) = bill_lines(&s, self.settings.limits.max_bill)?;
        let v = self.member(s.member)?;
        let id = v.member.id;
        // Priced and earned under the tier the member holds before this bill.
        let tier = tiers::tier_now(self.store, self.settings, id, self.now)?;
        let discount_percent = self.discount_of(&tier);
        let due = member_price(s.amount, discount_percent);
        check_payments(&s.payments, due, &self.settings.money.methods)
            .map_err(DeskError::Payment)?;
        let earning = earning_part(&s.payments, &self.settings.money.no_points_for);
        let earned = points::earned(self.settings, earning, &tier, self.now);
        let prepaid = self.prepaid_parts(id, &s.payments, &staff, &items)?;
        let mut changes = vec![Change::Service {
            service: ServiceRecord {
                id: NEW_ID,
                member: id,
                items,
                staff: staff.clone(),
                amount: due,
                points: earned,
                at: self.now,
                payments: s.payments.clone(),
                list_price: s.amount,
            },
        }];
        changes.extend(prepaid);
        if s.redeem != 0 {
            changes.push(points::redeem_against_bill(
                v.stats.points,
                id,
                s.redeem,
                due,
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
            list_price: s.amount,
            discount_percent,
            amount: due,
            payments: s.payments,
            points: earned,
            tier,
            redeemed: s.redeem,
            balance,
            tier_change,
        })
    }

    /// What a member pays for a bill at this list price: their tier's member price.
    pub fn price_for(&self, member: Id, list: Money) -> Result<Money, DeskError> {
        let v = self.member(member)?;
        let tier = tiers::tier_now(self.store, self.settings, v.member.id, self.now)?;
        Ok(member_price(list, self.discount_of(&tier)))
    }

    /// The member price of a tier: its discount in the program in force now.
    pub fn discount_of(&self, tier: &str) -> u32 {
        let policy = self.settings.policy_at(self.now);
        policy
            .tiers
            .iter()
            .find(|t| t.name == tier)
            .map_or(0, |t| t.discount_percent)
    }

    /// The ledger entries of the parts paid from what the member prepaid: a stored-value
    /// spend, a package use. Taken in the same commit as the bill.
    fn prepaid_parts(
        &self,
        member: Id,
        payments: &[Payment],
        staff: &str,
        items: &[String],
    ) -> Result<Vec<Change>, DeskError> {
        let mut out = Vec::new();
        // One spend for all the stored-value parts, so they are checked against the
        // balance together.
        let from_balance: Vec<Payment> = payments
            .iter()
            .filter(|p| p.method == method::STORED_VALUE)
            .cloned()
            .collect();
        if !from_balance.is_empty() {
            let total = crate::domain::payment::paid_total(&from_balance).ok_or(
                DeskError::Payment(PaymentProblem::Unavailable(method::STORED_VALUE.into())),
            )?;
            out.push(self.wallet_spend_change(member, total)?);
        }
        // A package part is one use of the member's package that covers what was served.
        for _ in payments.iter().filter(|p| p.method == method::PACKAGE) {
            out.push(self.package_use_change_for(member, staff, None, items)?);
        }
        Ok(out)
    }
}

/// A bill's items and staff as the desk keeps them, and its list price within limits.
fn bill_lines(s: &LogService, max_bill: Money) -> Result<(Vec<String>, String), DeskError> {
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
    if let Err(e) = validate::bill(s.amount, max_bill) {
        errors.push(e);
    }
    if errors.is_empty() {
        Ok((items, staff))
    } else {
        Err(DeskError::Invalid(errors))
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
