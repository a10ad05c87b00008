#![allow(clippy::unwrap_used)]
//! The pure update, table by table: a message in, the state and the effects out. No
//! store, no terminal, no clock — time is whatever the state says it is.

use frontdesk::app::msg::{Effect, Msg};
use frontdesk::app::note::{Failure, Note, Said, StatusKind};
use frontdesk::app::state::{Pane, State};
use frontdesk::app::update::update;
use frontdesk::desk::{
    CheckIn, DeskError, DuplicateNote, Found, MemberAdded, MemberRow, Outcome, Request,
};
use frontdesk::domain::duplicates::DuplicateReason;
use frontdesk::domain::{Id, TerminalId, Timestamp};
use frontdesk::keymap::action::Action;
use rstest::rstest;
use std::sync::Arc;

const NOW: i64 = 1_795_442_700_000; // 2026-11-23 14:05 UTC

fn state() -> State {
    State::new(
        "t.redb".into(),
        "Desk 1".into(),
        "Li".into(),
        Timestamp(NOW),
    )
}

fn id(n: u64) -> Id {
    Id::new(TerminalId(7), n)
}

fn row(n: u64, name: &str) -> MemberRow {
    MemberRow {
        id: id(n),
        name: name.into(),
        phone: "138****5678".into(),
        card: String::new(),
        tier: "Regular".into(),
        points: 0,
        last_visit: None,
        badges: vec![],
        alerts: vec![],
        stored_value: None,
    }
}

fn act(s: &mut State, a: Action) -> Vec<Effect> {
    update(s, Msg::Action(a))
}

fn typ(s: &mut State, text: &str) -> Vec<Effect> {
    text.chars().flat_map(|c| update(s, Msg::Char(c))).collect()
}

fn said(s: &State) -> Option<&Note> {
    s.status.as_ref().map(|st| &st.note)
}

#[rstest]
#[case(Action::PaneCheckin, Pane::Checkin, vec![Effect::LoadArrivals])]
#[case(Action::PaneComplaints, Pane::Complaints, vec![Effect::LoadComplaints])]
#[case(Action::PaneCare, Pane::Care, vec![Effect::LoadCare])]
#[case(
    Action::PaneInsights,
    Pane::Insights,
    vec![Effect::LoadArrivals, Effect::LoadComplaints, Effect::LoadCare]
)]
#[case(Action::PaneService, Pane::Service, vec![])]
#[case(Action::PaneLookup, Pane::Lookup, vec![])]
fn a_pane_key_shows_the_pane_and_loads_what_it_lists(
    #[case] a: Action,
    #[case] pane: Pane,
    #[case] effects: Vec<Effect>,
) {
    let mut s = state();
    assert_eq!(act(&mut s, a), effects);
    assert_eq!(s.pane, pane);
}

#[rstest]
#[case("zw", 2)]
#[case("5678", 4)]
#[case("张伟", 2)]
fn each_keystroke_in_lookup_asks_for_a_search(#[case] text: &str, #[case] searches: u64) {
    let mut s = state();
    let fx = typ(&mut s, text);
    assert_eq!(fx.len() as u64, searches);
    assert_eq!(
        fx.last(),
        Some(&Effect::Search {
            generation: searches,
            query: text.into()
        })
    );
}

#[rstest]
#[case("13812345678", "", "13812345678")]
#[case("Ann Lee", "Ann Lee", "")]
#[case("5678", "", "")]
fn a_new_member_takes_what_was_typed_into_the_right_field(
    #[case] query: &str,
    #[case] name: &str,
    #[case] phone: &str,
) {
    let mut s = state();
    typ(&mut s, query);
    act(&mut s, Action::MemberNew);
    let f = s.form.as_ref().unwrap();
    assert_eq!(f.value(frontdesk::catalog::FieldId::Name), name);
    assert_eq!(f.value(frontdesk::catalog::FieldId::Phone), phone);
}

#[test]
fn esc_closes_the_innermost_thing_first() {
    let mut s = state();
    typ(&mut s, "ann");
    act(&mut s, Action::MemberNew);
    assert!(act(&mut s, Action::Back).is_empty());
    assert!(s.form.is_none());
    assert_eq!(said(&s), Some(&Note::Said(Said::Cancelled)));
    // Then the query, with a search for the empty box.
    let fx = act(&mut s, Action::Back);
    assert!(s.lookup.query.is_empty());
    assert!(matches!(fx.as_slice(), [Effect::Search { query, .. }] if query.is_empty()));
}

#[test]
fn a_valid_checkin_form_asks_the_desk_and_nothing_else() {
    let mut s = state();
    s.lookup.rows = vec![row(1, "张伟")];
    act(&mut s, Action::MemberCheckin);
    assert_eq!(s.pane, Pane::Checkin);
    update(&mut s, Msg::Backspace);
    typ(&mut s, "4");
    act(&mut s, Action::FormNextField);
    typ(&mut s, "T8");
    let fx = act(&mut s, Action::FormSubmit);
    assert_eq!(
        fx,
        vec![Effect::Perform(Request::CheckIn(CheckIn {
            member: Some(id(1)),
            party: 4,
            location: "T8".into(),
            staff: String::new(),
        }))]
    );
    // The form stays until the desk says the visit is saved.
    assert!(s.form.is_some());
}

#[test]
fn an_invalid_form_says_how_many_fields_to_fix_and_asks_for_nothing() {
    let mut s = state();
    act(&mut s, Action::MemberNew);
    typ(&mut s, "Ann");
    act(&mut s, Action::FormNextField);
    typ(&mut s, "12345");
    assert!(act(&mut s, Action::FormSubmit).is_empty());
    let st = s.status.as_ref().unwrap();
    assert_eq!(st.kind, StatusKind::Error);
    assert_eq!(st.note, Note::FieldsToFix(1));
}

#[test]
fn a_birthday_is_judged_by_the_states_day_not_the_machines() {
    let mut s = state();
    act(&mut s, Action::MemberNew);
    typ(&mut s, "Ann");
    for _ in 0..4 {
        act(&mut s, Action::FormNextField);
    }
    // The day after the state's today is in the future, whatever the wall clock says.
    typ(&mut s, "2026-11-24");
    let f = s.form.as_ref().unwrap();
    assert!(
        f.errors.iter().any(|e| e.field == "birthday"),
        "{:?}",
        f.errors
    );
    update(&mut s, Msg::Tick(Timestamp(NOW + 2 * 86_400_000)));
    update(&mut s, Msg::Backspace);
    typ(&mut s, "4");
    let f = s.form.as_ref().unwrap();
    assert!(!f.errors.iter().any(|e| e.field == "birthday"));
}

#[test]
fn a_saved_new_member_opens_their_card() {
    let mut s = state();
    act(&mut s, Action::MemberNew);
    let fx = update(
        &mut s,
        Msg::Done(Outcome::MemberAdded(MemberAdded {
            id: id(9),
            name: "Ann".into(),
            similar: vec![],
            referral: None,
        })),
    );
    assert!(s.form.is_none());
    assert_eq!(s.status.as_ref().unwrap().kind, StatusKind::Success);
    assert!(fx.contains(&Effect::LoadCard(id(9))));
    assert!(matches!(fx.first(), Some(Effect::Search { .. })));
}

#[test]
fn a_possible_duplicate_keeps_the_form_and_a_second_save_confirms() {
    let mut s = state();
    act(&mut s, Action::MemberNew);
    typ(&mut s, "张伟");
    act(&mut s, Action::FormNextField);
    typ(&mut s, "13812345678");
    let note = DuplicateNote {
        id: id(3),
        name: "张伟".into(),
        phone: "138****5678".into(),
        reason: DuplicateReason::SamePhone,
    };
    let e = DeskError::PossibleDuplicates(vec![note.clone()]);
    update(&mut s, Msg::Failed(Failure::Desk(Arc::new(e))));
    assert_eq!(s.form.as_ref().unwrap().duplicates, vec![note.clone()]);
    assert_eq!(said(&s), Some(&Note::Duplicate(note)));
    match act(&mut s, Action::FormSubmit).as_slice() {
        [Effect::Perform(Request::AddMember(a))] => assert!(a.confirmed),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_second_sync_waits_for_the_first() {
    let mut s = state();
    assert_eq!(act(&mut s, Action::SyncNow), vec![Effect::Sync]);
    assert!(act(&mut s, Action::SyncNow).is_empty());
    assert_eq!(said(&s), Some(&Note::Said(Said::BusyWait)));
}

#[test]
fn a_stale_answer_does_not_replace_newer_rows() {
    let mut s = state();
    typ(&mut s, "zw");
    let found = |rows| Found { rows, total: 1 };
    update(
        &mut s,
        Msg::Found {
            generation: 2,
            query: "zw".into(),
            found: found(vec![row(1, "张伟")]),
        },
    );
    update(
        &mut s,
        Msg::Found {
            generation: 1,
            query: "z".into(),
            found: found(vec![row(2, "周")]),
        },
    );
    assert_eq!(s.lookup.rows, vec![row(1, "张伟")]);
}

#[test]
fn a_failure_in_the_background_ends_the_progress_and_says_so() {
    let mut s = state();
    act(&mut s, Action::SyncNow);
    update(&mut s, Msg::Failed(Failure::WorkerGone));
    assert!(s.busy.is_none());
    assert_eq!(said(&s), Some(&Note::Failed(Failure::WorkerGone)));
    // The desk can still quit.
    act(&mut s, Action::Quit);
    assert!(s.quit);
}

#[test]
fn the_language_key_switches_back_and_forth_at_once() {
    use frontdesk::catalog::Lang;
    let mut s = state();
    s.lang = Lang::En;
    assert_eq!(
        act(&mut s, Action::Language),
        vec![Effect::SetLanguage(Lang::Zh)]
    );
    assert_eq!(s.lang, Lang::Zh);
    assert_eq!(
        act(&mut s, Action::Language),
        vec![Effect::SetLanguage(Lang::En)]
    );
}

#[test]
fn every_message_is_kept_for_the_recent_messages_overlay() {
    let mut s = state();
    act(&mut s, Action::SyncNow);
    act(&mut s, Action::SyncNow);
    update(&mut s, Msg::Failed(Failure::WorkerGone));
    let said: Vec<&Note> = s.recent.iter().map(|st| &st.note).collect();
    assert_eq!(
        said,
        [
            &Note::Said(Said::BusyWait),
            &Note::Failed(Failure::WorkerGone)
        ]
    );
    act(&mut s, Action::Messages);
    assert!(s.messages);
    act(&mut s, Action::Back);
    assert!(!s.messages);
}

#[test]
fn a_salon_check_in_asks_for_the_chair_and_stylist_not_a_party() {
    use frontdesk::catalog::FieldId;
    use frontdesk::domain::Trade;
    let mut s = state();
    s.settings = Arc::new(frontdesk::domain::loyalty::ProgramSettings {
        trade: Trade::Salon,
        ..Default::default()
    });
    s.lookup.rows = vec![row(1, "Ann Lee")];
    act(&mut s, Action::MemberCheckin);
    let f = s.form.as_ref().unwrap();
    let ids: Vec<FieldId> = f.fields.iter().map(|x| x.id).collect();
    assert_eq!(ids, [FieldId::Location, FieldId::CheckinStaff]);
    assert_eq!(f.trade(), Some(Trade::Salon));
    typ(&mut s, "C3");
    match act(&mut s, Action::FormSubmit).as_slice() {
        [Effect::Perform(Request::CheckIn(c))] => {
            assert_eq!((c.party, c.location.as_str()), (1, "C3"))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn quitting_with_typed_input_in_a_form_asks_once() {
    let mut s = state();
    act(&mut s, Action::MemberNew);
    act(&mut s, Action::Quit);
    assert!(s.quit, "an untouched form does not hold anyone up");
    let mut s = state();
    act(&mut s, Action::MemberNew);
    typ(&mut s, "Ann");
    act(&mut s, Action::Quit);
    assert!(!s.quit);
    assert_eq!(said(&s), Some(&Note::Said(Said::QuitWithForm)));
    act(&mut s, Action::Quit);
    assert!(s.quit, "the second Ctrl-Q quits");
}

#[test]
fn the_fields_to_fix_count_follows_the_edits() {
    let mut s = state();
    act(&mut s, Action::MemberNew);
    typ(&mut s, "Ann");
    act(&mut s, Action::FormNextField);
    typ(&mut s, "1381234567");
    act(&mut s, Action::FormSubmit);
    assert_eq!(said(&s), Some(&Note::FieldsToFix(1)));
    typ(&mut s, "8");
    assert_eq!(said(&s), Some(&Note::Said(Said::FieldsFixed)));
}

#[test]
fn esc_from_a_card_opened_in_care_goes_back_to_care() {
    use frontdesk::membership::care::{CareLists, LapsingRow};
    let mut s = state();
    act(&mut s, Action::PaneCare);
    s.care = Some(CareLists {
        lapsing: vec![LapsingRow {
            id: id(4),
            name: "Zoë Martin".into(),
            phone: "13900005678".into(),
            visits: 9,
            last_visit: Timestamp(NOW - 30 * 86_400_000),
            median_gap_days: 7.0,
            days_since: 30,
            tier: "Silver".into(),
        }],
        ..Default::default()
    });
    assert_eq!(
        act(&mut s, Action::MemberOpen),
        vec![Effect::LoadCard(id(4))]
    );
    assert_eq!(s.pane, Pane::Lookup);
    update(&mut s, Msg::CardLoaded(Box::new(dummy_card())));
    assert_eq!(act(&mut s, Action::Back), vec![Effect::LoadCare]);
    assert_eq!(s.pane, Pane::Care);
}

fn dummy_card() -> frontdesk::desk::Card {
    use frontdesk::desk::{Card, CardStanding};
    use frontdesk::store::{MemberHistory, MemberStats, MemberView};
    Card {
        view: MemberView {
            member: frontdesk::domain::Member::empty(id(4), Timestamp(NOW)),
            stats: MemberStats::default(),
            merged_from: vec![],
            open_complaints: 0,
        },
        history: MemberHistory::default(),
        tier: "Silver".into(),
        benefits: String::new(),
        standing: CardStanding {
            spend: frontdesk::domain::Money(0),
            visits: 0,
            months: 12,
            next: None,
        },
        next_expiry: None,
        stored_value: Default::default(),
        wallet: Vec::new(),
        packages: vec![],
    }
}

#[test]
fn the_help_scrolls_to_its_end_and_straight_back() {
    let mut s = state();
    s.help_lines = 44;
    s.screen = (80, 24);
    act(&mut s, Action::Help);
    for _ in 0..40 {
        act(&mut s, Action::ListDown);
    }
    // 44 lines, 18 shown: the end shows at position 26, and Down stops there.
    assert_eq!(s.help_scroll, 26);
    for _ in 0..6 {
        act(&mut s, Action::ListUp);
    }
    assert_eq!(s.help_scroll, 20, "every Up moves at once");
    act(&mut s, Action::ListPageDown);
    assert!(s.help, "paging keeps the help open");
}

#[test]
fn the_card_scrolls_its_history() {
    let mut s = state();
    s.screen = (80, 24);
    let mut card = dummy_card();
    card.history.visits = (0..34)
        .map(|n| frontdesk::domain::Visit {
            id: id(100 + n),
            member: Some(id(4)),
            party: 2,
            location: format!("T{n}"),
            staff: String::new(),
            at: Timestamp(NOW - n as i64 * 86_400_000),
        })
        .collect();
    update(&mut s, Msg::CardLoaded(Box::new(card)));
    act(&mut s, Action::ListDown);
    act(&mut s, Action::ListPageDown);
    assert_eq!(s.card_scroll, 11);
    act(&mut s, Action::ListEnd);
    // 34 visits, 4 shown at 80x24: the last four show at position 30.
    assert_eq!(s.card_scroll, 30);
    act(&mut s, Action::ListUp);
    assert_eq!(s.card_scroll, 29);
}

#[test]
fn the_lookup_list_asks_for_a_page_more_at_its_end() {
    let mut s = state();
    typ(&mut s, "#vip");
    let first = s.lookup.generation;
    let rows: Vec<MemberRow> = (0..50).map(|n| row(n, "Ann")).collect();
    update(
        &mut s,
        Msg::Found {
            generation: first,
            query: "#vip".into(),
            found: Found { rows, total: 99 },
        },
    );
    act(&mut s, Action::ListPageDown);
    act(&mut s, Action::ListPageDown);
    act(&mut s, Action::ListPageDown);
    act(&mut s, Action::ListPageDown);
    assert_eq!(s.lookup.selected, 40);
    assert_eq!(
        act(&mut s, Action::ListEnd),
        vec![Effect::SearchMore {
            generation: first + 1,
            query: "#vip".into(),
            limit: 100
        }]
    );
    // The longer answer keeps the cursor where it was.
    let rows: Vec<MemberRow> = (0..99).map(|n| row(n, "Ann")).collect();
    update(
        &mut s,
        Msg::Found {
            generation: first + 1,
            query: "#vip".into(),
            found: Found { rows, total: 99 },
        },
    );
    assert_eq!(s.lookup.selected, 49);
    act(&mut s, Action::ListEnd);
    assert_eq!(s.lookup.selected, 98);
    assert!(act(&mut s, Action::ListDown).is_empty(), "all 99 are there");
}
