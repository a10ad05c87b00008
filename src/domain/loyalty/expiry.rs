//! Points expiry: oldest points first, only after their lifetime, and idempotent.
//!
//! The model. Every entry with a positive delta (earn, referral, compensation, a positive
//! adjustment) is a *lot* of points that expires `points_lifetime_months` after it was
//! earned, by the policy in force when it was earned (a later policy never changes it; a
//! lifetime of 0 never expires). Entries are replayed in ledger order (time, then id). Every
//! negative entry — a redemption, a negative adjustment, an expiry — consumes lots:
//! first lots already past their expiry at the entry's time, then the others, each group
//! oldest first (FIFO). With one lifetime this is plain FIFO; the expired-first rule keeps
//! it right when a policy changed the lifetime, and means a redemption made before the
//! expiry job ran used the points that were about to go.
//!
//! `expiry_entries` proposes, for every lot past its expiry with points left, an `Expire`
//! entry dated at the lot's expiry time. Those entries consume exactly those leftovers
//! when replayed, so running it again on the ledger with them added proposes nothing.

use super::add_months;
use super::points::ledger_order;
use super::settings::ProgramSettings;
use crate::domain::ids::Id;
use crate::domain::points::PointsEntry;
use crate::domain::time::Timestamp;
use std::collections::BTreeMap;

/// An `Expire` entry to append: `delta` is negative.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewExpiry {
    pub member: Id,
    pub delta: i64,
    pub reason: String,
    /// When the points expired (the lot's expiry time, at or before `now`).
    pub at: Timestamp,
    /// The entry that earned the points.
    pub source: Id,
}

/// Points earned by one entry and what is left of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lot {
    pub entry: Id,
    pub member: Id,
    pub earned: Timestamp,
    pub points: i64,
    pub expires: Option<Timestamp>,
    pub lifetime_months: u32,
    pub remaining: i64,
}

/// Replay one member's entries up to `now` and return the lots, oldest first.
pub fn lots(settings: &ProgramSettings, ledger: &[&PointsEntry], now: Timestamp) -> Vec<Lot> {
    let mut entries: Vec<&PointsEntry> = ledger.iter().copied().filter(|e| e.at <= now).collect();
    entries.sort_by(|a, b| ledger_order(a, b));
    let mut lots: Vec<Lot> = Vec::new();
    for e in entries {
        if e.delta > 0 {
            let months = settings.policy_at(e.at).points_lifetime_months;
            lots.push(Lot {
                entry: e.id,
                member: e.member,
                earned: e.at,
                points: e.delta,
                expires: (months > 0).then(|| add_months(e.at, months)),
                lifetime_months: months,
                remaining: e.delta,
            });
        } else if e.delta < 0 {
            let mut need = e.delta.saturating_neg();
            let expired = |l: &Lot| l.expires.is_some_and(|x| x <= e.at);
            for pass_expired in [true, false] {
                for lot in lots.iter_mut().filter(|l| l.remaining > 0) {
                    if need == 0 {
                        break;
                    }
                    if expired(lot) != pass_expired {
                        continue;
                    }
                    let take = need.min(lot.remaining);
                    lot.remaining -= take;
                    need -= take;
                }
            }
            // Anything still needed is a deficit the rules would have refused; it
            // consumes nothing further.
        }
    }
    lots
}

fn by_member(ledger: &[PointsEntry]) -> BTreeMap<Id, Vec<&PointsEntry>> {
    let mut m: BTreeMap<Id, Vec<&PointsEntry>> = BTreeMap::new();
    for e in ledger {
        m.entry(e.member).or_default().push(e);
    }
    m
}

/// The `Expire` entries due at `now`: for each member in `ledger`, points left over from
/// lots whose lifetime has ended, oldest first. Running it on a ledger that already holds
/// what it proposed yields nothing.
pub fn expiry_entries(
    settings: &ProgramSettings,
    ledger: &[PointsEntry],
    now: Timestamp,
) -> Vec<NewExpiry> {
    let mut out = Vec::new();
    for (_, entries) in by_member(ledger) {
        for lot in lots(settings, &entries, now) {
            let Some(expires) = lot.expires else { continue };
            if lot.remaining > 0 && expires <= now {
                out.push(NewExpiry {
                    member: lot.member,
                    delta: -lot.remaining,
                    reason: format!(
                        "{} of {} points earned {} expired after {} months",
                        lot.remaining,
                        lot.points,
                        lot.earned.local_date(),
                        lot.lifetime_months
                    ),
                    at: expires,
                    source: lot.entry,
                });
            }
        }
    }
    out
}

/// What expires next after `now` and when: the soonest expiry time among points still
/// held, and how many points expire then (if nothing more is redeemed). For one member's
/// ledger.
pub fn next_expiry(
    settings: &ProgramSettings,
    ledger: &[PointsEntry],
    now: Timestamp,
) -> Option<(Timestamp, i64)> {
    let entries: Vec<&PointsEntry> = ledger.iter().collect();
    let lots = lots(settings, &entries, now);
    let when = lots
        .iter()
        .filter(|l| l.remaining > 0)
        .filter_map(|l| l.expires)
        .filter(|x| *x > now)
        .min()?;
    let points = lots
        .iter()
        .filter(|l| l.remaining > 0 && l.expires == Some(when))
        .map(|l| l.remaining)
        .fold(0i64, i64::saturating_add);
    Some((when, points))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::points::PointsKind;

    const DAY: i64 = 86_400_000;
    fn day(n: i64) -> Timestamp {
        Timestamp(1_704_110_400_000 + n * DAY)
    }
    fn entry(seq: u128, delta: i64, kind: PointsKind, at: Timestamp) -> PointsEntry {
        PointsEntry {
            id: Id(seq),
            member: Id(7),
            delta,
            kind,
            reason: String::new(),
            source: None,
            operator: "ann".into(),
            at,
        }
    }
    fn apply(ledger: &mut Vec<PointsEntry>, proposed: &[NewExpiry]) {
        for p in proposed {
            let seq = 1000 + ledger.len() as u128;
            let mut e = entry(seq, p.delta, PointsKind::Expire, p.at);
            e.member = p.member;
            ledger.push(e);
        }
    }

    #[test]
    fn oldest_points_expire_first_after_their_lifetime_once() {
        let s = ProgramSettings::default(); // 12-month lifetime
        let mut ledger = vec![
            entry(1, 100, PointsKind::Earn, day(0)),
            entry(2, 50, PointsKind::Earn, day(100)),
            entry(3, -30, PointsKind::Redeem, day(200)),
        ];
        assert!(expiry_entries(&s, &ledger, day(300)).is_empty());
        assert_eq!(
            next_expiry(&s, &ledger, day(300)),
            Some((add_months(day(0), 12), 70))
        );
        let due = expiry_entries(&s, &ledger, day(380));
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].delta, -70);
        assert_eq!(due[0].at, add_months(day(0), 12));
        assert_eq!(due[0].source, Id(1));
        apply(&mut ledger, &due);
        assert!(expiry_entries(&s, &ledger, day(380)).is_empty());
        assert_eq!(
            next_expiry(&s, &ledger, day(380)),
            Some((add_months(day(100), 12), 50))
        );
        let later = expiry_entries(&s, &ledger, day(500));
        assert_eq!(later.len(), 1);
        assert_eq!(later[0].delta, -50);
        apply(&mut ledger, &later);
        assert_eq!(super::super::points::balance(&ledger), 0);
        assert!(expiry_entries(&s, &ledger, day(900)).is_empty());
        assert_eq!(next_expiry(&s, &ledger, day(900)), None);
    }

    #[test]
    fn a_redemption_after_expiry_but_before_the_job_uses_the_expired_points() {
        let s = ProgramSettings::default();
        let mut ledger = vec![
            entry(1, 100, PointsKind::Earn, day(0)),
            entry(2, 100, PointsKind::Earn, day(200)),
            entry(3, -150, PointsKind::Redeem, day(370)),
        ];
        let due = expiry_entries(&s, &ledger, day(380));
        assert!(due.is_empty(), "{due:?}");
        ledger.push(entry(4, 10, PointsKind::Earn, day(390)));
        let due = expiry_entries(&s, &ledger, day(600));
        assert_eq!(due.iter().map(|d| d.delta).sum::<i64>(), -50);
        apply(&mut ledger, &due);
        assert!(expiry_entries(&s, &ledger, day(600)).is_empty());
    }
}
