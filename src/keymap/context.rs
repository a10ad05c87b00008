//! Keymap contexts: the sections of a keymap file.

use std::fmt;

/// Where the focus is, which decides which section of the keymap a key is looked up in.
/// [`Keymap::resolve`](super::Keymap::resolve) tries the contexts it is given, most specific
/// first, then [`Context::Global`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    /// Reached from anywhere.
    Global,
    /// The Lookup pane: plain characters go into the search box.
    Lookup,
    /// An open member card.
    Card,
    /// The Check-in pane.
    Checkin,
    /// The Service pane.
    Service,
    /// The Complaints pane (form and board).
    Complaints,
    /// The Care view: birthdays, lapsing regulars, follow-up calls.
    Care,
    /// A new-member form warned of a possible duplicate.
    Duplicate,
    /// A form field has focus: typing goes to the field.
    Form,
    /// Moving in any list.
    List,
    /// The help overlay.
    Overlay,
}

impl Context {
    /// Every context, in the order the default keymap file lists them.
    pub const ALL: [Context; 11] = [
        Context::Global,
        Context::Lookup,
        Context::Card,
        Context::Checkin,
        Context::Service,
        Context::Complaints,
        Context::Care,
        Context::Duplicate,
        Context::Form,
        Context::List,
        Context::Overlay,
    ];

    /// The section name in keymap files.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Lookup => "lookup",
            Context::Card => "card",
            Context::Checkin => "checkin",
            Context::Service => "service",
            Context::Complaints => "complaints",
            Context::Care => "care",
            Context::Duplicate => "duplicate",
            Context::Form => "form",
            Context::List => "list",
            Context::Overlay => "overlay",
        }
    }

    /// The context with this section name (exact match).
    pub fn from_name(name: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Whether plain characters typed here go into a text box (so bindings here should be
    /// chords, function keys or named keys).
    pub fn takes_typing(self) -> bool {
        matches!(self, Context::Lookup | Context::Form)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Context {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
