//! Packages (次卡) in the store: sales, uses and refunds, each a record kept once by its
//! id, so any order and any repetition of delivery gives the same tables. What a package
//! has left is worked out when read (`domain::package::status`), never stored.

use super::codec::{dec, enc};
use super::tables::*;
use super::{Store, StoreError, optional};
use crate::domain::package::{PackageRefund, PackageSale, PackageUse};
use crate::domain::{Change, Id, Money, TerminalId, Timestamp};
use redb::{MultimapTable, ReadTransaction, ReadableTable, Table, WriteTransaction};

/// The package tables, opened once per write transaction.
pub(super) struct PackageTables<'t> {
    sales: Table<'t, u128, &'static [u8]>,
    sales_by_member: MultimapTable<'t, u128, u128>,
    uses: Table<'t, u128, &'static [u8]>,
    uses_by_sale: MultimapTable<'t, u128, u128>,
    refunds: Table<'t, u128, &'static [u8]>,
    refunds_by_sale: MultimapTable<'t, u128, u128>,
}

impl<'t> PackageTables<'t> {
    pub(super) fn open(tx: &'t WriteTransaction) -> Result<Self, StoreError> {
        Ok(PackageTables {
            sales: tx.open_table(PACKAGE_SALES)?,
            sales_by_member: tx.open_multimap_table(PACKAGE_SALES_BY_MEMBER)?,
            uses: tx.open_table(PACKAGE_USES)?,
            uses_by_sale: tx.open_multimap_table(PACKAGE_USES_BY_SALE)?,
            refunds: tx.open_table(PACKAGE_REFUNDS)?,
            refunds_by_sale: tx.open_multimap_table(PACKAGE_REFUNDS_BY_SALE)?,
        })
    }

    /// Keeps a package record the first time its id arrives; returns the member it
    /// touched, or `None` for a change that is not about packages.
    pub(super) fn apply(&mut self, change: &Change) -> Result<Option<Id>, StoreError> {
        match change {
            Change::PackageSale { sale } => {
                if self.sales.get(sale.id.0)?.is_none() {
                    self.sales.insert(sale.id.0, enc(sale)?.as_slice())?;
                    self.sales_by_member.insert(sale.member.0, sale.id.0)?;
                }
                Ok(Some(sale.member))
            }
            Change::PackageUse { package_use: u } => {
                if self.uses.get(u.id.0)?.is_none() {
                    self.uses.insert(u.id.0, enc(u)?.as_slice())?;
                    self.uses_by_sale.insert(u.sale.0, u.id.0)?;
                }
                Ok(Some(u.member))
            }
            Change::PackageRefund { refund: r } => {
                if self.refunds.get(r.id.0)?.is_none() {
                    self.refunds.insert(r.id.0, enc(r)?.as_slice())?;
                    self.refunds_by_sale.insert(r.sale.0, r.id.0)?;
                }
                Ok(Some(r.member))
            }
            _ => Ok(None),
        }
    }
}

/// A package as the desk reads it: the sale with every use and refund recorded for it,
/// oldest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackageHolding {
    pub sale: PackageSale,
    pub uses: Vec<PackageUse>,
    /// Normally none or one; two managers refunding offline leave two, both kept.
    pub refunds: Vec<PackageRefund>,
}

/// Money that came in or went out through packages, for a shift's totals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackageMoney {
    /// The sale or refund.
    pub id: Id,
    /// The desk that recorded it.
    pub terminal: TerminalId,
    pub sale: Id,
    /// True for a refund (money out), false for a sale's payment (money in).
    pub refund: bool,
    pub method: String,
    pub amount: Money,
    pub operator: String,
    pub at: Timestamp,
}

impl Store {
    /// The packages of these members (a survivor and those merged into it), oldest first.
    pub fn packages_of(&self, members: &[Id]) -> Result<Vec<PackageHolding>, StoreError> {
        let tx = self.db().begin_read()?;
        let Some(by_member) = optional(tx.open_multimap_table(PACKAGE_SALES_BY_MEMBER))? else {
            return Ok(Vec::new());
        };
        let mut ids = Vec::new();
        for m in members {
            for v in by_member.get(m.0)? {
                ids.push(Id(v?.value()));
            }
        }
        let mut out = Vec::new();
        for id in ids {
            out.extend(holding(&tx, id)?);
        }
        out.sort_by_key(|h| (h.sale.at, h.sale.id));
        Ok(out)
    }

    /// One package by its sale id.
    pub fn package(&self, sale: Id) -> Result<Option<PackageHolding>, StoreError> {
        holding(&self.db().begin_read()?, sale)
    }

    /// Every package sale's payments (money in, by method) and every refund (money out),
    /// oldest first: what a shift adds to its totals, apart from bills.
    pub fn package_money(&self) -> Result<Vec<PackageMoney>, StoreError> {
        let tx = self.db().begin_read()?;
        let mut out = Vec::new();
        if let Some(sales) = optional(tx.open_table(PACKAGE_SALES))? {
            for row in sales.iter()? {
                let s: PackageSale = dec(row?.1.value())?;
                out.extend(s.payments.iter().map(|p| PackageMoney {
                    id: s.id,
                    terminal: s.id.terminal(),
                    sale: s.id,
                    refund: false,
                    method: p.method.clone(),
                    amount: p.amount,
                    operator: s.operator.clone(),
                    at: s.at,
                }));
            }
        }
        if let Some(refunds) = optional(tx.open_table(PACKAGE_REFUNDS))? {
            for row in refunds.iter()? {
                let r: PackageRefund = dec(row?.1.value())?;
                out.push(PackageMoney {
                    id: r.id,
                    terminal: r.id.terminal(),
                    sale: r.sale,
                    refund: true,
                    method: r.method,
                    amount: r.amount,
                    operator: r.operator,
                    at: r.at,
                });
            }
        }
        out.sort_by_key(|m| (m.at, m.id));
        Ok(out)
    }
}

fn holding(tx: &ReadTransaction, sale: Id) -> Result<Option<PackageHolding>, StoreError> {
    let Some(sales) = optional(tx.open_table(PACKAGE_SALES))? else {
        return Ok(None);
    };
    let Some(bytes) = sales.get(sale.0)? else {
        return Ok(None);
    };
    let sale: PackageSale = dec(bytes.value())?;
    let mut uses: Vec<PackageUse> = records(tx, PACKAGE_USES_BY_SALE, PACKAGE_USES, sale.id)?;
    let mut refunds: Vec<PackageRefund> =
        records(tx, PACKAGE_REFUNDS_BY_SALE, PACKAGE_REFUNDS, sale.id)?;
    uses.sort_by_key(|u| (u.at, u.id));
    refunds.sort_by_key(|r| (r.at, r.id));
    Ok(Some(PackageHolding {
        sale,
        uses,
        refunds,
    }))
}

/// The records an index lists under `key`.
fn records<T: serde::de::DeserializeOwned>(
    tx: &ReadTransaction,
    index: redb::MultimapTableDefinition<u128, u128>,
    table: redb::TableDefinition<u128, &[u8]>,
    key: Id,
) -> Result<Vec<T>, StoreError> {
    let (Some(index), Some(table)) = (
        optional(tx.open_multimap_table(index))?,
        optional(tx.open_table(table))?,
    ) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for v in index.get(key.0)? {
        if let Some(bytes) = table.get(v?.value())? {
            out.push(dec(bytes.value())?);
        }
    }
    Ok(out)
}

/// The package tables, in digest order, each with the check that a value decodes:
/// records only (the indexes follow from them).
pub(super) const DIGESTED: [super::digest::RecordTable; 3] = [
    ("package_sales", PACKAGE_SALES, readable::<PackageSale>),
    ("package_uses", PACKAGE_USES, readable::<PackageUse>),
    (
        "package_refunds",
        PACKAGE_REFUNDS,
        readable::<PackageRefund>,
    ),
];

/// The indexes of the package tables, for a walk of every page.
pub(super) const INDEXES: [redb::MultimapTableDefinition<u128, u128>; 3] = [
    PACKAGE_SALES_BY_MEMBER,
    PACKAGE_USES_BY_SALE,
    PACKAGE_REFUNDS_BY_SALE,
];

fn readable<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<(), StoreError> {
    dec::<T>(bytes).map(|_| ())
}
