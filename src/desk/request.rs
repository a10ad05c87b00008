//! The desk's writing actions as one request type, so a front end can hand any of them
//! to a worker and get a typed outcome back.

use super::complaints::{AdvanceComplaint, ComplaintAdvanced, TakeComplaint};
use super::members::{AddMember, EditMember, MemberAdded, MemberEdited};
use super::points::{AdjustPoints, PointsChanged, RedeemPoints};
use super::shift::{ShiftOpened, Slip};
use super::visits::{CheckIn, CheckedIn, LogService, ServiceLogged};
use super::{Desk, DeskError};
use crate::domain::{Complaint, Id, Money};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    AddMember(Box<AddMember>),
    EditMember(Box<EditMember>),
    CheckIn(CheckIn),
    LogService(LogService),
    TakeComplaint(TakeComplaint),
    AdvanceComplaint(AdvanceComplaint),
    RedeemPoints(RedeemPoints),
    AdjustPoints(AdjustPoints),
    /// Open a shift with this cash float.
    ShiftOpen(Money),
    /// Close the open shift with this cash counted.
    ShiftClose(Money),
    WalletTopUp(super::wallet::TopUp),
    SellPackage(super::SellPackage),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    MemberAdded(MemberAdded),
    MemberEdited(MemberEdited),
    CheckedIn(Box<CheckedIn>),
    ServiceLogged(Box<ServiceLogged>),
    ComplaintTaken(Box<Complaint>),
    ComplaintAdvanced(ComplaintAdvanced),
    PointsRedeemed(PointsChanged),
    PointsAdjusted(PointsChanged),
    ShiftOpened(Box<ShiftOpened>),
    ShiftClosed(Box<Slip>),
    WalletToppedUp(Box<super::wallet::WalletChanged>),
    PackageSold(Box<super::PackageRow>),
}

impl Outcome {
    /// The member the outcome is about, if any: their card and row are refreshed.
    pub fn member(&self) -> Option<Id> {
        match self {
            Outcome::MemberAdded(m) => Some(m.id),
            Outcome::MemberEdited(m) => Some(m.id),
            Outcome::CheckedIn(c) => c.member.as_ref().map(|v| v.member.id),
            Outcome::ServiceLogged(s) => Some(s.member),
            Outcome::ComplaintTaken(c) => c.member,
            Outcome::ComplaintAdvanced(c) => c.member,
            Outcome::PointsRedeemed(p) | Outcome::PointsAdjusted(p) => Some(p.member),
            Outcome::ShiftOpened(_) | Outcome::ShiftClosed(_) => None,
            Outcome::WalletToppedUp(w) => Some(w.member),
            Outcome::PackageSold(p) => Some(p.sale.member),
        }
    }
}

impl Desk<'_> {
    /// Carry out one writing action; on success it is durable on disk.
    pub fn perform(&self, r: Request) -> Result<Outcome, DeskError> {
        Ok(match r {
            Request::AddMember(a) => Outcome::MemberAdded(self.add_member(*a)?),
            Request::EditMember(e) => Outcome::MemberEdited(self.edit_member(*e)?),
            Request::CheckIn(c) => Outcome::CheckedIn(Box::new(self.check_in(c)?)),
            Request::LogService(s) => Outcome::ServiceLogged(Box::new(self.log_service(s)?)),
            Request::TakeComplaint(t) => Outcome::ComplaintTaken(Box::new(self.take_complaint(t)?)),
            Request::AdvanceComplaint(a) => Outcome::ComplaintAdvanced(self.advance_complaint(a)?),
            Request::RedeemPoints(r) => Outcome::PointsRedeemed(self.redeem_points(r)?),
            Request::AdjustPoints(a) => Outcome::PointsAdjusted(self.adjust_points(a)?),
            Request::ShiftOpen(float) => Outcome::ShiftOpened(Box::new(self.shift_open(float)?)),
            Request::ShiftClose(counted) => {
                Outcome::ShiftClosed(Box::new(self.shift_close(counted)?))
            }
            Request::WalletTopUp(t) => Outcome::WalletToppedUp(Box::new(self.wallet_topup(t)?)),
            Request::SellPackage(s) => Outcome::PackageSold(Box::new(self.sell_package(s)?)),
        })
    }
}
