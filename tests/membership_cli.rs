#![allow(clippy::unwrap_used)]
//! The membership program through the real binary, as a script or a new user would run
//! it: member import, care lists, points expiry, and a service that earns Gold.

use frontdesk::domain::complaint::{Category, ComplaintUpdate, Severity};
use frontdesk::domain::ops::NEW_ID;
use frontdesk::domain::*;
use frontdesk::store::Store;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const DAY: i64 = 86_400_000;

/// A small program: Gold at 100.00 spent in the last 12 months, points for 12 months.
const PROGRAM: &str = r#"
program = "Test bistro"

[care]
birthday_days_ahead = 7
followup_after_days = 2
lapsing_factor_percent = 200

[[policy]]
effective_from = "2020-01-01"
earn_points = 1
earn_per = "1.00"
points_lifetime_months = 12
referral_bonus = 50
birthday_benefit = "A free dessert"
tier_period_months = 12

[[policy.tier]]
name = "Regular"
benefits = "Points on every visit"

[[policy.tier]]
name = "Gold"
min_spend = "100.00"
multiplier_percent = 200
benefits = "Double points"
"#;

struct Desk {
    dir: tempfile::TempDir,
    store: PathBuf,
    settings: PathBuf,
}

impl Desk {
    fn new() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("desk.redb");
        let settings = dir.path().join("settings.toml");
        std::fs::write(&settings, PROGRAM).unwrap();
        Desk {
            dir,
            store,
            settings,
        }
    }
    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_frontdesk"))
            // The log goes to a scratch folder, not the user's.
            .env(
                "FRONTDESK_LOG_DIR",
                std::env::temp_dir().join("frontdesk-test-log"),
            )
            .arg("--store")
            .arg(&self.store)
            .arg("--settings")
            .arg(&self.settings)
            .args(args)
            .env_remove("FRONTDESK_STORE")
            .env_remove("FRONTDESK_SETTINGS")
            .output()
            .unwrap()
    }
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
    /// Exit status 1; returns (stdout, stderr).
    fn fails(&self, args: &[&str]) -> (String, String) {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?} should fail");
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }
    fn open(&self) -> Store {
        Store::open(&self.store).unwrap()
    }
    fn members(&self) -> Vec<Member> {
        let store = self.open();
        let mut out = Vec::new();
        store.for_each_member(|m, _| out.push(m.clone())).unwrap();
        out
    }
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

const BAD_FILE: &str = "Name,Mobile,Date of Birth,Email\n\
    Ann Lee,13812345678,1990-05-17,ann@example.com\n\
    Bo Chen,12345,1985-01-02,\n\
    Cy Wu,13912345678,1990-13-45,\n\
    ,13712345678,,\n\
    Di Ma,13612345678,17/05/1990,\n";

#[test]
fn import_reports_every_bad_row_and_imports_nothing_unless_told_to_skip() {
    let d = Desk::new();
    let f = d.file("members.csv", BAD_FILE.as_bytes());
    let (out, err) = d.fails(&["import", "members", p(&f)]);
    for want in [
        "row 3, Mobile:",
        "row 4, Date of Birth:",
        "row 5, Name: name is required",
    ] {
        assert!(out.contains(want), "{want} missing from\n{out}");
    }
    assert_eq!(out.matches("invalid: ").count(), 3, "{out}");
    assert!(
        err.starts_with("error: 3 rows are invalid; nothing was imported"),
        "{err}"
    );
    assert!(d.members().is_empty());

    let out = d.ok(&["import", "members", p(&f), "--skip-invalid", "--dry-run"]);
    assert!(out.contains("would import 2 members"), "{out}");
    assert!(d.members().is_empty());

    let out = d.ok(&["import", "members", p(&f), "--skip-invalid"]);
    assert!(out.contains("imported 2 members"), "{out}");
    let mut names: Vec<String> = d.members().into_iter().map(|m| m.name).collect();
    names.sort();
    assert_eq!(names, vec!["Ann Lee", "Di Ma"]);
}

#[test]
fn a_chinese_file_with_bom_and_crlf_imports_once() {
    let d = Desk::new();
    let text = "\u{feff}姓名,手机,生日,卡号,标签,备注\r\n\
                张伟,138 1234 5678,1990/5/17,vip-001,VIP；常客,不吃辣\r\n\
                李娜,+86 139-0000-1111,1988年3月2日,,\"生日宴, 包间\",\r\n";
    let f = d.file("会员.csv", text.as_bytes());
    let out = d.ok(&["import", "members", p(&f)]);
    assert!(out.contains("imported 2 members"), "{out}");
    let mut ms = d.members();
    ms.sort_by(|a, b| a.phone.cmp(&b.phone));
    assert_eq!(
        (
            ms[0].name.as_str(),
            ms[0].phone.as_str(),
            ms[0].card.as_str()
        ),
        ("张伟", "13812345678", "VIP-001")
    );
    assert_eq!(ms[0].birthday, chrono::NaiveDate::from_ymd_opt(1990, 5, 17));
    assert_eq!(ms[0].tags, vec!["vip", "常客"]);
    assert_eq!(ms[0].notes, "不吃辣");
    assert_eq!(ms[1].name, "李娜");
    assert_eq!(ms[1].birthday, chrono::NaiveDate::from_ymd_opt(1988, 3, 2));

    // The second time every row is a member already held: reported, not doubled.
    let out = d.ok(&["import", "members", p(&f)]);
    assert!(out.contains("imported 0 members (2 duplicates"), "{out}");
    assert_eq!(out.matches("duplicate: row").count(), 2, "{out}");
    assert!(out.contains("existing member 张伟"), "{out}");
    assert_eq!(d.members().len(), 2);

    // Exported for Excel: BOM, CRLF, the Chinese names, tier and points columns.
    let csv = d.dir.path().join("out.csv");
    let out = d.ok(&["export", "members", "--csv", p(&csv), "--bom"]);
    assert!(out.contains("exported 2 members"), "{out}");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("\u{feff}id,card,name,phone,"), "{text}");
    assert!(text.split('\n').next().unwrap().ends_with(",tier,points\r"));
    assert!(text.contains(",张伟,13812345678,") && text.contains(",Regular,0\r\n"));
}

#[test]
fn care_lists_birthdays_lapsing_regulars_and_followups() {
    let d = Desk::new();
    let now = Timestamp::now();
    let today = now.local_date();
    // (On Feb 29 there is no such day 30 years ago: the birthday checks are skipped.)
    let born = chrono::Datelike::with_year(&today, chrono::Datelike::year(&today) - 30);
    {
        let store = d.open();
        let member = |name: &str, phone: &str, birthday: Option<chrono::NaiveDate>| {
            let mut m = Member::empty(NEW_ID, now);
            m.name = name.into();
            m.phone = phone.into();
            m.birthday = birthday;
            // Operation times only move forward: the past is written first.
            store
                .commit_at(
                    vec![Change::MemberUpsert {
                        id: NEW_ID,
                        fields: MemberFields::all_of(&m),
                    }],
                    Timestamp(now.0 - 200 * DAY),
                )
                .unwrap()[0]
                .id()
        };
        let visits = |id: Id, days_ago: &[i64]| {
            let changes = days_ago
                .iter()
                .map(|d| Change::Visit {
                    visit: Visit {
                        id: NEW_ID,
                        member: Some(id),
                        party: 1,
                        location: String::new(),
                        staff: String::new(),
                        at: Timestamp(now.0 - d * DAY),
                    },
                })
                .collect();
            store.commit(changes).unwrap();
        };
        // Born 30 years ago today.
        member("Birthday Bo", "13800000001", born);
        // Weekly for six weeks, then nothing for 20 days: lapsing by their rhythm.
        let weekly = member("Weekly Wu", "13800000002", None);
        // Monthly, last seen 20 days ago: within their rhythm.
        let monthly = member("Monthly Ma", "13800000003", None);
        // A complaint resolved 5 days ago, not yet followed up.
        let c = store
            .commit_at(
                vec![Change::ComplaintAdd {
                    complaint: Complaint {
                        id: NEW_ID,
                        member: Some(monthly),
                        visit: None,
                        category: Category::Quality,
                        severity: Severity::Low,
                        description: "cold soup".into(),
                        assignee: String::new(),
                        status: ComplaintStatus::Open,
                        resolution: String::new(),
                        compensation: String::new(),
                        created: now,
                        updated: now,
                        history: Vec::new(),
                    },
                }],
                Timestamp(now.0 - 6 * DAY),
            )
            .unwrap()[0]
            .id();
        store
            .commit_at(
                vec![Change::ComplaintUpdate {
                    id: c,
                    update: ComplaintUpdate {
                        status: Some(ComplaintStatus::Resolved),
                        resolution: Some("apologised; soup replaced".into()),
                        ..ComplaintUpdate::default()
                    },
                }],
                Timestamp(now.0 - 5 * DAY),
            )
            .unwrap();
        visits(weekly, &[55, 48, 41, 34, 27, 20]);
        visits(monthly, &[110, 80, 50, 20]);

        let settings = frontdesk::domain::loyalty::ProgramSettings::parse(PROGRAM).unwrap();
        let lists = frontdesk::membership::care::care_lists(&store, &settings, now).unwrap();
        if born.is_some() {
            assert_eq!(lists.birthdays.len(), 1);
            let b = &lists.birthdays[0];
            assert_eq!((b.name.as_str(), b.days_until), ("Birthday Bo", 0));
            assert_eq!(b.benefit, "A free dessert");
            assert_eq!(b.tier, "Regular");
            assert_eq!(b.turns, Some(30));
        }
        assert_eq!(lists.lapsing.len(), 1, "{:?}", lists.lapsing);
        let l = &lists.lapsing[0];
        assert_eq!(l.name, "Weekly Wu");
        assert_eq!((l.visits, l.median_gap_days), (6, 7.0));
        assert!((19..=21).contains(&l.days_since), "{}", l.days_since);
        assert_eq!(lists.followups.len(), 1);
        let f = &lists.followups[0];
        assert_eq!(f.member_name.as_deref(), Some("Monthly Ma"));
        assert_eq!(f.days_since, 5);
    }

    if born.is_some() {
        let out = d.ok(&["care", "birthdays"]);
        assert!(
            out.contains("Birthday Bo") && out.contains("today") && out.contains("A free dessert"),
            "{out}"
        );
    }
    let out = d.ok(&["care", "lapsing"]);
    assert!(
        out.contains("Weekly Wu") && out.contains("usually every 7 days"),
        "{out}"
    );
    assert!(!out.contains("Monthly Ma"), "{out}");
    let out = d.ok(&["care", "followups", "--json"]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["member_name"], "Monthly Ma");
    assert_eq!(v["description"], "cold soup");
}

#[test]
fn points_expire_once_however_often_expiry_runs() {
    let d = Desk::new();
    let id = d
        .ok(&[
            "member",
            "add",
            "--name",
            "Old Points",
            "--phone",
            "13800000009",
        ])
        .trim()
        .to_string();
    {
        let store = d.open();
        let member: Id = id.parse().unwrap();
        let now = Timestamp::now();
        // 120 points earned 14 months ago, 30 redeemed since; 40 earned last month.
        let entry = |delta: i64, kind: PointsKind, days_ago: i64| Change::Points {
            entry: PointsEntry {
                id: NEW_ID,
                member,
                delta,
                kind,
                reason: "test".into(),
                source: None,
                operator: "desk".into(),
                at: Timestamp(now.0 - days_ago * DAY),
            },
        };
        store
            .commit(vec![
                entry(120, PointsKind::Earn, 425),
                entry(-30, PointsKind::Redeem, 200),
                entry(40, PointsKind::Earn, 30),
            ])
            .unwrap();
    }
    let out = d.ok(&["points", "expire"]);
    assert!(
        out.contains("expired 90 points in 1 ledger entries"),
        "{out}"
    );
    let out = d.ok(&["points", "expire"]);
    assert!(out.contains("no points are due to expire"), "{out}");
    let v: serde_json::Value =
        serde_json::from_str(d.ok(&["member", "show", &id, "--json"]).trim()).unwrap();
    assert_eq!(v["points"], 40);
    assert_eq!(
        v["ledger"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["kind"] == "expire")
            .count(),
        1
    );
    assert_eq!(v["next_expiry"]["points"], 40);

    // Redeeming more than the balance is refused; an adjustment needs a reason.
    let (_, err) = d.fails(&["points", "redeem", &id, "41"]);
    assert!(err.contains("balance is 40"), "{err}");
    let out = d.ok(&["points", "redeem", &id, "15", "--note", "dessert"]);
    assert!(out.contains("balance 25"), "{out}");
    let out = d.ok(&[
        "points",
        "adjust",
        &id,
        "-5",
        "--reason",
        "typo at the till",
    ]);
    assert!(out.contains("balance 20"), "{out}");
    let (_, err) = d.fails(&["points", "adjust", &id, "+5", "--reason", " "]);
    assert!(err.contains("reason"), "{err}");
    // A number no desk hands out is refused, never wrapped round into a negative balance.
    let (_, err) = d.fails(&[
        "points",
        "adjust",
        &id,
        "+9223372036854775807",
        "--reason",
        "x",
    ]);
    assert!(err.contains("at most 100000 points"), "{err}");
    let out = d.ok(&["points", "adjust", &id, "+1", "--reason", "check"]);
    assert!(out.contains("balance 21"), "{out}");
}

#[test]
fn a_service_over_the_gold_threshold_upgrades_and_is_recorded() {
    let d = Desk::new();
    let referrer = d
        .ok(&[
            "member",
            "add",
            "--name",
            "Ref Ren",
            "--phone",
            "13800000010",
        ])
        .trim()
        .to_string();
    let out = d.run(&[
        "member",
        "add",
        "--name",
        "Gold Gu",
        "--phone",
        "13800000011",
        "--referred-by",
        &referrer,
    ]);
    assert!(out.status.success());
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert!(String::from_utf8_lossy(&out.stderr).contains("earned 50 referral points"));

    let out = d.ok(&["service", &id, "--amount", "60.00", "--item", "lunch"]);
    assert!(
        out.contains("+60 points as Regular") && !out.contains("Upgraded"),
        "{out}"
    );
    let out = d.ok(&["service", &id, "--amount", "50.00", "--item", "dinner"]);
    assert!(out.contains("+50 points as Regular"), "{out}");
    assert!(out.contains("Upgraded to Gold"), "{out}");
    // Now Gold: double points, and the printed points are what is saved.
    let out = d.ok(&["service", &id, "--amount", "10.00", "--item", "tea"]);
    assert!(
        out.contains("+20 points as Gold") && !out.contains("Upgraded"),
        "{out}"
    );
    let v: serde_json::Value =
        serde_json::from_str(d.ok(&["member", "show", &id, "--json"]).trim()).unwrap();
    assert_eq!(v["tier"], "Gold");
    assert_eq!(v["points"], 130);
    let history = v["tier_history"].as_array().unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0]["to"], "Gold");
    assert_eq!(history[0]["from"], "Regular");
    assert_eq!(history[0]["upgrade"], true);
    let r: serde_json::Value =
        serde_json::from_str(d.ok(&["member", "show", &referrer, "--json"]).trim()).unwrap();
    assert_eq!(r["points"], 50);

    // The check-in afterwards records nothing new.
    let out = d.ok(&["checkin", &id]);
    assert!(!out.contains("Upgraded"), "{out}");
}

#[test]
fn settings_check_prints_the_program_or_names_the_key() {
    let d = Desk::new();
    let out = d.ok(&["settings", "check"]);
    assert!(
        out.contains("Test bistro")
            && out.contains("Gold")
            && out.contains("spend 100.00")
            && out.contains("x2.00")
            && out.contains("earn 1 point per 1.00")
            && out.contains("expire 12 months"),
        "{out}"
    );
    let bad = d.file(
        "bad.toml",
        PROGRAM.replace("\"100.00\"", "\"lots\"").as_bytes(),
    );
    let (_, err) = d.fails(&["settings", "check", p(&bad)]);
    assert!(err.contains("min_spend"), "{err}");
}

#[test]
fn duplicates_list_and_merge_on_the_command_line() {
    let d = Desk::new();
    let a = d
        .ok(&[
            "member",
            "add",
            "--name",
            "Chen Jing",
            "--phone",
            "13812340001",
        ])
        .trim()
        .to_string();
    let out = d.run(&[
        "member",
        "add",
        "--name",
        "Chen Jin",
        "--phone",
        "13912340001",
    ]);
    let b = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let warn = String::from_utf8(out.stderr).unwrap();
    assert!(
        warn.contains("Chen Jing") && warn.contains("similar name"),
        "{warn}"
    );
    let out = d.ok(&["member", "duplicates"]);
    assert!(
        out.contains("similar name") && out.contains(&a) && out.contains(&b),
        "{out}"
    );
    d.ok(&["service", &b, "--amount", "20", "--item", "tea"]);
    let out = d.ok(&["member", "merge", &b, &a]);
    assert!(
        out.contains("1 service") && out.contains("(+20 points)"),
        "{out}"
    );
    assert!(d.ok(&["member", "duplicates"]).contains("no duplicates"));
    let (_, err) = d.fails(&["member", "merge", &a, &a]);
    assert!(err.contains("itself"), "{err}");
    let out = d.ok(&["member", "unmerge", &b]);
    assert!(out.contains("undid the merge"), "{out}");
    assert_eq!(d.members().len(), 2);
}
