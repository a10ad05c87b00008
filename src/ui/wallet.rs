//! Stored value (储值) on the card: the balance in the profile (flagged when overdrawn)
//! and the ledger with running balances, newest first.

use super::text::safe;
use super::theme::Theme;
use crate::catalog::method_words;
use crate::catalog::wallet::kind_words;
use crate::desk::Card;
use crate::domain::Timestamp;
use crate::tr;
use ratatui::text::Line;

/// The profile line, when the member has a ledger.
pub fn profile_line(card: &Card, t: &Theme) -> Option<Line<'static>> {
    if card.wallet.is_empty() {
        return None;
    }
    let b = card.stored_value;
    let args = (
        b.total().to_string(),
        b.principal.to_string(),
        b.bonus.to_string(),
    );
    Some(if b.overdrawn() {
        let text = tr!(
            "wallet-card-overdrawn",
            balance = args.0,
            principal = args.1,
            bonus = args.2
        );
        Line::styled(format!("! {text}"), t.alert)
    } else {
        let text = tr!(
            "wallet-card-balance",
            balance = args.0,
            principal = args.1,
            bonus = args.2
        );
        Line::styled(text, t.info)
    })
}

/// The ledger box's title and lines.
pub fn ledger(card: &Card, now: Timestamp) -> (String, Vec<String>) {
    let title = tr!(
        "wallet-card-title",
        balance = card.stored_value.total().to_string()
    );
    let lines = card
        .wallet
        .iter()
        .map(|(e, after)| {
            let amount = crate::domain::Money(e.principal.0.saturating_add(e.bonus.0));
            let how = match e.method.as_str() {
                "" => safe(&e.reason).into_owned(),
                m => method_words(m),
            };
            format!(
                "{} {:>+9} ={:>9} {} {} {}",
                super::when::short(e.at, now),
                signed(amount),
                after.total().to_string(),
                kind_words(e.kind),
                how,
                safe(&e.operator)
            )
        })
        .collect();
    (title, lines)
}

fn signed(m: crate::domain::Money) -> String {
    if m.0 > 0 {
        format!("+{m}")
    } else {
        m.to_string()
    }
}
