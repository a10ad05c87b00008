//! Reading a keymap file: TOML sections of `"Key" = "action.name"`, with line numbers for
//! every problem.

use std::collections::HashMap;

use toml::de::{DeTable, DeValue};

use super::context::Context;
use super::key::{KeyChord, KeyParseError};
use crate::keymap::action::Action;

/// Which file a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The built-in `keymaps/default.toml`.
    Default,
    /// The user's keymap file.
    User,
}

/// A problem in a keymap file. The file is still used, except for the binding (or section,
/// or whole file) the warning names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub origin: Origin,
    /// 1-based line number in the file.
    pub line: usize,
    pub problem: Problem,
    pub outcome: Outcome,
    /// A known name close to a misspelt one.
    pub suggestion: Option<&'static str>,
}

/// What is wrong. Typed data, worded by the edges (`catalog::keymap_warning`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file is not TOML: the parser's detail.
    Syntax(String),
    /// A section that is not a context name.
    UnknownSection(String),
    /// A binding above the first section: its key.
    OutsideSection(String),
    /// A key name that cannot be read.
    BadKey {
        context: Context,
        key: String,
        error: KeyParseError,
    },
    /// An action name that is not one: the name written.
    UnknownAction(String),
    /// The value for this key is not a quoted action name.
    NotAName(String),
    /// The key is bound twice in one section.
    Duplicate {
        context: Context,
        key: String,
        first_line: usize,
    },
    /// The file is larger than any keymap: its size and the limit, in bytes.
    TooLarge { bytes: u64, max: u64 },
    /// With the file's bindings no key would quit frontdesk from everywhere.
    NoQuit,
}

/// What frontdesk does about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The key keeps its default binding.
    DefaultKept,
    /// The key had no default binding and stays unbound.
    StaysUnbound,
    /// The line is ignored.
    LineIgnored,
    /// The whole section is ignored.
    SectionIgnored,
    /// The whole file is ignored; the defaults are used.
    FileIgnored,
    /// The later of two bindings for the same key is used.
    LaterWins,
}

/// One line of a keymap file that names a usable key in a known section.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub context: Context,
    pub chord: KeyChord,
    /// The action, or the warning to give instead (its outcome decided by the caller, who
    /// knows whether the key has a default binding).
    pub action: Result<Action, Warning>,
}

/// Parse a keymap file into entries in file order, plus warnings about lines that name no
/// usable key. A TOML syntax error gives no entries and one warning.
pub(crate) fn parse(text: &str, origin: Origin) -> (Vec<Entry>, Vec<Warning>) {
    let mut entries = Vec::new();
    let mut warnings = Vec::new();
    let lines = Lines::new(text);
    let line_of = |_: &str, offset: usize| lines.line_of(offset);
    let warning = |line, problem, outcome, suggestion| Warning {
        origin,
        line,
        problem,
        outcome,
        suggestion,
    };

    let document = match DeTable::parse(text) {
        Ok(document) => document.into_inner(),
        Err(error) => {
            let line = error.span().map_or(1, |span| line_of(text, span.start));
            let message = error.message().trim().to_string();
            warnings.push(warning(
                line,
                Problem::Syntax(message),
                Outcome::FileIgnored,
                None,
            ));
            return (entries, warnings);
        }
    };

    let mut sections: Vec<_> = document.iter().collect();
    sections.sort_by_key(|(name, _)| name.span().start);
    for (name, value) in sections {
        let line = line_of(text, name.span().start);
        let Some(table) = value.get_ref().as_table() else {
            warnings.push(warning(
                line,
                Problem::OutsideSection(name.get_ref().to_string()),
                Outcome::LineIgnored,
                None,
            ));
            continue;
        };
        let Some(context) = Context::from_name(name.get_ref()) else {
            let suggestion = closest(name.get_ref(), Context::ALL.iter().map(|c| c.name()));
            warnings.push(warning(
                line,
                Problem::UnknownSection(name.get_ref().to_string()),
                Outcome::SectionIgnored,
                suggestion,
            ));
            continue;
        };

        let mut keys: Vec<_> = table.iter().collect();
        keys.sort_by_key(|(key, _)| key.span().start);
        let mut seen: HashMap<KeyChord, usize> = HashMap::new();
        for (key, value) in keys {
            let line = line_of(text, key.span().start);
            let chord = match KeyChord::parse(key.get_ref()) {
                Ok(chord) => chord,
                Err(error) => {
                    warnings.push(warning(
                        line,
                        Problem::BadKey {
                            context,
                            key: key.get_ref().to_string(),
                            error,
                        },
                        Outcome::LineIgnored,
                        None,
                    ));
                    continue;
                }
            };
            if let Some(first_line) = seen.get(&chord) {
                warnings.push(warning(
                    line,
                    Problem::Duplicate {
                        context,
                        key: chord.to_string(),
                        first_line: *first_line,
                    },
                    Outcome::LaterWins,
                    None,
                ));
            } else {
                seen.insert(chord, line);
            }
            let action = match value.get_ref() {
                DeValue::String(name) => Action::from_name(name).ok_or_else(|| {
                    let suggestion = closest(name, Action::ALL.iter().map(|a| a.name()));
                    warning(
                        line_of(text, value.span().start),
                        Problem::UnknownAction(name.to_string()),
                        Outcome::DefaultKept,
                        suggestion,
                    )
                }),
                _ => Err(warning(
                    line_of(text, value.span().start),
                    Problem::NotAName(key.get_ref().to_string()),
                    Outcome::DefaultKept,
                    None,
                )),
            };
            entries.push(Entry {
                context,
                chord,
                action,
            });
        }
    }
    (entries, warnings)
}

/// Where each line starts, found once, so that naming the line of every binding stays
/// linear in the file's size (counting line ends from the start for each binding made a
/// large keymap take seconds).
struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines { starts }
    }
    /// 1-based line number of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }
}

/// The candidate nearest to a misspelt name, if it is plausibly a typo. A name far longer
/// than any candidate is no typo of one (and is not compared, which would take long).
fn closest(name: &str, candidates: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    if name.len() > 64 {
        return None;
    }
    let name = name.to_lowercase();
    candidates
        .map(|candidate| (edit_distance(&name, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= (candidate.len() / 4).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance, counting an adjacent swap as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: distance between a[..i] and b[..j]
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_count_from_one() {
        let lines = Lines::new("a\nb\nc");
        assert_eq!(lines.line_of(0), 1);
        assert_eq!(lines.line_of(1), 1);
        assert_eq!(lines.line_of(2), 2);
        assert_eq!(lines.line_of(4), 3);
        assert_eq!(lines.line_of(99), 3);
        assert_eq!(Lines::new("").line_of(0), 1);
    }

    #[test]
    fn a_very_long_name_gets_no_suggestion() {
        let actions = || Action::ALL.iter().map(|a| a.name());
        assert_eq!(closest(&"app.quit".repeat(100_000), actions()), None);
    }

    #[test]
    fn suggests_near_names_only() {
        let actions = || Action::ALL.iter().map(|a| a.name());
        assert_eq!(closest("pane.lookpu", actions()), Some("pane.lookup"));
        assert_eq!(closest("form.sumbit", actions()), Some("form.submit"));
        assert_eq!(closest("make.coffee", actions()), None);
        let sections = || Context::ALL.iter().map(|c| c.name());
        assert_eq!(closest("Lookup", sections()), Some("lookup"));
        assert_eq!(closest("globl", sections()), Some("global"));
    }

    #[test]
    fn entries_come_in_file_order() {
        let text =
            "[list]\nUp = \"list.up\"\nDown = \"list.down\"\n\n[global]\nF1 = \"app.help\"\n";
        let (entries, warnings) = parse(text, Origin::User);
        assert!(warnings.is_empty(), "{warnings:?}");
        let lines: Vec<_> = entries
            .iter()
            .map(|e| (e.context, e.chord.to_string()))
            .collect();
        assert_eq!(
            lines,
            [
                (Context::List, "Up".to_string()),
                (Context::List, "Down".to_string()),
                (Context::Global, "F1".to_string()),
            ]
        );
    }
}
