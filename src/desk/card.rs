//! The member card: profile and history, with the tier, its benefits, where the member
//! stands toward the next tier, and the next points expiry — for the app and the CLI.

use super::{Desk, DeskError};
use crate::domain::loyalty::Tier;
use crate::domain::{Id, Money, Timestamp};
use crate::membership::points::next_expiry;
use crate::membership::tiers::standing_of;
use crate::store::{MemberHistory, MemberView};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub view: MemberView,
    pub history: MemberHistory,
    /// The tier under the program in force, from the member's own history.
    pub tier: String,
    pub benefits: String,
    pub standing: CardStanding,
    /// When the next points expire, and how many.
    pub next_expiry: Option<(Timestamp, i64)>,
    /// The stored value (储值) balance and its ledger, newest first, each entry with the
    /// balance after it.
    pub stored_value: crate::domain::wallet::Balance,
    pub wallet: Vec<(
        crate::domain::wallet::WalletEntry,
        crate::domain::wallet::Balance,
    )>,
    /// The member's packages (次卡), newest first.
    pub packages: Vec<super::PackageRow>,
}

/// Spend and visits over the tier period, and the next tier with its threshold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardStanding {
    pub spend: Money,
    pub visits: u32,
    /// The tier period in months; 0 counts all history.
    pub months: u32,
    /// The next tier up (its name and what reaching it takes).
    pub next: Option<Tier>,
}

impl Desk<'_> {
    pub fn open_card(&self, id: Id) -> Result<Card, DeskError> {
        let (view, history) = self
            .store
            .member_with_history(id)?
            .ok_or(DeskError::MemberGone(id))?;
        let standing = standing_of(self.settings, &history, self.now);
        let policy = self.settings.policy_at(self.now);
        let tier = standing.tier.as_str().to_string();
        let benefits = policy
            .tier(&tier)
            .map(|t| t.benefits.clone())
            .unwrap_or_default();
        let next = standing
            .next
            .as_ref()
            .and_then(|n| policy.tier(n.as_str()))
            .cloned();
        let next_expiry = next_expiry(self.settings, &history.ledger, self.now);
        let (stored_value, entries) = self.store.wallet_of(&view.ids().collect::<Vec<_>>())?;
        let mut wallet = crate::domain::wallet::running(entries);
        wallet.reverse();
        // Usable packages first, each group newest first.
        let mut packages = self.member_packages(view.member.id)?;
        packages.sort_by_key(|p| p.status.state != crate::domain::package::PackageState::Usable);
        Ok(Card {
            stored_value,
            wallet,
            packages,
            standing: CardStanding {
                spend: standing.spend,
                visits: standing.visits,
                months: policy.tier_period_months,
                next,
            },
            view,
            history,
            tier,
            benefits,
            next_expiry,
        })
    }
}
