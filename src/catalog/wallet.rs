//! Stored value (储值) in words: refusals, and the kind of each ledger entry.

use crate::domain::wallet::{WalletError, WalletKind};
use crate::tr;

pub fn wallet_error(e: &WalletError) -> String {
    match e {
        WalletError::Zero => tr!("wallet-error-zero"),
        WalletError::Short { balance, amount } => tr!(
            "wallet-error-short",
            balance = balance.to_string(),
            amount = amount.to_string()
        ),
        WalletError::RefundAbovePrincipal { principal } => tr!(
            "wallet-error-refund-above-principal",
            principal = principal.to_string()
        ),
        WalletError::SyncFirst {
            limit,
            within,
            minutes: Some(m),
        } => tr!(
            "wallet-error-sync-first",
            limit = limit.to_string(),
            within = *within,
            minutes = *m
        ),
        WalletError::SyncFirst { limit, within, .. } => tr!(
            "wallet-error-never-synced",
            limit = limit.to_string(),
            within = *within
        ),
        WalletError::TooLarge => tr!("wallet-error-too-large"),
    }
}

/// "top-up", "spend", … in the desk's language.
pub fn kind_words(k: WalletKind) -> &'static str {
    crate::catalog::label(match k {
        WalletKind::TopUp => "wallet-kind-top-up",
        WalletKind::Spend => "wallet-kind-spend",
        WalletKind::Refund => "wallet-kind-refund",
        WalletKind::Adjustment => "wallet-kind-adjustment",
    })
}
