//! The message catalog is complete: every language has every text, messages say what
//! they are given, and the views and the update hold no wording of their own.

use frontdesk::catalog::{Catalog, FieldId, Lang, text};
use frontdesk::domain::complaint::Category;
use frontdesk::domain::{ComplaintStatus, Gender, Money, PointsKind, Severity};
use unicode_width::UnicodeWidthStr;

const STATUSES: [ComplaintStatus; 5] = [
    ComplaintStatus::Open,
    ComplaintStatus::InProgress,
    ComplaintStatus::Resolved,
    ComplaintStatus::FollowedUp,
    ComplaintStatus::Closed,
];
const SEVERITIES: [Severity; 3] = [Severity::Low, Severity::Medium, Severity::High];
const GENDERS: [Gender; 4] = [
    Gender::Unspecified,
    Gender::Female,
    Gender::Male,
    Gender::Other,
];
const POINTS_KINDS: [PointsKind; 6] = [
    PointsKind::Earn,
    PointsKind::Redeem,
    PointsKind::Adjust,
    PointsKind::Expire,
    PointsKind::Referral,
    PointsKind::Compensation,
];

/// The widest label a form line holds (ui/form.rs): the label is right-aligned in 12
/// columns after the mark, and one column more still fits before the value is cut.
const FORM_LABEL_COLUMNS: usize = 13;

fn catalogs() -> impl Iterator<Item = (Lang, &'static dyn Catalog)> {
    Lang::ALL.into_iter().map(|l| (l, l.catalog()))
}

/// A label is there, and carries no padding: the views add the spaces around titles.
fn assert_label(lang: Lang, what: &str, s: &str) {
    assert!(!s.trim().is_empty(), "{lang:?}: {what} is empty");
    assert_eq!(s, s.trim(), "{lang:?}: {what} has padding: {s:?}");
    assert!(
        !s.chars().any(|c| c.is_control() && c != '\n'),
        "{lang:?}: {what} has a control character: {s:?}"
    );
}

fn assert_has(lang: Lang, what: &str, msg: &str, args: &[&str]) {
    assert_label(lang, what, msg);
    for a in args {
        assert!(msg.contains(a), "{lang:?}: {what} = {msg:?} lacks {a:?}");
    }
}

#[test]
fn each_language_has_its_catalog() {
    assert_eq!(Lang::En.messages().lang(), Lang::En);
    assert_eq!(Lang::Zh.catalog().lang(), Lang::Zh);
    assert_eq!(Lang::En.catalog().lang(), Lang::En);
    for (lang, c) in catalogs() {
        assert_eq!(c.lang(), lang, "Lang::catalog returns the wrong language");
    }
}

#[test]
fn language_codes_parse() {
    for code in ["en", "EN", "en-GB", "en_US.UTF-8", " en "] {
        assert_eq!(Lang::parse(code), Some(Lang::En), "{code}");
    }
    for code in ["", "fr", "xx-en", "C.UTF-8", "POSIX"] {
        assert_eq!(Lang::parse(code), None, "{code}");
    }
}

#[test]
fn every_fixed_label_is_there() {
    for (lang, c) in catalogs() {
        let labels = [
            ("app_name", c.app_name()),
            ("tab_lookup", c.tab_lookup()),
            ("tab_checkin", c.tab_checkin()),
            ("tab_service", c.tab_service()),
            ("tab_complaints", c.tab_complaints()),
            ("tab_insights", c.tab_insights()),
            ("help_title", c.help_title()),
            ("find_label", c.find_label()),
            ("indexing", c.indexing()),
            ("welcome_title", c.welcome_title()),
            ("lookup_start_hint", c.lookup_start_hint()),
            ("searching", c.searching()),
            ("badge_allergy", c.badge_allergy()),
            ("badge_complaint", c.badge_complaint()),
            ("badge_birthday", c.badge_birthday()),
            ("none_yet", c.none_yet()),
            ("no_alerts", c.no_alerts()),
            ("walk_in", c.walk_in()),
            ("no_open_complaints", c.no_open_complaints()),
            ("late_mark", c.late_mark()),
            ("nobody_yet", c.nobody_yet()),
            ("step_note", c.step_note()),
            ("insights_chart_title", c.insights_chart_title()),
            ("insights_summary_title", c.insights_summary_title()),
            ("new_member_title", c.new_member_title()),
            ("checkin_walkin_title", c.checkin_walkin_title()),
            ("complaint_no_member_title", c.complaint_no_member_title()),
            ("points_preview_no_amount", c.points_preview_no_amount()),
            ("category_invalid", c.category_invalid()),
            ("severity_invalid", c.severity_invalid()),
            ("walk_in_guest", c.walk_in_guest()),
            ("nothing_changed", c.nothing_changed()),
            ("cancelled", c.cancelled()),
            ("form_cancelled", c.form_cancelled()),
            ("sync_not_set_up", c.sync_not_set_up()),
            ("loading_demo", c.loading_demo()),
            ("edit_needs_member", c.edit_needs_member()),
            ("checkin_needs_member", c.checkin_needs_member()),
            ("service_needs_member", c.service_needs_member()),
            ("complaint_closed", c.complaint_closed()),
            ("no_complaint_selected", c.no_complaint_selected()),
            ("complaint_no_member", c.complaint_no_member()),
            ("store_in_memory", c.store_in_memory()),
            ("member_gone", c.member_gone()),
            // Validation.
            ("control_characters", c.control_characters()),
            ("card_invalid", c.card_invalid()),
            ("birthday_in_future", c.birthday_in_future()),
            ("gender_invalid", c.gender_invalid()),
            ("consent_invalid", c.consent_invalid()),
            ("amount_empty", c.amount_empty()),
            ("amount_negative", c.amount_negative()),
            ("amount_too_many_decimals", c.amount_too_many_decimals()),
            ("amount_too_large", c.amount_too_large()),
            ("phone_empty", c.phone_empty()),
            ("points_not_positive", c.points_not_positive()),
            ("points_no_reason", c.points_no_reason()),
            ("points_zero", c.points_zero()),
        ];
        for (what, s) in labels {
            assert_label(lang, what, s);
        }
        let headers = [
            c.lookup_headers().to_vec(),
            c.arrivals_headers().to_vec(),
            c.service_headers().to_vec(),
            c.complaint_headers().to_vec(),
        ];
        for h in headers.iter().flatten() {
            assert_label(lang, "column header", h);
        }
        for st in STATUSES {
            assert_label(lang, "complaint_status", c.complaint_status(st));
        }
        for cat in Category::ALL {
            assert_label(lang, "category", c.category(cat));
        }
        for sev in SEVERITIES {
            assert_label(lang, "severity", c.severity(sev));
        }
        for g in GENDERS {
            assert_label(lang, "gender", c.gender(g));
        }
        for k in POINTS_KINDS {
            assert_label(lang, "points_kind", c.points_kind(k));
        }
    }
}

#[test]
fn every_field_has_a_label_that_fits_and_a_hint() {
    for (lang, c) in catalogs() {
        for id in FieldId::ALL {
            let f = c.field(id);
            assert_label(lang, &format!("{id:?} label"), f.label);
            assert_label(lang, &format!("{id:?} hint"), f.hint);
            assert!(
                f.label.width() <= FORM_LABEL_COLUMNS,
                "{lang:?}: the {id:?} label {:?} is wider than {FORM_LABEL_COLUMNS} columns",
                f.label
            );
        }
    }
}

#[test]
fn every_message_says_what_it_is_given() {
    for (lang, c) in catalogs() {
        let l = lang;
        assert_has(
            l,
            "window_too_small",
            &c.window_too_small(41, 13, 60, 16),
            &["41", "13", "60", "16"],
        );
        assert_has(
            l,
            "progress",
            &c.progress("Loading", 42, 7, 17),
            &["Loading", "42", "7", "17"],
        );
        assert_has(l, "points_count", &c.points_count(1234), &["1234"]);
        assert_has(l, "shown_of", &c.shown_of(50, 321), &["50", "321"]);
        assert_has(l, "found", &c.found(321), &["321"]);
        assert_has(
            l,
            "welcome_empty_store",
            &c.welcome_empty_store("F9", 3000, "Ctrl-N"),
            &["F9", "3000", "Ctrl-N"],
        );
        assert_has(
            l,
            "no_member_matches",
            &c.no_member_matches("zzq", "Ctrl-N"),
            &["zzq", "Ctrl-N"],
        );
        assert_has(l, "card_visits_title", &c.card_visits_title(11), &["11"]);
        assert_has(
            l,
            "card_services_title",
            &c.card_services_title(12),
            &["12"],
        );
        assert_has(
            l,
            "card_complaints_title",
            &c.card_complaints_title(13),
            &["13"],
        );
        assert_has(l, "card_ledger_title", &c.card_ledger_title(-45), &["-45"]);
        assert_has(
            l,
            "card_visit",
            &c.card_visit("03-02 19:30", 4, "T12", "Lily"),
            &["03-02 19:30", "4", "T12", "Lily"],
        );
        assert_has(l, "card_number", &c.card_number("C-0042"), &["C-0042"]);
        for consent in [true, false] {
            assert_has(
                l,
                "card_contact",
                &c.card_contact("138****5678", "F", "1990-05-17", consent),
                &["138****5678", "F", "1990-05-17"],
            );
        }
        assert_ne!(
            c.card_contact("p", "g", "b", true),
            c.card_contact("p", "g", "b", false),
            "{l:?}: card_contact does not show marketing consent"
        );
        assert_has(
            l,
            "card_stats",
            &c.card_stats(37, Money(12_850), "#vip"),
            &["37", &Money(12_850).to_string(), "#vip"],
        );
        assert_has(l, "open_complaints", &c.open_complaints(3), &["3"]);
        assert_has(
            l,
            "card_notes",
            &c.card_notes("window seat"),
            &["window seat"],
        );
        assert_has(
            l,
            "checkin_member_hint",
            &c.checkin_member_hint("Ctrl-K", "张伟"),
            &["Ctrl-K", "张伟"],
        );
        assert_has(
            l,
            "checkin_select_hint",
            &c.checkin_select_hint("F2", "Ctrl-K"),
            &["F2", "Ctrl-K"],
        );
        assert_has(l, "walkin_hint", &c.walkin_hint("Ctrl-W"), &["Ctrl-W"]);
        assert_has(
            l,
            "arrivals_summary",
            &c.arrivals_summary(9, 21),
            &["9", "21"],
        );
        assert_has(
            l,
            "service_select_hint",
            &c.service_select_hint("F2", "Ctrl-S"),
            &["F2", "Ctrl-S"],
        );
        assert_has(l, "service_hint", &c.service_hint("Ctrl-S"), &["Ctrl-S"]);
        assert_has(
            l,
            "complaint_board_title",
            &c.complaint_board_title(17, 8, 3),
            &["17", "8", "3"],
        );
        assert_has(
            l,
            "complaint_detail",
            &c.complaint_detail(ComplaintStatus::Resolved, "Ann", "refunded", "free dessert"),
            &[
                c.complaint_status(ComplaintStatus::Resolved),
                "Ann",
                "refunded",
                "free dessert",
            ],
        );
        assert_has(
            l,
            "complaint_step",
            &c.complaint_step("03-02 10:15", "resolved", "Bob", "called back"),
            &["03-02 10:15", "resolved", "Bob", "called back"],
        );
        assert_has(
            l,
            "insights_today",
            &c.insights_today(9, 21, 3),
            &["9", "21", "3"],
        );
        assert_has(
            l,
            "insights_complaints",
            &c.insights_complaints(5, 6, 7, 8),
            &["5", "6", "7", "8"],
        );
        assert_has(l, "insights_overdue", &c.insights_overdue(4), &["4"]);
        assert_has(
            l,
            "edit_member_title",
            &c.edit_member_title("张伟"),
            &["张伟"],
        );
        assert_has(l, "checkin_title", &c.checkin_title("张伟"), &["张伟"]);
        assert_has(l, "service_title", &c.service_title("张伟"), &["张伟"]);
        assert_has(l, "complaint_title", &c.complaint_title("张伟"), &["张伟"]);
        for from in STATUSES {
            for to in STATUSES {
                assert_has(
                    l,
                    "advance_title",
                    &c.advance_title(from, to),
                    &[c.complaint_status(from), c.complaint_status(to)],
                );
            }
            assert_has(
                l,
                "complaint_now",
                &c.complaint_now(from),
                &[c.complaint_status(from)],
            );
        }
        assert_has(l, "points_preview", &c.points_preview(128), &["128"]);
        assert_has(
            l,
            "saved_new_member",
            &c.saved_new_member("张伟"),
            &["张伟"],
        );
        assert_has(l, "saved_changes", &c.saved_changes("张伟"), &["张伟"]);
        assert_has(l, "checked_in", &c.checked_in("张伟", 2), &["张伟", "2"]);
        assert_has(
            l,
            "saved_service",
            &c.saved_service("张伟", Money(12_850), 128),
            &["张伟", &Money(12_850).to_string(), "128"],
        );
        for cat in Category::ALL {
            assert_has(
                l,
                "complaint_recorded",
                &c.complaint_recorded(cat),
                &[c.category(cat)],
            );
        }
        for n in [0, 1, 2, 5] {
            assert_has(
                l,
                "not_saved_fields",
                &c.not_saved_fields(n),
                &[&n.to_string()],
            );
        }
        assert_has(l, "demo_loaded", &c.demo_loaded(3000), &["3000"]);
        assert_has(l, "not_saved", &c.not_saved("disk full"), &["disk full"]);
        assert_has(
            l,
            "demo_failed",
            &c.demo_failed("disk full"),
            &["disk full"],
        );
        assert_has(
            l,
            "keymap_unreadable",
            &c.keymap_unreadable("/home/a/keymap.toml", "denied"),
            &["/home/a/keymap.toml", "denied"],
        );
        assert_has(
            l,
            "with_more",
            &c.with_more("line 3: unknown key", 4),
            &["line 3: unknown key", "4"],
        );
        assert_eq!(
            c.with_more("only", 0),
            "only",
            "{l:?}: with_more(_, 0) adds to the text"
        );

        // Validation.
        assert_has(
            l,
            "field_message",
            &c.field_message("phone", "enter a phone number"),
            &["phone", "enter a phone number"],
        );
        assert_has(l, "required", &c.required("name"), &["name"]);
        assert_has(l, "too_long", &c.too_long(41, 40), &["41", "40"]);
        assert_has(l, "not_a_date", &c.not_a_date("17/05/90"), &["17/05/90"]);
        assert_has(l, "birthday_before", &c.birthday_before(1900), &["1900"]);
        assert_has(l, "too_many_tags", &c.too_many_tags(12), &["12"]);
        assert_has(l, "party_invalid", &c.party_invalid(99), &["99"]);
        assert_has(
            l,
            "amount_not_a_number",
            &c.amount_not_a_number("12,5x"),
            &["12,5x"],
        );
        assert_has(l, "phone_invalid", &c.phone_invalid("555-01"), &["555-01"]);
        assert_has(l, "points_short", &c.points_short(30, 40), &["30", "40"]);
        assert_has(
            l,
            "points_below_zero",
            &c.points_below_zero(10, 11),
            &["10", "11"],
        );
        assert_has(
            l,
            "tier_reason",
            &c.tier_reason(Money(820_000), 14, 12),
            &[&Money(820_000).to_string(), "14", "12"],
        );

        // Member import.
        use frontdesk::csvio::{DateProblem, RowError, RowProblem};
        let ambiguous = DateProblem::Ambiguous {
            raw: "05/06/1990".into(),
            day_first: chrono::NaiveDate::from_ymd_opt(1990, 6, 5).unwrap(),
            month_first: chrono::NaiveDate::from_ymd_opt(1990, 5, 6).unwrap(),
        };
        assert_has(
            l,
            "date_problem",
            &c.date_problem(&ambiguous),
            &["05/06/1990", "1990"],
        );
        for p in [
            DateProblem::NotADate("soon".into()),
            DateProblem::NoFourDigitYear("soon".into()),
        ] {
            assert_has(l, "date_problem", &c.date_problem(&p), &["soon"]);
        }
        let row = RowError {
            row: 7,
            column: "Email".into(),
            problem: RowProblem::Email("ann-at-example".into()),
        };
        assert_has(
            l,
            "row_error",
            &c.row_error(&row),
            &["7", "Email", "ann-at-example"],
        );
    }
}

/// The domain's errors are typed data; the active catalog says them.
#[test]
fn domain_errors_speak_through_the_catalog() {
    use frontdesk::domain::loyalty::{self, PointsError};
    use frontdesk::domain::money::MoneyError;
    use frontdesk::domain::phone::PhoneError;
    use frontdesk::domain::validate::{self, FieldError, Problem};

    let c = text();
    assert_eq!(c.money_error(&MoneyError::Negative), c.amount_negative());
    assert_eq!(
        c.money_error(&MoneyError::NotANumber("1,5".into())),
        c.amount_not_a_number("1,5")
    );
    assert_eq!(c.phone_error(&PhoneError::Empty), c.phone_empty());
    assert_eq!(
        c.phone_error(&PhoneError::Format("12345".into())),
        c.phone_invalid("12345")
    );
    assert_eq!(
        c.points_error(&PointsError::Short {
            balance: 30,
            wanted: 40
        }),
        c.points_short(30, 40)
    );
    let too_long = Problem::TooLong {
        chars: 501,
        max: 500,
    };
    assert_eq!(
        c.points_error(&PointsError::BadReason(Box::new(too_long.clone()))),
        c.field_message("reason", &c.too_long(501, 500))
    );
    // What `check_adjustment` returns for a reason that is too long.
    assert_eq!(
        loyalty::check_adjustment(10, 5, &"x".repeat(501)),
        Err(PointsError::BadReason(Box::new(too_long)))
    );
    let e = validate::name("  ").unwrap_err();
    assert_eq!(e, FieldError::new("name", Problem::Required));
    assert_eq!(c.field_problem(e.field, &e.problem), c.required("name"));
    assert_eq!(
        c.field_error(&e),
        c.field_message("name", &c.required("name"))
    );
    let e = validate::party("100").unwrap_err();
    assert_eq!(e.problem, Problem::Party(validate::PARTY_MAX));
    assert_eq!(
        c.field_problem(e.field, &e.problem),
        c.party_invalid(validate::PARTY_MAX)
    );
    let e = validate::amount("-3").unwrap_err();
    assert_eq!(e.problem, Problem::Amount(MoneyError::Negative));
    assert_eq!(c.field_problem(e.field, &e.problem), c.amount_negative());
    let e = validate::phone("12345").unwrap_err();
    assert_eq!(
        e.problem,
        Problem::Phone(PhoneError::Format("12345".into()))
    );
    assert_eq!(
        c.field_problem(e.field, &e.problem),
        c.phone_invalid("12345")
    );
}

/// The English sentences of the domain's errors, exactly as the desk has always shown them.
#[test]
fn english_sentences_of_domain_errors() {
    use frontdesk::domain::loyalty::{self, PointsError};
    use frontdesk::domain::validate;

    let c = Lang::En.messages();
    assert_eq!(
        c.points_error(&loyalty::check_redeem(30, 40).unwrap_err()),
        "the balance is 30 points; 40 points cannot be redeemed"
    );
    assert_eq!(
        c.points_error(&PointsError::BelowZero {
            balance: 10,
            wanted: 11
        }),
        "the balance is 10 points; taking off 11 would leave it below zero"
    );
    assert_eq!(
        c.field_error(&validate::name("  ").unwrap_err()),
        "name: name is required"
    );
    assert_eq!(
        c.field_error(&validate::name(&"x".repeat(41)).unwrap_err()),
        "name: too long: 41 characters, at most 40"
    );
    assert_eq!(
        c.field_error(&validate::amount("1.234").unwrap_err()),
        "amount: the amount has more than 2 decimals; round it to cents, such as 128.50"
    );
    assert_eq!(
        c.points_error(&loyalty::check_adjustment(10, 5, "a\tb").unwrap_err()),
        "reason: remove the control characters (tabs, escapes, line breaks)"
    );
}

/// A recorded tier change is worded from its figures; an older one keeps its sentence.
#[test]
fn tier_reasons_come_from_the_figures_or_the_old_sentence() {
    use frontdesk::domain::{Id, TierEvent, TierFacts, Timestamp};

    let mut e = TierEvent {
        id: Id(1),
        member: Id(2),
        from: "Silver".into(),
        to: "Gold".into(),
        upgrade: true,
        reason: String::new(),
        operator: "desk".into(),
        at: Timestamp(0),
        facts: Some(TierFacts {
            spend: Money(820_000),
            visits: 14,
            months: 12,
        }),
    };
    for l in Lang::ALL {
        let c = l.catalog();
        assert_eq!(
            c.tier_event_reason(&e),
            c.tier_reason(Money(820_000), 14, 12),
            "{l:?}"
        );
    }
    assert_eq!(
        Lang::En.messages().tier_event_reason(&e),
        "spend 8200.00 and 14 visits in the last 12 months"
    );
    assert_eq!(
        Lang::En.messages().tier_reason(Money(5_000), 1, 0),
        "spend 50.00 and 1 visit in all"
    );
    e.facts = None;
    e.reason = "spend 8000.00 and 5 visits in the last 12 months".into();
    for l in Lang::ALL {
        assert_eq!(l.catalog().tier_event_reason(&e), e.reason, "{l:?}");
    }
}

#[test]
fn english_wording_the_desk_knows() {
    let c = Lang::En.messages();
    assert_eq!(c.saved_new_member("张伟"), "Saved new member 张伟");
    assert_eq!(c.checked_in("张伟", 2), "Checked in 张伟, party of 2");
    assert_eq!(c.points_preview(128), "Points earned on save: +128");
    assert_eq!(
        c.complaint_now(ComplaintStatus::Resolved),
        "Complaint is now resolved"
    );
    assert_eq!(c.not_saved_fields(1), "Not saved: 1 field to fix");
    assert_eq!(c.not_saved_fields(3), "Not saved: 3 fields to fix");
    assert_eq!(
        c.complaint_status(ComplaintStatus::InProgress),
        "in progress"
    );
}

/// Every Rust file under `dir`, however deep.
fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("source folder") {
        let p = e.expect("dir entry").path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

/// Views, the app (update, forms, state, runtime, worker) and the desk core take their
/// words from the catalog: a string literal there that reads as words (not a field key,
/// format or env var) is a text left behind.
#[test]
fn views_app_and_desk_hold_no_wording() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files: Vec<std::path::PathBuf> = ["ui", "app", "desk"]
        .iter()
        .flat_map(|d| rust_files(&dir.join(d)))
        .collect();
    let mut left = Vec::new();
    for path in files {
        let src = std::fs::read_to_string(&path).expect("source file");
        let code = src.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            // Comments, and log lines for engineers (the log file is not the desk's).
            let t = line.trim_start();
            if t.starts_with("//") || t.starts_with("tracing::") {
                continue;
            }
            for lit in literals(line) {
                if reads_as_words(&lit) {
                    left.push(format!("{}:{}: {lit:?}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(
        left.is_empty(),
        "user-facing text outside the catalog:\n{}",
        left.join("\n")
    );
}

#[test]
fn the_wording_check_tells_words_from_keys() {
    for words in [
        "Lookup",
        "Saved new member {name}",
        " Find: ",
        "{} checks in {}",
        "none yet",
    ] {
        assert!(reads_as_words(words), "{words:?}");
    }
    for not in [
        "amount",
        "demo.load",
        "NO_COLOR",
        "%H:%M",
        "{mark}{:>width$} ",
        " … {}",
        "F",
        "",
        "›",
    ] {
        assert!(!reads_as_words(not), "{not:?}");
    }
    let line = r#"let x = format!("a \"b\" {c}", '"', "key");"#;
    assert_eq!(
        literals(line),
        vec![r#"a \"b\" {c}"#.to_string(), "key".to_string()]
    );
}

/// The string literals on one line of Rust (escapes kept as written).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        if c == '"' && prev != '\'' {
            let mut lit = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        lit.push(c);
                        if let Some(e) = chars.next() {
                            lit.push(e);
                        }
                    }
                    '"' => break,
                    _ => lit.push(c),
                }
            }
            out.push(lit);
            prev = '"';
        } else {
            prev = c;
        }
    }
    out
}

/// Words, once format placeholders (`{name:>8}`), strftime codes (`%H`) and escapes are
/// taken out; a lone key (`amount`, `demo.load`) or an env var name (`NO_COLOR`) is not.
/// (So a one-word lowercase text such as `"yes"` slips through: it looks like a key.)
fn reads_as_words(lit: &str) -> bool {
    let mut rest = String::new();
    let mut depth = 0;
    let mut chars = lit.chars();
    while let Some(c) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            '%' | '\\' if depth == 0 => {
                chars.next();
            }
            _ if depth == 0 => rest.push(c),
            _ => {}
        }
    }
    let rest = rest.trim();
    if lit.contains('{') && rest.chars().any(char::is_alphabetic) {
        // A key is never a format string: letters around a placeholder are words.
        return true;
    }
    let key = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.-".contains(c))
            || s.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    };
    rest.chars().any(char::is_alphabetic) && !key(rest)
}

#[test]
fn fluent_messages_load_in_both_languages_with_arguments() {
    use frontdesk::catalog::Messages;
    for (lang, name) in [(Lang::En, "English"), (Lang::Zh, "简体中文")] {
        let (m, problems) = Messages::load(lang, None);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(m.get("lang-name", None), name);
        assert_eq!(m.fixed("lang-name"), name);
    }
}

#[test]
fn an_override_file_replaces_single_messages_and_names_its_bad_lines() {
    use frontdesk::catalog::Messages;
    let text = "lang-name = 中文（本店）\nbroken message\n";
    let (m, problems) = Messages::load(Lang::Zh, Some(("store.ftl", text)));
    assert_eq!(m.get("lang-name", None), "中文（本店）");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        (problems[0].file.as_str(), problems[0].line),
        ("store.ftl", 2)
    );
}

#[test]
fn the_language_comes_from_the_flag_the_environment_or_the_settings() {
    for (code, lang) in [
        ("zh", Lang::Zh),
        ("zh-CN", Lang::Zh),
        ("zh_CN.UTF-8", Lang::Zh),
        ("zh-Hans", Lang::Zh),
        ("zh_SG", Lang::Zh),
        ("en_US.UTF-8", Lang::En),
        ("C.UTF-8", Lang::En),
    ] {
        assert_eq!(Lang::parse(code).unwrap_or(Lang::En), lang, "{code}");
    }
    assert_eq!(Lang::choose(Some("zh"), Some("en")), Lang::Zh);
}

// --- The message files -------------------------------------------------------------------

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// The folder of a language's message files.
fn locale_dir(lang: Lang) -> std::path::PathBuf {
    let code = match lang {
        Lang::En => "en",
        Lang::Zh => "zh-CN",
    };
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(code)
}

/// Every message of a language's files on disk, with the `$variables` it uses (in its
/// value, its attributes, its selectors and every variant). A message defined twice, or a
/// file that does not parse, fails the test.
fn messages_on_disk(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(locale_dir(lang))
        .expect("locale folder")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("message file");
        let res = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(res) => res,
            Err((_, errs)) => panic!("{}: {errs:?}", path.display()),
        };
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                let id = m.id.name.to_string();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{lang:?}: {id} is defined twice ({})",
                    path.display()
                );
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(e: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    let call = |args: &ast::CallArguments<&str>, vars: &mut BTreeSet<String>| {
        for a in &args.positional {
            inline_vars(a, vars);
        }
        for a in &args.named {
            inline_vars(&a.value, vars);
        }
    };
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => call(arguments, vars),
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call(arguments, vars),
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn the_variable_finder_looks_inside_selectors_and_calls() {
    let text = "m = a { $x ->\n    [one] { $y }\n   *[other] { NUMBER($z, $w) }\n } { $v }\n";
    let res = fluent_syntax::parser::parse(text).expect("parses");
    let mut vars = BTreeSet::new();
    if let Some(ast::Entry::Message(m)) = res.body.first() {
        pattern_vars(m.value.as_ref().expect("value"), &mut vars);
    }
    let want: BTreeSet<String> = ["v", "w", "x", "y", "z"].map(String::from).into();
    assert_eq!(vars, want);
}

/// What a translator may not change: the ids, and the `$variables` each message is given.
#[test]
fn every_message_is_in_every_language_with_the_same_variables() {
    let en = messages_on_disk(Lang::En);
    assert!(en.len() > 250, "only {} English messages", en.len());
    for lang in Lang::ALL {
        let msgs = messages_on_disk(lang);
        let missing: Vec<_> = en.keys().filter(|id| !msgs.contains_key(*id)).collect();
        let extra: Vec<_> = msgs.keys().filter(|id| !en.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang:?} has messages English has not: {extra:?}"
        );
        for (id, vars) in &en {
            assert_eq!(
                &msgs[id], vars,
                "{lang:?}: {id} takes other $variables than in English"
            );
        }
        // The files on disk are the ones compiled in, all of them.
        let mut compiled = lang.messages().ids();
        compiled.sort();
        let on_disk: Vec<String> = msgs.keys().cloned().collect();
        assert_eq!(
            compiled, on_disk,
            "{lang:?}: a message file is not listed in sources()"
        );
        let (_, problems) = frontdesk::catalog::Messages::load(lang, None);
        assert!(problems.is_empty(), "{lang:?}: {problems:?}");
    }
}

/// Every string literal in the Rust files under `dir`.
fn literals_under(dir: &std::path::Path) -> BTreeSet<String> {
    rust_files(dir)
        .iter()
        .flat_map(|p| {
            let src = std::fs::read_to_string(p).expect("source file");
            src.lines().flat_map(literals).collect::<Vec<_>>()
        })
        .collect()
}

/// A message nobody asks for is a message a translator translates for nothing: each id is
/// written out as a string literal somewhere in the program (never built with `format!`).
#[test]
fn no_message_is_unused() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lits = literals_under(&src);
    let unused: Vec<String> = messages_on_disk(Lang::En)
        .into_keys()
        .filter(|id| !lits.contains(id))
        .collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
}

/// The other way round: each id the catalog (`speak.rs`) names, and each id asked for
/// by `tr!`, `label`, `message`, `fixed` or `say`, is a message.
#[test]
fn every_message_asked_for_exists() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let en = Lang::En.messages();
    let mut asked = BTreeSet::new();
    let speak = std::fs::read_to_string(src.join("catalog/speak.rs")).expect("speak.rs");
    for lit in speak.lines().flat_map(literals) {
        let id_like = lit.starts_with(|c: char| c.is_ascii_lowercase())
            && lit
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if id_like && lit != "true" && lit != "false" {
            asked.insert(lit);
        }
    }
    for path in rust_files(&src) {
        let text = std::fs::read_to_string(&path).expect("source file");
        for call in ["tr!(\"", "label(\"", "message(\"", "fixed(\"", "say(\""] {
            for (i, _) in text.match_indices(call) {
                // A call of that name, not one ending in it (`include_str!`).
                let before = text[..i].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue;
                }
                let rest = &text[i + call.len()..];
                if let Some(end) = rest.find('"') {
                    asked.insert(rest[..end].to_string());
                }
            }
        }
    }
    assert!(asked.len() > 250, "only {} ids found", asked.len());
    let missing: Vec<_> = asked.iter().filter(|id| !en.has(id)).collect();
    assert!(
        missing.is_empty(),
        "asked for but not in the files: {missing:?}"
    );
}

/// Chinese works before it is translated: the untranslated file is marked as a copy.
#[test]
fn an_untranslated_file_says_so_and_speaks_english() {
    let zh = std::fs::read_to_string(locale_dir(Lang::Zh).join("app.ftl")).expect("zh app.ftl");
    if zh.starts_with("# TRANSLATE: copied from en") {
        assert_eq!(
            Lang::Zh.catalog().checked_in("张伟", 2),
            Lang::En.catalog().checked_in("张伟", 2)
        );
    }
    assert_eq!(Lang::Zh.catalog().lang(), Lang::Zh);
}
