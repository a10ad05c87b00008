//! Members: the customer record (客户档案).

use super::ids::Id;
use super::time::Timestamp;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Gender {
    #[default]
    Unspecified,
    Female,
    Male,
    Other,
}

impl Gender {
    /// F, M, O (or the words) in English, 女, 男, 其他 in Chinese; empty is unspecified.
    pub fn parse(text: &str) -> Option<Gender> {
        match text.trim().to_lowercase().as_str() {
            "" | "-" | "unspecified" => Some(Gender::Unspecified),
            "f" | "female" | "女" => Some(Gender::Female),
            "m" | "male" | "男" => Some(Gender::Male),
            "o" | "other" | "其他" | "其它" => Some(Gender::Other),
            _ => None,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Gender::Unspecified => "-",
            Gender::Female => "F",
            Gender::Male => "M",
            Gender::Other => "O",
        }
    }
}

/// The current state of one member, as every desk converges on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: Id,
    pub card: String,
    pub name: String,
    pub phone: String,
    pub gender: Gender,
    pub birthday: Option<NaiveDate>,
    pub tags: Vec<String>,
    pub notes: String,
    /// Things the desk must see at a glance: allergies, dietary needs.
    pub alerts: Vec<String>,
    pub marketing_consent: bool,
    pub created: Timestamp,
    pub updated: Timestamp,
}

impl Member {
    pub fn empty(id: Id, at: Timestamp) -> Member {
        Member {
            id,
            card: String::new(),
            name: String::new(),
            phone: String::new(),
            gender: Gender::Unspecified,
            birthday: None,
            tags: Vec::new(),
            notes: String::new(),
            alerts: Vec::new(),
            marketing_consent: false,
            created: at,
            updated: at,
        }
    }
    pub fn has_allergy(&self) -> bool {
        self.alerts
            .iter()
            .any(|a| a.to_lowercase().contains("allerg") || a.contains("过敏"))
            || self.tags.iter().any(|t| t == "allergy")
    }
}

/// Keeps an explicit `null` (a cleared birthday) apart from an absent field.
fn double_option<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// A change to some of a member's fields. `None` leaves a field as it is, so two
/// desks editing different fields of the same member both keep their edit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberFields {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "double_option"
    )]
    pub birthday: Option<Option<NaiveDate>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alerts: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marketing_consent: Option<bool>,
}

impl MemberFields {
    /// Every field of `m`, for a new member.
    pub fn all_of(m: &Member) -> MemberFields {
        MemberFields {
            card: Some(m.card.clone()),
            name: Some(m.name.clone()),
            phone: Some(m.phone.clone()),
            gender: Some(m.gender),
            birthday: Some(m.birthday),
            tags: Some(m.tags.clone()),
            notes: Some(m.notes.clone()),
            alerts: Some(m.alerts.clone()),
            marketing_consent: Some(m.marketing_consent),
        }
    }
    /// Only the fields where `new` differs from `old`: what an edit changed.
    pub fn diff(old: &Member, new: &Member) -> MemberFields {
        fn pick<T: PartialEq + Clone>(a: &T, b: &T) -> Option<T> {
            (a != b).then(|| b.clone())
        }
        MemberFields {
            card: pick(&old.card, &new.card),
            name: pick(&old.name, &new.name),
            phone: pick(&old.phone, &new.phone),
            gender: pick(&old.gender, &new.gender),
            birthday: pick(&old.birthday, &new.birthday),
            tags: pick(&old.tags, &new.tags),
            notes: pick(&old.notes, &new.notes),
            alerts: pick(&old.alerts, &new.alerts),
            marketing_consent: pick(&old.marketing_consent, &new.marketing_consent),
        }
    }
    pub fn is_empty(&self) -> bool {
        *self == MemberFields::default()
    }
    /// The stable keys of the fields this change sets ("name", "phone", …), in form order.
    pub fn keys(&self) -> Vec<&'static str> {
        [
            (self.name.is_some(), "name"),
            (self.phone.is_some(), "phone"),
            (self.card.is_some(), "card"),
            (self.gender.is_some(), "gender"),
            (self.birthday.is_some(), "birthday"),
            (self.tags.is_some(), "tags"),
            (self.alerts.is_some(), "alerts"),
            (self.notes.is_some(), "notes"),
            (self.marketing_consent.is_some(), "consent"),
        ]
        .into_iter()
        .filter_map(|(set, key)| set.then_some(key))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genders_parse_in_english_and_chinese() {
        for (zh, en, g) in [
            ("女", "F", Gender::Female),
            ("男", "m", Gender::Male),
            ("其他", "other", Gender::Other),
        ] {
            assert_eq!(Gender::parse(zh), Some(g), "{zh}");
            assert_eq!(Gender::parse(&format!(" {zh} ")), Some(g), "{zh}");
            assert_eq!(Gender::parse(en), Some(g), "{en}");
        }
        assert_eq!(Gender::parse(""), Some(Gender::Unspecified));
        assert_eq!(Gender::parse("未知的"), None);
    }
}
