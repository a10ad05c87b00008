#![allow(clippy::unwrap_used)]
//! The keymap layer: shipped files, SPEC default keys, user overrides, warnings, help.

use std::collections::HashMap;
use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use frontdesk::keymap::action::{Action, HelpSection};
use frontdesk::keymap::{
    Context, DEFAULT_KEYMAP, KeyChord, Keymap, Origin, Outcome, Problem, help_text,
};
use proptest::prelude::*;

/// A warning in English words, as the desk shows it.
fn said(w: &frontdesk::keymap::Warning) -> String {
    frontdesk::catalog::set_lang(frontdesk::catalog::Lang::En);
    frontdesk::catalog::keymap_warning(w)
}

fn shipped_keymaps() -> Vec<(PathBuf, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("keymaps");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path, text)
        })
        .collect();
    files.sort();
    assert!(
        files.iter().any(|(path, _)| path.ends_with("default.toml")),
        "keymaps/default.toml is missing"
    );
    files
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

fn chord(text: &str) -> KeyChord {
    KeyChord::parse(text).unwrap()
}

/// Every binding of a keymap, for comparing two keymaps.
fn all_bindings(keymap: &Keymap) -> HashMap<(Context, String), Action> {
    Context::ALL
        .into_iter()
        .flat_map(|context| {
            keymap
                .bindings(context)
                .map(move |(chord, action)| ((context, chord.to_string()), *action))
        })
        .collect()
}

#[test]
fn compiled_default_is_the_shipped_file() {
    let on_disk =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/keymaps/default.toml"))
            .unwrap();
    assert_eq!(DEFAULT_KEYMAP, on_disk);
}

#[test]
fn every_shipped_keymap_parses_without_warnings() {
    for (path, text) in shipped_keymaps() {
        let (_, as_default) = Keymap::load(&text, None);
        assert!(as_default.is_empty(), "{}: {as_default:#?}", path.display());
        let (_, as_user) = Keymap::load(DEFAULT_KEYMAP, Some(&text));
        assert!(as_user.is_empty(), "{}: {as_user:#?}", path.display());
    }
}

#[test]
fn no_key_is_bound_twice_in_one_section() {
    for (path, text) in shipped_keymaps() {
        let document: toml::Table = toml::from_str(&text).unwrap();
        for (section, bindings) in &document {
            let bindings = bindings.as_table().unwrap();
            let mut seen: HashMap<KeyChord, &str> = HashMap::new();
            for name in bindings.keys() {
                let chord = KeyChord::parse(name).unwrap();
                if let Some(first) = seen.insert(chord, name) {
                    panic!(
                        "{}: [{section}] binds {chord} twice (\"{first}\" and \"{name}\")",
                        path.display()
                    );
                }
            }
        }
    }
}

#[test]
fn shipped_keymaps_leave_typing_to_text_boxes() {
    for (path, text) in shipped_keymaps() {
        let (keymap, _) = Keymap::load(&text, None);
        for context in Context::ALL.into_iter().filter(|c| c.takes_typing()) {
            for (chord, action) in keymap.bindings(context) {
                assert!(
                    !chord.is_typing(),
                    "{}: [{context}] binds plain {chord} to {action}, which would eat typing",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn duplicate_after_normalisation_is_reported() {
    let user = "[lookup]\n\"ctrl-n\" = \"member.new\"\n\"Ctrl-N\" = \"member.edit\"\n";
    let (keymap, warnings) = Keymap::load(DEFAULT_KEYMAP, Some(user));
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    frontdesk::catalog::set_lang(frontdesk::catalog::Lang::En);
    assert!(frontdesk::catalog::keymap_problem(&warnings[0].problem).contains("Ctrl-N"));
    assert_eq!(warnings[0].outcome, Outcome::LaterWins);
    assert!(matches!(
        warnings[0].problem,
        Problem::Duplicate { first_line: 2, .. }
    ));
    assert_eq!(
        keymap.resolve_chord(&[Context::Lookup], chord("Ctrl-N")),
        Some(Action::MemberEdit)
    );
}

/// SPEC.md "Default keys", as terminals send them, with the focus where the key is meant.
#[test]
fn every_spec_default_key_resolves_to_its_action() {
    use Context::*;
    let none = KeyModifiers::NONE;
    let lookup: &[Context] = &[Lookup, List];
    let form: &[Context] = &[Form, Checkin];
    let cases: Vec<(&[Context], KeyEvent, Action)> = vec![
        (lookup, key(KeyCode::F(1), none), Action::Help),
        (lookup, key(KeyCode::F(2), none), Action::PaneLookup),
        (lookup, key(KeyCode::F(3), none), Action::PaneCheckin),
        (lookup, key(KeyCode::F(4), none), Action::PaneService),
        (lookup, key(KeyCode::F(5), none), Action::PaneComplaints),
        (lookup, key(KeyCode::F(6), none), Action::PaneInsights),
        (
            lookup,
            key(KeyCode::Char('2'), KeyModifiers::ALT),
            Action::PaneLookup,
        ),
        (
            lookup,
            key(KeyCode::Char('3'), KeyModifiers::ALT),
            Action::PaneCheckin,
        ),
        (
            lookup,
            key(KeyCode::Char('4'), KeyModifiers::ALT),
            Action::PaneService,
        ),
        (
            lookup,
            key(KeyCode::Char('5'), KeyModifiers::ALT),
            Action::PaneComplaints,
        ),
        (
            lookup,
            key(KeyCode::Char('6'), KeyModifiers::ALT),
            Action::PaneInsights,
        ),
        (
            lookup,
            key(KeyCode::Char('n'), KeyModifiers::CONTROL),
            Action::MemberNew,
        ),
        (
            lookup,
            key(KeyCode::Char('N'), KeyModifiers::CONTROL),
            Action::MemberNew,
        ),
        (
            &[Card],
            key(KeyCode::Char('n'), KeyModifiers::CONTROL),
            Action::MemberNew,
        ),
        (lookup, key(KeyCode::Enter, none), Action::MemberOpen),
        (form, key(KeyCode::Enter, none), Action::FormSubmit),
        (
            form,
            key(KeyCode::Char('s'), KeyModifiers::CONTROL),
            Action::FormSubmit,
        ),
        (form, key(KeyCode::Tab, none), Action::FormNextField),
        (
            form,
            key(KeyCode::BackTab, KeyModifiers::SHIFT),
            Action::FormPrevField,
        ),
        (form, key(KeyCode::BackTab, none), Action::FormPrevField),
        (lookup, key(KeyCode::Up, none), Action::ListUp),
        (lookup, key(KeyCode::Down, none), Action::ListDown),
        (lookup, key(KeyCode::PageUp, none), Action::ListPageUp),
        (lookup, key(KeyCode::PageDown, none), Action::ListPageDown),
        (lookup, key(KeyCode::Home, none), Action::ListHome),
        (lookup, key(KeyCode::End, none), Action::ListEnd),
        (&[Overlay], key(KeyCode::Down, none), Action::ListDown),
        (lookup, key(KeyCode::Esc, none), Action::Back),
        (form, key(KeyCode::Esc, none), Action::Back),
        (&[Overlay], key(KeyCode::Esc, none), Action::Back),
        (
            lookup,
            key(KeyCode::Char('y'), KeyModifiers::CONTROL),
            Action::SyncNow,
        ),
        (
            lookup,
            key(KeyCode::Char('q'), KeyModifiers::CONTROL),
            Action::Quit,
        ),
    ];
    let keymap = Keymap::default();
    for (contexts, event, action) in cases {
        assert_eq!(
            keymap.resolve(contexts, event),
            Some(action),
            "{event:?} in {contexts:?}"
        );
    }
}

#[test]
fn global_spec_keys_work_from_every_context() {
    let keymap = Keymap::default();
    let global = [
        ("F1", Action::Help),
        ("F2", Action::PaneLookup),
        ("F3", Action::PaneCheckin),
        ("F4", Action::PaneService),
        ("F5", Action::PaneComplaints),
        ("F6", Action::PaneInsights),
        ("Alt-2", Action::PaneLookup),
        ("Alt-6", Action::PaneInsights),
        ("Esc", Action::Back),
        ("Ctrl-Y", Action::SyncNow),
        ("Ctrl-Q", Action::Quit),
    ];
    for context in Context::ALL {
        for (name, action) in global {
            assert_eq!(
                keymap.resolve_chord(&[context], chord(name)),
                Some(action),
                "{name} in [{context}]"
            );
        }
    }
}

#[test]
fn typing_in_lookup_is_not_a_command() {
    let keymap = Keymap::default();
    for c in ['a', 'Z', '7', '张', ' ', '?', '-'] {
        for modifiers in [KeyModifiers::NONE, KeyModifiers::SHIFT] {
            assert_eq!(
                keymap.resolve(
                    &[Context::Lookup, Context::List],
                    key(KeyCode::Char(c), modifiers)
                ),
                None,
                "{c:?}"
            );
        }
    }
}

#[test]
fn user_override_replaces_one_key_and_leaves_the_rest() {
    let defaults = Keymap::default();
    let user = "# my keys\n[global]\nF2 = \"pane.insights\"\n";
    let (keymap, warnings) = Keymap::load(DEFAULT_KEYMAP, Some(user));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        keymap.resolve_chord(&[], chord("F2")),
        Some(Action::PaneInsights)
    );
    let mut expected = all_bindings(&defaults);
    expected.insert((Context::Global, "F2".into()), Action::PaneInsights);
    assert_eq!(all_bindings(&keymap), expected);
}

#[test]
fn user_file_can_add_a_binding() {
    let user = "[lookup]\n\"Alt-N\" = \"member.new\"\n";
    let (keymap, warnings) = Keymap::load(DEFAULT_KEYMAP, Some(user));
    assert!(warnings.is_empty(), "{warnings:?}");
    let event = key(KeyCode::Char('n'), KeyModifiers::ALT);
    assert_eq!(
        keymap.resolve(&[Context::Lookup], event),
        Some(Action::MemberNew)
    );
    // Ctrl-N still works too.
    assert_eq!(
        keymap.resolve_chord(&[Context::Lookup], chord("Ctrl-N")),
        Some(Action::MemberNew)
    );
    let entry = keymap
        .help_entries()
        .into_iter()
        .find(|e| e.action == Action::MemberNew)
        .unwrap();
    assert_eq!(entry.keys, ["Ctrl-N", "Alt-N"]);
}

#[test]
fn noop_unbinds() {
    let user = "[global]\n\"Ctrl-Y\" = \"noop\"\n[lookup]\n\"Ctrl-Q\" = \"noop\"\n";
    let (keymap, warnings) = Keymap::load(DEFAULT_KEYMAP, Some(user));
    assert!(warnings.is_empty(), "{warnings:?}");
    // Unbound everywhere.
    for context in Context::ALL {
        assert_eq!(keymap.resolve_chord(&[context], chord("Ctrl-Y")), None);
    }
    assert!(keymap.keys_for(&Action::SyncNow).is_empty());
    assert!(
        !keymap
            .help_entries()
            .iter()
            .any(|e| e.action == Action::SyncNow)
    );
    // Unbound in Lookup only: the global binding still works elsewhere.
    assert_eq!(
        keymap.resolve_chord(&[Context::Lookup], chord("Ctrl-Q")),
        None
    );
    assert_eq!(
        keymap.resolve_chord(&[Context::Card], chord("Ctrl-Q")),
        Some(Action::Quit)
    );
    let lookup_hints = keymap.hints(&[Context::Lookup]);
    assert!(!lookup_hints.iter().any(|(_, a)| *a == Action::Quit));
}

#[test]
fn unknown_action_warns_with_its_line_and_keeps_the_default() {
    let user = "\
# frontdesk keymap for the hotel desk

[global]
F1 = \"app.help\"
\"Ctrl-Y\" = \"sync.now\"

F2 = \"pane.lookpu\"
F3 = \"pane.service\"
";
    let (keymap, warnings) = Keymap::load(DEFAULT_KEYMAP, Some(user));
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let warning = &warnings[0];
    assert_eq!(warning.origin, Origin::User);
    assert_eq!(warning.line, 7);
    assert!(
        said(warning).starts_with(
            "keymap line 7: unknown action \"pane.lookpu\"; the default binding is kept"
        ),
        "{warning:?}"
    );
    assert!(said(warning).contains("did you mean \"pane.lookup\""));
    // F2 keeps its default; the good line after it still applies.
    assert_eq!(
        keymap.resolve_chord(&[], chord("F2")),
        Some(Action::PaneLookup)
    );
    assert_eq!(
        keymap.resolve_chord(&[], chord("F3")),
        Some(Action::PaneService)
    );
}

#[test]
fn each_kind_of_mistake_names_its_line_and_keeps_defaults() {
    let cases: &[(&str, usize, &str)] = &[
        (
            "[global]\nF1 = \"app.help\"\nF13 = \"app.quit\"\n",
            3,
            "F13",
        ),
        (
            "[global]\n\"Ctlr-Q\" = \"app.quit\"\n",
            2,
            "key \"Ctlr-Q\" in [global]: not a key name",
        ),
        (
            "\n\n[lokup]\nEnter = \"member.open\"\n",
            3,
            "unknown section [lokup]",
        ),
        (
            "[keys]\nEnter = \"member.open\"\n",
            1,
            "the section is ignored (sections: global, lookup,",
        ),
        ("F1 = \"app.help\"\n", 1, "outside any section"),
        ("[global]\nF1 = 1\n", 2, "must be a quoted name"),
        (
            "[global]\nF1 = \"app.help\"\nF2 = \"pane.lookup\n",
            3,
            "not valid TOML",
        ),
        ("[global]\n\n\nF1 = = \"x\"\n", 4, "not valid TOML"),
        ("[global]\n[global]\n", 2, "not valid TOML"),
        (
            "[lookup]\nEnter = \"nothing.here\"\n",
            2,
            "unknown action \"nothing.here\"",
        ),
    ];
    let defaults = all_bindings(&Keymap::default());
    for (user, line, message) in cases {
        let (keymap, warnings) = Keymap::load(DEFAULT_KEYMAP, Some(user));
        assert_eq!(warnings.len(), 1, "{user:?}: {warnings:?}");
        let text = said(&warnings[0]);
        assert_eq!(warnings[0].line, *line, "{user:?}: {text}");
        assert!(text.starts_with(&format!("keymap line {line}: ")), "{text}");
        assert!(text.contains(message), "{user:?}: {text}");
        assert_eq!(all_bindings(&keymap), defaults, "{user:?}");
    }
}

#[test]
fn unknown_action_on_an_unbound_key_says_it_stays_unbound() {
    let (keymap, warnings) = Keymap::load(DEFAULT_KEYMAP, Some("[global]\nF10 = \"app.qiut\"\n"));
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].outcome, Outcome::StaysUnbound);
    assert_eq!(
        said(&warnings[0]),
        "keymap line 2: unknown action \"app.qiut\"; the key stays unbound \
         (did you mean \"app.quit\"?)"
    );
    assert_eq!(keymap.resolve_chord(&[], chord("F10")), None);
}

#[test]
fn help_lists_every_bound_action_and_no_unbound_one() {
    let user = "[global]\n\"Ctrl-Y\" = \"noop\"\nF7 = \"noop\"\n\"Alt-7\" = \"noop\"\n";
    for keymap in [
        Keymap::default(),
        Keymap::load(DEFAULT_KEYMAP, Some(user)).0,
        Keymap::empty(),
    ] {
        let entries = keymap.help_entries();
        for action in Action::ALL {
            let keys: Vec<String> = keymap
                .keys_for(&action)
                .iter()
                .map(ToString::to_string)
                .collect();
            let listed: Vec<_> = entries.iter().filter(|e| e.action == action).collect();
            if keys.is_empty() || action == Action::Noop {
                assert!(listed.is_empty(), "{action} is listed but unbound");
            } else {
                assert_eq!(listed.len(), 1, "{action} listed {} times", listed.len());
                assert_eq!(listed[0].keys, keys, "{action}");
                assert_eq!(listed[0].section, action.section());
                assert!(!frontdesk::ui::actions::description(action).is_empty());
            }
        }
        // Grouped: sections never come back once left.
        let order: Vec<HelpSection> = entries.iter().map(|e| e.section).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
    }
}

#[test]
fn default_keymap_binds_every_user_facing_action() {
    let keymap = Keymap::default();
    for action in Action::ALL {
        if action != Action::Noop {
            assert!(!keymap.keys_for(&action).is_empty(), "{action} has no key");
        }
    }
}

#[test]
fn help_snapshot() {
    frontdesk::catalog::set_lang(frontdesk::catalog::Lang::En);
    insta::assert_snapshot!(help_text(
        &Keymap::default().help_entries(),
        &frontdesk::ui::actions::description,
        &frontdesk::ui::actions::section_title,
    ));
}

#[test]
fn status_hints_follow_the_focus() {
    frontdesk::catalog::set_lang(frontdesk::catalog::Lang::En);
    let keymap = Keymap::default();
    let hints = |contexts: &[Context]| -> Vec<String> {
        keymap
            .hints(contexts)
            .into_iter()
            .map(|(key, a)| format!("{key} {}", frontdesk::ui::actions::short_label(a)))
            .collect()
    };
    assert_eq!(
        hints(&[Context::Lookup, Context::List]),
        [
            "Enter Open",
            "Ctrl-N New",
            "Ctrl-E Edit",
            "Ctrl-K Check in",
            "Ctrl-L Service",
            "Ctrl-O Complaint",
            "F1 Help",
            "Ctrl-Q Quit",
            "Esc Back",
            "Ctrl-Y Sync",
            "Ctrl-X Export",
            "F12 中文",
        ]
    );
    assert_eq!(
        hints(&[Context::Form, Context::Complaints]),
        [
            "Enter Save",
            "Ctrl-N New",
            "Ctrl-A Advance",
            "F1 Help",
            "Ctrl-Q Quit",
            "Esc Back",
            "Ctrl-Y Sync",
            "Ctrl-X Export",
            "F12 中文",
        ]
    );
    assert_eq!(keymap.key_label(&Action::PaneLookup).as_deref(), Some("F2"));
    assert_eq!(
        keymap.key_label(&Action::DemoLoad).as_deref(),
        Some("Ctrl-D")
    );
}

fn any_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        (1u8..=12).prop_map(KeyCode::F),
        prop::sample::select(vec![
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::Delete,
            KeyCode::Insert,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Char(' '),
            KeyCode::Char('-'),
            KeyCode::Char('+'),
        ]),
        prop::char::range('!', '~').prop_map(KeyCode::Char),
        any::<char>()
            .prop_filter("printable", |c| !c.is_control())
            .prop_map(KeyCode::Char),
    ]
}

fn any_modifiers() -> impl Strategy<Value = KeyModifiers> {
    (0u8..64).prop_map(KeyModifiers::from_bits_truncate)
}

/// Spell a chord's modifiers in a random case and with `-` or `+`.
fn respell(canonical: &str, upper: bool, plus: bool) -> String {
    let mut out = String::new();
    let mut rest = canonical;
    while let Some((name, after)) = ["Ctrl", "Alt", "Shift"].iter().find_map(|m| {
        rest.strip_prefix(m)
            .and_then(|a| a.strip_prefix('-'))
            .filter(|a| !a.is_empty())
            .map(|a| (*m, a))
    }) {
        out.push_str(&if upper {
            name.to_uppercase()
        } else {
            name.to_lowercase()
        });
        out.push(if plus { '+' } else { '-' });
        rest = after;
    }
    out.push_str(rest);
    out
}

proptest! {
    #[test]
    fn key_names_round_trip(
        code in any_code(),
        modifiers in any_modifiers(),
        upper in any::<bool>(),
        plus in any::<bool>(),
    ) {
        let Some(chord) = KeyChord::new(code, modifiers) else {
            return Ok(());
        };
        let printed = chord.to_string();
        prop_assert_eq!(KeyChord::parse(&printed), Ok(chord), "{}", printed);
        let respelled = respell(&printed, upper, plus);
        prop_assert_eq!(KeyChord::parse(&respelled), Ok(chord), "{}", respelled);
        // Printing is stable.
        prop_assert_eq!(KeyChord::parse(&printed).unwrap().to_string(), printed);
        // A terminal event for the same key gives the same chord.
        prop_assert_eq!(KeyChord::from_event(&KeyEvent::new(code, modifiers)), Some(chord));
    }
}

#[test]
fn a_keymap_that_leaves_no_way_to_quit_is_refused_and_the_defaults_kept() {
    for user in [
        "[global]\n\"Ctrl-Q\" = \"noop\"\n",
        "[global]\n\"Ctrl-Q\" = \"app.help\"\n\"F2\" = \"noop\"\n",
    ] {
        let (keymap, warnings) = Keymap::load(DEFAULT_KEYMAP, Some(user));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].problem, Problem::NoQuit);
        assert_eq!(warnings[0].outcome, Outcome::FileIgnored);
        assert_eq!(all_bindings(&keymap), all_bindings(&Keymap::default()));
        let said = said(&warnings[0]);
        assert!(
            said.contains("app.quit") && said.contains("default keys"),
            "{said}"
        );
    }
    // Moving quit to another key is fine.
    let user = "[global]\n\"Ctrl-Q\" = \"noop\"\n\"Ctrl-X\" = \"app.quit\"\n";
    let (keymap, warnings) = Keymap::load(DEFAULT_KEYMAP, Some(user));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        keymap.resolve_chord(&[Context::Lookup], chord("Ctrl-X")),
        Some(Action::Quit)
    );
}

#[test]
fn a_keymap_larger_than_any_keymap_is_ignored_with_its_size() {
    let line = "\"Ctrl-Q\" = \"app.quit\"\n";
    let big = format!(
        "[global]\n{}",
        line.repeat((frontdesk::keymap::MAX_KEYMAP_BYTES as usize) / line.len() + 1)
    );
    let (keymap, warnings) = Keymap::load(DEFAULT_KEYMAP, Some(&big));
    assert_eq!(warnings.len(), 1, "{:?}", warnings.first());
    assert!(matches!(warnings[0].problem, Problem::TooLarge { .. }));
    assert_eq!(all_bindings(&keymap), all_bindings(&Keymap::default()));
    let said = said(&warnings[0]);
    assert!(said.contains("larger than any keymap"), "{said}");
}

#[test]
fn a_large_keymap_names_each_line_right() {
    // Many distinct keys in one section, each on its own line, one mistake at the end:
    // every line number found through the line index.
    let n = 5000;
    let mut text = String::from("[lookup]\n");
    for i in 0..n {
        let c = char::from_u32(0x4E00 + i).unwrap();
        text.push_str(&format!("\"Alt-{c}\" = \"noop\"\n"));
    }
    text.push_str("\"Ctrl-Q\" = \"app.qiut\"\n");
    let (keymap, warnings) = Keymap::load(DEFAULT_KEYMAP, Some(&text));
    assert_eq!(warnings.len(), 1, "{:?}", warnings.first());
    assert!(matches!(warnings[0].problem, Problem::UnknownAction(_)));
    assert_eq!(warnings[0].line, n as usize + 2);
    assert_eq!(warnings[0].suggestion, Some("app.quit"));
    assert_eq!(
        keymap.resolve_chord(&[Context::Lookup], chord("Alt-一")),
        None
    );
}
