//! Turning store records into what the screen lists, and members into search documents.

use super::state::{Badge, MemberRow};
use crate::domain::care::birthday_in;
use crate::domain::phone::mask_phone;
use crate::domain::{Member, Timestamp};
use crate::store::MemberView;
use chrono::Datelike;

pub fn member_row(v: &MemberView, tier: String, now: Timestamp) -> MemberRow {
    let m = &v.member;
    let mut badges = Vec::new();
    if m.has_allergy() {
        badges.push(Badge::Allergy);
    }
    if v.open_complaints > 0 {
        badges.push(Badge::OpenComplaint);
    }
    if birthday_within(m, now, 7) {
        badges.push(Badge::Birthday);
    }
    MemberRow {
        id: m.id,
        name: m.name.clone(),
        phone: mask_phone(&m.phone),
        tier,
        points: v.stats.points,
        last_visit: v.stats.last_visit,
        badges,
    }
}

/// The birthday falls today or within the next `days` days (local time).
pub fn birthday_within(m: &Member, now: Timestamp, days: i64) -> bool {
    let Some(b) = m.birthday else { return false };
    let today = now.local_date();
    (0..=days).any(|d| {
        let day = today + chrono::Duration::days(d);
        birthday_in(b, day.year()) == Some(day)
    })
}
