//! Packages (次卡) at the desk: sell one (paid like any bill), take one use with the staff
//! member, refund what is unused (a manager), list a member's packages and the program's.

use super::{Desk, DeskError};
use crate::domain::loyalty::settings::PackageDef;
use crate::domain::ops::NEW_ID;
use crate::domain::package::{self, PackageRefund, PackageSale, PackageStatus, PackageUse};
use crate::domain::payment::{self, Payment, method};
use crate::domain::validate::{self, NOTES_MAX, SHORT_MAX};
use crate::domain::{Change, Id, Money, Permission, Timestamp};
use crate::store::PackageHolding;

/// Why a package action did not happen. Typed: the edges word it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackageError {
    /// The program sells no package with this key.
    UnknownPackage(String),
    /// No package sale has this id (or the text is not one).
    NoSuchSale(String),
    /// The sale belongs to another member.
    OtherMember(Id),
    NoneLeft {
        name: String,
    },
    Expired {
        name: String,
        expires: Timestamp,
    },
    Refunded {
        name: String,
    },
    /// The member holds no usable package (covering the service, when one is named).
    NoUsable {
        service: Option<String>,
    },
    /// The payments do not add up to the price.
    PaidNotPrice {
        paid: Money,
        price: Money,
    },
    /// A method the program does not list, or one a package cannot be paid by.
    Method(String),
}

impl From<PackageError> for DeskError {
    fn from(e: PackageError) -> Self {
        DeskError::Package(e)
    }
}

/// Sell a package: the member, the package's key in the settings, and how it was paid
/// (empty: the whole price in cash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SellPackage {
    pub member: Id,
    pub package: String,
    pub payments: Vec<Payment>,
}

/// A member's package as the desk shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackageRow {
    pub sale: PackageSale,
    pub status: PackageStatus,
    /// What refunds paid back (0 when none).
    pub refunded: Money,
    pub member_name: String,
}

/// The methods a package may be paid or refunded by: those the program lists, but for
/// stored value and a package (stored value is wired later).
pub fn package_methods() -> impl Iterator<Item = &'static str> {
    method::DEFAULT
        .into_iter()
        .filter(|m| ![method::STORED_VALUE, method::PACKAGE].contains(m))
}

impl Desk<'_> {
    /// The packages the program sells.
    pub fn program_packages(&self) -> &[PackageDef] {
        &self.settings.packages
    }

    pub fn sell_package(&self, s: SellPackage) -> Result<PackageRow, DeskError> {
        let def = self
            .settings
            .packages
            .iter()
            .find(|p| p.key == s.package.trim())
            .ok_or_else(|| PackageError::UnknownPackage(s.package.trim().to_string()))?;
        let payments = match s.payments.is_empty() {
            true => vec![Payment::new(method::CASH, def.price)],
            false => s.payments,
        };
        for p in &payments {
            known_method(&p.method)?;
        }
        let paid = payment::paid_total(&payments).unwrap_or(Money(i64::MAX));
        if paid != def.price {
            let price = def.price;
            return Err(PackageError::PaidNotPrice { paid, price }.into());
        }
        let v = self.member(s.member)?;
        let sale = PackageSale {
            id: NEW_ID,
            member: v.member.id,
            key: def.key.clone(),
            name: def.name.clone(),
            services: def.services.clone(),
            uses: def.uses,
            price: def.price,
            payments,
            expires: crate::domain::loyalty::add_months(self.now, def.months),
            operator: self.operator()?,
            at: self.now,
        };
        let ops = self.commit(vec![Change::PackageSale { sale }])?;
        self.package_row_at(ops.first().map(|o| o.id()).unwrap_or(NEW_ID))
    }

    /// Take one use of a package: the given sale, or the member's usable package with
    /// the soonest expiry.
    pub fn use_package(
        &self,
        member: Id,
        sale: Option<Id>,
        staff: &str,
    ) -> Result<PackageRow, DeskError> {
        let change = self.package_use_change_for(member, staff, sale, &[])?;
        let Change::PackageUse { package_use } = &change else {
            return Err(DeskError::NothingToChange);
        };
        let sale = package_use.sale;
        self.commit(vec![change])?;
        self.package_row_at(sale)
    }

    /// The use a bill paid by `package` commits with its service: the member's usable
    /// package with the soonest expiry. Refuses when the member holds none.
    pub fn package_use_change(&self, member: Id, staff: &str) -> Result<Change, DeskError> {
        self.package_use_change_for(member, staff, None, &[])
    }

    /// [`Desk::package_use_change`] for a given sale, or for the soonest-expiring usable
    /// package covering one of `services` (none named: any).
    pub fn package_use_change_for(
        &self,
        member: Id,
        staff: &str,
        sale: Option<Id>,
        services: &[String],
    ) -> Result<Change, DeskError> {
        let staff = validate::text("staff", staff, SHORT_MAX, false)?;
        let v = self.member(member)?;
        let holding = match sale {
            Some(id) => self.usable(self.holding_of(id, Some(v.member.id))?)?,
            None => self.soonest_usable(&v.ids().collect::<Vec<_>>(), services)?,
        };
        Ok(Change::PackageUse {
            package_use: PackageUse {
                id: NEW_ID,
                sale: holding.sale.id,
                member: v.member.id,
                staff,
                operator: self.operator()?,
                at: self.now,
            },
        })
    }

    /// Refund what is unused and close the package (a manager): the amount paid back.
    pub fn refund_package(
        &self,
        sale: Id,
        method: &str,
        reason: &str,
    ) -> Result<PackageRow, DeskError> {
        self.allow(Permission::RefundPackage)?;
        let method = known_method(method)?;
        let reason = validate::text("reason", reason, NOTES_MAX, false)?;
        let h = self.holding_of(sale, None)?;
        if !h.refunds.is_empty() {
            let name = h.sale.name;
            return Err(PackageError::Refunded { name }.into());
        }
        let used = u32::try_from(h.uses.len()).unwrap_or(u32::MAX);
        let refund = PackageRefund {
            id: NEW_ID,
            sale: h.sale.id,
            member: h.sale.member,
            amount: package::refund_amount(h.sale.price, h.sale.uses, used),
            method,
            reason,
            operator: self.operator()?,
            at: self.now,
        };
        self.commit(vec![Change::PackageRefund { refund }])?;
        self.package_row_at(sale)
    }

    /// A member's packages (and those of members merged into them), newest first.
    pub fn member_packages(&self, member: Id) -> Result<Vec<PackageRow>, DeskError> {
        let v = self.member(member)?;
        let held = self.store.packages_of(&v.ids().collect::<Vec<_>>())?;
        let mut rows: Vec<PackageRow> = held
            .into_iter()
            .map(|h| self.package_row_of(h, &v.member.name))
            .collect();
        rows.reverse();
        Ok(rows)
    }

    /// Whether the member holds a package that can be used now (the Lookup row's mark).
    /// A store that cannot be read here shows no mark; the card says what is wrong.
    pub(super) fn holds_usable_package(&self, v: &crate::store::MemberView) -> bool {
        let held = self.store.packages_of(&v.ids().collect::<Vec<_>>());
        held.unwrap_or_default()
            .into_iter()
            .any(|h| self.usable(h).is_ok())
    }

    /// One package as the desk shows it.
    pub fn package_row(&self, sale: Id) -> Result<PackageRow, DeskError> {
        self.package_row_at(sale)
    }

    fn package_row_at(&self, sale: Id) -> Result<PackageRow, DeskError> {
        let h = self.holding_of(sale, None)?;
        let name = match self.store.member(h.sale.member)? {
            Some(v) => v.member.name,
            None => String::new(),
        };
        Ok(self.package_row_of(h, &name))
    }

    fn package_row_of(&self, h: PackageHolding, member_name: &str) -> PackageRow {
        let used = u32::try_from(h.uses.len()).unwrap_or(u32::MAX);
        let refunded = h.refunds.iter().map(|r| r.amount.0).sum::<i64>();
        PackageRow {
            status: package::status(&h.sale, used, !h.refunds.is_empty(), self.now),
            sale: h.sale,
            refunded: Money(refunded),
            member_name: member_name.to_string(),
        }
    }

    /// The package sold as `sale`; when `member` is given, it must be theirs (after merges).
    fn holding_of(&self, sale: Id, member: Option<Id>) -> Result<PackageHolding, DeskError> {
        let h = self
            .store
            .package(sale)?
            .ok_or_else(|| PackageError::NoSuchSale(sale.to_string()))?;
        if let Some(m) = member
            && self.store.resolve(h.sale.member)? != m
        {
            return Err(PackageError::OtherMember(sale).into());
        }
        Ok(h)
    }

    /// The package if a use may be taken from it now, or why not.
    fn usable(&self, h: PackageHolding) -> Result<PackageHolding, DeskError> {
        let row = self.package_row_of(h.clone(), "");
        let name = h.sale.name.clone();
        let e = match row.status.state {
            package::PackageState::Usable => return Ok(h),
            package::PackageState::Refunded => PackageError::Refunded { name },
            package::PackageState::Expired => PackageError::Expired {
                name,
                expires: h.sale.expires,
            },
            package::PackageState::UsedUp => PackageError::NoneLeft { name },
        };
        Err(e.into())
    }

    fn soonest_usable(
        &self,
        members: &[Id],
        services: &[String],
    ) -> Result<PackageHolding, DeskError> {
        let held = self.store.packages_of(members)?;
        let covers = |h: &PackageHolding| {
            services.is_empty() || services.iter().any(|s| package::covers(&h.sale, s))
        };
        held.into_iter()
            .filter(|h| covers(h) && self.usable(h.clone()).is_ok())
            .min_by_key(|h| (h.sale.expires, h.sale.at, h.sale.id))
            .ok_or_else(|| {
                let service = services.first().cloned();
                PackageError::NoUsable { service }.into()
            })
    }
}

/// A method a package may be paid or refunded by, as its key.
fn known_method(m: &str) -> Result<String, PackageError> {
    let m = m.trim();
    package_methods()
        .find(|k| *k == m)
        .map(str::to_string)
        .ok_or_else(|| PackageError::Method(m.to_string()))
}
