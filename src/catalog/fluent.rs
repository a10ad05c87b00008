//! Wording as data: Project Fluent message files per language under `locales/`, compiled
//! in, with a store's own override file on top. A translator edits `.ftl` files, never Rust.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::Mutex;

/// Every message file of a language, in load order.
fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => &[
            (
                "locales/en/common.ftl",
                include_str!("../../locales/en/common.ftl"),
            ),
            (
                "locales/en/tui.ftl",
                include_str!("../../locales/en/tui.ftl"),
            ),
            (
                "locales/en/app.ftl",
                include_str!("../../locales/en/app.ftl"),
            ),
            (
                "locales/en/cli.ftl",
                include_str!("../../locales/en/cli.ftl"),
            ),
            (
                "locales/en/errors.ftl",
                include_str!("../../locales/en/errors.ftl"),
            ),
            (
                "locales/en/people.ftl",
                include_str!("../../locales/en/people.ftl"),
            ),
            (
                "locales/en/payments.ftl",
                include_str!("../../locales/en/payments.ftl"),
            ),
            (
                "locales/en/shift.ftl",
                include_str!("../../locales/en/shift.ftl"),
            ),
            (
                "locales/en/trust.ftl",
                include_str!("../../locales/en/trust.ftl"),
            ),
            (
                "locales/en/upkeep.ftl",
                include_str!("../../locales/en/upkeep.ftl"),
            ),
            (
                "locales/en/wallet.ftl",
                include_str!("../../locales/en/wallet.ftl"),
            ),
            (
                "locales/en/packages.ftl",
                include_str!("../../locales/en/packages.ftl"),
            ),
        ],
        Lang::Zh => &[
            (
                "locales/zh-CN/common.ftl",
                include_str!("../../locales/zh-CN/common.ftl"),
            ),
            (
                "locales/zh-CN/tui.ftl",
                include_str!("../../locales/zh-CN/tui.ftl"),
            ),
            (
                "locales/zh-CN/app.ftl",
                include_str!("../../locales/zh-CN/app.ftl"),
            ),
            (
                "locales/zh-CN/cli.ftl",
                include_str!("../../locales/zh-CN/cli.ftl"),
            ),
            (
                "locales/zh-CN/errors.ftl",
                include_str!("../../locales/zh-CN/errors.ftl"),
            ),
            (
                "locales/zh-CN/people.ftl",
                include_str!("../../locales/zh-CN/people.ftl"),
            ),
            (
                "locales/zh-CN/payments.ftl",
                include_str!("../../locales/zh-CN/payments.ftl"),
            ),
            (
                "locales/zh-CN/shift.ftl",
                include_str!("../../locales/zh-CN/shift.ftl"),
            ),
            (
                "locales/zh-CN/trust.ftl",
                include_str!("../../locales/zh-CN/trust.ftl"),
            ),
            (
                "locales/zh-CN/upkeep.ftl",
                include_str!("../../locales/zh-CN/upkeep.ftl"),
            ),
            (
                "locales/zh-CN/wallet.ftl",
                include_str!("../../locales/zh-CN/wallet.ftl"),
            ),
            (
                "locales/zh-CN/packages.ftl",
                include_str!("../../locales/zh-CN/packages.ftl"),
            ),
        ],
    }
}

/// The messages of one language.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// Messages without arguments, formatted once and kept for the life of the program,
    /// so a label can be a `&'static str`.
    fixed: Mutex<HashMap<String, &'static str>>,
}

/// A mistake in a message file: which file, which line, what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    pub file: String,
    pub line: usize,
    pub kind: FileProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblemKind {
    /// Not Fluent: the parser's own words.
    Syntax(String),
    /// Control characters (escape sequences) in a line: dropped, never sent to a terminal.
    ControlCharacters,
    /// The file is there but could not be read: the system's reason.
    Unreadable(String),
}

impl Messages {
    /// The shipped messages of `lang`, with `overrides` (a store's own file: its name and
    /// text) replacing single messages. Mistakes in the override file are returned; the
    /// shipped message stands wherever the override could not be read.
    pub fn load(lang: Lang, overrides: Option<(&str, &str)>) -> (Messages, Vec<FileProblem>) {
        let code = match lang {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        };
        let id: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks would reach the terminal as invisible characters.
        bundle.set_use_isolating(false);
        let _ = bundle.add_builtins();
        // TWO($m): a number in two digits ("03"), for dates written 03-21.
        let _ = bundle.add_function("TWO", |positional, _named| match positional.first() {
            Some(FluentValue::Number(n)) => FluentValue::from(format!("{:02}", n.value as i64)),
            Some(other) => other.clone(),
            None => FluentValue::None,
        });
        let mut problems = Vec::new();
        for (file, text) in sources(lang) {
            let (res, errs) = parse(file, text);
            problems.extend(errs);
            if let Err(errs) = bundle.add_resource(res) {
                problems.extend(errs.iter().map(|e| FileProblem {
                    file: (*file).to_string(),
                    line: 0,
                    kind: FileProblemKind::Syntax(e.to_string()),
                }));
            }
        }
        if let Some((file, text)) = overrides {
            let (res, errs) = parse_override(file, text);
            problems.extend(errs);
            bundle.add_resource_overriding(res);
        }
        let m = Messages {
            lang,
            bundle,
            fixed: Mutex::new(HashMap::new()),
        };
        (m, problems)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with its arguments. A message missing from the files (a bug that
    /// `tests/catalog.rs` catches) shows as its id rather than failing the desk.
    pub fn get(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        text.into_owned()
    }

    /// A message without arguments, as a `&'static str` (formatted once).
    pub fn fixed(&self, id: &str) -> &'static str {
        let mut cache = match self.fixed.lock() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some(s) = cache.get(id) {
            return s;
        }
        let s: &'static str = Box::leak(self.get(id, None).into_boxed_str());
        cache.insert(id.to_string(), s);
        s
    }

    /// A message whose arguments take only a few values (a yes/no, one of a set), as a
    /// `&'static str`: formatted once per set of arguments.
    pub fn fixed_with(&self, id: &str, args: &FluentArgs) -> &'static str {
        let mut key = id.to_string();
        for (k, v) in args.iter() {
            key.push_str(&format!("\u{1f}{k}={v:?}"));
        }
        let mut cache = match self.fixed.lock() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some(s) = cache.get(&key) {
            return s;
        }
        let s: &'static str = Box::leak(self.get(id, Some(args)).into_boxed_str());
        cache.insert(key, s);
        s
    }

    /// Every message id of this language, for the completeness tests.
    pub fn ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for (file, text) in sources(self.lang) {
            let (res, _) = parse(file, text);
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_string());
                }
            }
        }
        ids
    }
}

/// The mistakes in a store's own message file, without loading any language.
pub fn check_override(file: &str, text: &str) -> Vec<FileProblem> {
    parse_override(file, text).1
}

/// A store's own file as a resource: its lines with control characters left out.
fn parse_override(file: &str, text: &str) -> (FluentResource, Vec<FileProblem>) {
    let (text, mut problems) = without_control_lines(file, text);
    let (res, errs) = parse(file, &text);
    problems.extend(errs);
    (res, problems)
}

/// A resource and the line-numbered problems found reading it.
fn parse(file: &str, text: &str) -> (FluentResource, Vec<FileProblem>) {
    match FluentResource::try_new(text.to_string()) {
        Ok(res) => (res, Vec::new()),
        Err((res, errs)) => {
            let problems = errs
                .iter()
                .map(|e| FileProblem {
                    file: file.to_string(),
                    line: line_of(text, e.pos.start),
                    kind: FileProblemKind::Syntax(e.kind.to_string()),
                })
                .collect();
            (res, problems)
        }
    }
}

/// A store's own file with every line that carries a control character emptied (the
/// shipped message stands), and the lines it emptied. Words reach terminals and
/// spreadsheets: an escape sequence in them would act, not read.
fn without_control_lines(file: &str, text: &str) -> (String, Vec<FileProblem>) {
    let mut problems = Vec::new();
    let lines: Vec<&str> = text
        .lines()
        .enumerate()
        .map(|(i, line)| {
            if line.chars().any(|c| c.is_control() && c != '\t') {
                problems.push(FileProblem {
                    file: file.to_string(),
                    line: i + 1,
                    kind: FileProblemKind::ControlCharacters,
                });
                ""
            } else {
                line
            }
        })
        .collect();
    (lines.join("\n"), problems)
}

fn line_of(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |t| t.matches('\n').count()) + 1
}
