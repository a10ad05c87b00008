//! Everything a user can ask for, by name.
//!
//! Keymap files bind keys to the dotted names below (`pane.lookup`, `form.submit`, …); those
//! names are stable: user keymap files depend on them. Each action has a help section; its
//! description and short label are words, so they live in the message files (the views ask
//! for them by the action's name).
//!
//! Results fed back by the app's workers are not actions: they are the app's messages.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One thing a user can ask for. Its name in keymap files is [`Action::name`], the one
/// place names are written; serde reads and writes actions by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Quit frontdesk.
    Quit,
    /// Show or hide the help overlay.
    Help,
    /// Switch between English and 简体中文.
    Language,
    /// The recent status messages in full.
    Messages,
    /// Back, cancel, close the overlay.
    Back,
    /// Sync with other desks now.
    SyncNow,
    /// Accept the offer to load demo data into an empty store.
    DemoLoad,
    /// Do nothing: binding a key to `noop` in a user keymap unbinds it.
    Noop,

    PaneLookup,
    PaneCheckin,
    PaneService,
    PaneComplaints,
    PaneInsights,
    PaneCare,

    MemberNew,
    /// Edit the selected member.
    MemberEdit,
    /// Open the selected member's card.
    MemberOpen,
    /// Check in the selected member (from Lookup or the card).
    MemberCheckin,
    /// Log a service for the selected member.
    MemberService,
    /// New complaint about the selected member.
    MemberComplaint,
    /// Export members, visits, services and complaints as CSV files for a spreadsheet.
    DataExport,
    /// Adjust the member's points by hand, with a reason.
    PointsAdjust,
    /// Top up the member's stored value (储值): amount and how it was paid.
    WalletTopUp,
    /// Sell one of the program's packages to the member.
    PackageSell,
    /// Show the whole phone number on the card (recorded).
    MemberReveal,
    /// Lock the desk and sign in (or switch operator).
    SignIn,
    /// Open the shift (asks the cash float) or close it (asks the counted cash).
    ShiftToggle,
    /// The audit trail: who did what, when, on which desk (managers).
    Audit,

    /// Check in a walk-in guest (no member record).
    CheckinWalkin,

    ComplaintNew,
    /// Move the selected complaint to its next status.
    ComplaintAdvance,
    /// Open the selected complaint.
    ComplaintOpen,

    FormSubmit,
    FormNextField,
    FormPrevField,

    ListUp,
    ListDown,
    ListPageUp,
    ListPageDown,
    ListHome,
    ListEnd,
}

/// Where an action is listed in the help overlay, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HelpSection {
    General,
    Panes,
    Members,
    CheckIn,
    Complaints,
    Forms,
    Lists,
}

impl HelpSection {
    /// All sections, in the order the help overlay shows them.
    pub const ALL: [HelpSection; 7] = [
        HelpSection::General,
        HelpSection::Panes,
        HelpSection::Members,
        HelpSection::CheckIn,
        HelpSection::Complaints,
        HelpSection::Forms,
        HelpSection::Lists,
    ];
}

impl Serialize for Action {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Action {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Action, D::Error> {
        let name = String::deserialize(d)?;
        Action::from_name(&name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown action `{name}`")))
    }
}

impl Action {
    /// Every action a keymap file may name (the user-facing ones), in help order.
    pub const ALL: [Action; 41] = [
        Action::Help,
        Action::Language,
        Action::Messages,
        Action::Quit,
        Action::Back,
        Action::SyncNow,
        Action::DemoLoad,
        Action::Noop,
        Action::PaneLookup,
        Action::PaneCheckin,
        Action::PaneService,
        Action::PaneComplaints,
        Action::PaneInsights,
        Action::PaneCare,
        Action::MemberNew,
        Action::MemberOpen,
        Action::MemberEdit,
        Action::MemberCheckin,
        Action::MemberService,
        Action::MemberComplaint,
        Action::PointsAdjust,
        Action::WalletTopUp,
        Action::PackageSell,
        Action::MemberReveal,
        Action::SignIn,
        Action::ShiftToggle,
        Action::Audit,
        Action::DataExport,
        Action::CheckinWalkin,
        Action::ComplaintNew,
        Action::ComplaintOpen,
        Action::ComplaintAdvance,
        Action::FormSubmit,
        Action::FormNextField,
        Action::FormPrevField,
        Action::ListUp,
        Action::ListDown,
        Action::ListPageUp,
        Action::ListPageDown,
        Action::ListHome,
        Action::ListEnd,
    ];

    /// The stable dotted name used in keymap files and by serde.
    pub fn name(&self) -> &'static str {
        match self {
            Action::Quit => "app.quit",
            Action::Help => "app.help",
            Action::Language => "app.language",
            Action::Messages => "app.messages",
            Action::Back => "back",
            Action::SyncNow => "sync.now",
            Action::DemoLoad => "demo.load",
            Action::Noop => "noop",
            Action::PaneLookup => "pane.lookup",
            Action::PaneCheckin => "pane.checkin",
            Action::PaneService => "pane.service",
            Action::PaneComplaints => "pane.complaints",
            Action::PaneInsights => "pane.insights",
            Action::PaneCare => "pane.care",
            Action::MemberNew => "member.new",
            Action::MemberEdit => "member.edit",
            Action::MemberOpen => "member.open",
            Action::MemberCheckin => "member.checkin",
            Action::MemberService => "member.service",
            Action::MemberComplaint => "member.complaint",
            Action::PointsAdjust => "points.adjust",
            Action::WalletTopUp => "wallet.topup",
            Action::PackageSell => "package.sell",
            Action::MemberReveal => "member.reveal",
            Action::SignIn => "operator.sign_in",
            Action::ShiftToggle => "shift.toggle",
            Action::Audit => "app.audit",
            Action::DataExport => "data.export",
            Action::CheckinWalkin => "checkin.walkin",
            Action::ComplaintNew => "complaint.new",
            Action::ComplaintAdvance => "complaint.advance",
            Action::ComplaintOpen => "complaint.open",
            Action::FormSubmit => "form.submit",
            Action::FormNextField => "form.next_field",
            Action::FormPrevField => "form.prev_field",
            Action::ListUp => "list.up",
            Action::ListDown => "list.down",
            Action::ListPageUp => "list.page_up",
            Action::ListPageDown => "list.page_down",
            Action::ListHome => "list.home",
            Action::ListEnd => "list.end",
        }
    }

    /// The user-facing action with this name, if any (exact, case-sensitive match).
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.iter().find(|a| a.name() == name).cloned()
    }

    /// The help-overlay section this action is listed under.
    pub fn section(&self) -> HelpSection {
        match self {
            Action::Quit
            | Action::Help
            | Action::Language
            | Action::Messages
            | Action::Back
            | Action::SyncNow
            | Action::DataExport
            | Action::SignIn
            | Action::ShiftToggle
            | Action::Audit
            | Action::DemoLoad
            | Action::Noop => HelpSection::General,
            Action::PaneLookup
            | Action::PaneCheckin
            | Action::PaneService
            | Action::PaneComplaints
            | Action::PaneInsights
            | Action::PaneCare => HelpSection::Panes,
            Action::MemberNew
            | Action::MemberEdit
            | Action::MemberOpen
            | Action::MemberCheckin
            | Action::MemberService
            | Action::MemberComplaint
            | Action::PointsAdjust
            | Action::WalletTopUp
            | Action::PackageSell
            | Action::MemberReveal => HelpSection::Members,
            Action::CheckinWalkin => HelpSection::CheckIn,
            Action::ComplaintNew | Action::ComplaintAdvance | Action::ComplaintOpen => {
                HelpSection::Complaints
            }
            Action::FormSubmit | Action::FormNextField | Action::FormPrevField => {
                HelpSection::Forms
            }
            Action::ListUp
            | Action::ListDown
            | Action::ListPageUp
            | Action::ListPageDown
            | Action::ListHome
            | Action::ListEnd => HelpSection::Lists,
        }
    }

    /// Whether the status line should offer this action as a hint. Movement, field
    /// navigation and pane switching are left to the help overlay and the pane tabs; the
    /// demo-data offer names its own key.
    pub fn is_hint(&self) -> bool {
        !matches!(self.section(), HelpSection::Panes | HelpSection::Lists)
            && !matches!(
                self,
                Action::Noop
                    | Action::DemoLoad
                    | Action::Messages
                    | Action::SignIn
                    | Action::ShiftToggle
                    | Action::Audit
                    | Action::MemberReveal
                    | Action::WalletTopUp
                    | Action::PackageSell
                    | Action::FormNextField
                    | Action::FormPrevField
            )
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for action in Action::ALL {
            assert_eq!(Action::from_name(action.name()), Some(action));
            let serde_name = toml::Value::try_from(action).unwrap();
            assert_eq!(serde_name.as_str(), Some(action.name()), "{action:?}");
        }
    }

    #[test]
    fn all_lists_each_action_once() {
        let mut names: Vec<_> = Action::ALL.iter().map(|a| a.name()).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "duplicate in Action::ALL");
    }
}
