//! A form's fields checked by the desk's rules and turned into a desk request.

use super::{Form, FormKind};
use crate::catalog::FieldId;
use crate::desk::{
    AddMember, AdjustPoints, AdvanceComplaint, CheckIn, EditMember, LogService, Request,
    TakeComplaint,
};
use crate::domain::complaint::{Category, ComplaintUpdate};
use crate::domain::ops::NEW_ID;
use crate::domain::payment::{self, Payment, PaymentProblem};
use crate::domain::validate::{self, FieldError, MemberDraft, Problem};
use crate::domain::*;

/// What a valid form asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Submitted {
    Request(Request),
    /// An edit that changes nothing: nothing to save.
    NothingChanged,
    SignIn {
        name: String,
        pin: String,
    },
}

type Checked = Result<Submitted, Vec<FieldError>>;

impl Form {
    /// Validate everything; on success, what to ask the desk for.
    pub fn validate(&self) -> Checked {
        match &self.kind {
            FormKind::NewMember => self.ask_new_member(),
            FormKind::EditMember(old) => self.ask_edit_member(old),
            FormKind::Checkin { member, .. } => self.ask_checkin(*member),
            FormKind::Service { member, earn, .. } => self.ask_service(*member, earn.balance),
            FormKind::Complaint { member, .. } => self.ask_take_complaint(*member),
            FormKind::AdjustPoints {
                member, balance, ..
            } => self.ask_adjust(*member, *balance),
            FormKind::Advance { complaint, to, .. } => self.ask_advance(*complaint, *to),
            FormKind::TopUp { member, .. } => self.ask_top_up(*member),
            FormKind::SignIn => self.ask_sign_in(),
            FormKind::SellPackage { member, offers, .. } => self.ask_sell_package(*member, offers),
            FormKind::ShiftOpen | FormKind::ShiftClose => self.ask_shift_cash(),
        }
    }

    fn draft(&self) -> MemberDraft {
        let v = |id| self.value(id).to_string();
        MemberDraft {
            name: v(FieldId::Name),
            phone: v(FieldId::Phone),
            card: v(FieldId::Card),
            gender: v(FieldId::Gender),
            birthday: v(FieldId::Birthday),
            tags: v(FieldId::Tags),
            alerts: v(FieldId::Alerts),
            notes: v(FieldId::Notes),
            consent: v(FieldId::Consent),
        }
    }

    fn ask_new_member(&self) -> Checked {
        let draft = self.draft();
        draft.validate(Member::empty(NEW_ID, Timestamp(0)), self.now.local_date())?;
        Ok(Submitted::Request(Request::AddMember(Box::new(
            AddMember {
                draft,
                referred_by: None,
                // A second save after the duplicate warning goes ahead.
                confirmed: !self.duplicates.is_empty(),
            },
        ))))
    }

    fn ask_sign_in(&self) -> Checked {
        let name = validate::text("operator", self.value(FieldId::OperatorName), 40, true);
        let pin = validate::text("pin", self.value(FieldId::Pin), 12, true);
        match (name, pin) {
            (Ok(name), Ok(pin)) => Ok(Submitted::SignIn { name, pin }),
            (name, pin) => Err(name.err().into_iter().chain(pin.err()).collect()),
        }
    }

    /// The shift's float or counted cash: any amount, 0 included.
    fn ask_shift_cash(&self) -> Checked {
        let cash = validate::amount(self.value(FieldId::Amount)).map_err(|e| vec![e])?;
        Ok(Submitted::Request(match self.kind {
            FormKind::ShiftClose => Request::ShiftClose(cash),
            _ => Request::ShiftOpen(cash),
        }))
    }

    fn ask_edit_member(&self, old: &Member) -> Checked {
        let mut draft = self.draft();
        // The phone left as it was shown (masked) keeps the number it stands for.
        if draft.phone == crate::domain::phone::mask_phone(&old.phone) {
            draft.phone = old.phone.clone();
        }
        let new = draft.validate(old.clone(), self.now.local_date())?;
        if MemberFields::diff(old, &new).is_empty() {
            return Ok(Submitted::NothingChanged);
        }
        Ok(Submitted::Request(Request::EditMember(Box::new(
            EditMember { id: old.id, draft },
        ))))
    }

    fn ask_checkin(&self, member: Option<Id>) -> Checked {
        let party = validate::party(self.value(FieldId::Party));
        let location = self.short(FieldId::Location);
        let staff = self.short(FieldId::CheckinStaff);
        let (party, location, staff) = all3(party, location, staff)?;
        Ok(Submitted::Request(Request::CheckIn(CheckIn {
            member,
            party,
            location,
            staff,
        })))
    }

    fn ask_service(&self, member: Id, balance: i64) -> Checked {
        let items = validate::text(
            "items",
            self.value(FieldId::Items),
            validate::ITEMS_MAX,
            true,
        );
        let staff = self.short(FieldId::ServiceStaff);
        let amount = validate::amount(self.value(FieldId::Amount));
        let redeem = points_value(FieldId::Redeem, self.value(FieldId::Redeem), false)
            .and_then(|n| check_redeem(balance, n));
        let ((items, staff, amount), redeem) = match (all3(items, staff, amount), redeem) {
            (Ok(x), Ok(r)) => (x, r),
            (x, r) => {
                let mut errs = x.err().unwrap_or_default();
                errs.extend(r.err());
                return Err(errs);
            }
        };
        let due = match &self.kind {
            FormKind::Service { earn, .. } => {
                payment::member_price(amount, earn.discount(self.now))
            }
            _ => amount,
        };
        let payments = self.payments(due).map_err(|e| vec![e])?;
        let items = items
            .split([',', '，'])
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        Ok(Submitted::Request(Request::LogService(LogService {
            member,
            items,
            staff,
            amount,
            redeem,
            payments,
        })))
    }

    /// The bill's payments as the form holds them: one method for all that is due, or a
    /// part by one method and the rest by another.
    pub fn payments(&self, due: Money) -> Result<Vec<Payment>, FieldError> {
        let bad = |p| FieldError::new("payments", Problem::Payment(p));
        let by = self.value(FieldId::PaidBy);
        if by.is_empty() {
            return Err(bad(PaymentProblem::Missing));
        }
        let part = match self.value(FieldId::PaidPart).trim() {
            "" => None,
            typed => {
                Some(validate::amount(typed).map_err(|e| FieldError::new("payments", e.problem))?)
            }
        };
        let rest = self.value(FieldId::RestBy);
        let mut parts = vec![(by.to_string(), part)];
        if !rest.is_empty() {
            parts.push((rest.to_string(), None));
        }
        payment::with_rest(&parts, due).map_err(bad)
    }

    fn ask_take_complaint(&self, member: Option<Id>) -> Checked {
        let mut errs = Vec::new();
        let category = Category::parse(self.value(FieldId::Category))
            .ok_or_else(|| errs.push(FieldError::new("category", Problem::Category)));
        let severity = Severity::parse(self.value(FieldId::Severity))
            .ok_or_else(|| errs.push(FieldError::new("severity", Problem::Severity)));
        let description = validate::text(
            "description",
            self.value(FieldId::Description),
            validate::DESCRIPTION_MAX,
            true,
        )
        .map_err(|e| errs.push(e));
        let assignee = self.short(FieldId::Assignee).map_err(|e| errs.push(e));
        let (Ok(category), Ok(severity), Ok(description), Ok(assignee)) =
            (category, severity, description, assignee)
        else {
            return Err(errs);
        };
        Ok(Submitted::Request(Request::TakeComplaint(TakeComplaint {
            member,
            category,
            severity,
            description,
            assignee,
        })))
    }

    fn ask_adjust(&self, member: Id, balance: i64) -> Checked {
        let points = points_value(FieldId::PointsDelta, self.value(FieldId::PointsDelta), true);
        let reason = validate::text(
            "reason",
            self.value(FieldId::Reason),
            validate::SHORT_MAX * 2,
            false,
        );
        let (delta, reason) = match (points, reason) {
            (Ok(p), Ok(r)) => (p, r),
            (p, r) => return Err([p.err(), r.err()].into_iter().flatten().collect()),
        };
        crate::domain::loyalty::check_adjustment(balance, delta, &reason).map_err(|e| {
            let field = if reason.is_empty() {
                "reason"
            } else {
                "points"
            };
            vec![FieldError::new(field, Problem::Points(e))]
        })?;
        Ok(Submitted::Request(Request::AdjustPoints(AdjustPoints {
            member,
            delta,
            reason,
        })))
    }

    fn ask_sell_package(&self, member: Id, offers: &[(String, String, Money)]) -> Checked {
        let key = self.value(FieldId::PackageKey).trim();
        let Some((key, _, price)) = offers.iter().find(|o| o.0 == key || o.1 == key) else {
            let problem = if key.is_empty() {
                Problem::Required
            } else {
                Problem::NotOffered(key.to_string())
            };
            return Err(vec![FieldError::new("package", problem)]);
        };
        let payments = self.payments(*price).map_err(|e| vec![e])?;
        Ok(Submitted::Request(Request::SellPackage(
            crate::desk::SellPackage {
                member,
                package: key.clone(),
                payments,
            },
        )))
    }

    fn ask_top_up(&self, member: Id) -> Checked {
        let amount = validate::amount(self.value(FieldId::TopUpAmount))
            .and_then(|a| validate::bill(a, crate::domain::money::MAX_AMOUNT));
        let method = validate::text("method", self.value(FieldId::TopUpMethod), 40, true);
        match (amount, method) {
            (Ok(amount), Ok(method)) => Ok(Submitted::Request(Request::WalletTopUp(
                crate::desk::TopUp {
                    member,
                    amount,
                    method,
                },
            ))),
            (a, m) => Err([a.err(), m.err()].into_iter().flatten().collect()),
        }
    }

    fn ask_advance(&self, complaint: Id, to: ComplaintStatus) -> Checked {
        let mut errs = Vec::new();
        let mut opt = |id: FieldId, required: bool| -> Option<String> {
            if !self.has(id) {
                return None;
            }
            validate::text(
                id.key(),
                self.value(id),
                validate::DESCRIPTION_MAX,
                required,
            )
            .map_err(|e| errs.push(e))
            .ok()
        };
        let resolution = opt(FieldId::Resolution, to == ComplaintStatus::Resolved);
        let compensation = opt(FieldId::Compensation, false);
        let assignee = opt(FieldId::Assignee, false);
        let note = [FieldId::ProgressNote, FieldId::Note, FieldId::FollowUp]
            .into_iter()
            .find_map(|id| opt(id, to == ComplaintStatus::FollowedUp));
        let points = points_value(
            FieldId::CompensationPoints,
            self.value(FieldId::CompensationPoints),
            false,
        )
        .map_err(|e| errs.push(e))
        .unwrap_or(0);
        if !errs.is_empty() {
            return Err(errs);
        }
        let update = ComplaintUpdate {
            status: Some(to),
            assignee,
            resolution,
            compensation,
            note: note.unwrap_or_default(),
        };
        Ok(Submitted::Request(Request::AdvanceComplaint(
            AdvanceComplaint {
                id: complaint,
                update,
                points,
            },
        )))
    }

    fn short(&self, id: FieldId) -> Result<String, FieldError> {
        validate::text(id.key(), self.value(id), validate::SHORT_MAX, false)
    }
}

/// A whole number of points; `signed` allows a leading + or -.
fn points_value(id: FieldId, value: &str, signed: bool) -> Result<i64, FieldError> {
    let v = value.trim().trim_start_matches('+');
    if v.is_empty() {
        return Ok(0);
    }
    match v.parse::<i64>() {
        Ok(n) if (signed || n >= 0) && n.abs() <= 10_000_000 => Ok(n),
        _ => Err(FieldError::new(id.key(), Problem::WholePoints { signed })),
    }
}

/// Points to redeem against the bill: no more than the balance.
fn check_redeem(balance: i64, n: i64) -> Result<i64, FieldError> {
    if n == 0 {
        return Ok(0);
    }
    crate::domain::loyalty::check_redeem(balance, n)
        .map(|_| n)
        .map_err(|e| FieldError::new("redeem", Problem::Points(e)))
}

fn all3<A, B, C>(
    a: Result<A, FieldError>,
    b: Result<B, FieldError>,
    c: Result<C, FieldError>,
) -> Result<(A, B, C), Vec<FieldError>> {
    match (a, b, c) {
        (Ok(a), Ok(b), Ok(c)) => Ok((a, b, c)),
        (a, b, c) => Err([a.err(), b.err(), c.err()].into_iter().flatten().collect()),
    }
}
