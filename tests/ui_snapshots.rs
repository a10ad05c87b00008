#![allow(clippy::unwrap_used)]
//! What each pane shows, at 80x24 and 120x40, from a fixed state.

use chrono::NaiveDate;
use frontdesk::app::form::Form;
use frontdesk::app::state::*;
use frontdesk::catalog::{FieldId, Lang, set_lang};
use frontdesk::desk::{Arrival, Badge, Card, CardStanding, ComplaintRow, MemberRow, PackageRow};
use frontdesk::domain::complaint::{Category, ComplaintEvent};
use frontdesk::domain::package::{PackageSale, PackageState, PackageStatus};
use frontdesk::domain::*;
use frontdesk::keymap::{Context, Keymap};
use frontdesk::store::{MemberHistory, MemberStats, MemberView};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const NOW: i64 = 1_795_442_700_000; // 2026-11-23 14:05 UTC

fn id(n: u64) -> Id {
    Id::new(TerminalId(1), n)
}

fn t(mins_ago: i64) -> Timestamp {
    Timestamp(NOW - mins_ago * 60_000)
}

fn base_state() -> State {
    // Local time is shown on screen; the snapshots are taken in UTC.
    unsafe { std::env::set_var("TZ", "UTC") };
    let mut s = State::new(
        "desk.redb".into(),
        "Front desk 1".into(),
        "desk".into(),
        Timestamp(NOW),
    );
    s.members = 3000;
    s
}

fn rows() -> Vec<MemberRow> {
    vec![
        MemberRow {
            id: id(1),
            name: "张伟".into(),
            phone: "138****5678".into(),
            tier: "Gold".into(),
            points: 1280,
            last_visit: Some(t(60 * 24 * 3)),
            badges: vec![Badge::Allergy, Badge::Birthday],
            card: String::new(),
            alerts: vec!["peanut allergy".into()],
            stored_value: None,
        },
        MemberRow {
            id: id(2),
            name: "Zoë Martin".into(),
            phone: "139****5678".into(),
            tier: "Silver".into(),
            points: 310,
            last_visit: Some(t(30)),
            badges: vec![Badge::OpenComplaint],
            card: String::new(),
            alerts: vec![],
            stored_value: None,
        },
        MemberRow {
            id: id(3),
            name: "欧阳娜娜".into(),
            phone: "+44*****5678".into(),
            tier: "Regular".into(),
            points: 0,
            last_visit: None,
            badges: vec![],
            card: String::new(),
            alerts: vec![],
            stored_value: None,
        },
    ]
}

fn complaint(
    n: u64,
    member: Option<Id>,
    status: ComplaintStatus,
    mins_ago: i64,
    what: &str,
) -> Complaint {
    Complaint {
        id: id(n),
        member,
        visit: None,
        category: Category::Waiting,
        severity: Severity::Medium,
        description: what.into(),
        assignee: "Wang".into(),
        status,
        resolution: String::new(),
        compensation: String::new(),
        created: t(mins_ago),
        updated: t(mins_ago),
        history: vec![ComplaintEvent {
            hlc: Hlc::default(),
            at: t(mins_ago),
            operator: "desk".into(),
            status: Some(ComplaintStatus::Open),
            note: "received".into(),
        }],
    }
}

fn card() -> Card {
    let member = Member {
        id: id(1),
        card: "M000123".into(),
        name: "张伟".into(),
        phone: "13812345678".into(),
        gender: Gender::Male,
        birthday: NaiveDate::from_ymd_opt(1988, 11, 25),
        tags: vec!["vip".into(), "window-seat".into()],
        notes: "likes the corner table".into(),
        alerts: vec!["peanut allergy".into()],
        marketing_consent: true,
        created: t(60 * 24 * 200),
        updated: t(60),
    };
    let visits = (0..3)
        .map(|i| Visit {
            id: id(10 + i),
            member: Some(id(1)),
            party: 2 + i as u16,
            location: format!("T{}", 4 + i),
            staff: "Li".into(),
            at: t(60 * 24 * (3 + 7 * i as i64)),
        })
        .collect();
    let services = vec![ServiceRecord {
        id: id(20),
        member: id(1),
        items: vec!["hot pot for two".into()],
        staff: "Li".into(),
        amount: Money(12850),
        points: 128,
        at: t(60 * 24 * 3),
        payments: vec![
            Payment::new("cash", Money(2850)),
            Payment::new("wechat", Money(10000)),
        ],
        list_price: Money(12850),
    }];
    let ledger = vec![
        PointsEntry {
            id: id(20),
            member: id(1),
            delta: 128,
            kind: PointsKind::Earn,
            reason: "service: hot pot for two".into(),
            source: Some(id(20)),
            operator: "desk".into(),
            at: t(60 * 24 * 3),
        },
        PointsEntry {
            id: id(21),
            member: id(1),
            delta: 1152,
            kind: PointsKind::Earn,
            reason: "service: banquet".into(),
            source: None,
            operator: "desk".into(),
            at: t(60 * 24 * 30),
        },
    ];
    Card {
        view: MemberView {
            member,
            stats: MemberStats {
                visits: 3,
                last_visit: Some(t(60 * 24 * 3)),
                spend: 128_000,
                points: 1280,
                activity: Vec::new(),
            },
            merged_from: vec![],
            open_complaints: 1,
        },
        history: MemberHistory {
            visits,
            services,
            complaints: vec![complaint(
                30,
                Some(id(1)),
                ComplaintStatus::Open,
                60 * 5,
                "soup arrived cold",
            )],
            ledger,
            tiers: vec![TierEvent {
                id: id(40),
                member: id(1),
                from: "Silver".into(),
                to: "Gold".into(),
                upgrade: true,
                reason: String::new(),
                operator: "desk".into(),
                at: t(60 * 24 * 3),
                // Worded on the card: "spend 8200.00 and 14 visits in the last 12 months".
                facts: Some(TierFacts {
                    spend: Money(820_000),
                    visits: 14,
                    months: 12,
                }),
            }],
        },
        tier: "Gold".into(),
        benefits: "10% off the bill; priority seating in busy hours".into(),
        standing: CardStanding {
            spend: Money(820_000),
            visits: 14,
            months: 12,
            next: Some(frontdesk::domain::loyalty::Tier {
                name: "Diamond".into(),
                min_spend: Some(Money(2_000_000)),
                min_visits: Some(60),
                multiplier_percent: 200,
                discount_percent: 15,
                benefits: String::new(),
            }),
        },
        next_expiry: Some((t(-60 * 24 * 40), 1152)),
        stored_value: Default::default(),
        wallet: Vec::new(),
        packages: vec![],
    }
}

/// A package sold `days_ago`, with `used` of its uses taken.
fn package(
    n: u64,
    name: &str,
    uses: u32,
    used: u32,
    days_ago: i64,
    state: PackageState,
) -> PackageRow {
    let sale = PackageSale {
        id: id(n),
        member: id(1),
        key: "k".into(),
        name: name.into(),
        services: vec![],
        uses,
        price: Money(88_000),
        payments: vec![Payment::new("wechat", Money(88_000))],
        expires: t(60 * 24 * (days_ago - 365)),
        operator: "desk".into(),
        at: t(60 * 24 * days_ago),
    };
    PackageRow {
        status: PackageStatus {
            used,
            remaining: uses.saturating_sub(used),
            overused: used.saturating_sub(uses),
            state,
        },
        sale,
        refunded: Money(0),
        member_name: "张伟".into(),
    }
}

/// A value already in a field when the form opens.
fn prefill(f: &mut Form, id: FieldId, value: &str) {
    let field = f.fields.iter_mut().find(|x| x.id == id).unwrap();
    field.value = value.into();
    field.cursor = value.chars().count();
}

fn render(s: &State, contexts: &[Context], w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let keymap = Keymap::default();
    term.draw(|f| frontdesk::ui::draw(f, s, &keymap, contexts))
        .unwrap();
    let buf = term.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..w {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The language is one setting for the whole program: screens are drawn one at a time.
static DRAWING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The screen at 80x24 and 120x40, in English and in Chinese (`zh_` snapshots). Every
/// Chinese screen is also checked for English words left behind.
fn both(name: &str, s: &State, contexts: &[Context]) {
    let _one = DRAWING.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: only drawing reads NO_COLOR, and every screen is drawn under DRAWING.
    unsafe { std::env::remove_var("NO_COLOR") };
    set_lang(Lang::En);
    insta::assert_snapshot!(format!("{name}_80x24"), render(s, contexts, 80, 24));
    insta::assert_snapshot!(format!("{name}_120x40"), render(s, contexts, 120, 40));
    set_lang(Lang::Zh);
    let small = render(s, contexts, 80, 24);
    let large = render(s, contexts, 120, 40);
    set_lang(Lang::En);
    for screen in [&small, &large] {
        let left = english_words(screen);
        assert!(
            left.is_empty(),
            "{name}: English on a Chinese screen: {left:?}\n{screen}"
        );
    }
    insta::assert_snapshot!(format!("zh_{name}_80x24"), small);
    insta::assert_snapshot!(format!("zh_{name}_120x40"), large);
}

/// What a Chinese screen may show in Latin letters: the data of the fixtures (names,
/// items, places), key names, units and codes.
const NOT_WORDS: &[&str] = &[
    // Payment method keys, typed as they are on the command line.
    "cash",
    "wechat",
    "alipay",
    "card",
    // Data.
    "PIN",
    "Zoë",
    "Martin",
    "Front",
    "desk",
    "redb",
    "Guest",
    "Li",
    "bar",
    "Bar",
    "hot",
    "pot",
    "tea",
    "Wang",
    "Fang",
    "Amy",
    "soup",
    "arrived",
    "cold",
    "bill",
    "charged",
    "twice",
    "for",
    "refund",
    "Gold",
    "Silver",
    "Regular",
    "Diamond",
    "frontdesk",
    "vip",
    "peanut",
    "allergy",
    "Free",
    "longevity",
    "noodles",
    "noodl",
    "likes",
    "the",
    "window",
    "corner",
    "table",
    "off",
    "priority",
    "seating",
    "busy",
    "hours",
    "seat",
    "two",
    "banquet",
    // Names of things: a language, a file format.
    "English",
    "CSV",
    // Keys.
    "Ctrl",
    "Alt",
    "Shift",
    "Enter",
    "Esc",
    "Tab",
    "Backspace",
    "Delete",
    "PgUp",
    "PgDn",
    "Home",
    "End",
    "Up",
    "Down",
    "Left",
    "Right",
    "Space",
    "EN",
];

/// Runs of three or more Latin letters that are not data or key names.
fn english_words(screen: &str) -> Vec<String> {
    let mut left = Vec::new();
    for word in screen.split(|c: char| !c.is_ascii_alphabetic()) {
        if word.len() >= 3 && !NOT_WORDS.contains(&word) {
            left.push(word.to_string());
        }
    }
    left.sort();
    left.dedup();
    left
}

#[test]
fn lookup_with_results() {
    let mut s = base_state();
    s.lookup.query = "5678".into();
    s.lookup.answered = "5678".into();
    s.lookup.rows = rows();
    s.lookup.total = 3;
    s.lookup.selected = 1;
    both("lookup", &s, &[Context::Lookup, Context::List]);
}

/// A member's stored value: a top-up with its bonus, two spends, and a manager's
/// correction that took the balance below zero (flagged).
fn wallet(overdrawn: bool) -> (wallet::Balance, Vec<(wallet::WalletEntry, wallet::Balance)>) {
    use wallet::{WalletEntry, WalletKind};
    let e = |n, kind, p, b, method: &str, reason: &str, mins| WalletEntry {
        id: id(n),
        member: id(1),
        kind,
        principal: Money(p),
        bonus: Money(b),
        method: method.into(),
        reason: reason.into(),
        operator: "desk".into(),
        at: t(mins),
    };
    let mut entries = vec![
        e(
            50,
            WalletKind::TopUp,
            100_000,
            20_000,
            "wechat",
            "",
            60 * 24 * 20,
        ),
        e(
            51,
            WalletKind::Spend,
            -10_000,
            -20_000,
            "stored_value",
            "",
            60 * 24 * 3,
        ),
        e(
            52,
            WalletKind::Spend,
            -12_850,
            0,
            "stored_value",
            "",
            60 * 5,
        ),
    ];
    if overdrawn {
        entries.push(e(53, WalletKind::Spend, -80_000, 0, "stored_value", "", 30));
    }
    let mut rows = wallet::running(entries);
    rows.reverse();
    (rows[0].1, rows)
}

#[test]
fn stored_value_on_the_card_and_the_lookup_row() {
    let mut s = base_state();
    let mut c = card();
    (c.stored_value, c.wallet) = wallet(false);
    s.card = Some(c);
    both("card_stored_value", &s, &[Context::Card, Context::List]);
    let mut c = card();
    (c.stored_value, c.wallet) = wallet(true);
    s.card = Some(c);
    both("card_overdrawn", &s, &[Context::Card, Context::List]);
    s.card = None;
    s.lookup.query = "5678".into();
    s.lookup.answered = "5678".into();
    s.lookup.rows = rows();
    s.lookup.rows[0].stored_value = Some(Money(77_150));
    s.lookup.rows[2].stored_value = Some(Money(-2_000));
    s.lookup.total = 3;
    both("lookup_stored_value", &s, &[Context::Lookup, Context::List]);
}

#[test]
fn top_up_form() {
    let mut s = base_state();
    s.card = Some(card());
    let methods = vec![
        "cash".into(),
        "wechat".into(),
        "alipay".into(),
        "card".into(),
    ];
    s.form = Some(Form::top_up(
        id(1),
        "张伟".into(),
        Money(77_150),
        methods,
        s.now,
    ));
    both("top_up_form", &s, &[Context::Form, Context::Card]);
}

#[test]
fn lookup_on_an_empty_store_offers_demo_data() {
    let mut s = base_state();
    s.members = 0;
    s.offer_demo = true;
    both("lookup_empty_store", &s, &[Context::Lookup, Context::List]);
}

#[test]
fn member_card() {
    let mut s = base_state();
    s.card = Some(card());
    both("card", &s, &[Context::Card, Context::List]);
}

#[test]
fn member_card_with_packages() {
    let mut s = base_state();
    let mut c = card();
    c.packages = vec![
        package(50, "剪发 10 次卡", 10, 3, 20, PackageState::Usable),
        package(51, "头皮护理 6 次卡", 6, 7, 400, PackageState::Expired),
    ];
    s.card = Some(c);
    both("card_packages", &s, &[Context::Card, Context::List]);
}

#[test]
fn lookup_marks_a_member_with_a_usable_package() {
    let mut s = base_state();
    s.lookup.query = "5678".into();
    s.lookup.answered = "5678".into();
    let mut r = rows();
    r[2].badges = vec![Badge::Package];
    s.lookup.rows = r;
    s.lookup.total = 3;
    both("lookup_package", &s, &[Context::Lookup, Context::List]);
}

#[test]
fn checkin_with_arrivals_and_the_form() {
    let mut s = base_state();
    s.pane = Pane::Checkin;
    s.selected = Some((id(1), "张伟".into()));
    s.arrivals = vec![
        Arrival {
            at: t(5),
            name: Some("Zoë Martin".into()),
            party: 4,
            location: "T7".into(),
            staff: "Li".into(),
        },
        Arrival {
            at: t(40),
            name: None,
            party: 2,
            location: "bar".into(),
            staff: "".into(),
        },
    ];
    both("checkin", &s, &[Context::Checkin, Context::List]);
    let mut f = Form::checkin(Some((id(1), "张伟".into())), Trade::Restaurant, s.now);
    prefill(&mut f, FieldId::CheckinStaff, "Li");
    s.form = Some(f);
    both("checkin_form", &s, &[Context::Form, Context::Checkin]);
}

#[test]
fn service_form_shows_points_before_saving() {
    let mut s = base_state();
    s.pane = Pane::Service;
    s.selected = Some((id(1), "张伟".into()));
    s.card = Some(card());
    let earn = frontdesk::app::form::Earn {
        settings: std::sync::Arc::new(Default::default()),
        tier: "Gold".into(),
        balance: 1280,
    };
    let mut f = Form::service(id(1), "张伟".into(), earn, s.now);
    prefill(&mut f, FieldId::ServiceStaff, "Li");
    for c in "hot pot".chars() {
        f.type_char(c, s.now);
    }
    f.next_field();
    f.next_field();
    for c in "128.50".chars() {
        f.type_char(c, s.now);
    }
    s.form = Some(f);
    both("service_form", &s, &[Context::Form, Context::Service]);
}

#[test]
fn complaints_board() {
    let mut s = base_state();
    s.pane = Pane::Complaints;
    s.complaints = vec![
        ComplaintRow {
            complaint: complaint(
                30,
                Some(id(1)),
                ComplaintStatus::Open,
                60 * 30,
                "soup arrived cold",
            ),
            member_name: Some("张伟".into()),
        },
        ComplaintRow {
            complaint: complaint(
                31,
                None,
                ComplaintStatus::InProgress,
                90,
                "bill charged twice for tea",
            ),
            member_name: None,
        },
    ];
    both("complaints", &s, &[Context::Complaints, Context::List]);
}

#[test]
fn new_member_form_says_what_is_wrong() {
    let mut s = base_state();
    let mut f = Form::new_member("", "12345", s.now);
    assert!(f.submit(s.now).is_none());
    s.form = Some(f);
    both("new_member_errors", &s, &[Context::Form, Context::Lookup]);
}

#[test]
fn help_overlay_lists_the_keymap() {
    let mut s = base_state();
    s.help = true;
    both("help", &s, &[Context::Overlay]);
}

#[test]
fn too_small_a_window_says_so() {
    let s = base_state();
    let _one = DRAWING.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: as in `both`.
    unsafe { std::env::remove_var("NO_COLOR") };
    for (lang, name) in [(Lang::En, "too_small"), (Lang::Zh, "zh_too_small")] {
        set_lang(lang);
        insta::assert_snapshot!(name, render(&s, &[Context::Lookup], 50, 12));
    }
    set_lang(Lang::En);
}

#[test]
fn recent_messages_overlay_shows_each_message_in_full() {
    use frontdesk::app::note::{Failure, Note, Said, StatusKind};
    let mut s = base_state();
    s.tell(StatusKind::Info, Note::Said(Said::Cancelled));
    s.tell(StatusKind::Error, Note::Failed(Failure::WorkerGone));
    s.messages = true;
    both("messages", &s, &[Context::Overlay]);
}

#[test]
fn complaint_form_with_pickers() {
    let mut s = base_state();
    s.pane = Pane::Complaints;
    let mut f = Form::complaint(Some((id(1), "张伟".into())), s.now);
    f.type_char('w', s.now);
    s.form = Some(f);
    both("complaint_form", &s, &[Context::Form, Context::Complaints]);
}

#[test]
fn insights_today_at_a_glance() {
    let mut s = base_state();
    s.pane = Pane::Insights;
    s.arrivals = (0..9)
        .map(|i| Arrival {
            at: t(i * 37),
            name: (i % 3 != 0).then(|| "Guest".to_string()),
            party: 1 + (i % 4) as u16,
            location: String::new(),
            staff: String::new(),
        })
        .collect();
    s.complaints = vec![ComplaintRow {
        complaint: complaint(
            30,
            None,
            ComplaintStatus::Open,
            60 * 30,
            "soup arrived cold",
        ),
        member_name: None,
    }];
    both("insights", &s, &[Context::Global, Context::List]);
}

#[test]
fn care_view() {
    use frontdesk::membership::care::{BirthdayRow, CareLists, FollowupRow, LapsingRow};
    let mut s = base_state();
    s.pane = Pane::Care;
    let mut resolved = complaint(
        31,
        Some(id(2)),
        ComplaintStatus::Resolved,
        60 * 24 * 4,
        "bill charged twice for tea",
    );
    resolved.compensation = "refund".into();
    s.care = Some(CareLists {
        birthdays: vec![
            BirthdayRow {
                id: id(1),
                name: "张伟".into(),
                phone: "13812345678".into(),
                date: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                days_until: 0,
                turns: Some(38),
                tier: "Gold".into(),
                benefit: "Free longevity noodles".into(),
            },
            BirthdayRow {
                id: id(3),
                name: "欧阳娜娜".into(),
                phone: "13700009999".into(),
                date: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
                days_until: 3,
                turns: None,
                tier: "Regular".into(),
                benefit: "Free longevity noodles".into(),
            },
        ],
        lapsing: vec![LapsingRow {
            id: id(2),
            name: "Zoë Martin".into(),
            phone: "13900005678".into(),
            visits: 9,
            last_visit: t(60 * 24 * 30),
            median_gap_days: 7.0,
            days_since: 30,
            tier: "Silver".into(),
        }],
        followups: vec![FollowupRow {
            complaint: resolved,
            member_name: Some("Zoë Martin".into()),
            resolved_at: t(60 * 24 * 3),
            days_since: 3,
        }],
    });
    s.care_selected = 2;
    both("care", &s, &[Context::Care, Context::List]);
}

#[test]
fn complaint_advance_and_points_forms() {
    let mut s = base_state();
    s.pane = Pane::Complaints;
    let c = complaint(
        30,
        Some(id(1)),
        ComplaintStatus::InProgress,
        60,
        "soup arrived cold",
    );
    s.form = Some(Form::advance(&c, ComplaintStatus::Resolved, s.now));
    both("advance_form", &s, &[Context::Form, Context::Complaints]);
    s.pane = Pane::Lookup;
    s.card = Some(card());
    s.form = Some(Form::adjust_points(id(1), "张伟".into(), 1280, s.now));
    both("adjust_points_form", &s, &[Context::Form, Context::Card]);
}

#[test]
fn without_colour_placeholders_are_bracketed() {
    let mut s = base_state();
    let f = Form::new_member("Ann", "", s.now);
    s.form = Some(f);
    let _one = DRAWING.lock().unwrap_or_else(|e| e.into_inner());
    set_lang(Lang::En);
    // SAFETY: every screen is drawn under DRAWING, and only drawing reads NO_COLOR.
    unsafe { std::env::set_var("NO_COLOR", "1") };
    let plain = render(&s, &[Context::Form, Context::Lookup], 80, 24);
    unsafe { std::env::remove_var("NO_COLOR") };
    assert!(plain.contains("(optional)"), "{plain}");
    insta::assert_snapshot!("new_member_no_color_80x24", plain);
}

#[test]
fn at_60x18_every_pane_key_stays_on_the_tabs() {
    let mut s = base_state();
    s.pane = Pane::Care;
    let _one = DRAWING.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: as in `both`.
    unsafe { std::env::remove_var("NO_COLOR") };
    set_lang(Lang::En);
    let screen = render(&s, &[Context::Care, Context::List], 60, 18);
    let tabs = screen.lines().nth(1).unwrap();
    for key in ["F2", "F3", "F4", "F5", "F6", "[F7 Care]"] {
        assert!(tabs.contains(key), "{tabs}");
    }
    insta::assert_snapshot!("care_60x18", screen);
}

#[test]
fn a_locked_desk_shows_only_the_sign_in_form() {
    use frontdesk::app::note::{Note, Said, StatusKind};
    let mut s = base_state();
    s.lookup.rows = rows();
    s.staff.defined = true;
    let mut f = Form::sign_in(s.now);
    for c in "Li".chars() {
        f.type_char(c, s.now);
    }
    f.next_field();
    for c in "2468".chars() {
        f.type_char(c, s.now);
    }
    s.form = Some(f);
    s.tell(StatusKind::Info, Note::Said(Said::SignedOut));
    let screen = render(&s, &[Context::Form], 80, 24);
    // Nothing of the last operator's work shows, and the PIN is dots.
    assert!(
        !screen.contains("张伟") && !screen.contains("2468"),
        "{screen}"
    );
    assert!(screen.contains("••••"), "{screen}");
    both("locked", &s, &[Context::Form]);
}

#[test]
fn the_audit_trail_overlay() {
    let mut s = base_state();
    let op = |seq: u64, mins_ago: i64, operator: &str, change: Change| Op {
        terminal: TerminalId(0xab12_0000_0000_0001),
        seq,
        hlc: Hlc {
            ms: t(mins_ago).0,
            counter: 0,
            terminal: 0xab12_0000_0000_0001,
        },
        operator: operator.into(),
        change,
    };
    let entry = |op: Op, name: Option<&str>| frontdesk::desk::AuditEntry {
        op,
        member: name.map(String::from),
    };
    let entries = vec![
        entry(op(1, 90, "Wang", Change::MemberDelete { id: id(3) }), None),
        entry(
            op(2, 60, "Li", Change::PhoneRevealed { member: id(1) }),
            Some("张伟"),
        ),
        entry(op(3, 30, "Wang", Change::MemberErase { id: id(2) }), None),
    ];
    s.audit = Some(AuditView {
        member: None,
        scroll: entries.len() - 1,
        entries,
    });
    both("audit", &s, &[Context::Overlay]);
}

#[test]
fn a_card_shows_escapes_in_every_field_as_text() {
    let _one = DRAWING.lock().unwrap_or_else(|e| e.into_inner());
    frontdesk::catalog::set_lang(frontdesk::catalog::Lang::En);
    let mut s = base_state();
    let mut c = card();
    let m = &mut c.view.member;
    m.name = "Eve\u{1b}[2J".into();
    m.card = "C\u{1b}]0".into();
    m.tags = vec!["vip\u{1b}[31m".into(), "\u{202E}x".into()];
    m.notes = "n\u{0}".into();
    m.alerts = vec!["a\u{9b}1m".into()];
    s.card = Some(c);
    let screen = render(&s, &[Context::Card, Context::List], 120, 40);
    for shown in [
        "Eve\\u{1b}[2J",
        "C\\u{1b}]0",
        "#vip\\u{1b}[31m",
        "#\\u{202e}x",
        "n\\u{0}",
        "a\\u{9b}1m",
    ] {
        assert!(screen.contains(shown), "{shown} not on\n{screen}");
    }
}

/// A closed shift's slip: bills by WeChat, cash and stored value, a float, the cash
/// counted 5.00 short; the title bar says whose shift is open next.
fn slip() -> frontdesk::desk::Slip {
    use frontdesk::domain::shift::*;
    let shift_id = id(40);
    let moves = [
        ("wechat", MovementKind::Sale, 88_000),
        ("cash", MovementKind::Sale, 32_000),
        ("alipay", MovementKind::Sale, 12_800),
        ("stored_value", MovementKind::Sale, 25_600),
        ("cash", MovementKind::TopUp, 100_000),
        ("cash", MovementKind::Refund, 5_000),
        (NOT_RECORDED, MovementKind::Sale, 6_800),
    ]
    .map(|(method, kind, amount)| Movement {
        id: id(41),
        kind,
        method: method.into(),
        amount: Money(amount),
        operator: "desk".into(),
        at: t(120),
    });
    let counts = ShiftCounts {
        check_ins: 14,
        services: 11,
        complaints: 1,
    };
    let figures = figures(&moves, Money(50_000), Money(176_500), counts).unwrap();
    frontdesk::desk::Slip {
        shift: Shift {
            id: shift_id,
            open: Some(ShiftOpen {
                id: shift_id,
                desk_name: "Front desk 1".into(),
                number: 3,
                operator: "李娜".into(),
                float: Money(50_000),
                at: t(480),
            }),
            close: Some(ShiftClose {
                shift: shift_id,
                operator: "李娜".into(),
                at: t(5),
                figures: figures.clone(),
            }),
            accept: None,
        },
        figures,
    }
}

#[test]
fn a_closed_shift_shows_its_slip() {
    let mut s = base_state();
    s.operator = "李娜".into();
    s.slip = Some(slip());
    both("shift_slip", &s, &[Context::Overlay]);
}

#[test]
fn the_title_bar_says_whose_shift_it_is() {
    let mut s = base_state();
    s.operator = "王强".into();
    let mut next = slip().shift;
    next.close = None;
    if let Some(o) = next.open.as_mut() {
        o.operator = "王强".into();
        o.number = 4;
    }
    s.shift = Some(next);
    s.form = Some(Form::shift(true, Timestamp(NOW)));
    both("shift_close_form", &s, &[Context::Form]);
}
