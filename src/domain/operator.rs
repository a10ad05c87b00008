//! Operators: the people who sign in at a desk, their role and what a role may do.
//! A store with no operators lets whoever is at the desk do everything, so a one-person
//! shop is not burdened; once one is defined, every change is made by a signed-in one.

use serde::{Deserialize, Serialize};

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Receptionist,
    Manager,
}

impl Role {
    /// `manager` / `receptionist`, or the Chinese words 经理 / 店长 / 前台 / 接待.
    pub fn parse(text: &str) -> Option<Role> {
        match text.trim().to_lowercase().as_str() {
            "manager" | "m" | "经理" | "店长" | "主管" => Some(Role::Manager),
            "receptionist" | "r" | "前台" | "接待" | "收银" => Some(Role::Receptionist),
            _ => None,
        }
    }
    /// The stable key (files, JSON, the message id's tail).
    pub fn key(self) -> &'static str {
        match self {
            Role::Receptionist => "receptionist",
            Role::Manager => "manager",
        }
    }
    pub fn may(self, p: Permission) -> bool {
        match self {
            Role::Manager => true,
            Role::Receptionist => !p.manager_only(),
        }
    }
}

/// Things the desk guards. The manager-only ones are those that destroy, rewrite
/// history, change money by hand, or take personal data away from the desk.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Permission {
    DeleteMember,
    MergeMembers,
    AdjustPoints,
    ExportPersonalData,
    EraseMember,
    ManageOperators,
    ReadAudit,
    Restore,
    /// Any other change at the desk (check in, log a service, take a complaint).
    DeskWork,
    /// Showing a member's whole phone number: allowed, and recorded.
    RevealPhone,
    /// Paying back a member's unused stored-value principal (退卡).
    RefundStoredValue,
    /// Correcting a stored-value balance by hand, with a reason.
    AdjustStoredValue,
    /// Paying back what is unused of a package (次卡退款).
    RefundPackage,
}

impl Permission {
    pub fn manager_only(self) -> bool {
        !matches!(self, Permission::DeskWork | Permission::RevealPhone)
    }
    /// The stable key (the message id's tail).
    pub fn key(self) -> &'static str {
        match self {
            Permission::DeleteMember => "delete-member",
            Permission::MergeMembers => "merge-members",
            Permission::AdjustPoints => "adjust-points",
            Permission::ExportPersonalData => "export-personal-data",
            Permission::EraseMember => "erase-member",
            Permission::ManageOperators => "manage-operators",
            Permission::ReadAudit => "read-audit",
            Permission::Restore => "restore",
            Permission::DeskWork => "desk-work",
            Permission::RevealPhone => "reveal-phone",
            Permission::RefundStoredValue => "refund-stored-value",
            Permission::AdjustStoredValue => "adjust-stored-value",
            Permission::RefundPackage => "refund-package",
        }
    }
}

/// An operator as every desk converges on it. The PIN is kept only as an argon2id hash
/// (a PHC string: algorithm, parameters, salt and hash).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operator {
    pub name: String,
    pub role: Role,
    pub pin_hash: String,
}

/// Why an operator's name or PIN cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OperatorProblem {
    NameEmpty,
    NameTooLong { max: usize },
    NameHasControl,
    PinShape { min: usize, max: usize },
}

pub const MAX_OPERATOR_NAME: usize = 40;
pub const MIN_PIN: usize = 4;
pub const MAX_PIN: usize = 12;
/// Longest PHC string a bundle may carry for a PIN hash.
pub const MAX_PIN_HASH: usize = 200;

/// An operator's name as typed: trimmed; refused when empty, too long or carrying
/// control or direction-changing characters.
pub fn check_operator_name(name: &str) -> Result<String, OperatorProblem> {
    let name = name.trim();
    if name.is_empty() {
        return Err(OperatorProblem::NameEmpty);
    }
    if name.chars().count() > MAX_OPERATOR_NAME {
        return Err(OperatorProblem::NameTooLong {
            max: MAX_OPERATOR_NAME,
        });
    }
    if name.chars().any(|c| c.is_control() || is_format_char(c)) {
        return Err(OperatorProblem::NameHasControl);
    }
    Ok(name.to_string())
}

/// A PIN is 4 to 12 digits: quick to type on a desk keypad.
pub fn check_pin(pin: &str) -> Result<(), OperatorProblem> {
    let n = pin.chars().count();
    if (MIN_PIN..=MAX_PIN).contains(&n) && pin.chars().all(|c| c.is_ascii_digit()) {
        Ok(())
    } else {
        Err(OperatorProblem::PinShape {
            min: MIN_PIN,
            max: MAX_PIN,
        })
    }
}

/// Invisible characters that change how text is laid out (bidi controls, zero widths).
fn is_format_char(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_managers_do_manager_things() {
        assert!(Role::Manager.may(Permission::DeleteMember));
        assert!(!Role::Receptionist.may(Permission::DeleteMember));
        assert!(!Role::Receptionist.may(Permission::AdjustPoints));
        assert!(Role::Receptionist.may(Permission::DeskWork));
        assert!(Role::Receptionist.may(Permission::RevealPhone));
    }

    #[test]
    fn roles_parse_in_both_languages() {
        assert_eq!(Role::parse("Manager"), Some(Role::Manager));
        assert_eq!(Role::parse("店长"), Some(Role::Manager));
        assert_eq!(Role::parse("前台"), Some(Role::Receptionist));
        assert_eq!(Role::parse("boss"), None);
    }

    #[test]
    fn names_and_pins_are_checked() {
        assert_eq!(check_operator_name("  Li  "), Ok("Li".into()));
        assert_eq!(check_operator_name(" "), Err(OperatorProblem::NameEmpty));
        assert_eq!(
            check_operator_name("a\u{1b}[2J"),
            Err(OperatorProblem::NameHasControl)
        );
        assert_eq!(
            check_operator_name("\u{202E}nimda"),
            Err(OperatorProblem::NameHasControl)
        );
        assert!(check_pin("1234").is_ok());
        assert!(check_pin("123").is_err());
        assert!(check_pin("12a4").is_err());
        assert!(check_pin("1234567890123").is_err());
    }
}
