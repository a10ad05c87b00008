//! The catalog of every language, spoken from its Fluent messages (`locales/<lang>/app.ftl`).
//!
//! Each method asks for the message named after it (`checked_in` → `checked-in`) with its
//! parameters as arguments of the same names. Numbers stay numbers (so plurals work),
//! money is written out, a yes/no goes as `"true"`/`"false"`. A method given one of a set
//! of values (an enum, a typed error) picks that value's message here, in an exhaustive
//! `match` that names each id, so every id is written out in this file.

use super::{Catalog, FieldId, FieldText, Lang, Messages};
use crate::csvio::dates::DateProblem;
use crate::csvio::import::{RowError, RowProblem};
use crate::desk::DeskError;
use crate::domain::complaint::Category;
use crate::domain::loyalty::PointsError;
use crate::domain::money::MoneyError;
use crate::domain::phone::PhoneError;
use crate::domain::validate::{FieldError, Problem};
use crate::domain::{ComplaintStatus, Gender, Money, PointsKind, Severity, TierEvent};
use chrono::Datelike;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentValue};

/// `args!(who = name, party = 2)`: message arguments named as the parameters are.
macro_rules! args {
    ($($k:ident = $v:expr),* $(,)?) => {{
        let mut a = FluentArgs::new();
        $( a.set(stringify!($k), FluentValue::from($v)); )*
        a
    }};
}

/// A yes/no as the messages select on it.
fn yes(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// Money as the messages show it: written out (12850 cents → `128.50`).
fn money(m: Money) -> String {
    m.to_string()
}

impl Messages {
    /// The message `id` with `args`.
    fn say(&self, id: &str, args: &FluentArgs) -> String {
        self.get(id, Some(args))
    }

    /// A field's name inside a sentence ("name is required", "请填写 姓名"), from its key.
    fn field_name(&self, key: &str) -> String {
        self.say("field-name", &args!(key = key))
    }

    fn field_text(&self, label: &str, hint: &str) -> FieldText {
        FieldText {
            label: self.fixed(label),
            hint: self.fixed(hint),
        }
    }
}

impl Catalog for Messages {
    fn lang(&self) -> Lang {
        Messages::lang(self)
    }

    fn desk_error(&self, e: &DeskError) -> String {
        match e {
            DeskError::Invalid(errors) => {
                let each: Vec<String> = errors.iter().map(|e| self.field_error(e)).collect();
                self.say("desk-error-invalid", &args!(errors = each.join("; ")))
            }
            DeskError::NoSuchMember(key) => {
                self.say("desk-error-no-such-member", &args!(key = key.as_str()))
            }
            DeskError::AmbiguousMember(key, found) => {
                let list: Vec<String> = found.iter().map(|(n, id)| format!("{n} ({id})")).collect();
                self.say(
                    "desk-error-ambiguous-member",
                    &args!(
                        key = key.as_str(),
                        count = found.len(),
                        members = list.join(", ")
                    ),
                )
            }
            DeskError::NoMemberKey => self.fixed("desk-error-no-member-key").into(),
            DeskError::MemberGone(_) => self.member_gone().into(),
            DeskError::NotAMemberId(key) => {
                self.say("desk-error-not-a-member-id", &args!(key = key.as_str()))
            }
            DeskError::NotAComplaintId(key) => {
                self.say("desk-error-not-a-complaint-id", &args!(key = key.as_str()))
            }
            DeskError::NoSuchComplaint(id) => {
                self.say("desk-error-no-such-complaint", &args!(id = id.to_string()))
            }
            DeskError::StatusBackwards { id, now } => {
                // The statuses still ahead, as the command line takes them.
                let mut next = Vec::new();
                let mut cur = *now;
                while let Some(n) = cur.next() {
                    next.push(n.label().replace(' ', "-"));
                    cur = n;
                }
                let id = id.to_string();
                let now = self.complaint_status(*now);
                if next.is_empty() {
                    self.say(
                        "desk-error-status-backwards-closed",
                        &args!(id = id, now = now),
                    )
                } else {
                    self.say(
                        "desk-error-status-backwards",
                        &args!(id = id, now = now, next = next.join(", ")),
                    )
                }
            }
            DeskError::CompensationNeedsMember => {
                self.fixed("desk-error-compensation-needs-member").into()
            }
            DeskError::NothingToChange => self.fixed("desk-error-nothing-to-change").into(),
            DeskError::Points(e) => {
                self.say("desk-error-points", &args!(error = self.points_error(e)))
            }
            DeskError::Merge(e) => super::merge_error(e),
            DeskError::Store(e) => super::store_error(e),
            DeskError::Sync(e) => super::sync_error(e),
            DeskError::Csv(e) => super::csv_error(e),
            DeskError::NoExportFolder => self.export_no_folder().into(),
            DeskError::Files(path, e) => self.say(
                "desk-error-files",
                &args!(path = path.display().to_string(), error = e.to_string()),
            ),
            DeskError::Payment(p) => super::payment_problem(p),
            DeskError::SignInNeeded => self.fixed("desk-error-sign-in-needed").into(),
            DeskError::NotAllowed(p) => self.say(
                "desk-error-not-allowed",
                &args!(action = self.fixed(super::people::permission_id(*p))),
            ),
            DeskError::WrongPin => self.fixed("desk-error-wrong-pin").into(),
            DeskError::SignInLocked { minutes } => {
                self.say("desk-error-sign-in-locked", &args!(minutes = *minutes))
            }
            DeskError::OperatorExists(name) => {
                self.say("desk-error-operator-exists", &args!(name = name.as_str()))
            }
            DeskError::NoSuchOperator(name) => {
                self.say("desk-error-no-such-operator", &args!(name = name.as_str()))
            }
            DeskError::FirstOperatorManager => {
                self.fixed("desk-error-first-operator-manager").into()
            }
            DeskError::LastManager => self.fixed("desk-error-last-manager").into(),
            DeskError::OperatorInput(p) => super::people::operator_problem(self, p),
            DeskError::PinHash => self.fixed("desk-error-pin-hash").into(),
            DeskError::PossibleDuplicates(notes) => match notes.first() {
                Some(n) => {
                    self.possible_duplicate(&n.name, &n.phone, &super::duplicate_reason(n.reason))
                }
                None => self.fixed("desk-error-possible-duplicates").into(),
            },
            DeskError::Upkeep(e) => super::errors::upkeep_error(e),
            DeskError::Shift(r) => super::shift::shift_refusal(r),
            DeskError::Wallet(e) => super::wallet::wallet_error(e),
            DeskError::Package(e) => super::packages::package_error(e),
        }
    }
    fn worker_gone(&self) -> &'static str {
        self.fixed("worker-gone")
    }
    fn search_gone(&self) -> &'static str {
        self.fixed("search-gone")
    }
    fn job_panicked(&self) -> &'static str {
        self.fixed("job-panicked")
    }

    // The frame.

    fn app_name(&self) -> &'static str {
        self.fixed("app-name")
    }
    fn window_too_small(&self, width: u16, height: u16, min_width: u16, min_height: u16) -> String {
        self.say(
            "window-too-small",
            &args!(
                width = width,
                height = height,
                min_width = min_width,
                min_height = min_height
            ),
        )
    }
    fn tab_lookup(&self) -> &'static str {
        self.fixed("tab-lookup")
    }
    fn tab_checkin(&self) -> &'static str {
        self.fixed("tab-checkin")
    }
    fn tab_service(&self) -> &'static str {
        self.fixed("tab-service")
    }
    fn tab_complaints(&self) -> &'static str {
        self.fixed("tab-complaints")
    }
    fn tab_insights(&self) -> &'static str {
        self.fixed("tab-insights")
    }
    fn tab_care(&self) -> &'static str {
        self.fixed("tab-care")
    }
    fn progress(&self, label: &str, percent: usize, done: usize, total: usize) -> String {
        self.say(
            "progress",
            &args!(label = label, percent = percent, done = done, total = total),
        )
    }
    fn help_title(&self) -> &'static str {
        self.fixed("help-title")
    }

    // Domain values.

    fn complaint_status(&self, status: ComplaintStatus) -> &'static str {
        self.fixed(match status {
            ComplaintStatus::Open => "complaint-status-open",
            ComplaintStatus::InProgress => "complaint-status-in-progress",
            ComplaintStatus::Resolved => "complaint-status-resolved",
            ComplaintStatus::FollowedUp => "complaint-status-followed-up",
            ComplaintStatus::Closed => "complaint-status-closed",
        })
    }
    fn category(&self, category: Category) -> &'static str {
        self.fixed(match category {
            Category::Quality => "category-quality",
            Category::Service => "category-service",
            Category::Waiting => "category-waiting",
            Category::Billing => "category-billing",
            Category::Hygiene => "category-hygiene",
            Category::Other => "category-other",
        })
    }
    fn severity(&self, severity: Severity) -> &'static str {
        self.fixed(match severity {
            Severity::Low => "severity-low",
            Severity::Medium => "severity-medium",
            Severity::High => "severity-high",
        })
    }
    fn gender(&self, gender: Gender) -> &'static str {
        self.fixed(match gender {
            Gender::Unspecified => "gender-unspecified",
            Gender::Female => "gender-female",
            Gender::Male => "gender-male",
            Gender::Other => "gender-other",
        })
    }
    fn points_kind(&self, kind: PointsKind) -> &'static str {
        self.fixed(match kind {
            PointsKind::Earn => "points-kind-earn",
            PointsKind::Redeem => "points-kind-redeem",
            PointsKind::Adjust => "points-kind-adjust",
            PointsKind::Expire => "points-kind-expire",
            PointsKind::Referral => "points-kind-referral",
            PointsKind::Compensation => "points-kind-compensation",
        })
    }
    fn points_count(&self, points: i64) -> String {
        self.say("points-count", &args!(points = points))
    }

    // Lookup.

    fn find_label(&self) -> &'static str {
        self.fixed("find-label")
    }
    fn results_after_indexing(&self) -> &'static str {
        self.fixed("results-after-indexing")
    }
    fn indexing(&self) -> &'static str {
        self.fixed("indexing")
    }
    fn shown_of(&self, shown: usize, total: usize) -> String {
        self.say("shown-of", &args!(shown = shown, total = total))
    }
    fn found(&self, total: usize) -> String {
        self.say("found", &args!(total = total))
    }
    fn welcome_title(&self) -> &'static str {
        self.fixed("welcome-title")
    }
    fn welcome_empty_store(&self, demo_key: &str, members: usize, new_key: &str) -> String {
        self.say(
            "welcome-empty-store",
            &args!(demo_key = demo_key, members = members, new_key = new_key),
        )
    }
    fn lookup_start_hint(&self) -> &'static str {
        self.fixed("lookup-start-hint")
    }
    fn no_member_matches(&self, query: &str, new_key: &str) -> String {
        self.say(
            "no-member-matches",
            &args!(query = query, new_key = new_key),
        )
    }
    fn searching(&self) -> &'static str {
        self.fixed("searching")
    }
    fn lookup_headers(&self) -> [&'static str; 6] {
        [
            self.fixed("lookup-headers-name"),
            self.fixed("lookup-headers-phone"),
            self.fixed("lookup-headers-tier"),
            self.fixed("lookup-headers-points"),
            self.fixed("lookup-headers-last-visit"),
            self.fixed("lookup-headers-alerts"),
        ]
    }
    fn badge_allergy(&self) -> &'static str {
        self.fixed("badge-allergy")
    }
    fn badge_complaint(&self) -> &'static str {
        self.fixed("badge-complaint")
    }
    fn badge_birthday(&self) -> &'static str {
        self.fixed("badge-birthday")
    }

    // Member card.

    fn card_visits_title(&self, count: usize) -> String {
        self.say("card-visits-title", &args!(count = count))
    }
    fn card_services_title(&self, count: usize) -> String {
        self.say("card-services-title", &args!(count = count))
    }
    fn card_complaints_title(&self, count: usize) -> String {
        self.say("card-complaints-title", &args!(count = count))
    }
    fn card_ledger_title(&self, balance: i64) -> String {
        self.say("card-ledger-title", &args!(balance = balance))
    }
    fn card_ledger_title_expiry(&self, balance: i64, expiring: i64, when: &str) -> String {
        self.say(
            "card-ledger-title-expiry",
            &args!(balance = balance, expiring = expiring, when = when),
        )
    }
    fn tier_benefits(&self, tier: &str, benefits: &str) -> String {
        if benefits.is_empty() {
            tier.to_string()
        } else {
            self.say("tier-benefits", &args!(tier = tier, benefits = benefits))
        }
    }
    fn standing(
        &self,
        spend: Money,
        visits: u32,
        months: u32,
        next: Option<(&str, String)>,
    ) -> String {
        match next {
            Some((tier, needs)) => self.say(
                "standing-some",
                &args!(
                    spend = money(spend),
                    visits = visits,
                    months = months,
                    tier = tier,
                    needs = needs
                ),
            ),
            None => self.say(
                "standing-none",
                &args!(spend = money(spend), visits = visits, months = months),
            ),
        }
    }
    fn tier_event_line(&self, headline: &str, when: &str, who: &str, reason: &str) -> String {
        self.say(
            "tier-event-line",
            &args!(headline = headline, when = when, who = who, reason = reason),
        )
    }
    fn settings_reloaded(&self) -> &'static str {
        self.fixed("settings-reloaded")
    }
    fn tier_headline(&self, upgrade: bool, to: &str) -> String {
        self.say("tier-headline", &args!(upgrade = yes(upgrade), to = to))
    }
    fn open_card_first(&self) -> &'static str {
        self.fixed("open-card-first")
    }
    fn syncing(&self) -> &'static str {
        self.fixed("syncing")
    }
    fn busy_wait(&self) -> &'static str {
        self.fixed("busy-wait")
    }
    fn sync_state(&self, last: Option<&str>, unexported: u64) -> String {
        match last {
            Some(last) => self.say(
                "sync-state-some",
                &args!(last = last, unexported = unexported),
            ),
            None => self.say("sync-state-none", &args!(unexported = unexported)),
        }
    }
    fn possible_duplicate(&self, name: &str, phone: &str, reason: &str) -> String {
        self.say(
            "possible-duplicate",
            &args!(name = name, phone = phone, reason = reason),
        )
    }
    fn care_row_without_member(&self) -> &'static str {
        self.fixed("care-row-without-member")
    }
    fn care_loading(&self) -> &'static str {
        self.fixed("care-loading")
    }
    fn care_birthdays(&self, count: usize, days_ahead: u32) -> String {
        self.say(
            "care-birthdays",
            &args!(count = count, days_ahead = days_ahead),
        )
    }
    fn care_lapsing(&self, count: usize) -> String {
        self.say("care-lapsing", &args!(count = count))
    }
    fn care_followups(&self, count: usize) -> String {
        self.say("care-followups", &args!(count = count))
    }
    fn care_when(&self, days_until: u32, date: &str) -> String {
        self.say("care-when", &args!(days_until = days_until, date = date))
    }
    fn care_turns(&self, age: u32) -> String {
        self.say("care-turns", &args!(age = age))
    }
    fn care_rhythm(&self, visits: u32, usual_days: f64, away_days: i64) -> String {
        // Whole days, still a number (so a language can choose a plural on it).
        let shown = format!("{usual_days:.0}");
        let usual_days = match shown.parse::<FluentNumber>() {
            Ok(n) => FluentValue::from(n),
            Err(_) => FluentValue::from(shown),
        };
        self.say(
            "care-rhythm",
            &args!(
                visits = visits,
                usual_days = usual_days,
                away_days = away_days
            ),
        )
    }
    fn care_resolved_ago(&self, days: i64) -> String {
        self.say("care-resolved-ago", &args!(days = days))
    }
    fn care_empty(&self) -> &'static str {
        self.fixed("care-empty")
    }
    fn tier_reason(&self, spend: Money, visits: u32, months: u32) -> String {
        self.say(
            "tier-reason",
            &args!(spend = money(spend), visits = visits, months = months),
        )
    }
    fn tier_event_reason(&self, e: &TierEvent) -> String {
        match &e.facts {
            Some(f) => self.tier_reason(f.spend, f.visits, f.months),
            // Recorded before the figures were kept: the sentence it was recorded with.
            None => e.reason.clone(),
        }
    }
    fn export_no_folder(&self) -> &'static str {
        self.fixed("export-no-folder")
    }
    fn exporting(&self) -> &'static str {
        self.fixed("exporting")
    }
    fn exported(&self, files: usize, rows: usize, folder: &str) -> String {
        self.say(
            "exported",
            &args!(files = files, rows = rows, folder = folder),
        )
    }
    fn expired_points(&self, entries: usize, points: i64) -> String {
        self.say("expired-points", &args!(entries = entries, points = points))
    }
    fn with_tier_change(&self, done: &str, headline: &str) -> String {
        self.say("with-tier-change", &args!(done = done, headline = headline))
    }
    fn card_visit(&self, when: &str, party: u16, location: &str, staff: &str) -> String {
        self.say(
            "card-visit",
            &args!(
                when = when,
                party = party,
                location = location,
                staff = staff
            ),
        )
    }
    fn none_yet(&self) -> &'static str {
        self.fixed("none-yet")
    }
    fn card_number(&self, card: &str) -> String {
        self.say("card-number", &args!(card = card))
    }
    fn card_contact(&self, phone: &str, gender: &str, birthday: &str, marketing: bool) -> String {
        self.say(
            "card-contact",
            &args!(
                phone = phone,
                gender = gender,
                birthday = birthday,
                marketing = yes(marketing)
            ),
        )
    }
    fn card_stats(&self, visits: u32, spend: Money, tags: &str) -> String {
        self.say(
            "card-stats",
            &args!(visits = visits, spend = money(spend), tags = tags),
        )
    }
    fn no_alerts(&self) -> &'static str {
        self.fixed("no-alerts")
    }
    fn open_complaints(&self, count: u32) -> String {
        self.say("open-complaints", &args!(count = count))
    }
    fn card_notes(&self, notes: &str) -> String {
        self.say("card-notes", &args!(notes = notes))
    }

    // Check-in.

    fn checkin_member_hint(&self, checkin_key: &str, name: &str) -> String {
        self.say(
            "checkin-member-hint",
            &args!(checkin_key = checkin_key, name = name),
        )
    }
    fn checkin_select_hint(&self, lookup_key: &str, checkin_key: &str) -> String {
        self.say(
            "checkin-select-hint",
            &args!(lookup_key = lookup_key, checkin_key = checkin_key),
        )
    }
    fn walkin_hint(&self, walkin_key: &str) -> String {
        self.say("walkin-hint", &args!(walkin_key = walkin_key))
    }
    fn arrivals_summary(&self, parties: usize, guests: u32) -> String {
        self.say(
            "arrivals-summary",
            &args!(parties = parties, guests = guests),
        )
    }
    fn walk_in(&self) -> &'static str {
        self.fixed("walk-in")
    }
    fn arrivals_headers(&self) -> [&'static str; 5] {
        [
            self.fixed("arrivals-headers-time"),
            self.fixed("arrivals-headers-guest"),
            self.fixed("arrivals-headers-party"),
            self.fixed("arrivals-headers-table"),
            self.fixed("arrivals-headers-staff"),
        ]
    }

    // Service.

    fn service_select_hint(&self, lookup_key: &str, service_key: &str) -> String {
        self.say(
            "service-select-hint",
            &args!(lookup_key = lookup_key, service_key = service_key),
        )
    }
    fn service_hint(&self, service_key: &str) -> String {
        self.say("service-hint", &args!(service_key = service_key))
    }
    fn service_headers(&self) -> [&'static str; 5] {
        [
            self.fixed("service-headers-when"),
            self.fixed("service-headers-amount"),
            self.fixed("service-headers-points"),
            self.fixed("service-headers-staff"),
            self.fixed("service-headers-items"),
        ]
    }

    // Complaints.

    fn no_open_complaints(&self) -> &'static str {
        self.fixed("no-open-complaints")
    }
    fn late_mark(&self) -> &'static str {
        self.fixed("late-mark")
    }
    fn complaint_headers(&self) -> [&'static str; 6] {
        [
            self.fixed("complaint-headers-age"),
            self.fixed("complaint-headers-status"),
            self.fixed("complaint-headers-severity"),
            self.fixed("complaint-headers-category"),
            self.fixed("complaint-headers-member"),
            self.fixed("complaint-headers-description"),
        ]
    }
    fn complaint_board_title(&self, total: usize, open: usize, overdue: usize) -> String {
        self.say(
            "complaint-board-title",
            &args!(total = total, open = open, overdue = overdue),
        )
    }
    fn complaint_detail(
        &self,
        status: ComplaintStatus,
        assignee: &str,
        resolution: &str,
        compensation: &str,
    ) -> String {
        self.say(
            "complaint-detail",
            &args!(
                status = self.complaint_status(status),
                assignee = assignee,
                resolution = resolution,
                compensation = compensation
            ),
        )
    }
    fn nobody_yet(&self) -> &'static str {
        self.fixed("nobody-yet")
    }
    fn complaint_step(&self, when: &str, step: &str, operator: &str, note: &str) -> String {
        self.say(
            "complaint-step",
            &args!(when = when, step = step, operator = operator, note = note),
        )
    }
    fn step_note(&self) -> &'static str {
        self.fixed("step-note")
    }

    // Insights.

    fn insights_chart_title(&self) -> &'static str {
        self.fixed("insights-chart-title")
    }
    fn insights_care(&self, birthdays: usize, lapsing: usize, followups: usize) -> String {
        self.say(
            "insights-care",
            &args!(
                birthdays = birthdays,
                lapsing = lapsing,
                followups = followups
            ),
        )
    }
    fn insights_summary_title(&self) -> &'static str {
        self.fixed("insights-summary-title")
    }
    fn insights_today(&self, parties: usize, guests: u32, walk_ins: usize) -> String {
        self.say(
            "insights-today",
            &args!(parties = parties, guests = guests, walk_ins = walk_ins),
        )
    }
    fn insights_complaints(
        &self,
        open: usize,
        in_progress: usize,
        to_follow_up: usize,
        followed_up: usize,
    ) -> String {
        self.say(
            "insights-complaints",
            &args!(
                open = open,
                in_progress = in_progress,
                to_follow_up = to_follow_up,
                followed_up = followed_up
            ),
        )
    }
    fn insights_overdue(&self, overdue: usize) -> String {
        self.say("insights-overdue", &args!(overdue = overdue))
    }

    // Forms.

    fn field(&self, field: FieldId) -> FieldText {
        let (label, hint) = match field {
            FieldId::Name => ("field-name-label", "field-name-hint"),
            FieldId::Phone => ("field-phone-label", "field-phone-hint"),
            FieldId::Card => ("field-card-label", "field-card-hint"),
            FieldId::Gender => ("field-gender-label", "field-gender-hint"),
            FieldId::Birthday => ("field-birthday-label", "field-birthday-hint"),
            FieldId::Tags => ("field-tags-label", "field-tags-hint"),
            FieldId::Alerts => ("field-alerts-label", "field-alerts-hint"),
            FieldId::Notes => ("field-notes-label", "field-notes-hint"),
            FieldId::Consent => ("field-consent-label", "field-consent-hint"),
            FieldId::Party => ("field-party-label", "field-party-hint"),
            FieldId::Location => ("field-location-label", "field-location-hint"),
            FieldId::CheckinStaff => ("field-checkin-staff-label", "field-checkin-staff-hint"),
            FieldId::Items => ("field-items-label", "field-items-hint"),
            FieldId::ServiceStaff => ("field-service-staff-label", "field-service-staff-hint"),
            FieldId::Amount => ("field-amount-label", "field-amount-hint"),
            FieldId::TopUpAmount => ("field-top-up-amount-label", "field-top-up-amount-hint"),
            FieldId::TopUpMethod => ("field-top-up-method-label", "field-top-up-method-hint"),
            FieldId::PackageKey => ("field-package-label", "field-package-hint"),
            FieldId::Category => ("field-category-label", "field-category-hint"),
            FieldId::Severity => ("field-severity-label", "field-severity-hint"),
            FieldId::Description => ("field-description-label", "field-description-hint"),
            FieldId::Assignee => ("field-assignee-label", "field-assignee-hint"),
            FieldId::ProgressNote => ("field-progress-note-label", "field-progress-note-hint"),
            FieldId::Resolution => ("field-resolution-label", "field-resolution-hint"),
            FieldId::Compensation => ("field-compensation-label", "field-compensation-hint"),
            FieldId::Note => ("field-note-label", "field-note-hint"),
            FieldId::FollowUp => ("field-follow-up-label", "field-follow-up-hint"),
            FieldId::Redeem => ("field-redeem-label", "field-redeem-hint"),
            FieldId::PointsDelta => ("field-points-delta-label", "field-points-delta-hint"),
            FieldId::Reason => ("field-reason-label", "field-reason-hint"),
            FieldId::CompensationPoints => (
                "field-compensation-points-label",
                "field-compensation-points-hint",
            ),
            FieldId::OperatorName => ("field-operator-label", "field-operator-hint"),
            FieldId::Pin => ("field-pin-label", "field-pin-hint"),
            FieldId::PaidBy => ("field-paid-by-label", "field-paid-by-hint"),
            FieldId::PaidPart => ("field-paid-part-label", "field-paid-part-hint"),
            FieldId::RestBy => ("field-rest-by-label", "field-rest-by-hint"),
        };
        self.field_text(label, hint)
    }
    fn new_member_title(&self) -> &'static str {
        self.fixed("new-member-title")
    }
    fn edit_member_title(&self, name: &str) -> String {
        self.say("edit-member-title", &args!(name = name))
    }
    fn checkin_title(&self, name: &str) -> String {
        self.say("checkin-title", &args!(name = name))
    }
    fn checkin_walkin_title(&self) -> &'static str {
        self.fixed("checkin-walkin-title")
    }
    fn service_title(&self, name: &str) -> String {
        self.say("service-title", &args!(name = name))
    }
    fn complaint_title(&self, name: &str) -> String {
        self.say("complaint-title", &args!(name = name))
    }
    fn complaint_no_member_title(&self) -> &'static str {
        self.fixed("complaint-no-member-title")
    }
    fn advance_title(&self, from: ComplaintStatus, to: ComplaintStatus) -> String {
        self.say(
            "advance-title",
            &args!(
                from = self.complaint_status(from),
                to = self.complaint_status(to)
            ),
        )
    }
    fn points_preview(&self, points: i64) -> String {
        self.say("points-preview", &args!(points = points))
    }
    fn points_preview_no_amount(&self) -> &'static str {
        self.fixed("points-preview-no-amount")
    }
    fn category_invalid(&self) -> &'static str {
        self.fixed("category-invalid")
    }
    fn severity_invalid(&self) -> &'static str {
        self.fixed("severity-invalid")
    }
    fn points_invalid(&self, signed: bool) -> &'static str {
        self.fixed_with("points-invalid", &args!(signed = yes(signed)))
    }
    fn adjust_points_title(&self, name: &str, balance: i64) -> String {
        self.say(
            "adjust-points-title",
            &args!(name = name, balance = balance),
        )
    }
    fn with_balance(&self, preview: &str, tier: &str, balance: i64) -> String {
        self.say(
            "with-balance",
            &args!(preview = preview, tier = tier, balance = balance),
        )
    }
    fn redeemed_against_bill(&self, amount: Money) -> String {
        self.say("redeemed-against-bill", &args!(amount = money(amount)))
    }
    fn with_redeemed(&self, done: &str, points: i64) -> String {
        self.say("with-redeemed", &args!(done = done, points = points))
    }
    fn points_adjusted(&self, name: &str, points: i64) -> String {
        // The sign is part of the figure (+50, -20); Fluent numbers have no sign option.
        self.say(
            "points-adjusted",
            &args!(name = name, points = format!("{points:+}")),
        )
    }

    // Results of saving.

    fn saved_new_member(&self, name: &str) -> String {
        self.say("saved-new-member", &args!(name = name))
    }
    fn saved_changes(&self, name: &str) -> String {
        self.say("saved-changes", &args!(name = name))
    }
    fn walk_in_guest(&self) -> &'static str {
        self.fixed("walk-in-guest")
    }
    fn checked_in(&self, who: &str, party: u16) -> String {
        self.say("checked-in", &args!(who = who, party = party))
    }
    fn saved_service(&self, name: &str, amount: Money, points: i64) -> String {
        self.say(
            "saved-service",
            &args!(name = name, amount = money(amount), points = points),
        )
    }
    fn complaint_recorded(&self, category: Category) -> String {
        self.say(
            "complaint-recorded",
            &args!(category = self.category(category)),
        )
    }
    fn complaint_now(&self, status: ComplaintStatus) -> String {
        self.say(
            "complaint-now",
            &args!(status = self.complaint_status(status)),
        )
    }
    fn nothing_changed(&self) -> &'static str {
        self.fixed("nothing-changed")
    }
    fn not_saved_fields(&self, count: usize) -> String {
        self.say("not-saved-fields", &args!(count = count))
    }

    // Status messages.

    fn cancelled(&self) -> &'static str {
        self.fixed("cancelled")
    }
    fn form_cancelled(&self) -> &'static str {
        self.fixed("form-cancelled")
    }
    fn sync_not_set_up(&self) -> &'static str {
        self.fixed("sync-not-set-up")
    }
    fn loading_demo(&self) -> &'static str {
        self.fixed("loading-demo")
    }
    fn demo_loaded(&self, members: usize) -> String {
        self.say("demo-loaded", &args!(members = members))
    }
    fn edit_needs_member(&self) -> &'static str {
        self.fixed("edit-needs-member")
    }
    fn checkin_needs_member(&self) -> &'static str {
        self.fixed("checkin-needs-member")
    }
    fn service_needs_member(&self) -> &'static str {
        self.fixed("service-needs-member")
    }
    fn complaint_closed(&self) -> &'static str {
        self.fixed("complaint-closed")
    }
    fn no_complaint_selected(&self) -> &'static str {
        self.fixed("no-complaint-selected")
    }
    fn complaint_no_member(&self) -> &'static str {
        self.fixed("complaint-no-member")
    }

    // Runtime and start-up.

    fn store_in_memory(&self) -> &'static str {
        self.fixed("store-in-memory")
    }
    fn not_saved(&self, error: &str) -> String {
        self.say("not-saved", &args!(error = error))
    }
    fn member_gone(&self) -> &'static str {
        self.fixed("member-gone")
    }
    fn demo_failed(&self, error: &str) -> String {
        self.say("demo-failed", &args!(error = error))
    }
    fn keymap_unreadable(&self, path: &str, error: &str) -> String {
        self.say("keymap-unreadable", &args!(path = path, error = error))
    }
    fn with_more(&self, first: &str, more: usize) -> String {
        self.say("with-more", &args!(first = first, more = more))
    }

    // Validation: each typed problem is the message of the method that words it.

    fn field_error(&self, e: &FieldError) -> String {
        let name = self.field_name(e.field);
        self.field_message(&name, &self.field_problem(e.field, &e.problem))
    }
    fn field_problem(&self, field: &str, p: &Problem) -> String {
        match p {
            Problem::Required => self.required(&self.field_name(field)),
            Problem::ControlCharacters => self.control_characters().into(),
            Problem::BidiControls => self.fixed("bidi-controls").into(),
            Problem::Invisible => self.fixed("invisible-only").into(),
            Problem::TooMany(max) => self.say("too-many-entries", &args!(max = *max)),
            Problem::TooLong { chars, max } => self.too_long(*chars, *max),
            Problem::Card => self.card_invalid().into(),
            Problem::NotADate(typed) => self.not_a_date(typed),
            Problem::BirthdayInFuture => self.birthday_in_future().into(),
            Problem::BirthdayBefore(year) => self.birthday_before(*year),
            Problem::Gender => self.gender_invalid().into(),
            Problem::TooManyTags(max) => self.too_many_tags(*max),
            Problem::Party(max) => self.party_invalid(*max),
            Problem::Consent => self.consent_invalid().into(),
            Problem::Category => self.category_invalid().into(),
            Problem::Severity => self.severity_invalid().into(),
            Problem::WholePoints { signed } => self.points_invalid(*signed).into(),
            Problem::Amount(e) => self.money_error(e),
            Problem::Phone(e) => self.phone_error(e),
            Problem::Points(e) => self.points_error(e),
            Problem::Payment(p) => super::payment_problem(p),
            Problem::NotOffered(typed) => crate::tr!("package-not-offered", key = typed.as_str()),
        }
    }
    fn money_error(&self, e: &MoneyError) -> String {
        match e {
            MoneyError::Empty => self.amount_empty().into(),
            MoneyError::Negative => self.amount_negative().into(),
            MoneyError::TooManyDecimals => self.amount_too_many_decimals().into(),
            MoneyError::NotANumber(typed) => self.amount_not_a_number(typed),
            MoneyError::TooLarge => self.amount_too_large().into(),
            MoneyError::Zero => self.fixed("amount-zero").into(),
            MoneyError::AboveLimit(max) => {
                self.say("amount-above-limit", &args!(max = money(*max)))
            }
        }
    }
    fn phone_error(&self, e: &PhoneError) -> String {
        match e {
            PhoneError::Empty => self.phone_empty().into(),
            PhoneError::Format(typed) => self.phone_invalid(typed),
        }
    }
    fn points_error(&self, e: &PointsError) -> String {
        match e {
            PointsError::NotPositive => self.points_not_positive().into(),
            PointsError::Short { balance, wanted } => self.points_short(*balance, *wanted),
            PointsError::NoReason => self.points_no_reason().into(),
            PointsError::BadReason(p) => {
                let field = FieldId::Reason.key();
                self.field_message(field, &self.field_problem(field, p))
            }
            PointsError::Zero => self.points_zero().into(),
            PointsError::BelowZero { balance, wanted } => self.points_below_zero(*balance, *wanted),
            PointsError::TooMany { max } => self.say("points-too-many", &args!(max = *max)),
        }
    }
    fn field_message(&self, field: &str, message: &str) -> String {
        self.say("field-message", &args!(field = field, message = message))
    }
    fn required(&self, field: &str) -> String {
        self.say("required", &args!(field = field))
    }
    fn control_characters(&self) -> &'static str {
        self.fixed("control-characters")
    }
    fn too_long(&self, chars: usize, max: usize) -> String {
        self.say("too-long", &args!(chars = chars, max = max))
    }
    fn card_invalid(&self) -> &'static str {
        self.fixed("card-invalid")
    }
    fn not_a_date(&self, typed: &str) -> String {
        self.say("not-a-date", &args!(typed = typed))
    }
    fn birthday_in_future(&self) -> &'static str {
        self.fixed("birthday-in-future")
    }
    fn birthday_before(&self, year: i32) -> String {
        self.say("birthday-before", &args!(year = year))
    }
    fn gender_invalid(&self) -> &'static str {
        self.fixed("gender-invalid")
    }
    fn too_many_tags(&self, max: usize) -> String {
        self.say("too-many-tags", &args!(max = max))
    }
    fn party_invalid(&self, max: u16) -> String {
        self.say("party-invalid", &args!(max = max))
    }
    fn consent_invalid(&self) -> &'static str {
        self.fixed("consent-invalid")
    }
    fn amount_empty(&self) -> &'static str {
        self.fixed("amount-empty")
    }
    fn amount_negative(&self) -> &'static str {
        self.fixed("amount-negative")
    }
    fn amount_too_many_decimals(&self) -> &'static str {
        self.fixed("amount-too-many-decimals")
    }
    fn amount_not_a_number(&self, typed: &str) -> String {
        self.say("amount-not-a-number", &args!(typed = typed))
    }
    fn amount_too_large(&self) -> &'static str {
        self.fixed("amount-too-large")
    }
    fn phone_empty(&self) -> &'static str {
        self.fixed("phone-empty")
    }
    fn phone_invalid(&self, typed: &str) -> String {
        self.say("phone-invalid", &args!(typed = typed))
    }
    fn points_not_positive(&self) -> &'static str {
        self.fixed("points-not-positive")
    }
    fn points_short(&self, balance: i64, wanted: i64) -> String {
        self.say("points-short", &args!(balance = balance, wanted = wanted))
    }
    fn points_no_reason(&self) -> &'static str {
        self.fixed("points-no-reason")
    }
    fn points_zero(&self) -> &'static str {
        self.fixed("points-zero")
    }
    fn points_below_zero(&self, balance: i64, wanted: i64) -> String {
        self.say(
            "points-below-zero",
            &args!(balance = balance, wanted = wanted),
        )
    }

    // Member import.

    fn row_error(&self, e: &RowError) -> String {
        self.say(
            "row-error",
            &args!(
                row = e.row,
                column = e.column.as_str(),
                problem = self.row_problem(&e.problem)
            ),
        )
    }
    fn row_problem(&self, p: &RowProblem) -> String {
        match p {
            RowProblem::Field(e) => self.field_problem(e.field, &e.problem),
            RowProblem::Date(d) => self.date_problem(d),
            RowProblem::Email(typed) => {
                self.say("row-problem-email", &args!(typed = typed.as_str()))
            }
        }
    }
    fn date_problem(&self, p: &DateProblem) -> String {
        match p {
            DateProblem::NotADate(raw) => {
                self.say("date-problem-not-a-date", &args!(raw = raw.as_str()))
            }
            DateProblem::NoFourDigitYear(raw) => self.say(
                "date-problem-no-four-digit-year",
                &args!(raw = raw.as_str()),
            ),
            DateProblem::Ambiguous {
                raw,
                day_first,
                month_first,
            } => {
                let long = |d: &chrono::NaiveDate| {
                    self.say(
                        "date-problem-long-date",
                        &args!(day = d.day(), month = d.month(), year = d.year()),
                    )
                };
                self.say(
                    "date-problem-ambiguous",
                    &args!(
                        raw = raw.as_str(),
                        day_first = long(day_first),
                        month_first = long(month_first),
                        example = day_first.to_string()
                    ),
                )
            }
        }
    }
}
