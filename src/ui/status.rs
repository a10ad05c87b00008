//! The status line's words: each typed note, outcome and failure said in the active
//! language. The state keeps them typed, so nothing here is ever stale wording.

use super::theme::Theme;
use crate::app::msg::{Busy, BusyWith};
use crate::app::note::{Failure, Note, Said, StartupProblem, StatusKind};
use crate::catalog::{
    duplicate_reason, keymap_warning, settings_file_error, sync_progress, sync_report, text as tr,
};
use crate::desk::{DeskError, Outcome};
use crate::domain::TierEvent;
use crate::tr;
use ratatui::style::Style;

/// The mark that carries a message's kind without colour.
pub fn mark(kind: StatusKind) -> &'static str {
    match kind {
        StatusKind::Info => "·",
        StatusKind::Success => "✓",
        StatusKind::Error => "!",
    }
}

pub fn style(kind: StatusKind, t: &Theme) -> Style {
    match kind {
        StatusKind::Info => t.info,
        StatusKind::Success => t.success,
        StatusKind::Error => t.error,
    }
}

pub fn note_text(n: &Note) -> String {
    let c = tr();
    match n {
        Note::Done(o) => outcome_text(o),
        Note::Failed(f) => failure_text(f),
        Note::Said(s) => said_text(*s).into(),
        Note::FieldsToFix(n) => c.not_saved_fields(*n),
        Note::Duplicate(d) => c.possible_duplicate(&d.name, &d.phone, &duplicate_reason(d.reason)),
        Note::Exported(e) => c.exported(e.files, e.rows, &e.folder.display().to_string()),
        Note::Synced(r) => sync_report(r),
        Note::DemoLoaded(n) => c.demo_loaded(*n),
        Note::PointsExpired { entries, points } => c.expired_points(*entries, *points),
        Note::Startup(first, more) => c.with_more(&startup_text(first), *more),
        Note::SignedIn(o) => tr!(
            "signed-in",
            who = crate::catalog::people::operator_label(&o.name, o.role)
        ),
        Note::LockedIdle(minutes) => tr!("locked-after-idle", minutes = *minutes),
        Note::PhoneRevealed(name) => tr!("phone-revealed", name = name.as_str()),
    }
}

fn startup_text(p: &StartupProblem) -> String {
    match p {
        StartupProblem::KeymapUnreadable { path, cause } => {
            tr().keymap_unreadable(&path.display().to_string(), cause)
        }
        StartupProblem::Keymap(w) => keymap_warning(w),
        StartupProblem::Settings(e) => settings_file_error(e),
        StartupProblem::Wording(p) => crate::catalog::file_problem(p),
    }
}

pub fn outcome_text(o: &Outcome) -> String {
    let c = tr();
    match o {
        Outcome::MemberAdded(m) => c.saved_new_member(&m.name),
        Outcome::MemberEdited(m) => c.saved_changes(&m.name),
        Outcome::CheckedIn(ci) => {
            let who = match &ci.member {
                Some(v) => v.member.name.clone(),
                None => c.walk_in_guest().into(),
            };
            with_tier(c.checked_in(&who, ci.party), ci.tier_change.as_ref())
        }
        Outcome::ServiceLogged(s) => {
            let mut done = c.saved_service(&s.name, s.amount, s.points);
            if s.redeemed > 0 {
                done = c.with_redeemed(&done, s.redeemed);
            }
            with_tier(done, s.tier_change.as_ref())
        }
        Outcome::ComplaintTaken(complaint) => c.complaint_recorded(complaint.category),
        Outcome::ComplaintAdvanced(a) => c.complaint_now(a.status),
        Outcome::PointsRedeemed(p) | Outcome::PointsAdjusted(p) => {
            c.points_adjusted(&p.name, p.delta)
        }
        Outcome::ShiftOpened(_) | Outcome::ShiftClosed(_) => {
            crate::catalog::shift::shift_outcome(o).unwrap_or_default()
        }
        Outcome::PackageSold(p) => crate::tr!(
            "package-sold",
            package = p.sale.name.as_str(),
            name = p.member_name.as_str(),
            price = p.sale.price.to_string()
        ),
        Outcome::WalletToppedUp(w) => crate::tr!(
            "wallet-topped-up",
            name = w.name.as_str(),
            paid = w.entry.principal.to_string(),
            bonus = w.entry.bonus.to_string(),
            balance = w.balance.total().to_string()
        ),
    }
}

fn with_tier(done: String, change: Option<&TierEvent>) -> String {
    match change {
        Some(e) => tr().with_tier_change(&done, &tr().tier_headline(e.upgrade, &e.to)),
        None => done,
    }
}

pub fn failure_text(f: &Failure) -> String {
    match f {
        Failure::Desk(e) => match e.as_ref() {
            // A save that the disk refused: say that nothing was saved.
            DeskError::Store(_) => tr().not_saved(&tr().desk_error(e)),
            other => tr().desk_error(other),
        },
        Failure::WorkerGone => tr().worker_gone().into(),
        Failure::JobPanicked => tr().job_panicked().into(),
        Failure::SearchGone => tr().search_gone().into(),
        Failure::Settings(why) => settings_file_error(why),
        Failure::Damaged(e, None) => tr().desk_error(e),
        Failure::Damaged(e, Some(backup)) => crate::tr!(
            "app-store-damaged-backup",
            error = tr().desk_error(e),
            path = backup.display().to_string()
        ),
    }
}

fn said_text(s: Said) -> &'static str {
    let c = tr();
    match s {
        Said::Cancelled => c.cancelled(),
        Said::FormCancelled => c.form_cancelled(),
        Said::NothingChanged => c.nothing_changed(),
        Said::BusyWait => c.busy_wait(),
        Said::EditNeedsMember => c.edit_needs_member(),
        Said::CheckinNeedsMember => c.checkin_needs_member(),
        Said::ServiceNeedsMember => c.service_needs_member(),
        Said::OpenCardFirst => c.open_card_first(),
        Said::ComplaintClosed => c.complaint_closed(),
        Said::NoComplaintSelected => c.no_complaint_selected(),
        Said::ComplaintNoMember => c.complaint_no_member(),
        Said::CareRowWithoutMember => c.care_row_without_member(),
        Said::SettingsReloaded => c.settings_reloaded(),
        Said::FieldsFixed => crate::catalog::label("said-fields-fixed"),
        Said::QuitWithForm => crate::catalog::label("said-quit-with-form"),
        Said::SignedOut => crate::catalog::label("signed-out"),
        Said::NoOperators => crate::catalog::label("no-operators"),
    }
}

/// Slow work under way, with its progress when known.
pub fn busy_text(b: &Busy) -> String {
    let c = tr();
    let label = match &b.what {
        BusyWith::Syncing => c.syncing().to_string(),
        BusyWith::Sync(p) => sync_progress(p),
        BusyWith::LoadingDemo => c.loading_demo().into(),
        BusyWith::Exporting => c.exporting().into(),
        BusyWith::LoadingCare => c.care_loading().into(),
    };
    if b.total == 0 {
        return label;
    }
    let pct = (b.done * 100).checked_div(b.total).unwrap_or(0);
    c.progress(&label, pct, b.done, b.total)
}
