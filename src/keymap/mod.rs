//! Keymaps: which key does what, where.
//!
//! The defaults are a real file, `keymaps/default.toml`, compiled in. A user file overrides
//! single keys (binding one to `noop` unbinds it). Problems in either file become
//! [`Warning`]s naming the line; the defaults stay in force for whatever was wrong.
//! The help overlay ([`Keymap::help_entries`]) and the status-line hints ([`Keymap::hints`])
//! are generated from the merged keymap, so they always tell the truth.

pub mod action;
mod context;
mod file;
mod key;

pub use context::Context;
pub use file::{Origin, Outcome, Problem, Warning};
pub use key::{KeyChord, KeyParseError};

use std::collections::HashMap;

use crossterm::event::{KeyEvent, KeyEventKind};

use crate::keymap::action::{Action, HelpSection};

/// The shipped default keymap (`keymaps/default.toml`).
pub const DEFAULT_KEYMAP: &str = include_str!("../../keymaps/default.toml");

/// The merged keymap: per context, chords in file order, each bound to one action.
/// A chord bound to [`Action::Noop`] is unbound: it resolves to nothing and hides any
/// binding of the same chord in less specific contexts.
#[derive(Debug, Clone)]
pub struct Keymap {
    sections: [Vec<(KeyChord, Action)>; Context::ALL.len()],
    /// Where each chord sits in its section, so binding and looking up take constant time
    /// however many keys a file binds.
    index: [HashMap<KeyChord, usize>; Context::ALL.len()],
}

/// The largest keymap file read: a keymap is a few kilobytes; a larger file is ignored
/// with a warning rather than read at start-up.
pub const MAX_KEYMAP_BYTES: u64 = 1024 * 1024;

/// One line of the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpEntry {
    pub section: HelpSection,
    /// Every key bound to the action, in canonical spelling, global bindings first.
    pub keys: Vec<String>,
    pub action: Action,
}

impl Keymap {
    /// A keymap with no bindings at all.
    pub fn empty() -> Keymap {
        Keymap {
            sections: Default::default(),
            index: Default::default(),
        }
    }

    /// The default keymap merged with an optional user keymap, and every problem found in
    /// either. Never fails: whatever cannot be understood is reported and left at its default.
    ///
    /// A user file larger than [`MAX_KEYMAP_BYTES`], or one that would leave no global key
    /// to quit frontdesk, is ignored as a whole: the defaults stay in force.
    pub fn load(default_text: &str, user_text: Option<&str>) -> (Keymap, Vec<Warning>) {
        let mut keymap = Keymap::empty();
        let mut warnings = keymap.apply(default_text, Origin::Default);
        let file_ignored = |problem| Warning {
            origin: Origin::User,
            line: 1,
            problem,
            outcome: Outcome::FileIgnored,
            suggestion: None,
        };
        match user_text {
            Some(text) if text.len() as u64 > MAX_KEYMAP_BYTES => {
                warnings.push(file_ignored(Problem::TooLarge {
                    bytes: text.len() as u64,
                    max: MAX_KEYMAP_BYTES,
                }));
            }
            Some(text) => {
                let defaults = keymap.clone();
                let user = keymap.apply(text, Origin::User);
                if keymap.can_quit() || !defaults.can_quit() {
                    warnings.extend(user);
                } else {
                    keymap = defaults;
                    warnings.push(file_ignored(Problem::NoQuit));
                }
            }
            None => {}
        }
        warnings.sort_by_key(|w| (w.origin == Origin::User, w.line));
        (keymap, warnings)
    }

    /// Whether some key quits: bound to `app.quit` in the global section, so it works in
    /// every context that does not bind the same key to something else.
    pub fn can_quit(&self) -> bool {
        self.bindings(Context::Global)
            .any(|(_, action)| *action == Action::Quit)
    }

    /// The problems in a keymap file, read as a user file over the defaults (for a
    /// `keymap check` command or a test).
    pub fn check(user_text: &str) -> Vec<Warning> {
        Keymap::load(DEFAULT_KEYMAP, Some(user_text)).1
    }

    /// Apply a file's bindings over this keymap; returns its warnings.
    fn apply(&mut self, text: &str, origin: Origin) -> Vec<Warning> {
        let (entries, mut warnings) = file::parse(text, origin);
        for entry in entries {
            match entry.action {
                Ok(action) => self.bind(entry.context, entry.chord, action),
                Err(mut warning) => {
                    if self.lookup(entry.context, entry.chord).is_none() {
                        warning.outcome = Outcome::StaysUnbound;
                    }
                    warnings.push(warning);
                }
            }
        }
        warnings
    }

    /// Bind a chord in a context, replacing its binding there (binding `Noop` unbinds it).
    pub fn bind(&mut self, context: Context, chord: KeyChord, action: Action) {
        let section = &mut self.sections[context.index()];
        let index = &mut self.index[context.index()];
        match index.get(&chord).and_then(|&i| section.get_mut(i)) {
            Some(binding) => binding.1 = action,
            None => {
                index.insert(chord, section.len());
                section.push((chord, action));
            }
        }
    }

    /// The action bound to a chord in exactly this context (`Noop` included).
    fn lookup(&self, context: Context, chord: KeyChord) -> Option<&Action> {
        let i = *self.index[context.index()].get(&chord)?;
        self.sections[context.index()]
            .get(i)
            .map(|(_, action)| action)
    }

    /// The action for a key event: the given contexts are tried in order (most specific
    /// first), then [`Context::Global`]. Key releases and unbound keys give `None`.
    pub fn resolve(&self, contexts: &[Context], event: KeyEvent) -> Option<Action> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        self.resolve_chord(contexts, KeyChord::from_event(&event)?)
    }

    /// [`Keymap::resolve`] for an already normalised chord.
    pub fn resolve_chord(&self, contexts: &[Context], chord: KeyChord) -> Option<Action> {
        chain(contexts)
            .find_map(|context| self.lookup(context, chord))
            .filter(|action| **action != Action::Noop)
            .cloned()
    }

    /// The bindings of one context, in file order (unbound `noop` chords left out).
    pub fn bindings(&self, context: Context) -> impl Iterator<Item = (KeyChord, &Action)> + '_ {
        self.sections[context.index()]
            .iter()
            .filter(|(_, action)| *action != Action::Noop)
            .map(|(chord, action)| (*chord, action))
    }

    /// Every chord bound to an action in any context, global first, without repeats.
    pub fn keys_for(&self, action: &Action) -> Vec<KeyChord> {
        let mut keys: Vec<KeyChord> = Vec::new();
        for context in Context::ALL {
            for (chord, bound) in self.bindings(context) {
                if bound == action && !keys.contains(&chord) {
                    keys.push(chord);
                }
            }
        }
        keys
    }

    /// The first key for an action, for labels such as "F2 Lookup" on the pane tabs.
    pub fn key_label(&self, action: &Action) -> Option<String> {
        self.keys_for(action).first().map(ToString::to_string)
    }

    /// The help overlay: every bound user-facing action with all its keys, grouped by help
    /// section in [`HelpSection::ALL`] order, actions in [`Action::ALL`] order.
    pub fn help_entries(&self) -> Vec<HelpEntry> {
        let mut entries = Vec::new();
        for section in HelpSection::ALL {
            for action in Action::ALL {
                if action.section() != section || action == Action::Noop {
                    continue;
                }
                let keys = self.keys_for(&action);
                if keys.is_empty() {
                    continue;
                }
                entries.push(HelpEntry {
                    section,
                    keys: keys.iter().map(ToString::to_string).collect(),
                    action,
                });
            }
        }
        entries
    }

    /// Status-line hints for the focus described by `contexts` (as for [`Keymap::resolve`]):
    /// `(key, short label)` pairs, most specific context first, one per action (its first
    /// key that really reaches it there), leaving out movement, field navigation and pane
    /// switching ([`Action::is_hint`]).
    pub fn hints(&self, contexts: &[Context]) -> Vec<(String, Action)> {
        let mut shown: Vec<&Action> = Vec::new();
        let mut hints = Vec::new();
        for context in chain(contexts) {
            for (chord, action) in self.bindings(context) {
                if !action.is_hint() || shown.contains(&action) {
                    continue;
                }
                // Skip a key that a more specific context binds to something else.
                if self.resolve_chord(contexts, chord).as_ref() != Some(action) {
                    continue;
                }
                shown.push(action);
                hints.push((chord.to_string(), *action));
            }
        }
        hints
    }
}

impl Default for Keymap {
    /// The built-in default keymap.
    fn default() -> Keymap {
        Keymap::load(DEFAULT_KEYMAP, None).0
    }
}

/// The contexts to search: the given ones in order, then global, each once.
fn chain(contexts: &[Context]) -> impl Iterator<Item = Context> + '_ {
    contexts
        .iter()
        .copied()
        .filter(|c| *c != Context::Global)
        .chain(std::iter::once(Context::Global))
}

/// The help entries as plain text, one line per action under section headings (for tests,
/// logs and a plain-text `--help-keys`), in the words `describe` and `title` give.
pub fn help_text(
    entries: &[HelpEntry],
    describe: &dyn Fn(Action) -> &'static str,
    title: &dyn Fn(HelpSection) -> &'static str,
) -> String {
    let mut text = String::new();
    let width = entries
        .iter()
        .map(|e| e.keys.join(", ").chars().count())
        .max()
        .unwrap_or(0);
    let mut section = None;
    for entry in entries {
        if section != Some(entry.section) {
            if section.is_some() {
                text.push('\n');
            }
            text.push_str(title(entry.section));
            text.push('\n');
            section = Some(entry.section);
        }
        let keys = entry.keys.join(", ");
        text.push_str(&format!(
            "  {keys:<width$}  {}  [{}]\n",
            describe(entry.action),
            entry.action.name()
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn chord(text: &str) -> KeyChord {
        KeyChord::parse(text).unwrap()
    }

    #[test]
    fn releases_resolve_to_nothing() {
        let keymap = Keymap::default();
        let press = KeyEvent::new(KeyCode::F(1), KeyModifiers::NONE);
        let release =
            KeyEvent::new_with_kind(KeyCode::F(1), KeyModifiers::NONE, KeyEventKind::Release);
        assert_eq!(keymap.resolve(&[], press), Some(Action::Help));
        assert_eq!(keymap.resolve(&[], release), None);
    }

    #[test]
    fn specific_context_wins_and_noop_shadows() {
        let mut keymap = Keymap::empty();
        keymap.bind(Context::Global, chord("Ctrl-N"), Action::MemberNew);
        keymap.bind(Context::Complaints, chord("Ctrl-N"), Action::ComplaintNew);
        keymap.bind(Context::Form, chord("Ctrl-N"), Action::Noop);
        let n = chord("Ctrl-N");
        assert_eq!(keymap.resolve_chord(&[], n), Some(Action::MemberNew));
        assert_eq!(
            keymap.resolve_chord(&[Context::Complaints], n),
            Some(Action::ComplaintNew)
        );
        assert_eq!(
            keymap.resolve_chord(&[Context::Form, Context::Complaints], n),
            None
        );
        assert_eq!(
            keymap.hints(&[Context::Complaints]),
            [("Ctrl-N".to_string(), Action::ComplaintNew)]
        );
    }
}
