//! Reading stored value (储值): a member's ledger and balance, the overdrawn balances,
//! and every entry (for a shift's money in and out). Tables made after a store was
//! created may be absent until it is next written: then there is nothing to read.

use super::check::Mismatch;
use super::codec::dec;
use super::optional;
use super::tables::{WALLET, WALLET_BALANCE, WALLET_BY_MEMBER};
use super::{Store, StoreError};
use crate::domain::Id;
use crate::domain::wallet::{Balance, WalletEntry};
use redb::{ReadTransaction, ReadableTable};
use std::collections::BTreeMap;

impl Store {
    /// The balance and ledger (unordered) of these members (a survivor and those merged
    /// into it), in one read.
    pub fn wallet_of(&self, ids: &[Id]) -> Result<(Balance, Vec<WalletEntry>), StoreError> {
        let tx = self.db().begin_read()?;
        let (Some(entries), Some(by), Some(balances)) = (
            optional(tx.open_table(WALLET))?,
            optional(tx.open_multimap_table(WALLET_BY_MEMBER))?,
            optional(tx.open_table(WALLET_BALANCE))?,
        ) else {
            return Ok((Balance::default(), Vec::new()));
        };
        let mut held = Balance::default();
        let mut ledger = Vec::new();
        for m in ids {
            if let Some(v) = balances.get(m.0)? {
                let b: Balance = dec(v.value())?;
                held = Balance {
                    principal: held
                        .principal
                        .checked_add(b.principal)
                        .unwrap_or(held.principal),
                    bonus: held.bonus.checked_add(b.bonus).unwrap_or(held.bonus),
                };
            }
            for id in by.get(m.0)? {
                if let Some(v) = entries.get(id?.value())? {
                    ledger.push(dec(v.value())?);
                }
            }
        }
        Ok((held, ledger))
    }

    /// Every member's balance as recorded (by the id the entries name).
    pub fn wallet_balances(&self) -> Result<Vec<(Id, Balance)>, StoreError> {
        let tx = self.db().begin_read()?;
        let Some(t) = optional(tx.open_table(WALLET_BALANCE))? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for row in t.iter()? {
            let (k, v) = row?;
            out.push((Id(k.value()), dec(v.value())?));
        }
        Ok(out)
    }

    /// Every stored-value entry, in id order.
    pub fn for_each_wallet_entry(&self, mut f: impl FnMut(WalletEntry)) -> Result<(), StoreError> {
        let tx = self.db().begin_read()?;
        if let Some(t) = optional(tx.open_table(WALLET))? {
            for row in t.iter()? {
                f(dec(row?.1.value())?);
            }
        }
        Ok(())
    }
}

/// Each member's balance against the sum of their ledger (`store check`).
pub(super) fn wallet_mismatches(tx: &ReadTransaction) -> Result<Vec<Mismatch>, StoreError> {
    let (Some(entries), Some(balances)) = (
        optional(tx.open_table(WALLET))?,
        optional(tx.open_table(WALLET_BALANCE))?,
    ) else {
        return Ok(Vec::new());
    };
    let mut ledger: BTreeMap<u128, Balance> = BTreeMap::new();
    for row in entries.iter()? {
        let e: WalletEntry = dec(row?.1.value())?;
        let sum = ledger.entry(e.member.0).or_default();
        *sum = Balance {
            principal: crate::domain::Money(sum.principal.0.saturating_add(e.principal.0)),
            bonus: crate::domain::Money(sum.bonus.0.saturating_add(e.bonus.0)),
        };
    }
    let mut held: BTreeMap<u128, Balance> = BTreeMap::new();
    for row in balances.iter()? {
        let (k, v) = row?;
        held.insert(k.value(), dec(v.value())?);
    }
    let ids: std::collections::BTreeSet<u128> = ledger.keys().chain(held.keys()).copied().collect();
    Ok(ids
        .into_iter()
        .filter_map(|id| {
            let (h, l) = (held.get(&id).copied(), ledger.get(&id).copied());
            let (h, l) = (h.unwrap_or_default(), l.unwrap_or_default());
            (h != l).then_some(Mismatch::StoredValueBalance(Id(id), h, l))
        })
        .collect())
}
