//! Tiers over the store: a member's standing from their own history under the policy in
//! force, and a recorded tier change when the desk notices one (at check-in or service).

use crate::domain::loyalty::{ProgramSettings, Standing, activity_from, standing};
use crate::domain::{Change, Id, TierEvent, TierFacts, Timestamp};
use crate::store::{MemberHistory, MemberView, Store, StoreError};

/// Where a member stands now, from their history.
pub fn standing_of(
    settings: &ProgramSettings,
    history: &MemberHistory,
    now: Timestamp,
) -> Standing {
    standing(
        settings,
        &activity_from(&history.visits, &history.services),
        now,
    )
}

/// Where a member stands now, from the activity their figures carry: the same answer as
/// `standing_of` over their whole history, without reading it (a Lookup row).
pub fn standing_of_view(settings: &ProgramSettings, view: &MemberView, now: Timestamp) -> Standing {
    standing(settings, &view.stats.activity, now)
}

/// The tier the desk last recorded, or the program's entry tier.
pub fn recorded_tier(
    settings: &ProgramSettings,
    history: &MemberHistory,
    now: Timestamp,
) -> String {
    history
        .tiers
        .first()
        .map(|e| e.to.clone())
        .unwrap_or_else(|| settings.policy_at(now).base_tier().name.clone())
}

/// The change to record when the computed tier differs from the recorded one. Its id is
/// derived from the member, the new tier and the day, so desks that notice the same
/// change record it once.
pub fn tier_change(
    settings: &ProgramSettings,
    member: Id,
    history: &MemberHistory,
    operator: &str,
    now: Timestamp,
) -> Option<TierEvent> {
    let s = standing_of(settings, history, now);
    let from = recorded_tier(settings, history, now);
    let to = s.tier.as_str().to_string();
    if from == to {
        return None;
    }
    let policy = settings.policy_at(now);
    let rank = |name: &str| policy.tiers.iter().position(|t| t.name == name);
    let upgrade = rank(&to) > rank(&from);
    let day = now.local_date().to_string();
    Some(TierEvent {
        id: Id::derived(&[
            b"tier",
            &member.0.to_le_bytes(),
            to.as_bytes(),
            day.as_bytes(),
        ]),
        member,
        from,
        to,
        upgrade,
        reason: String::new(),
        operator: operator.to_string(),
        at: now,
        facts: Some(TierFacts {
            spend: s.spend,
            visits: s.visits,
            months: policy.tier_period_months,
        }),
    })
}

/// After a check-in or a service: record the member's tier change, if there is one.
pub fn record_tier_change(
    store: &Store,
    settings: &ProgramSettings,
    member: Id,
    now: Timestamp,
) -> Result<Option<TierEvent>, StoreError> {
    let member = store.resolve(member)?;
    let history = store.history(member)?;
    let Some(event) = tier_change(settings, member, &history, &store.operator()?, now) else {
        return Ok(None);
    };
    store.commit(vec![Change::TierChanged {
        event: event.clone(),
    }])?;
    Ok(Some(event))
}

/// The member's tier now (computed; what the card and the lists show).
pub fn tier_now(
    store: &Store,
    settings: &ProgramSettings,
    member: Id,
    now: Timestamp,
) -> Result<String, StoreError> {
    let standing = match store.member(member)? {
        Some(view) => standing_of_view(settings, &view, now),
        // A deleted member: their history still says where they stood.
        None => standing_of(settings, &store.history(member)?, now),
    };
    Ok(standing.tier.as_str().to_string())
}
