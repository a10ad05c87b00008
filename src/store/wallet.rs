//! Reading stored value (储值): a member's ledger and balance, the overdrawn balances,
//! and every entry (for a shift's money in and out). Tables made after a store was
//! created may be absent until it is next written: then there is nothing to read.

use super::codec::dec;
use super::digest::optional;
use super::tables::{WALLET, WALLET_BALANCE, WALLET_BY_MEMBER};
use super::{Store, StoreError};
use crate::domain::Id;
use crate::domain::wallet::{Balance, WalletEntry};
use redb::ReadableTable;

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
