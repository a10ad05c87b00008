#![allow(clippy::unwrap_used)]
//! One test per validation rule: the form says what is wrong and nothing is saved.

mod common;
use common::*;
use frontdesk::catalog::text;
use frontdesk::store::Store;

/// Fill the new-member form field by field (in form order), submit, and return the app.
fn new_member(values: &[&str]) -> frontdesk::app::App {
    let mut app = app(Store::in_memory(None).unwrap());
    ctrl(&mut app, 'n');
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            tab(&mut app);
        }
        typ(&mut app, v);
    }
    enter(&mut app);
    app
}

fn assert_refused(app: &frontdesk::app::App, field: &str, words: &str) {
    let form = app.state.form.as_ref().expect("the form stays open");
    let msg = form
        .error_for(fid(field))
        .unwrap_or_else(|| panic!("no message for {field}: {:?}", form.errors));
    let said = text().field_problem(msg.field, &msg.problem);
    assert!(said.contains(words), "{field}: {said}");
    assert!(status(app).starts_with("Not saved"), "{}", status(app));
    assert_eq!(app.store().op_count().unwrap(), 0, "nothing saved");
}

#[test]
fn name_is_required() {
    assert_refused(&new_member(&["", "13812345678"]), "name", "required");
}

#[test]
fn name_is_length_limited() {
    assert_refused(
        &new_member(&[&"x".repeat(41), "13812345678"]),
        "name",
        "at most 40",
    );
}

#[test]
fn phone_must_be_a_mainland_mobile_or_international() {
    assert_refused(
        &new_member(&["Ann", "12345"]),
        "phone",
        "not a phone number",
    );
    assert_refused(&new_member(&["Ann", "+12"]), "phone", "not a phone number");
}

#[test]
fn birthday_cannot_be_in_the_future() {
    assert_refused(
        &new_member(&["Ann", "13812345678", "", "", "2999-01-01"]),
        "birthday",
        "in the future",
    );
}

#[test]
fn birthday_must_be_a_date() {
    assert_refused(
        &new_member(&["Ann", "13812345678", "", "", "17/05/1990"]),
        "birthday",
        "YYYY-MM-DD",
    );
}

#[test]
fn control_characters_are_refused() {
    assert_refused(
        &new_member(&["Ann\u{7}", "13812345678"]),
        "name",
        "control characters",
    );
}

#[test]
fn notes_are_length_limited() {
    let long = "n".repeat(501);
    assert_refused(
        &new_member(&["Ann", "13812345678", "", "", "", "", "", &long]),
        "notes",
        "at most 500",
    );
}

#[test]
fn international_phone_with_plus_is_accepted() {
    let app = new_member(&["Ann Lee", "+44 7700 900123"]);
    assert!(
        app.state.form.is_none(),
        "{:?}",
        app.state.form.as_ref().map(|f| &f.errors)
    );
    assert_eq!(
        app.store()
            .members_with_phone("+447700900123")
            .unwrap()
            .len(),
        1
    );
}

fn service_with_amount(amount: &str) -> frontdesk::app::App {
    let mut app = new_member(&["Ann Lee", "13812345678"]);
    ctrl(&mut app, 'l');
    typ(&mut app, "haircut");
    tab(&mut app);
    tab(&mut app);
    typ(&mut app, amount);
    enter(&mut app);
    app
}

fn assert_service_refused(app: &frontdesk::app::App, words: &str) {
    let form = app.state.form.as_ref().expect("the form stays open");
    let msg = form
        .error_for(fid("amount"))
        .map(|e| text().field_problem(e.field, &e.problem))
        .unwrap_or_default();
    assert!(msg.contains(words), "amount: {msg}");
    assert_eq!(
        app.store().op_count().unwrap(),
        1,
        "only the member was saved"
    );
}

#[test]
fn amount_cannot_be_negative() {
    assert_service_refused(&service_with_amount("-5"), "negative");
}

#[test]
fn amount_has_at_most_two_decimals() {
    assert_service_refused(&service_with_amount("12.345"), "more than 2 decimals");
}

#[test]
fn amount_must_be_a_number() {
    assert_service_refused(&service_with_amount("12,50"), "not an amount");
}

#[test]
fn party_size_is_1_to_99() {
    let mut app = new_member(&["Ann Lee", "13812345678"]);
    ctrl(&mut app, 'k');
    clear_field(&mut app);
    typ(&mut app, "0");
    enter(&mut app);
    let msg = app
        .state
        .form
        .as_ref()
        .unwrap()
        .error_for(fid("party"))
        .map(|e| text().field_error(e))
        .unwrap();
    assert!(msg.contains("1 to 99"), "{msg}");
    assert_eq!(app.store().op_count().unwrap(), 1);
}

#[test]
fn a_complaint_needs_a_description_and_a_known_category() {
    let mut app = new_member(&["Ann Lee", "13812345678"]);
    ctrl(&mut app, 'o');
    // The category is a picker: a letter no category starts with chooses nothing.
    typ(&mut app, "z");
    assert_eq!(app.state.form.as_ref().unwrap().value(fid("category")), "");
    enter(&mut app);
    let form = app.state.form.as_ref().unwrap();
    let said = |field: &str| {
        let e = form.error_for(fid(field)).unwrap();
        text().field_problem(e.field, &e.problem)
    };
    assert!(said("category").contains("choose quality"));
    assert!(said("description").contains("required"));
    assert_eq!(app.store().op_count().unwrap(), 1);
}

#[test]
fn a_typo_inside_a_field_is_fixed_without_retyping_the_rest() {
    use crossterm::event::KeyCode;
    let mut app = app(Store::in_memory(None).unwrap());
    ctrl(&mut app, 'n');
    typ(&mut app, "Jhon Smith");
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Delete);
    press(&mut app, KeyCode::Right);
    typ(&mut app, "h");
    assert_eq!(
        app.state.form.as_ref().unwrap().value(fid("name")),
        "John Smith"
    );
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Backspace);
    typ(&mut app, "h");
    assert_eq!(
        app.state.form.as_ref().unwrap().value(fid("name")),
        "John Smith"
    );
}

#[test]
fn choices_are_picked_by_arrows_or_first_letter_never_typed_onto() {
    use crossterm::event::KeyCode;
    let mut app = new_member(&["Ann Lee", "13812345678"]);
    ctrl(&mut app, 'o');
    let value = |app: &frontdesk::app::App, f: &str| {
        app.state.form.as_ref().unwrap().value(fid(f)).to_string()
    };
    typ(&mut app, "w");
    assert_eq!(value(&app, "category"), "waiting");
    press(&mut app, KeyCode::Right);
    assert_eq!(value(&app, "category"), "billing");
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    assert_eq!(value(&app, "category"), "service");
    // The severity offered is replaced by a choice, never appended to.
    tab(&mut app);
    typ(&mut app, "h");
    assert_eq!(value(&app, "severity"), "high");
    typ(&mut app, "x");
    assert_eq!(value(&app, "severity"), "high");
}

#[test]
fn a_suggested_party_size_is_replaced_by_what_is_typed() {
    let mut app = new_member(&["Ann Lee", "13812345678"]);
    ctrl(&mut app, 'k');
    typ(&mut app, "4");
    assert_eq!(app.state.form.as_ref().unwrap().value(fid("party")), "4");
}
