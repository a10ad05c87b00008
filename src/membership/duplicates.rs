//! Duplicate members over the store: the warning when a member is saved (the same phone,
//! the same card, or a very similar name with the same last 4 phone digits) and the
//! duplicates list for cleaning the member file.

use crate::domain::Member;
use crate::domain::duplicates::{
    DuplicateGroup, DuplicateReason, duplicate_candidates, duplicate_groups, phone_ending,
};
use crate::store::{MemberView, Store, StoreError};

/// Existing members `m` may duplicate, strongest reason first. `m` itself (same id, when
/// an existing member is edited) is left out. Reads only the phone, phone-ending and
/// card indexes, so it is quick enough to run on every save.
pub fn candidates_for(
    store: &Store,
    m: &Member,
) -> Result<Vec<(MemberView, DuplicateReason)>, StoreError> {
    let mut pool: Vec<MemberView> = Vec::new();
    let mut add = |views: Vec<MemberView>| {
        for v in views {
            if v.member.id != m.id && !pool.iter().any(|p| p.member.id == v.member.id) {
                pool.push(v);
            }
        }
    };
    if !m.phone.is_empty() {
        add(store.members_with_phone(&m.phone)?);
        if let Some(last4) = phone_ending(&m.phone) {
            add(store.members_with_phone_ending(&last4)?);
        }
    }
    if !m.card.is_empty() {
        add(store.members_with_card(&m.card)?);
    }
    let found = duplicate_candidates(m, pool.iter().map(|v| &v.member));
    Ok(found
        .into_iter()
        .filter_map(|(id, reason)| {
            pool.iter()
                .find(|v| v.member.id == id)
                .map(|v| (v.clone(), reason))
        })
        .collect())
}

/// The duplicates list: groups of visible members that look like one person (same phone;
/// same name and birthday; near-identical names with the same last 4 digits), strongest
/// reason first.
pub fn groups(store: &Store) -> Result<Vec<DuplicateGroup>, StoreError> {
    let mut members = Vec::new();
    store.for_each_member(|m, _| members.push(m.clone()))?;
    Ok(duplicate_groups(&members))
}
