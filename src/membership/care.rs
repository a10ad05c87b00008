//! Care lists over the store (客户关怀): birthdays today and this week with the birthday
//! benefit, regulars lapsing by their own rhythm (流失预警), and complaints due their
//! follow-up call (回访). Used by the Care view and `frontdesk care`.

use crate::domain::care;
use crate::domain::loyalty::{Activity, ProgramSettings, standing};
use crate::domain::{Complaint, Id, Member, Timestamp};
use crate::store::{Store, StoreError};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BirthdayRow {
    pub id: Id,
    pub name: String,
    pub phone: String,
    /// The day it is celebrated this year (or next, across the year end).
    pub date: NaiveDate,
    /// 0 = today.
    pub days_until: u32,
    /// The age they turn, when the birth year is plausible.
    pub turns: Option<u32>,
    pub tier: String,
    /// The policy's birthday benefit on that day.
    pub benefit: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LapsingRow {
    pub id: Id,
    pub name: String,
    pub phone: String,
    /// Distinct days with a visit.
    pub visits: u32,
    pub last_visit: Timestamp,
    /// Their usual interval: the median gap between visit days.
    pub median_gap_days: f64,
    pub days_since: i64,
    pub tier: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowupRow {
    pub complaint: Complaint,
    pub member_name: Option<String>,
    pub resolved_at: Timestamp,
    pub days_since: i64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CareLists {
    pub birthdays: Vec<BirthdayRow>,
    pub lapsing: Vec<LapsingRow>,
    pub followups: Vec<FollowupRow>,
}

/// Every care list at `now`, under the care settings of `settings`.
pub fn care_lists(
    store: &Store,
    settings: &ProgramSettings,
    now: Timestamp,
) -> Result<CareLists, StoreError> {
    Ok(CareLists {
        birthdays: birthdays(store, settings, now)?,
        lapsing: lapsing(store, settings, now)?,
        followups: followups(store, settings, now)?,
    })
}

/// Birthdays from today through `care.birthday_days_ahead` days, soonest first.
pub fn birthdays(
    store: &Store,
    settings: &ProgramSettings,
    now: Timestamp,
) -> Result<Vec<BirthdayRow>, StoreError> {
    let mut with_birthday: Vec<Member> = Vec::new();
    store.for_each_member(|m, _| {
        if m.birthday.is_some() {
            with_birthday.push(m.clone());
        }
    })?;
    let today = now.local_date();
    let due = care::birthdays(&with_birthday, today, settings.care.birthday_days_ahead);
    let mut out = Vec::with_capacity(due.len());
    for b in due {
        let tier = super::tiers::tier_now(store, settings, b.member.id, now)?;
        out.push(BirthdayRow {
            id: b.member.id,
            name: b.member.name.clone(),
            phone: b.member.phone.clone(),
            date: b.date,
            days_until: b.days_until,
            turns: b.turns,
            tier,
            benefit: settings.policy_on(b.date).birthday_benefit.clone(),
        });
    }
    Ok(out)
}

/// Members with at least 3 visit days whose absence is longer than their own rhythm
/// allows (`care.lapsing_factor_percent` of their median gap), most overdue first.
///
/// One pass over the visits table (grouped by the member each visit now counts for) and,
/// for the members found, one pass over services for their tier.
pub fn lapsing(
    store: &Store,
    settings: &ProgramSettings,
    now: Timestamp,
) -> Result<Vec<LapsingRow>, StoreError> {
    // Who could be a regular at all: visible members with 3 or more visits.
    let mut regulars: HashMap<Id, (String, String)> = HashMap::new();
    store.for_each_member(|m, s| {
        if s.visits >= 3 {
            regulars.insert(m.id, (m.name.clone(), m.phone.clone()));
        }
    })?;
    if regulars.is_empty() {
        return Ok(Vec::new());
    }
    let merges = store.merge_map()?;
    let owner = |id: Id| *merges.get(&id).unwrap_or(&id);
    let mut times: HashMap<Id, Vec<Timestamp>> = HashMap::with_capacity(regulars.len());
    store.for_each_visit(|v| {
        if let Some(m) = v.member {
            let m = owner(m);
            if regulars.contains_key(&m) {
                times.entry(m).or_default().push(v.at);
            }
        }
    })?;
    let found = care::lapsing(
        times.iter().map(|(id, t)| (*id, t.as_slice())),
        now,
        settings.care.lapsing_factor_percent,
    );
    let wanted: HashSet<Id> = found.iter().map(|l| l.member).collect();
    let mut activity: HashMap<Id, Vec<Activity>> = HashMap::new();
    for id in &wanted {
        let acts = times
            .get(id)
            .map(|t| t.iter().map(|at| Activity::visit(*at)).collect())
            .unwrap_or_default();
        activity.insert(*id, acts);
    }
    if !wanted.is_empty() {
        store.for_each_service(|s| {
            let m = owner(s.member);
            if let Some(a) = activity.get_mut(&m) {
                a.push(Activity::spend(s.at, s.amount));
            }
        })?;
    }
    let mut out = Vec::with_capacity(found.len());
    for l in found {
        let Some((name, phone)) = regulars.get(&l.member) else {
            continue;
        };
        let tier = standing(
            settings,
            activity.get(&l.member).map(Vec::as_slice).unwrap_or(&[]),
            now,
        )
        .tier
        .as_str()
        .to_string();
        out.push(LapsingRow {
            id: l.member,
            name: name.clone(),
            phone: phone.clone(),
            visits: u32::try_from(l.visit_days).unwrap_or(u32::MAX),
            last_visit: l.last_visit,
            median_gap_days: l.median_gap_days,
            days_since: l.days_since,
            tier,
        });
    }
    Ok(out)
}

/// Resolved complaints due their follow-up call, longest waiting first.
pub fn followups(
    store: &Store,
    settings: &ProgramSettings,
    now: Timestamp,
) -> Result<Vec<FollowupRow>, StoreError> {
    let complaints = store.complaints(false)?;
    let due = care::followups_due(&complaints, now, settings.care.followup_after_days);
    let mut out = Vec::with_capacity(due.len());
    for f in due {
        let member_name = match f.complaint.member {
            Some(m) => store.member(m)?.map(|v| v.member.name),
            None => None,
        };
        out.push(FollowupRow {
            complaint: f.complaint.clone(),
            member_name,
            resolved_at: f.resolved_at,
            days_since: f.days_since,
        });
    }
    Ok(out)
}
