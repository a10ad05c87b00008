//! `frontdesk wallet topup|refund|adjust|show|overdrawn`: stored value (储值), a member's
//! prepaid balance with principal and bonus apart, every change a ledger entry.

use super::InWords;
use super::output::{self, local};
use crate::catalog::method_words;
use crate::catalog::wallet::kind_words;
use crate::desk::{AdjustStoredValue, Desk, DeskError, RefundStoredValue, TopUp, WalletView};
use crate::domain::Money;
use crate::domain::payment::method;
use crate::domain::validate;
use crate::tr;
use clap::Subcommand;
use serde_json::json;

#[derive(Subcommand, Debug)]
pub enum WalletCmd {
    /// Top up a member's balance; the bonus follows the program's rules.
    Topup {
        /// Member id, card number or full phone number.
        member: String,
        /// What the member pays, such as 1000 or 1000.00.
        amount: String,
        /// How they pay: cash, wechat, alipay, card, ...
        #[arg(long, value_name = "M", default_value = method::CASH)]
        method: String,
    },
    /// Pay back unused principal (a manager's); the bonus is voided in proportion.
    Refund {
        member: String,
        /// How much principal; all of it when left out.
        amount: Option<String>,
        #[arg(long, value_name = "M", default_value = method::CASH)]
        method: String,
    },
    /// Correct a balance by hand (a manager's), with a reason.
    Adjust {
        member: String,
        #[arg(long, allow_hyphen_values = true, value_name = "+X|-X")]
        principal: Option<String>,
        #[arg(long, allow_hyphen_values = true, value_name = "+Y|-Y")]
        bonus: Option<String>,
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
    /// The balance and the ledger with running balances.
    Show {
        member: String,
        #[arg(long)]
        json: bool,
    },
    /// Members whose balance is below zero (spent on two desks before they synced).
    Overdrawn {
        #[arg(long)]
        json: bool,
    },
}

impl WalletCmd {
    pub fn reads_only(&self) -> bool {
        matches!(self, WalletCmd::Show { .. } | WalletCmd::Overdrawn { .. })
    }
}

pub fn run(desk: &Desk, cmd: WalletCmd) -> anyhow::Result<()> {
    let changed = match cmd {
        WalletCmd::Show { member, json } => return show(desk, &member, json),
        WalletCmd::Overdrawn { json } => return overdrawn(desk, json),
        WalletCmd::Topup {
            member,
            amount,
            method,
        } => {
            let amount = amount_of(&amount)?;
            let member = desk.resolve(&member).in_words()?.member.id;
            let t = TopUp {
                member,
                amount,
                method,
            };
            desk.wallet_topup(t).in_words()?
        }
        WalletCmd::Refund {
            member,
            amount,
            method,
        } => {
            let amount = amount.as_deref().map(amount_of).transpose()?;
            let member = desk.resolve(&member).in_words()?.member.id;
            let r = RefundStoredValue {
                member,
                amount,
                method,
            };
            desk.wallet_refund(r).in_words()?
        }
        WalletCmd::Adjust {
            member,
            principal,
            bonus,
            reason,
        } => {
            let principal = signed(principal.as_deref())?;
            let bonus = signed(bonus.as_deref())?;
            let member = desk.resolve(&member).in_words()?.member.id;
            let a = AdjustStoredValue {
                member,
                principal,
                bonus,
                reason,
            };
            desk.wallet_adjust(a).in_words()?
        }
    };
    let e = &changed.entry;
    let line = tr!(
        "cli-wallet-recorded",
        kind = kind_words(e.kind),
        name = changed.name.as_str(),
        id = changed.member.to_string(),
        principal = signed_text(e.principal),
        bonus = signed_text(e.bonus),
        balance = changed.balance.total().to_string()
    );
    out!("{line}");
    Ok(())
}

fn amount_of(text: &str) -> anyhow::Result<Money> {
    validate::amount(text).map_err(DeskError::from).in_words()
}

/// "+12.50" or "-12.50" (or nothing: 0).
fn signed(text: Option<&str>) -> anyhow::Result<Money> {
    let Some(t) = text.map(str::trim) else {
        return Ok(Money(0));
    };
    match t.strip_prefix('-') {
        Some(rest) => Ok(Money(-amount_of(rest)?.0)),
        None => amount_of(t.strip_prefix('+').unwrap_or(t)),
    }
}

fn signed_text(m: Money) -> String {
    if m.0 > 0 {
        format!("+{m}")
    } else {
        m.to_string()
    }
}

fn show(desk: &Desk, key: &str, as_json: bool) -> anyhow::Result<()> {
    let id = desk.resolve(key).in_words()?.member.id;
    let w = desk.wallet(id).in_words()?;
    if as_json {
        return output::print_json(&wallet_json(&w));
    }
    out!("{}", summary(&w));
    for (e, after) in &w.entries {
        let method = match e.method.as_str() {
            "" => String::new(),
            m => method_words(m),
        };
        let line = tr!(
            "cli-wallet-entry",
            at = local(e.at),
            kind = kind_words(e.kind),
            principal = signed_text(e.principal),
            bonus = signed_text(e.bonus),
            balance = after.total().to_string(),
            method = method,
            operator = e.operator.as_str(),
            reason = e.reason.as_str()
        );
        out!("  {line}");
    }
    Ok(())
}

fn summary(w: &WalletView) -> String {
    let id = if w.overdrawn() {
        "cli-wallet-summary-overdrawn"
    } else {
        "cli-wallet-summary"
    };
    tr!(
        id,
        name = w.name.as_str(),
        id = w.member.to_string(),
        balance = w.balance.total().to_string(),
        principal = w.balance.principal.to_string(),
        bonus = w.balance.bonus.to_string()
    )
}

fn wallet_json(w: &WalletView) -> serde_json::Value {
    json!({
        "member": w.member.to_string(),
        "name": w.name,
        "principal": w.balance.principal.to_string(),
        "bonus": w.balance.bonus.to_string(),
        "balance": w.balance.total().to_string(),
        "overdrawn": w.overdrawn(),
        "entries": w.entries.iter().map(|(e, after)| json!({
            "id": e.id.to_string(),
            "kind": e.kind.key(),
            "principal": e.principal.to_string(),
            "bonus": e.bonus.to_string(),
            "method": e.method,
            "reason": e.reason,
            "operator": e.operator,
            "at": output::iso(e.at),
            "balance": after.total().to_string(),
        })).collect::<Vec<_>>(),
    })
}

fn overdrawn(desk: &Desk, as_json: bool) -> anyhow::Result<()> {
    let list = desk.wallet_overdrawn().in_words()?;
    if as_json {
        return output::print_json(&json!(list.iter().map(wallet_json).collect::<Vec<_>>()));
    }
    if list.is_empty() {
        out!("{}", tr!("cli-wallet-none-overdrawn"));
    }
    for w in &list {
        out!("{}", summary(w));
    }
    Ok(())
}
