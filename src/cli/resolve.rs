//! One resolver for every subcommand that takes a member: a member id, a card
//! number or a full phone number.

use crate::domain::phone::normalize_phone;
use crate::domain::{Id, validate};
use crate::store::{MemberView, Store};
use anyhow::{anyhow, bail};

/// The one member `key` names, or a sentence saying why there is not exactly one.
pub fn member(store: &Store, key: &str) -> anyhow::Result<MemberView> {
    let key = key.trim();
    if key.is_empty() {
        bail!("name the member by id, card number or phone number");
    }
    let mut found: Vec<MemberView> = Vec::new();
    let mut add = |views: Vec<MemberView>| {
        for v in views {
            if !found.iter().any(|f| f.member.id == v.member.id) {
                found.push(v);
            }
        }
    };
    if let Ok(id) = key.parse::<Id>() {
        add(store.member(id)?.into_iter().collect());
    }
    if let Ok(card) = validate::card(key)
        && !card.is_empty()
    {
        add(store.members_with_card(&card)?);
    }
    if let Ok(phone) = normalize_phone(key) {
        add(store.members_with_phone(&phone)?);
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(anyhow!(
            "no member has the id, card number or phone \"{key}\"; try `frontdesk member find`"
        )),
        n => {
            let list: Vec<String> = found
                .iter()
                .map(|v| format!("{} ({})", v.member.name, v.member.id))
                .collect();
            Err(anyhow!(
                "\"{key}\" matches {n} members: {}; use the member id",
                list.join(", ")
            ))
        }
    }
}

/// A complaint id, or a sentence.
pub fn complaint_id(key: &str) -> anyhow::Result<Id> {
    key.parse::<Id>().map_err(|_| {
        anyhow!(
            "\"{}\" is not a complaint id; ids look like 3f9a0c2b1d4e5f60-42 (see `frontdesk complaint list`)",
            key.trim()
        )
    })
}
