//! Points over the store: earning under the policy in force and the member's tier,
//! redeeming (never below zero), adjusting with a reason, compensation, and expiry.

use crate::domain::loyalty::{self, PointsError, ProgramSettings, TierName};
use crate::domain::ops::NEW_ID;
use crate::domain::{Change, Id, Money, PointsEntry, PointsKind, Timestamp};
use crate::store::{Store, StoreError};
use std::collections::BTreeMap;

/// Points a service of `amount` earns for a member of `tier` now.
pub fn earned(settings: &ProgramSettings, amount: Money, tier: &str, now: Timestamp) -> i64 {
    loyalty::points_earned(settings, amount, &TierName(tier.to_string()), now)
}

// The reasons this module writes into the ledger: stored data, exchanged between desks,
// so they never change; the views recognise them to show them in the desk's language.
pub const REDEEMED_BILL: &str = "redeemed against a bill";
pub const REDEEMED_BILL_OF: &str = "redeemed against a bill of ";
pub const REDEEMED_NOTE: &str = "redeemed: ";
pub const REFERRED: &str = "referred ";
pub const COMPENSATION: &str = "complaint compensation";

fn entry(
    member: Id,
    delta: i64,
    kind: PointsKind,
    reason: String,
    source: Option<Id>,
    operator: &str,
    at: Timestamp,
) -> Change {
    Change::Points {
        entry: PointsEntry {
            id: NEW_ID,
            member,
            delta,
            kind,
            reason,
            source,
            operator: operator.to_string(),
            at,
        },
    }
}

/// Redeem `points` against a bill: refused when the balance is short.
pub fn redeem(
    balance: i64,
    member: Id,
    points: i64,
    note: &str,
    operator: &str,
    now: Timestamp,
) -> Result<Change, PointsError> {
    let delta = loyalty::check_redeem(balance, points)?;
    let reason = if note.is_empty() {
        REDEEMED_BILL.to_string()
    } else {
        format!("{REDEEMED_NOTE}{note}")
    };
    Ok(entry(
        member,
        delta,
        PointsKind::Redeem,
        reason,
        None,
        operator,
        now,
    ))
}

/// Points redeemed against a bill of `amount`, as the service form and the desk record it.
pub fn redeem_against_bill(
    balance: i64,
    member: Id,
    points: i64,
    amount: crate::domain::Money,
    operator: &str,
    now: Timestamp,
) -> Result<Change, PointsError> {
    let delta = loyalty::check_redeem(balance, points)?;
    Ok(entry(
        member,
        delta,
        PointsKind::Redeem,
        format!("{REDEEMED_BILL_OF}{amount}"),
        None,
        operator,
        now,
    ))
}

/// A manual adjustment: a reason is required and the balance may not go below zero.
pub fn adjust(
    balance: i64,
    member: Id,
    delta: i64,
    reason: &str,
    operator: &str,
    now: Timestamp,
) -> Result<Change, PointsError> {
    let (delta, reason) = loyalty::check_adjustment(balance, delta, reason)?;
    Ok(entry(
        member,
        delta,
        PointsKind::Adjust,
        reason,
        None,
        operator,
        now,
    ))
}

/// Points given to settle a complaint.
pub fn compensation(
    member: Id,
    points: i64,
    complaint: Id,
    operator: &str,
    now: Timestamp,
) -> Result<Change, PointsError> {
    let (delta, reason) = loyalty::check_compensation(points, COMPENSATION)?;
    Ok(entry(
        member,
        delta,
        PointsKind::Compensation,
        reason,
        Some(complaint),
        operator,
        now,
    ))
}

/// The referral bonus for the member who brought a new one.
pub fn referral(
    settings: &ProgramSettings,
    referrer: Id,
    new_member_name: &str,
    operator: &str,
    now: Timestamp,
) -> Option<Change> {
    let bonus = loyalty::referral_bonus(settings, now);
    (bonus > 0).then(|| {
        entry(
            referrer,
            bonus,
            PointsKind::Referral,
            format!("{REFERRED}{new_member_name}"),
            None,
            operator,
            now,
        )
    })
}

/// Expiry entries due now for every member, oldest points first. Each entry's id is
/// derived from the member, the lot and its expiry time, so running expiry twice — or on
/// two desks — records each expiry once.
pub fn expiry_changes(
    store: &Store,
    settings: &ProgramSettings,
    now: Timestamp,
) -> Result<Vec<Change>, StoreError> {
    // Points of merged members count under the survivor, so expire them there.
    let mut by_member: BTreeMap<Id, Vec<PointsEntry>> = BTreeMap::new();
    let mut entries = Vec::new();
    store.for_each_points_entry(|e| entries.push(e))?;
    for mut e in entries {
        e.member = store.resolve(e.member)?;
        by_member.entry(e.member).or_default().push(e);
    }
    let operator = store.operator()?;
    let mut out = Vec::new();
    for ledger in by_member.values() {
        for x in loyalty::expiry_entries(settings, ledger, now) {
            let id = Id::derived(&[
                b"expire",
                &x.member.0.to_le_bytes(),
                &x.source.0.to_le_bytes(),
                &x.at.0.to_le_bytes(),
            ]);
            let e = PointsEntry {
                id,
                member: x.member,
                delta: x.delta,
                kind: PointsKind::Expire,
                reason: x.reason,
                source: Some(x.source),
                operator: operator.clone(),
                at: x.at,
            };
            out.push(Change::Points { entry: e });
        }
    }
    Ok(out)
}

/// Run expiry now; returns how many entries were written and the points expired.
pub fn expire(
    store: &Store,
    settings: &ProgramSettings,
    now: Timestamp,
) -> Result<(usize, i64), StoreError> {
    let changes = expiry_changes(store, settings, now)?;
    let points = changes
        .iter()
        .map(|c| match c {
            Change::Points { entry } => entry.delta.saturating_neg(),
            _ => 0,
        })
        .fold(0i64, i64::saturating_add);
    let n = changes.len();
    if n > 0 {
        store.commit(changes)?;
    }
    Ok((n, points))
}

/// When the member's next points expire and how many, for the card.
pub fn next_expiry(
    settings: &ProgramSettings,
    ledger: &[PointsEntry],
    now: Timestamp,
) -> Option<(Timestamp, i64)> {
    loyalty::next_expiry(settings, ledger, now)
}
