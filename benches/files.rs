//! File readers benchmark: a keymap and a settings file of growing size, parsed as at
//! start-up. The time per line should stay flat (linear parsing); before the line index a
//! 16,000-line keymap took 1.7 s.
//!
//! `cargo bench --bench files`. The last line is one JSON object.
#![allow(clippy::unwrap_used)]

use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::keymap::{DEFAULT_KEYMAP, Keymap};
use serde_json::json;
use std::time::Instant;

/// A keymap of `n` distinct bindings in one section, and a misspelt action at the end.
fn keymap(n: u32) -> String {
    let mut text = String::from("[lookup]\n");
    for i in 0..n {
        let c = char::from_u32(0x4E00 + i).unwrap();
        text.push_str(&format!("\"Alt-{c}\" = \"noop\"\n"));
    }
    text.push_str("\"Ctrl-Q\" = \"app.qiut\"\n");
    text
}

/// A settings file of `n` policies, one a day.
fn settings(n: u32) -> String {
    let mut text = String::from("program = \"bench\"\n");
    let start = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    for i in 0..n {
        let d = start + chrono::Days::new(u64::from(i));
        text.push_str(&format!(
            "[[policy]]\neffective_from = \"{d}\"\nearn_points = 1\n[[policy.tier]]\nname = \"R\"\n"
        ));
    }
    text
}

fn time(f: impl Fn()) -> f64 {
    let started = Instant::now();
    f();
    started.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    let mut figures = Vec::new();
    for n in [1_000u32, 4_000, 16_000] {
        let text = keymap(n);
        let ms = time(|| {
            let (_, w) = Keymap::load(DEFAULT_KEYMAP, Some(&text));
            assert_eq!(w.len(), 1);
        });
        println!(
            "keymap   {n:>6} lines {:>8} bytes: {ms:8.1} ms ({:.2} µs/line)",
            text.len(),
            ms * 1000.0 / f64::from(n)
        );
        figures.push(json!({"file": "keymap", "lines": n, "bytes": text.len(), "ms": ms}));
    }
    for n in [250u32, 1_000, 4_000, 12_000] {
        let text = settings(n);
        let ms = time(|| {
            ProgramSettings::parse(&text).unwrap();
        });
        println!(
            "settings {n:>6} policies {:>8} bytes: {ms:8.1} ms ({:.2} µs/policy)",
            text.len(),
            ms * 1000.0 / f64::from(n)
        );
        figures.push(json!({"file": "settings", "policies": n, "bytes": text.len(), "ms": ms}));
    }
    println!("{}", json!({"bench": "files", "figures": figures}));
}
