//! The layers point one way: domain -> store -> search, sync, membership (and csvio, the
//! CSV files membership reads and writes) -> desk -> app and ui -> cli. Words are chosen at
//! the edges, so no layer below them reaches for the message catalog, and no layer names
//! a module above it. This reads the source of each lower layer and says where it crosses.

use std::path::{Path, PathBuf};

/// Each lower layer (a folder or file under `src/`) and the modules it must not name.
const EDGES: &[&str] = &["catalog", "app", "ui", "cli", "keymap"];
const RULES: &[(&str, &[&str])] = &[
    (
        "domain",
        &[
            "store",
            "search",
            "sync",
            "membership",
            "csvio",
            "desk",
            "demo",
        ],
    ),
    (
        "store",
        &["search", "sync", "membership", "csvio", "desk", "demo"],
    ),
    ("csvio", &["store", "search", "sync", "membership", "desk"]),
    ("search", &["sync", "membership", "desk"]),
    ("sync", &["membership", "desk"]),
    ("membership", &["desk"]),
    ("demo", &["desk"]),
    ("desk", &[]),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every Rust file of a layer: `src/<name>/**/*.rs` and `src/<name>.rs`.
fn layer_files(name: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let file = src().join(format!("{name}.rs"));
    if file.is_file() {
        out.push(file);
    }
    let dir = src().join(name);
    if dir.is_dir() {
        walk(&dir, &mut out);
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("source folder") {
        let p = e.expect("dir entry").path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The code of a Rust file without its comments (line, doc and block comments); string
/// and character literals are kept, so a `//` inside a string is not taken for a comment.
fn code_of(text: &str) -> String {
    let b: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r' && matches!(next, Some('"') | Some('#')) && !ident_before(&b, i) {
            // A raw string: r"..." or r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == '"' && (0..hashes).all(|k| b.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.extend(&b[i..j.min(b.len())]);
            i = j;
        } else if c == '"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != '"' {
                if b[j] == '\\' {
                    j += 1;
                }
                j += 1;
            }
            out.extend(&b[i..(j + 1).min(b.len())]);
            i = j + 1;
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{1b}', '"') or a lifetime ('a).
            let end = if next == Some('\\') {
                (i + 2..b.len()).find(|&k| b[k] == '\'')
            } else if b.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(e) => {
                    out.extend(&b[i..=e]);
                    i = e + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(b: &[char], i: usize) -> bool {
    i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_')
}

/// Where `code` names `module` as a crate module: `crate::module`, `super::module`,
/// `frontdesk::module`, or inside a grouped `use crate::{…, module, …}`. For the catalog,
/// any mention at all (a `Catalog` trait object, a `text()` imported under another name
/// still needs its path once).
fn mentions(code: &str, module: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let hit = if module == "catalog" {
            line.to_lowercase().contains("catalog")
        } else {
            ["crate::", "super::", "frontdesk::"]
                .iter()
                .any(|p| names(line, &format!("{p}{module}")))
                || grouped(line, module)
        };
        if hit {
            found.push(format!("{}: {}", n + 1, line.trim()));
        }
    }
    found
}

/// `path` in `line`, not followed by more of an identifier (`crate::store` but not
/// `crate::stores`).
fn names(line: &str, path: &str) -> bool {
    line.match_indices(path).any(|(at, _)| {
        let after = line[at + path.len()..].chars().next();
        !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// `use crate::{a, module, b}` on one line.
fn grouped(line: &str, module: &str) -> bool {
    let Some(start) = line.find("crate::{") else {
        return false;
    };
    let inner = &line[start + "crate::{".len()..];
    let inner = inner.split('}').next().unwrap_or(inner);
    inner
        .split(|c: char| c == ',' || c.is_whitespace() || c == ':')
        .any(|w| w == module)
}

#[test]
fn lower_layers_hold_no_words_and_point_one_way() {
    let mut crossings = Vec::new();
    for (layer, above) in RULES {
        let files = layer_files(layer);
        assert!(!files.is_empty(), "no source found for the layer {layer}");
        for path in files {
            let text = std::fs::read_to_string(&path).expect("source file");
            let code = code_of(&text);
            for module in EDGES.iter().chain(above.iter()) {
                for at in mentions(&code, module) {
                    let rel = path.strip_prefix(src()).unwrap_or(&path).display();
                    crossings.push(format!("src/{rel}:{at}  (names `{module}`)"));
                }
            }
        }
    }
    assert!(
        crossings.is_empty(),
        "a lower layer reaches up (words belong to app, ui and cli through the catalog; \
         return typed data instead):\n{}",
        crossings.join("\n")
    );
}

/// The check itself: it sees a crossing however the path is written, and ignores comments
/// and strings that only talk about one.
#[test]
fn the_check_finds_what_it_should() {
    let code = code_of(
        "use crate::catalog::text;\n\
         let s = crate::catalog::text().required(\"x\");\n\
         use crate::{catalog, domain};\n\
         fn f(c: &dyn Catalog) {}\n\
         // the catalog words this\n\
         /// see the catalog\n\
         /* catalog */ let t = '\"'; let u = \"// not a comment\";\n\
         use crate::stores::x; use super::store::y;\n\
         let a: &'static str = r#\"raw \"catalog\" text\"#;\n",
    );
    let lines: Vec<usize> = mentions(&code, "catalog")
        .iter()
        .map(|l| l.split(':').next().unwrap_or("").parse().unwrap_or(0))
        .collect();
    assert_eq!(lines, vec![1, 2, 3, 4, 9]);
    assert!(code.contains("\"// not a comment\""), "{code}");
    assert!(!code.contains("the catalog words"), "{code}");
    assert_eq!(mentions(&code, "store").len(), 1, "{code}");
    assert!(grouped("use crate::{catalog, domain};", "domain"));
    assert!(!grouped("use crate::{catalogue};", "catalog"));
}
