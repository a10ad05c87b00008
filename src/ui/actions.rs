//! The words for each action (help overlay, status-line hints) and help section, in the
//! language in use; the keymap knows actions only by name.

use crate::catalog::label;
use crate::keymap::action::{Action, HelpSection};

/// One line for the help overlay.
pub fn description(a: Action) -> &'static str {
    label(match a {
        Action::Quit => "action-app-quit",
        Action::Help => "action-app-help",
        Action::Language => "action-app-language",
        Action::Messages => "action-app-messages",
        Action::Back => "action-back",
        Action::SyncNow => "action-sync-now",
        Action::DemoLoad => "action-demo-load",
        Action::Noop => "action-noop",
        Action::PaneLookup => "action-pane-lookup",
        Action::PaneCheckin => "action-pane-checkin",
        Action::PaneService => "action-pane-service",
        Action::PaneComplaints => "action-pane-complaints",
        Action::PaneInsights => "action-pane-insights",
        Action::PaneCare => "action-pane-care",
        Action::MemberNew => "action-member-new",
        Action::MemberEdit => "action-member-edit",
        Action::MemberOpen => "action-member-open",
        Action::MemberCheckin => "action-member-checkin",
        Action::MemberService => "action-member-service",
        Action::MemberComplaint => "action-member-complaint",
        Action::PointsAdjust => "action-points-adjust",
        Action::WalletTopUp => "action-wallet-topup",
        Action::PackageSell => "action-package-sell",
        Action::MemberReveal => "action-member-reveal",
        Action::SignIn => "action-operator-sign-in",
        Action::ShiftToggle => "action-shift-toggle",
        Action::Audit => "action-app-audit",
        Action::DataExport => "action-data-export",
        Action::CheckinWalkin => "action-checkin-walkin",
        Action::ComplaintNew => "action-complaint-new",
        Action::ComplaintAdvance => "action-complaint-advance",
        Action::ComplaintOpen => "action-complaint-open",
        Action::FormSubmit => "action-form-submit",
        Action::FormNextField => "action-form-next-field",
        Action::FormPrevField => "action-form-prev-field",
        Action::ListUp => "action-list-up",
        Action::ListDown => "action-list-down",
        Action::ListPageUp => "action-list-page-up",
        Action::ListPageDown => "action-list-page-down",
        Action::ListHome => "action-list-home",
        Action::ListEnd => "action-list-end",
    })
}

/// A word or two for the status-line hints.
pub fn short_label(a: Action) -> &'static str {
    label(match a {
        Action::Quit => "hint-app-quit",
        Action::Help => "hint-app-help",
        Action::Language => "hint-app-language",
        Action::Messages => "hint-app-messages",
        Action::Back => "hint-back",
        Action::SyncNow => "hint-sync-now",
        Action::DemoLoad => "hint-demo-load",
        Action::Noop => return "",
        Action::PaneLookup => "hint-pane-lookup",
        Action::PaneCheckin => "hint-pane-checkin",
        Action::PaneService => "hint-pane-service",
        Action::PaneComplaints => "hint-pane-complaints",
        Action::PaneInsights => "hint-pane-insights",
        Action::PaneCare => "hint-pane-care",
        Action::MemberNew => "hint-member-new",
        Action::MemberEdit => "hint-member-edit",
        Action::MemberOpen => "hint-member-open",
        Action::MemberCheckin => "hint-member-checkin",
        Action::MemberService => "hint-member-service",
        Action::MemberComplaint => "hint-member-complaint",
        Action::PointsAdjust => "hint-points-adjust",
        Action::WalletTopUp => "hint-wallet-topup",
        Action::PackageSell => "hint-package-sell",
        Action::MemberReveal => "hint-member-reveal",
        Action::SignIn => "hint-operator-sign-in",
        Action::ShiftToggle => "hint-shift-toggle",
        Action::Audit => "hint-app-audit",
        Action::DataExport => "hint-data-export",
        Action::CheckinWalkin => "hint-checkin-walkin",
        Action::ComplaintNew => "hint-complaint-new",
        Action::ComplaintAdvance => "hint-complaint-advance",
        Action::ComplaintOpen => "hint-complaint-open",
        Action::FormSubmit => "hint-form-submit",
        Action::FormNextField => "hint-form-next-field",
        Action::FormPrevField => "hint-form-prev-field",
        Action::ListUp => "hint-list-up",
        Action::ListDown => "hint-list-down",
        Action::ListPageUp => "hint-list-page-up",
        Action::ListPageDown => "hint-list-page-down",
        Action::ListHome => "hint-list-home",
        Action::ListEnd => "hint-list-end",
    })
}

pub fn section_title(s: HelpSection) -> &'static str {
    label(match s {
        HelpSection::General => "help-section-general",
        HelpSection::Panes => "help-section-panes",
        HelpSection::Members => "help-section-members",
        HelpSection::CheckIn => "help-section-check-in",
        HelpSection::Complaints => "help-section-complaints",
        HelpSection::Forms => "help-section-forms",
        HelpSection::Lists => "help-section-lists",
    })
}
