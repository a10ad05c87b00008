#![allow(clippy::unwrap_used)]
//! The command line in Chinese: the real binary under `LANG=zh_CN.UTF-8`, `--lang`, or the
//! settings file's `language`; Chinese words accepted where English ones are; and the
//! message files of both languages in step with each other and with the code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Desk {
    dir: tempfile::TempDir,
    store: PathBuf,
}

impl Desk {
    fn new() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("desk.redb");
        Desk { dir, store }
    }

    /// Runs with `LANG` set to `locale` and no other language variable.
    fn run(&self, locale: &str, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_frontdesk"))
            .env("FRONTDESK_LOG_DIR", self.dir.path().join("log"))
            // No settings file of the user's: its `language` would take part.
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("LANG", locale)
            .env_remove("FRONTDESK_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("FRONTDESK_STORE")
            .env_remove("FRONTDESK_SETTINGS")
            .arg("--store")
            .arg(&self.store)
            .args(args)
            .output()
            .unwrap()
    }

    /// Runs in Chinese and expects success; returns stdout.
    fn zh(&self, args: &[&str]) -> String {
        ok(args, self.run("zh_CN.UTF-8", args))
    }

    /// Runs in Chinese and expects exit status 1 with one sentence; returns it.
    fn zh_fails(&self, args: &[&str]) -> String {
        let out = self.run("zh_CN.UTF-8", args);
        assert_eq!(out.status.code(), Some(1), "{args:?} should fail");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        err
    }

    /// A member added in Chinese; returns the id.
    fn member(&self, name: &str, phone: &str) -> String {
        self.zh(&["member", "add", "--name", name, "--phone", phone])
            .trim()
            .to_string()
    }
}

fn ok(args: &[&str], out: Output) -> String {
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn has_chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Words of two or more ASCII letters, the way English shows.
fn english_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .map(str::to_string)
        .collect()
}

#[test]
fn a_refused_input_is_a_chinese_sentence_and_status_1() {
    let desk = Desk::new();
    // The desk's own reason may still be English until the catalog speaks Chinese; the
    // command line's framing is Chinese.
    let err = desk.zh_fails(&["member", "add", "--name", "张伟", "--phone", "123"]);
    assert!(err.starts_with("错误："), "{err}");
    assert!(!err.starts_with("error"), "{err}");

    // A refusal the command line words itself is Chinese from end to end.
    let err = desk.zh_fails(&[
        "complaint",
        "add",
        "--category",
        "外星",
        "--severity",
        "高",
        "--description",
        "太吵",
    ]);
    assert!(err.starts_with("错误：类别："), "{err}");
    assert!(err.contains("外星") && err.contains("等位"), "{err}");
    assert!(english_words(&err).is_empty(), "{err}");

    let err = desk.zh_fails(&["points", "adjust", "1-1", "五十", "--reason", "x"]);
    assert!(err.starts_with("错误：“五十”不是积分数"), "{err}");
    assert!(english_words(&err).is_empty(), "{err}");
}

#[test]
fn a_complaint_takes_chinese_words_in_either_language() {
    let desk = Desk::new();
    for lang in ["en", "zh"] {
        let out = desk.run(
            "zh_CN.UTF-8",
            &[
                "--lang",
                lang,
                "complaint",
                "add",
                "--category",
                "等位",
                "--severity",
                "高",
                "--description",
                "等了一个小时",
            ],
        );
        let id = ok(&[lang], out).trim().to_string();
        let json = desk.zh(&["complaint", "show", &id, "--json"]);
        let v: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
        // JSON is data: its labels stay as they were.
        assert_eq!(v["category"], "waiting", "{lang}");
        assert_eq!(v["severity"], "high", "{lang}");
        let out = desk.zh(&["complaint", "update", &id, "--status", "处理中"]);
        assert!(out.starts_with(&format!("投诉 {id} 已更新：")), "{out}");
    }
    let shown = desk.zh(&["complaint", "list"]);
    assert!(shown.contains("等了一个小时"), "{shown}");
}

#[test]
fn checkin_service_and_the_member_card_speak_chinese() {
    let desk = Desk::new();
    let id = desk.member("张伟", "13800138000");

    let out = desk.zh(&["checkin", &id, "--party", "3", "--at", "A8"]);
    assert!(
        out.starts_with(&format!("已为 张伟（{id}）签到，3 位：来访 ")),
        "{out}"
    );
    let out = desk.zh(&["checkin", "--walk-in", "--party", "2"]);
    assert!(out.starts_with("已为散客签到，2 位：来访 "), "{out}");

    let out = desk.zh(&["service", &id, "--amount", "128.50", "--item", "毛肚"]);
    assert!(out.starts_with("已记录消费 "), "{out}");
    assert!(
        out.contains(&format!("张伟（{id}）128.50，积分 +")),
        "{out}"
    );

    let out = desk.zh(&[
        "member",
        "edit",
        &id,
        "--gender",
        "女",
        "--consent",
        "是",
        "--tag",
        "素食",
    ]);
    assert_eq!(
        out.trim(),
        format!("已更新 张伟（{id}）：性别、标签、接收营销信息")
    );

    let card = desk.zh(&["member", "show", &id]);
    for framing in [
        "卡号 - · 手机 138****8000",
        "来访 1 次（上次 ",
        "计入等级：",
        "标签：素食",
        "接收营销信息：是 · 入会 ",
        "来访记录（1）：",
        "  3 位  A8  -",
        "消费记录（1）：",
        "积分明细（1）：",
        "投诉记录（0）：",
    ] {
        assert!(card.contains(framing), "{framing:?} missing from:\n{card}");
    }
    for english in ["visits (", "services (", "marketing consent", "tier "] {
        assert!(!card.contains(english), "{english:?} in:\n{card}");
    }
}

#[test]
fn lang_en_under_a_chinese_locale_prints_english() {
    let desk = Desk::new();
    let id = desk.member("张伟", "13800138000");
    let en = |args: &[&str]| {
        let mut all = vec!["--lang", "en"];
        all.extend_from_slice(args);
        ok(&all, desk.run("zh_CN.UTF-8", &all))
    };
    let out = en(&["checkin", &id, "--party", "2"]);
    assert!(
        out.starts_with(&format!("checked in 张伟 ({id}), party 2: visit ")),
        "{out}"
    );
    let card = en(&["member", "show", &id]);
    assert!(card.contains("visits (1):"), "{card}");
    assert!(!has_chinese(&card.replace("张伟", "")), "{card}");

    let out = desk.run("zh_CN.UTF-8", &["--lang", "en", "member", "show", "nobody"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("error: "), "{err}");

    // And the other way round: --lang zh where the locale is English.
    let out = desk.run("en_US.UTF-8", &["--lang", "zh", "checkin", "--walk-in"]);
    assert!(ok(&[], out).starts_with("已为散客签到"));
}

#[test]
fn the_settings_language_counts_when_the_environment_names_none() {
    let desk = Desk::new();
    let settings = desk.dir.path().join("settings.toml");
    let text = format!(
        "language = \"zh\"\n{}",
        frontdesk::domain::loyalty::settings::RESTAURANT_TOML
    );
    std::fs::write(&settings, text).unwrap();
    let settings = settings.to_str().unwrap();
    let walk_in = ["--settings", settings, "checkin", "--walk-in"];

    let out = ok(&walk_in, desk.run("C.UTF-8", &walk_in));
    assert!(out.starts_with("已为散客签到"), "{out}");
    let out = ok(&walk_in, desk.run("en_US.UTF-8", &walk_in));
    assert!(out.starts_with("checked in a walk-in"), "{out}");

    let check = ["--settings", settings, "settings", "check"];
    let out = ok(&check, desk.run("C.UTF-8", &check));
    assert!(out.contains("语言：简体中文"), "{out}");
}

#[test]
fn an_unknown_lang_is_refused() {
    let desk = Desk::new();
    let out = desk.run("C.UTF-8", &["--lang", "fr", "digest"]);
    assert_eq!(out.status.code(), Some(2));
}

// ---- the message files ----------------------------------------------------------------

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Each message of an `.ftl` file and the `$variables` it uses.
fn messages(file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ')
            && let Some((id, _)) = line.split_once(" =")
        {
            current = Some(id.trim().to_string());
            assert!(
                out.insert(id.trim().to_string(), BTreeSet::new()).is_none(),
                "{file}: {id} twice"
            );
        }
        let id = current.clone().unwrap();
        let vars = out.get_mut(&id).unwrap();
        for part in line.split('$').skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            vars.insert(name);
        }
    }
    out
}

#[test]
fn both_languages_have_the_same_cli_messages_and_arguments() {
    let en = messages("locales/en/cli.ftl");
    let zh = messages("locales/zh-CN/cli.ftl");
    let en_ids: BTreeSet<_> = en.keys().collect();
    let zh_ids: BTreeSet<_> = zh.keys().collect();
    assert_eq!(en_ids, zh_ids, "the two files have different messages");
    for (id, vars) in &en {
        assert!(id.starts_with("cli-"), "{id}");
        assert_eq!(vars, &zh[id], "{id}: different $arguments");
    }
}

#[test]
fn every_cli_message_the_code_names_is_there_and_every_one_is_used() {
    let en = messages("locales/en/cli.ftl");
    let mut used = BTreeSet::new();
    for e in std::fs::read_dir(root().join("src/cli")).unwrap() {
        let src = std::fs::read_to_string(e.unwrap().path()).unwrap();
        for part in src.split("\"cli-").skip(1) {
            let id: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            used.insert(format!("cli-{id}"));
        }
    }
    for id in &used {
        assert!(en.contains_key(id), "{id} is used but not in cli.ftl");
    }
    for id in en.keys() {
        assert!(used.contains(id), "{id} is in cli.ftl but never used");
    }
}

#[test]
fn every_cli_message_reads_in_both_languages() {
    use frontdesk::catalog::{Lang, Messages};
    for lang in Lang::ALL {
        let (m, problems) = Messages::load(lang, None);
        assert!(problems.is_empty(), "{lang:?}: {problems:?}");
        for id in messages("locales/en/cli.ftl").keys() {
            assert!(m.has(id), "{lang:?} lacks {id}");
        }
    }
}

#[test]
fn a_stores_own_wording_overrides_single_messages_and_names_a_bad_line() {
    let d = Desk::new();
    let words = d.dir.path().join("wording");
    std::fs::create_dir_all(&words).unwrap();
    std::fs::write(
        words.join("zh-CN.ftl"),
        "cli-checked-in-walk-in = 贵宾散客已到店，{ $party } 位：来访 { $visit }\nbroken line here\n",
    )
    .unwrap();
    let dir = words.to_str().unwrap();
    let out = d.run(
        "zh_CN.UTF-8",
        &["--messages", dir, "checkin", "--walk-in", "--party", "2"],
    );
    assert!(out.status.success());
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.starts_with("贵宾散客已到店，2 位"), "{said}");
    let warned = String::from_utf8(out.stderr).unwrap();
    assert!(warned.contains("zh-CN.ftl 第 2 行"), "{warned}");
    // English is untouched by a Chinese override.
    let out = d.run(
        "en_US.UTF-8",
        &["--messages", dir, "checkin", "--walk-in", "--party", "2"],
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.starts_with("checked in a walk-in"), "{said}");
}

#[test]
fn a_stores_wording_never_sends_an_escape_and_an_unreadable_file_is_said() {
    let d = Desk::new();
    let words = d.dir.path().join("wording");
    std::fs::create_dir_all(&words).unwrap();
    std::fs::write(
        words.join("en.ftl"),
        "cli-checked-in-walk-in = \u{1b}[2J\u{1b}]0;PWNED\u{7} walk-in { $party } { $visit }\n",
    )
    .unwrap();
    std::fs::write(words.join("zh-CN.ftl"), b"\xff\xfe not UTF-8\n").unwrap();
    let dir = words.to_str().unwrap();
    let args = ["--messages", dir, "checkin", "--walk-in", "--party", "2"];
    let out = d.run("en_US.UTF-8", &args);
    assert!(out.status.success());
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.starts_with("checked in a walk-in"),
        "the usual words: {said}"
    );
    let warned = String::from_utf8(out.stderr).unwrap();
    assert!(
        !warned.contains('\u{1b}') && !said.contains('\u{1b}'),
        "{warned}"
    );
    assert!(
        warned.contains("en.ftl, line 1: control characters"),
        "{warned}"
    );
    assert!(warned.contains("zh-CN.ftl could not be read"), "{warned}");
}
