//! Tiers (会员等级) as a pure function of the program settings and a member's history:
//! spend and visits over the rolling period of the policy in force. Nothing is stored;
//! the same rules and history always give the same tier, in any order of history.

use super::add_months;
use super::settings::{Policy, ProgramSettings};
use crate::domain::money::Money;
use crate::domain::service::ServiceRecord;
use crate::domain::time::Timestamp;
use crate::domain::visit::Visit;
use chrono::{Local, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TierName(pub String);

impl fmt::Display for TierName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TierName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One thing that counts toward a tier: a visit, some spend, or both. Ordered by time
/// first; the store keeps each member's activity in this order.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Activity {
    pub at: Timestamp,
    pub visits: u32,
    pub spend: Money,
}

impl Activity {
    pub fn visit(at: Timestamp) -> Activity {
        Activity {
            at,
            visits: 1,
            spend: Money(0),
        }
    }
    pub fn spend(at: Timestamp, amount: Money) -> Activity {
        Activity {
            at,
            visits: 0,
            spend: amount,
        }
    }
}

/// A member's history as tier activity: each check-in is a visit, each service its spend.
pub fn activity_from<'a>(
    visits: impl IntoIterator<Item = &'a Visit>,
    services: impl IntoIterator<Item = &'a ServiceRecord>,
) -> Vec<Activity> {
    visits
        .into_iter()
        .map(|v| Activity::visit(v.at))
        .chain(
            services
                .into_iter()
                .map(|s| Activity::spend(s.at, s.amount)),
        )
        .collect()
}

/// Spend and visits over the policy's period ending at `at`, and the tier they reach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    pub tier: TierName,
    pub spend: Money,
    pub visits: u32,
    /// The next tier up, if any.
    pub next: Option<TierName>,
}

/// History sorted by time with running sums, so a window is two binary searches.
struct Sorted {
    at: Vec<Timestamp>,
    spend: Vec<i64>,
    visits: Vec<u64>,
}

impl Sorted {
    fn new(history: &[Activity]) -> Sorted {
        let mut h = history.to_vec();
        h.sort();
        let mut s = Sorted {
            at: Vec::with_capacity(h.len()),
            spend: vec![0],
            visits: vec![0],
        };
        for a in &h {
            s.at.push(a.at);
            let (ls, lv) = (s.spend[s.spend.len() - 1], s.visits[s.visits.len() - 1]);
            s.spend.push(ls.saturating_add(a.spend.0));
            s.visits.push(lv.saturating_add(u64::from(a.visits)));
        }
        s
    }
    /// Totals of activity at or before `at` and within `months` of it (0 = all time):
    /// an activity counts until `add_months(its time, months)`.
    fn window(&self, at: Timestamp, months: u32) -> (Money, u32) {
        let hi = self.at.partition_point(|t| *t <= at);
        let lo = if months == 0 {
            0
        } else {
            self.at[..hi].partition_point(|t| add_months(*t, months) <= at)
        };
        let spend = self.spend[hi].saturating_sub(self.spend[lo]);
        let visits = self.visits[hi].saturating_sub(self.visits[lo]);
        (Money(spend), u32::try_from(visits).unwrap_or(u32::MAX))
    }
}

fn reached(policy: &Policy, spend: Money, visits: u32) -> usize {
    policy
        .tiers
        .iter()
        .rposition(|t| t.reached_by(spend, visits))
        .unwrap_or(0)
}

fn standing_sorted(settings: &ProgramSettings, h: &Sorted, at: Timestamp) -> (Standing, usize) {
    let policy = settings.policy_at(at);
    let (spend, visits) = h.window(at, policy.tier_period_months);
    let i = reached(policy, spend, visits);
    let name = |i: usize| {
        policy
            .tiers
            .get(i)
            .map(|t| TierName(t.name.clone()))
            .unwrap_or_else(|| TierName(policy.base_tier().name.clone()))
    };
    (
        Standing {
            tier: name(i),
            spend,
            visits,
            next: policy.tiers.get(i + 1).map(|t| TierName(t.name.clone())),
        },
        i,
    )
}

/// The tier, spend and visits that count at `at`, and the next tier up.
pub fn standing(settings: &ProgramSettings, history: &[Activity], at: Timestamp) -> Standing {
    standing_sorted(settings, &Sorted::new(history), at).0
}

/// The member's tier at `at`: the highest tier of the policy in force whose threshold
/// (spend or visits over the policy's rolling period) the history reaches.
pub fn tier_for(settings: &ProgramSettings, history: &[Activity], at: Timestamp) -> TierName {
    standing(settings, history, at).tier
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum TierChangeCause {
    /// Spend or visits reached a higher tier's threshold.
    Reached,
    /// Activity left the rolling period and no longer reaches the tier.
    Lapsed,
    /// A new policy took effect.
    Policy,
}

/// When and why a member's tier changed, for the card and the status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierChange {
    pub at: Timestamp,
    pub from: TierName,
    pub to: TierName,
    pub upgrade: bool,
    pub cause: TierChangeCause,
    /// A sentence: "spend 8000.00 and 5 visits in 12 months reached Gold (spend 8000.00 or 30 visits)".
    pub reason: String,
}

impl TierChange {
    /// "Upgraded to Gold" / "Moved down to Silver", for the status line at check-in.
    pub fn headline(&self) -> String {
        if self.upgrade {
            format!("Upgraded to {}", self.to)
        } else {
            format!("Moved down to {}", self.to)
        }
    }
}

/// Local midnight starting `date`, as a timestamp.
pub(crate) fn local_midnight(date: NaiveDate) -> Timestamp {
    let naive = date.and_hms_opt(0, 0, 0).unwrap_or_default();
    match Local.from_local_datetime(&naive).earliest() {
        Some(t) => Timestamp(t.with_timezone(&Utc).timestamp_millis()),
        None => Timestamp(naive.and_utc().timestamp_millis()),
    }
}

fn period_text(months: u32) -> String {
    match months {
        0 => "in all".to_string(),
        1 => "in the last month".to_string(),
        m => format!("in the last {m} months"),
    }
}

/// Every change of tier up to `now`, oldest first: when an activity reached a threshold,
/// when activity left the rolling period, when a new policy took effect. A pure function of
/// the rules and the history (any order).
pub fn tier_changes(
    settings: &ProgramSettings,
    history: &[Activity],
    now: Timestamp,
) -> Vec<TierChange> {
    let h = Sorted::new(history);
    let Some(&first) = h.at.first() else {
        return Vec::new();
    };
    let mut periods: Vec<u32> = settings
        .policies
        .iter()
        .map(|p| p.tier_period_months)
        .filter(|m| *m > 0)
        .collect();
    periods.sort_unstable();
    periods.dedup();
    let policy_starts: Vec<Timestamp> = settings
        .policies
        .iter()
        .map(|p| local_midnight(p.effective_from))
        .collect();
    let mut moments: Vec<Timestamp> = h.at.clone();
    for t in &h.at {
        moments.extend(periods.iter().map(|m| add_months(*t, *m)));
    }
    moments.extend(policy_starts.iter().copied().filter(|t| *t > first));
    moments.retain(|t| *t >= first && *t <= now);
    moments.sort_unstable();
    moments.dedup();

    let base = settings.policy_at(first).base_tier().name.clone();
    let mut current = (
        TierName(base),
        0usize,
        settings.policy_at(first).effective_from,
    );
    let mut out = Vec::new();
    for at in moments {
        let policy = settings.policy_at(at);
        let (st, i) = standing_sorted(settings, &h, at);
        if st.tier == current.0 {
            current = (st.tier, i, policy.effective_from);
            continue;
        }
        let policy_changed = policy.effective_from != current.2;
        let old_index = if policy_changed {
            policy
                .tiers
                .iter()
                .position(|t| t.name == current.0.0)
                .unwrap_or(current.1)
        } else {
            current.1
        };
        let upgrade = i > old_index;
        let tier = &policy.tiers[i.min(policy.tiers.len().saturating_sub(1))];
        let totals = format!(
            "spend {} and {} visit{} {}",
            st.spend,
            st.visits,
            if st.visits == 1 { "" } else { "s" },
            period_text(policy.tier_period_months)
        );
        let (cause, reason) = if policy_changed {
            (
                TierChangeCause::Policy,
                format!(
                    "the policy from {} took effect; {totals} reach {}",
                    policy.effective_from, st.tier
                ),
            )
        } else if upgrade {
            (
                TierChangeCause::Reached,
                format!("{totals} reached {} ({})", st.tier, tier.threshold_text()),
            )
        } else {
            let lost = policy
                .tiers
                .get(old_index)
                .map(|t| format!("{} ({})", t.name, t.threshold_text()))
                .unwrap_or_else(|| current.0.to_string());
            (
                TierChangeCause::Lapsed,
                format!("{totals} no longer reach {lost}"),
            )
        };
        out.push(TierChange {
            at,
            from: current.0.clone(),
            to: st.tier.clone(),
            upgrade,
            cause,
            reason,
        });
        current = (st.tier, i, policy.effective_from);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400_000;
    fn day(n: i64) -> Timestamp {
        // 2024-01-01T12:00Z plus n days: noon keeps local dates stable in most zones.
        Timestamp(1_704_110_400_000 + n * DAY)
    }

    #[test]
    fn spend_over_the_period_reaches_gold_and_lapses_after_a_year() {
        let s = ProgramSettings::default();
        let h = vec![
            Activity::spend(day(10), Money(500000)),
            Activity::visit(day(10)),
            Activity::spend(day(40), Money(350000)),
        ];
        assert_eq!(tier_for(&s, &h, day(5)).0, "Regular");
        assert_eq!(tier_for(&s, &h, day(20)).0, "Silver");
        assert_eq!(tier_for(&s, &h, day(40)).0, "Gold");
        // 2025-01-11: the first 5000.00 has left the 12-month window.
        assert_eq!(tier_for(&s, &h, day(400)).0, "Silver");
        assert_eq!(tier_for(&s, &h, day(800)).0, "Regular");

        let changes = tier_changes(&s, &h, day(1000));
        let path: Vec<(&str, &str, bool)> = changes
            .iter()
            .map(|c| (c.from.as_str(), c.to.as_str(), c.upgrade))
            .collect();
        assert_eq!(
            path,
            vec![
                ("Regular", "Silver", true),
                ("Silver", "Gold", true),
                ("Gold", "Silver", false),
                ("Silver", "Regular", false)
            ]
        );
        assert_eq!(changes[1].at, day(40));
        assert_eq!(changes[1].headline(), "Upgraded to Gold");
        assert!(
            changes[1].reason.contains("8500.00"),
            "{}",
            changes[1].reason
        );
        assert_eq!(changes[2].at, add_months(day(10), 12));
        assert_eq!(changes[2].cause, TierChangeCause::Lapsed);
        // Only what happened up to `now`.
        assert_eq!(tier_changes(&s, &h, day(100)).len(), 2);
    }

    #[test]
    fn visits_alone_reach_a_tier() {
        let s = ProgramSettings::default();
        let h: Vec<Activity> = (0..12).map(|i| Activity::visit(day(i * 7))).collect();
        assert_eq!(tier_for(&s, &h, day(70)).0, "Regular");
        assert_eq!(tier_for(&s, &h, day(77)).0, "Silver");
    }
}
