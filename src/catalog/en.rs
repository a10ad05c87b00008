//! English, the default language.

use super::{Catalog, FieldId, FieldText, Lang};
use crate::csvio::dates::DateProblem;
use crate::csvio::import::{RowError, RowProblem};
use crate::desk::DeskError;
use crate::domain::complaint::Category;
use crate::domain::loyalty::PointsError;
use crate::domain::money::MoneyError;
use crate::domain::phone::PhoneError;
use crate::domain::validate::{FieldError, Problem};
use crate::domain::{ComplaintStatus, Gender, Money, PointsKind, Severity, TierEvent};

/// The English catalog.
#[derive(Copy, Clone, Debug, Default)]
pub struct English;

fn field(label: &'static str, hint: &'static str) -> FieldText {
    FieldText { label, hint }
}

impl Catalog for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn worker_gone(&self) -> &'static str {
        "The store worker stopped, so nothing more can be saved: quit with Ctrl-Q and start frontdesk again"
    }
    fn search_gone(&self) -> &'static str {
        "Lookup has stopped answering; quit with Ctrl-Q and start frontdesk again (the log file says why)"
    }
    fn job_panicked(&self) -> &'static str {
        "Something went wrong in the background and nothing was saved; try again, and if it repeats see the log file"
    }
    fn desk_error(&self, e: &DeskError) -> String {
        match e {
            DeskError::Invalid(errors) => {
                let each: Vec<String> = errors.iter().map(|e| self.field_error(e)).collect();
                format!("{}; nothing was saved", each.join("; "))
            }
            DeskError::NoSuchMember(key) => format!(
                "no member has the id, card number or phone \"{key}\"; try `frontdesk member find`"
            ),
            DeskError::AmbiguousMember(key, found) => {
                let list: Vec<String> = found.iter().map(|(n, id)| format!("{n} ({id})")).collect();
                format!(
                    "\"{key}\" matches {} members: {}; use the member id",
                    found.len(),
                    list.join(", ")
                )
            }
            DeskError::NoMemberKey => "name the member by id, card number or phone number".into(),
            DeskError::MemberGone(_) => self.member_gone().into(),
            DeskError::NotAMemberId(key) => format!(
                "\"{key}\" is not a member id; give the id of the merged member as `frontdesk member merge` printed it"
            ),
            DeskError::NotAComplaintId(key) => format!(
                "\"{key}\" is not a complaint id; ids look like 3f9a0c2b1d4e5f60-42 (see `frontdesk complaint list`)"
            ),
            DeskError::NoSuchComplaint(id) => {
                format!("no complaint has the id {id}; see `frontdesk complaint list --all`")
            }
            DeskError::StatusBackwards { id, now } => {
                let mut next = Vec::new();
                let mut cur = *now;
                while let Some(n) = cur.next() {
                    next.push(n.label().replace(' ', "-"));
                    cur = n;
                }
                let tail = if next.is_empty() {
                    " and it is already closed".to_string()
                } else {
                    format!(" (to {})", next.join(", "))
                };
                format!(
                    "complaint {id} is {}; its status only moves forward{tail}",
                    now.label()
                )
            }
            DeskError::CompensationNeedsMember => {
                "points can only be given to a member; this complaint has none".into()
            }
            DeskError::NothingToChange => "nothing to change".into(),
            DeskError::Points(e) => format!("{}; nothing was saved", self.points_error(e)),
            DeskError::Merge(e) => e.to_string(),
            DeskError::Store(e) => e.to_string(),
            DeskError::Sync(e) => e.to_string(),
            DeskError::Csv(e) => e.to_string(),
            DeskError::StoreNotEmpty => {
                "this store already holds members; demo data goes only into an empty store".into()
            }
            DeskError::NoExportFolder => self.export_no_folder().into(),
            DeskError::Files(path, e) => {
                format!(
                    "could not write to {}: {e}; check the disk and the folder",
                    path.display()
                )
            }
            DeskError::PossibleDuplicates(notes) => match notes.first() {
                Some(n) => self.possible_duplicate(&n.name, &n.phone, n.reason.label()),
                None => "this member may already be held".into(),
            },
        }
    }

    // The frame.

    fn app_name(&self) -> &'static str {
        "frontdesk"
    }
    fn clock_format(&self) -> &'static str {
        "%a %m-%d %H:%M"
    }
    fn window_too_small(&self, width: u16, height: u16, min_width: u16, min_height: u16) -> String {
        format!(
            "The window is {width}x{height}; frontdesk needs at least {min_width}x{min_height}. Make it larger."
        )
    }
    fn tab_lookup(&self) -> &'static str {
        "Lookup"
    }
    fn tab_checkin(&self) -> &'static str {
        "Check-in"
    }
    fn tab_service(&self) -> &'static str {
        "Service"
    }
    fn tab_complaints(&self) -> &'static str {
        "Complaints"
    }
    fn tab_insights(&self) -> &'static str {
        "Insights"
    }
    fn tab_care(&self) -> &'static str {
        "Care"
    }
    fn progress(&self, label: &str, percent: usize, done: usize, total: usize) -> String {
        format!("{label}: {percent}% ({done} of {total})")
    }
    fn help_title(&self) -> &'static str {
        "Keys (Up/Down to scroll, Esc to close)"
    }

    // Domain values: the English names are the domain's own.

    fn complaint_status(&self, status: ComplaintStatus) -> &'static str {
        status.label()
    }
    fn category(&self, category: Category) -> &'static str {
        category.label()
    }
    fn severity(&self, severity: Severity) -> &'static str {
        severity.label()
    }
    fn gender(&self, gender: Gender) -> &'static str {
        gender.label()
    }
    fn points_kind(&self, kind: PointsKind) -> &'static str {
        kind.label()
    }
    fn points_count(&self, points: i64) -> String {
        format!("{points} points")
    }

    // Lookup.

    fn find_label(&self) -> &'static str {
        "Find:"
    }
    fn results_after_indexing(&self) -> &'static str {
        "Reading the members into the search index; results appear as soon as it is ready."
    }
    fn indexing(&self) -> &'static str {
        "indexing members…"
    }
    fn shown_of(&self, shown: usize, total: usize) -> String {
        format!("{shown} of {total} shown")
    }
    fn found(&self, total: usize) -> String {
        format!("{total} found")
    }
    fn welcome_title(&self) -> &'static str {
        "Welcome"
    }
    fn welcome_empty_store(&self, demo_key: &str, members: usize, new_key: &str) -> String {
        format!(
            "This store is empty.\n\nPress {demo_key} to load demo data ({members} members with visits, services and complaints over the past year), or {new_key} to add the first member."
        )
    }
    fn lookup_start_hint(&self) -> &'static str {
        "Type a name, pinyin (zw for 张伟), a phone number or its last 4 digits, a card number, or #tag.\nEnter opens the member card."
    }
    fn no_member_matches(&self, query: &str, new_key: &str) -> String {
        format!("No member matches \"{query}\". {new_key} adds a new member.")
    }
    fn searching(&self) -> &'static str {
        "Searching…"
    }
    fn lookup_headers(&self) -> [&'static str; 6] {
        ["Name", "Phone", "Tier", "Points", "Last visit", "Alerts"]
    }
    fn badge_allergy(&self) -> &'static str {
        "allergy"
    }
    fn badge_complaint(&self) -> &'static str {
        "complaint"
    }
    fn badge_birthday(&self) -> &'static str {
        "birthday"
    }

    // Member card.

    fn card_visits_title(&self, count: usize) -> String {
        format!("Visits ({count})")
    }
    fn card_services_title(&self, count: usize) -> String {
        format!("Services ({count})")
    }
    fn card_complaints_title(&self, count: usize) -> String {
        format!("Complaints ({count})")
    }
    fn card_ledger_title(&self, balance: i64) -> String {
        format!("Points ledger (balance {balance})")
    }
    fn card_ledger_title_expiry(&self, balance: i64, expiring: i64, when: &str) -> String {
        format!("Points {balance}; {expiring} expire {when}")
    }
    fn tier_benefits(&self, tier: &str, benefits: &str) -> String {
        if benefits.is_empty() {
            tier.to_string()
        } else {
            format!("{tier}: {benefits}")
        }
    }
    fn standing(
        &self,
        spend: Money,
        visits: u32,
        months: u32,
        next: Option<(&str, String)>,
    ) -> String {
        let period = if months == 0 {
            "in all".to_string()
        } else {
            format!("in {months} months")
        };
        match next {
            Some((tier, needs)) => {
                format!(
                    "Spend {spend}, {} {period}; {tier} at {needs}",
                    visits_n(visits)
                )
            }
            None => format!("Spend {spend}, {} {period}; top tier", visits_n(visits)),
        }
    }
    fn tier_event_line(&self, headline: &str, when: &str, who: &str, reason: &str) -> String {
        format!("{headline} {when} by {who}: {reason}")
    }
    fn settings_reloaded(&self) -> &'static str {
        "The settings file changed; the new settings are in force"
    }
    fn tier_headline(&self, upgrade: bool, to: &str) -> String {
        if upgrade {
            format!("Upgraded to {to}")
        } else {
            format!("Moved down to {to}")
        }
    }
    fn open_card_first(&self) -> &'static str {
        "Open a member card first (Enter in Lookup)"
    }
    fn syncing(&self) -> &'static str {
        "Syncing with the sync folder"
    }
    fn busy_wait(&self) -> &'static str {
        "Still working on the last request; wait for it to finish"
    }
    fn sync_state(&self, last: Option<&str>, unexported: u64) -> String {
        match last {
            Some(when) => format!("synced {when} · {unexported} unsent"),
            None => format!("never synced · {unexported} unsent"),
        }
    }
    fn possible_duplicate(&self, name: &str, phone: &str, reason: &str) -> String {
        format!("Possible duplicate of {name} {phone} ({reason}): Enter saves anyway, Esc cancels")
    }
    fn care_row_without_member(&self) -> &'static str {
        "This complaint is not linked to a member"
    }
    fn care_loading(&self) -> &'static str {
        "Reading birthdays, visit rhythms and follow-ups"
    }
    fn care_birthdays(&self, count: usize, days_ahead: u32) -> String {
        format!("Birthdays today and in the next {days_ahead} days ({count})")
    }
    fn care_lapsing(&self, count: usize) -> String {
        format!("Regulars away longer than their rhythm ({count})")
    }
    fn care_followups(&self, count: usize) -> String {
        format!("Follow-up calls due ({count})")
    }
    fn care_when(&self, days_until: u32, date: &str) -> String {
        match days_until {
            0 => "today".to_string(),
            1 => format!("tomorrow {date}"),
            n => format!("in {n} days {date}"),
        }
    }
    fn care_turns(&self, age: u32) -> String {
        format!("turns {age}")
    }
    fn care_rhythm(&self, visits: u32, usual_days: f64, away_days: i64) -> String {
        format!(
            "{}, every {usual_days:.0}d, away {away_days}d",
            visits_n(visits)
        )
    }
    fn care_resolved_ago(&self, days: i64) -> String {
        format!("resolved {days} days ago")
    }
    fn care_empty(&self) -> &'static str {
        "none"
    }
    fn tier_reason(&self, spend: Money, visits: u32, months: u32) -> String {
        let window = if months == 0 {
            "in all".to_string()
        } else {
            format!("in the last {months} months")
        };
        format!("spend {spend} and {} {window}", visits_n(visits))
    }
    fn tier_event_reason(&self, e: &TierEvent) -> String {
        match &e.facts {
            Some(f) => self.tier_reason(f.spend, f.visits, f.months),
            None => e.reason.clone(),
        }
    }
    fn export_no_folder(&self) -> &'static str {
        "There is no folder to export into: this store lives in memory"
    }
    fn exporting(&self) -> &'static str {
        "Exporting CSV files"
    }
    fn exported(&self, files: usize, rows: usize, folder: &str) -> String {
        format!("Exported {files} CSV files ({rows} rows) to {folder}")
    }
    fn expired_points(&self, entries: usize, points: i64) -> String {
        format!("{points} points past their lifetime expired ({entries} ledger entries)")
    }
    fn with_tier_change(&self, done: &str, headline: &str) -> String {
        format!("{done} · {headline}")
    }
    fn card_visit(&self, when: &str, party: u16, location: &str, staff: &str) -> String {
        format!("{when} party {party} {location} {staff}")
    }
    fn none_yet(&self) -> &'static str {
        "none yet"
    }
    fn card_number(&self, card: &str) -> String {
        format!("card {card}")
    }
    fn card_contact(&self, phone: &str, gender: &str, birthday: &str, marketing: bool) -> String {
        let marketing = if marketing { "yes" } else { "no" };
        format!("Phone {phone}   Gender {gender}   Birthday {birthday}   Marketing {marketing}")
    }
    fn card_stats(&self, visits: u32, spend: Money, tags: &str) -> String {
        format!("Visits {visits}   Spend {spend}   Tags {tags}")
    }
    fn no_alerts(&self) -> &'static str {
        "No alerts"
    }
    fn open_complaints(&self, count: u32) -> String {
        format!("{count} open complaint(s)")
    }
    fn card_notes(&self, notes: &str) -> String {
        format!("Notes: {notes}")
    }

    // Check-in.

    fn checkin_member_hint(&self, checkin_key: &str, name: &str) -> String {
        format!("{checkin_key} checks in {name}")
    }
    fn checkin_select_hint(&self, lookup_key: &str, checkin_key: &str) -> String {
        format!("Select a member in Lookup ({lookup_key}), then {checkin_key}")
    }
    fn walkin_hint(&self, walkin_key: &str) -> String {
        format!("{walkin_key} checks in a walk-in")
    }
    fn arrivals_summary(&self, parties: usize, guests: u32) -> String {
        format!("Today's arrivals: {parties} parties, {guests} guests")
    }
    fn walk_in(&self) -> &'static str {
        "walk-in"
    }
    fn arrivals_headers(&self) -> [&'static str; 5] {
        ["Time", "Guest", "Party", "Table", "Staff"]
    }

    // Service.

    fn service_select_hint(&self, lookup_key: &str, service_key: &str) -> String {
        format!(
            "Select a member in Lookup ({lookup_key}), then press {service_key} to log a service."
        )
    }
    fn service_hint(&self, service_key: &str) -> String {
        format!("{service_key} logs a service · recent services:")
    }
    fn service_headers(&self) -> [&'static str; 5] {
        ["When", "Amount", "Points", "Staff", "Items"]
    }

    // Complaints.

    fn no_open_complaints(&self) -> &'static str {
        "No complaints are open."
    }
    fn late_mark(&self) -> &'static str {
        "late"
    }
    fn complaint_headers(&self) -> [&'static str; 6] {
        [
            "Age",
            "Status",
            "Sev",
            "Category",
            "Member",
            "What happened",
        ]
    }
    fn complaint_board_title(&self, total: usize, open: usize, overdue: usize) -> String {
        format!("Complaints not closed: {total} ({open} open, {overdue} overdue)")
    }
    fn complaint_detail(
        &self,
        status: ComplaintStatus,
        assignee: &str,
        resolution: &str,
        compensation: &str,
    ) -> String {
        format!(
            "{} · assigned to {assignee} · resolution: {resolution} · given: {compensation}",
            self.complaint_status(status)
        )
    }
    fn nobody_yet(&self) -> &'static str {
        "nobody yet"
    }
    fn complaint_step(&self, when: &str, step: &str, operator: &str, note: &str) -> String {
        format!("{when} {step} by {operator}: {note}")
    }
    fn step_note(&self) -> &'static str {
        "note"
    }

    // Insights.

    fn insights_chart_title(&self) -> &'static str {
        "Guests arriving by hour, today"
    }
    fn insights_care(&self, birthdays: usize, lapsing: usize, followups: usize) -> String {
        format!(
            "Care: {birthdays} birthdays this week · {lapsing} regulars lapsing · {followups} follow-ups due"
        )
    }
    fn insights_summary_title(&self) -> &'static str {
        "At a glance"
    }
    fn insights_today(&self, parties: usize, guests: u32, walk_ins: usize) -> String {
        format!("Today: {parties} parties, {guests} guests, {walk_ins} walk-in parties")
    }
    fn insights_complaints(
        &self,
        open: usize,
        in_progress: usize,
        to_follow_up: usize,
        followed_up: usize,
    ) -> String {
        format!(
            "Complaints: {open} open · {in_progress} in progress · {to_follow_up} to follow up · {followed_up} followed up"
        )
    }
    fn insights_overdue(&self, overdue: usize) -> String {
        format!("{overdue} overdue for a first response")
    }

    // Forms.

    fn field(&self, f: FieldId) -> FieldText {
        match f {
            FieldId::Name => field("Name", "required"),
            FieldId::Phone => field("Phone", "13812345678 or +44..."),
            FieldId::Card => field("Card no.", "optional"),
            FieldId::Gender => field("Gender", "F, M, O or empty"),
            FieldId::Birthday => field("Birthday", "YYYY-MM-DD"),
            FieldId::Tags => field("Tags", "vip, regular..."),
            FieldId::Alerts => field("Alerts", "peanut allergy; no pork"),
            FieldId::Notes => field("Notes", "preferences"),
            FieldId::Consent => field("Marketing", "y or n"),
            FieldId::Party => field("Party", "guests, 1-99"),
            FieldId::Location => field("Table/room", "table, room or chair"),
            FieldId::CheckinStaff => field("Staff", "who serves them"),
            FieldId::Items => field("Items", "what was served, comma-separated"),
            FieldId::ServiceStaff => field("Staff", "who served"),
            FieldId::Amount => field("Amount", "such as 128.50"),
            FieldId::Category => field("Category", "quality service waiting billing hygiene other"),
            FieldId::Severity => field("Severity", "low, medium, high"),
            FieldId::Description => field("What happened", "as the guest said it"),
            FieldId::Assignee => field("Assign to", "person or department"),
            FieldId::ProgressNote => field("Note", "what was said to the guest"),
            FieldId::Resolution => field("Resolution", "apology, discount, refund..."),
            FieldId::Compensation => field("Compensation", "what was given, if anything"),
            FieldId::Note => field("Note", "optional"),
            FieldId::FollowUp => field("Follow-up", "did the guest say they are satisfied?"),
            FieldId::Redeem => field("Redeem pts", "points taken off this bill, if any"),
            FieldId::PointsDelta => field("Points", "+50 adds, -50 takes away"),
            FieldId::Reason => field("Reason", "required: why the points change"),
            FieldId::CompensationPoints => field("Points given", "points to settle it, if any"),
        }
    }
    fn new_member_title(&self) -> &'static str {
        "New member"
    }
    fn edit_member_title(&self, name: &str) -> String {
        format!("Edit {name}")
    }
    fn checkin_title(&self, name: &str) -> String {
        format!("Check in {name}")
    }
    fn checkin_walkin_title(&self) -> &'static str {
        "Check in a walk-in guest"
    }
    fn service_title(&self, name: &str) -> String {
        format!("Service for {name}")
    }
    fn complaint_title(&self, name: &str) -> String {
        format!("Complaint from {name}")
    }
    fn complaint_no_member_title(&self) -> &'static str {
        "Complaint (no member)"
    }
    fn advance_title(&self, from: ComplaintStatus, to: ComplaintStatus) -> String {
        format!(
            "Complaint: {} -> {}",
            self.complaint_status(from),
            self.complaint_status(to)
        )
    }
    fn points_preview(&self, points: i64) -> String {
        format!("Points earned on save: +{points}")
    }
    fn points_preview_no_amount(&self) -> &'static str {
        "Points earned on save: enter the amount"
    }
    fn category_invalid(&self) -> &'static str {
        "choose quality, service, waiting, billing, hygiene or other"
    }
    fn points_invalid(&self, signed: bool) -> &'static str {
        if signed {
            "write whole points, such as +50 or -20"
        } else {
            "write whole points, such as 100, or leave it empty"
        }
    }
    fn adjust_points_title(&self, name: &str, balance: i64) -> String {
        format!("Adjust points of {name} (balance {balance})")
    }
    fn with_balance(&self, preview: &str, tier: &str, balance: i64) -> String {
        format!("{preview} · {tier}, balance {balance}")
    }
    fn redeemed_against_bill(&self, amount: Money) -> String {
        format!("redeemed against a bill of {amount}")
    }
    fn with_redeemed(&self, done: &str, points: i64) -> String {
        format!("{done}, {points} points redeemed")
    }
    fn points_adjusted(&self, name: &str, points: i64) -> String {
        format!("Adjusted points of {name} by {points:+}")
    }
    fn severity_invalid(&self) -> &'static str {
        "write low, medium or high"
    }

    // Results of saving.

    fn saved_new_member(&self, name: &str) -> String {
        format!("Saved new member {name}")
    }
    fn saved_changes(&self, name: &str) -> String {
        format!("Saved changes to {name}")
    }
    fn walk_in_guest(&self) -> &'static str {
        "walk-in guest"
    }
    fn checked_in(&self, who: &str, party: u16) -> String {
        format!("Checked in {who}, party of {party}")
    }
    fn saved_service(&self, name: &str, amount: Money, points: i64) -> String {
        format!("Saved service for {name}: {amount}, +{points} points")
    }
    fn complaint_recorded(&self, category: Category) -> String {
        format!("Complaint recorded ({})", self.category(category))
    }
    fn complaint_now(&self, status: ComplaintStatus) -> String {
        format!("Complaint is now {}", self.complaint_status(status))
    }
    fn nothing_changed(&self) -> &'static str {
        "Nothing changed"
    }
    fn not_saved_fields(&self, count: usize) -> String {
        let s = if count == 1 { "" } else { "s" };
        format!("Not saved: {count} field{s} to fix")
    }

    // Status messages.

    fn cancelled(&self) -> &'static str {
        "Cancelled; nothing was saved"
    }
    fn form_cancelled(&self) -> &'static str {
        "Form cancelled; nothing was saved"
    }
    fn sync_not_set_up(&self) -> &'static str {
        "Sync between desks is not set up on this desk"
    }
    fn loading_demo(&self) -> &'static str {
        "Loading demo data"
    }
    fn demo_loaded(&self, members: usize) -> String {
        format!("Loaded demo data: {members} members with visits, services and complaints")
    }
    fn edit_needs_member(&self) -> &'static str {
        "Select a member in Lookup first, then edit"
    }
    fn checkin_needs_member(&self) -> &'static str {
        "Select a member in Lookup (F2) first, or press the walk-in key for a guest without a card"
    }
    fn service_needs_member(&self) -> &'static str {
        "Select a member in Lookup (F2) first: a service is logged for a member"
    }
    fn complaint_closed(&self) -> &'static str {
        "This complaint is closed"
    }
    fn no_complaint_selected(&self) -> &'static str {
        "There is no complaint selected"
    }
    fn complaint_no_member(&self) -> &'static str {
        "This complaint is not linked to a member"
    }

    // Runtime and start-up.

    fn store_in_memory(&self) -> &'static str {
        "memory"
    }
    fn not_saved(&self, error: &str) -> String {
        format!("Not saved: {error}")
    }
    fn member_gone(&self) -> &'static str {
        "That member no longer exists: it was deleted or merged"
    }
    fn demo_failed(&self, error: &str) -> String {
        format!("Demo data could not be loaded: {error}")
    }
    fn keymap_unreadable(&self, path: &str, error: &str) -> String {
        format!("The keymap file {path} could not be read ({error}); using the default keys")
    }
    fn with_more(&self, first: &str, more: usize) -> String {
        if more == 0 {
            first.to_string()
        } else {
            format!("{first} (and {more} more)")
        }
    }

    // Validation.

    fn field_error(&self, e: &FieldError) -> String {
        self.field_message(e.field, &self.field_problem(e.field, &e.problem))
    }
    fn field_problem(&self, field: &str, p: &Problem) -> String {
        match p {
            Problem::Required => self.required(field),
            Problem::ControlCharacters => self.control_characters().into(),
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
        }
    }
    fn money_error(&self, e: &MoneyError) -> String {
        match e {
            MoneyError::Empty => self.amount_empty().into(),
            MoneyError::Negative => self.amount_negative().into(),
            MoneyError::TooManyDecimals => self.amount_too_many_decimals().into(),
            MoneyError::NotANumber(typed) => self.amount_not_a_number(typed),
            MoneyError::TooLarge => self.amount_too_large().into(),
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
                self.field_message("reason", &self.field_problem("reason", p))
            }
            PointsError::Zero => self.points_zero().into(),
            PointsError::BelowZero { balance, wanted } => self.points_below_zero(*balance, *wanted),
        }
    }
    fn field_message(&self, field: &str, message: &str) -> String {
        format!("{field}: {message}")
    }
    fn required(&self, field: &str) -> String {
        format!("{field} is required")
    }
    fn control_characters(&self) -> &'static str {
        "remove the control characters (tabs, escapes, line breaks)"
    }
    fn too_long(&self, chars: usize, max: usize) -> String {
        format!("too long: {chars} characters, at most {max}")
    }
    fn card_invalid(&self) -> &'static str {
        "use letters, digits and dashes only"
    }
    fn not_a_date(&self, typed: &str) -> String {
        format!("\"{typed}\" is not a date; write it as YYYY-MM-DD, such as 1990-05-17")
    }
    fn birthday_in_future(&self) -> &'static str {
        "the birthday is in the future; check the year"
    }
    fn birthday_before(&self, year: i32) -> String {
        format!("the birthday is before {year}; check the year")
    }
    fn gender_invalid(&self) -> &'static str {
        "write F, M, O or leave it empty"
    }
    fn too_many_tags(&self, max: usize) -> String {
        format!("at most {max} tags")
    }
    fn party_invalid(&self, max: u16) -> String {
        format!("party size is a number from 1 to {max}")
    }
    fn consent_invalid(&self) -> &'static str {
        "write y or n"
    }
    fn amount_empty(&self) -> &'static str {
        "enter an amount, such as 128.50"
    }
    fn amount_negative(&self) -> &'static str {
        "the amount cannot be negative; enter 0 or more"
    }
    fn amount_too_many_decimals(&self) -> &'static str {
        "the amount has more than 2 decimals; round it to cents, such as 128.50"
    }
    fn amount_not_a_number(&self, typed: &str) -> String {
        format!("\"{typed}\" is not an amount; use digits and one point, such as 128.50")
    }
    fn amount_too_large(&self) -> &'static str {
        "the amount is too large; check the figure"
    }
    fn phone_empty(&self) -> &'static str {
        "enter a phone number"
    }
    fn phone_invalid(&self, typed: &str) -> String {
        format!(
            "\"{typed}\" is not a phone number: use a mainland mobile (11 digits starting with 1, such as 13812345678) or an international number starting with +"
        )
    }
    fn points_not_positive(&self) -> &'static str {
        "enter a number of points above 0"
    }
    fn points_short(&self, balance: i64, wanted: i64) -> String {
        format!("the balance is {balance} points; {wanted} points cannot be redeemed")
    }
    fn points_no_reason(&self) -> &'static str {
        "an adjustment needs a reason, such as \"goodwill after a late table\""
    }
    fn points_zero(&self) -> &'static str {
        "an adjustment of 0 points changes nothing"
    }
    fn points_below_zero(&self, balance: i64, wanted: i64) -> String {
        format!("the balance is {balance} points; taking off {wanted} would leave it below zero")
    }

    // Member import.

    fn row_error(&self, e: &RowError) -> String {
        format!(
            "row {}, {}: {}",
            e.row,
            e.column,
            self.row_problem(&e.problem)
        )
    }
    fn row_problem(&self, p: &RowProblem) -> String {
        match p {
            RowProblem::Field(e) => self.field_problem(e.field, &e.problem),
            RowProblem::Date(d) => self.date_problem(d),
            RowProblem::Email(typed) => {
                format!("\"{typed}\" is not an email address, such as ann@example.com")
            }
        }
    }
    fn date_problem(&self, p: &DateProblem) -> String {
        match p {
            DateProblem::NotADate(raw) => format!(
                "\"{raw}\" is not a date; write it as 1990-05-17 (year-month-day), such as 1990-05-17"
            ),
            DateProblem::NoFourDigitYear(raw) => {
                format!("\"{raw}\" has no four-digit year; write it as 1990-05-17")
            }
            DateProblem::Ambiguous {
                raw,
                day_first,
                month_first,
            } => format!(
                "\"{raw}\" could be {} or {}; write it as year-month-day, such as {}",
                day_first.format("%-d %B %Y"),
                month_first.format("%-d %B %Y"),
                day_first
            ),
        }
    }
}

/// "1 visit", "3 visits".
fn visits_n(n: u32) -> String {
    if n == 1 {
        "1 visit".to_string()
    } else {
        format!("{n} visits")
    }
}
