//! Stored value (储值) at the desk: top up (with the program's bonus), spend with a bill,
//! refund the unused principal and adjust by hand (a manager's), the member's ledger with
//! running balances, and the overdrawn balances two offline desks can leave behind.

use super::{Desk, DeskError};
use crate::domain::ops::NEW_ID;
use crate::domain::payment::method;
use crate::domain::validate::{self, NOTES_MAX};
use crate::domain::wallet::{self, Balance, WalletEntry, WalletError, WalletKind};
use crate::domain::{Change, Id, Money, Permission};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopUp {
    pub member: Id,
    /// What the member paid (the principal).
    pub amount: Money,
    /// How they paid (a payment method key).
    pub method: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefundStoredValue {
    pub member: Id,
    /// `None`: all the unused principal.
    pub amount: Option<Money>,
    pub method: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdjustStoredValue {
    pub member: Id,
    /// Signed changes to the principal and the bonus.
    pub principal: Money,
    pub bonus: Money,
    pub reason: String,
}

/// A member's stored value: the balance and the ledger, newest first, each entry with
/// the balance after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalletView {
    pub member: Id,
    pub name: String,
    pub card: String,
    pub balance: Balance,
    pub entries: Vec<(WalletEntry, Balance)>,
}

impl WalletView {
    pub fn overdrawn(&self) -> bool {
        self.balance.overdrawn()
    }
}

/// What a top-up, refund or adjustment recorded, and the balance after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalletChanged {
    pub member: Id,
    pub name: String,
    pub entry: WalletEntry,
    pub balance: Balance,
}

impl Desk<'_> {
    pub fn wallet_topup(&self, t: TopUp) -> Result<WalletChanged, DeskError> {
        if t.amount.0 <= 0 {
            return Err(WalletError::Zero.into());
        }
        // A top-up above the largest bill is taken for a typo, as a bill would be.
        validate::bill(t.amount, self.settings.limits.max_bill)?;
        let bonus = wallet::bonus_for(&self.settings.stored_value.top_up_bonus, t.amount);
        let v = self.member(t.member)?;
        let method = self.method(&t.method)?;
        let entry = self.entry(v.member.id, WalletKind::TopUp, t.amount, bonus, method, "");
        self.record_wallet(entry)
    }

    /// A manager pays back unused principal; the bonus goes in the same proportion.
    pub fn wallet_refund(&self, r: RefundStoredValue) -> Result<WalletChanged, DeskError> {
        self.allow(Permission::RefundStoredValue)?;
        let v = self.member(r.member)?;
        let (held, _) = self.store.wallet_of(&v.ids().collect::<Vec<_>>())?;
        let (p, b) = wallet::refund_split(held, r.amount)?;
        let method = self.method(&r.method)?;
        let (p, b) = (Money(-p.0), Money(-b.0));
        let entry = self.entry(v.member.id, WalletKind::Refund, p, b, method, "");
        self.record_wallet(entry)
    }

    /// A manager corrects the balance, always with a reason.
    pub fn wallet_adjust(&self, a: AdjustStoredValue) -> Result<WalletChanged, DeskError> {
        self.allow(Permission::AdjustStoredValue)?;
        let reason = validate::text("reason", &a.reason, NOTES_MAX, true)?;
        if a.principal.0 == 0 && a.bonus.0 == 0 {
            return Err(DeskError::NothingToChange);
        }
        let max = crate::domain::money::MAX_AMOUNT.0;
        if a.principal.0.unsigned_abs() > max as u64 || a.bonus.0.unsigned_abs() > max as u64 {
            return Err(WalletError::TooLarge.into());
        }
        let v = self.member(a.member)?;
        let kind = WalletKind::Adjustment;
        let entry = self.entry(v.member.id, kind, a.principal, a.bonus, "", &reason);
        self.record_wallet(entry)
    }

    /// The ledger entry a bill paid partly or wholly by stored value commits together
    /// with its `Change::Service` (one commit). Refused when the balance is short, or
    /// when the program asks for a recent sync before a spend this large.
    pub fn wallet_spend_change(&self, member: Id, amount: Money) -> Result<Change, DeskError> {
        self.check_synced_for(amount)?;
        let v = self.member(member)?;
        let (held, _) = self.store.wallet_of(&v.ids().collect::<Vec<_>>())?;
        let order = self.settings.stored_value.spend_order;
        let (p, b) = wallet::split_spend(held, amount, order)?;
        let (p, b) = (Money(-p.0), Money(-b.0));
        let kind = WalletKind::Spend;
        let entry = self.entry(v.member.id, kind, p, b, method::STORED_VALUE, "");
        Ok(Change::Wallet { entry })
    }

    /// The sync rule: a spend above the limit needs this desk to have synced lately.
    fn check_synced_for(&self, amount: Money) -> Result<(), DeskError> {
        let rules = &self.settings.stored_value;
        let Some(limit) = rules.sync_before_spend_above.filter(|l| amount > *l) else {
            return Ok(());
        };
        let within = rules.sync_within_minutes;
        let ago_ms = self
            .sync_status()?
            .last_sync_ms
            .map(|ms| self.now.0.saturating_sub(ms).max(0));
        if ago_ms.is_some_and(|ms| ms <= i64::from(within) * 60_000) {
            return Ok(());
        }
        let minutes = ago_ms.map(|ms| ms / 60_000);
        Err(WalletError::SyncFirst {
            limit,
            within,
            minutes,
        }
        .into())
    }

    pub fn wallet(&self, member: Id) -> Result<WalletView, DeskError> {
        let v = self.member(member)?;
        let (balance, entries) = self.store.wallet_of(&v.ids().collect::<Vec<_>>())?;
        let mut entries = wallet::running(entries);
        entries.reverse();
        Ok(WalletView {
            member: v.member.id,
            name: v.member.name,
            card: v.member.card,
            balance,
            entries,
        })
    }

    /// Every member whose balance is below zero (the manager's list), most overdrawn first.
    pub fn wallet_overdrawn(&self) -> Result<Vec<WalletView>, DeskError> {
        let mut seen = std::collections::BTreeSet::new();
        for (id, _) in self.store.wallet_balances()? {
            if let Some(v) = self.store.member(id)? {
                seen.insert(v.member.id);
            }
        }
        let mut out = Vec::new();
        for id in seen {
            let w = self.wallet(id)?;
            if w.overdrawn() {
                out.push(w);
            }
        }
        out.sort_by_key(|w| (w.balance.total(), w.member));
        Ok(out)
    }

    /// Stored-value money in and out (top-ups and refunds, not spends) recorded from
    /// `from` up to `to`, oldest first; each entry's id names the desk that took it
    /// (`entry.id.terminal()`). For the shift totals.
    pub fn wallet_money_moves(
        &self,
        from: crate::domain::Timestamp,
        to: crate::domain::Timestamp,
    ) -> Result<Vec<WalletEntry>, DeskError> {
        let mut out = Vec::new();
        self.store.for_each_wallet_entry(|e| {
            let money = matches!(e.kind, WalletKind::TopUp | WalletKind::Refund);
            if money && e.at >= from && e.at < to {
                out.push(e);
            }
        })?;
        out.sort_by_key(|e| (e.at, e.id));
        Ok(out)
    }

    fn method<'m>(&self, m: &'m str) -> Result<&'m str, DeskError> {
        let m = m.trim();
        validate::text("method", m, validate::SHORT_MAX, true)?;
        Ok(m)
    }

    fn entry(
        &self,
        member: Id,
        kind: WalletKind,
        principal: Money,
        bonus: Money,
        method: &str,
        reason: &str,
    ) -> WalletEntry {
        WalletEntry {
            id: NEW_ID,
            member,
            kind,
            principal,
            bonus,
            method: method.to_string(),
            reason: reason.to_string(),
            operator: String::new(),
            at: self.now,
        }
    }

    fn record_wallet(&self, entry: WalletEntry) -> Result<WalletChanged, DeskError> {
        let ops = self.commit(vec![Change::Wallet { entry }])?;
        let entry = match ops.into_iter().next().map(|o| o.change) {
            Some(Change::Wallet { entry }) => entry,
            _ => return Err(DeskError::NothingToChange),
        };
        let w = self.wallet(entry.member)?;
        Ok(WalletChanged {
            member: w.member,
            name: w.name,
            entry,
            balance: w.balance,
        })
    }
}
