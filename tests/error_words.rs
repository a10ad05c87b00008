#![allow(clippy::unwrap_used)]
//! The errors, warnings and reports of the layers below the edges are typed data; the
//! catalog (`catalog::errors`, `locales/*/errors.ftl`) says each in every language.
//!
//! The language in use is global, so every test here that renders takes `LANG` first.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use frontdesk::catalog::{self, Lang};
use frontdesk::csvio::export::ExportError;
use frontdesk::csvio::import::{DuplicateOf, ImportDuplicate, ImportError};
use frontdesk::desk::upkeep::UpkeepError;
use frontdesk::desk::{DeskError, DuplicateNote, PackageError};
use frontdesk::domain::admit::OpFault;
use frontdesk::domain::duplicates::DuplicateReason;
use frontdesk::domain::loyalty::{PackageProblem, SettingsError, SettingsProblem};
use frontdesk::domain::money::MoneyError;
use frontdesk::domain::validate::{FieldError, Problem as FieldProblem};
use frontdesk::domain::{Id, Money, TerminalId};
use frontdesk::keymap::{Context, KeyParseError, Origin, Outcome, Problem, Warning};
use frontdesk::membership::csv::CsvError;
use frontdesk::membership::merge::MergeError;
use frontdesk::membership::settings::SettingsFileError;
use frontdesk::store::StoreError;
use frontdesk::sync::{
    BundleError, ExportReport, ImportSummary, KeyError, SyncError, SyncProgress, SyncReport,
};

static LANG: Mutex<()> = Mutex::new(());

/// Holds the language `l` until dropped.
fn speak(l: Lang) -> MutexGuard<'static, ()> {
    let guard = LANG.lock().unwrap_or_else(|p| p.into_inner());
    catalog::set_lang(l);
    guard
}

fn id(seq: u64) -> Id {
    Id::new(TerminalId(0x3f9a_0c2b_1d4e_5f60), seq)
}

fn io(what: &str) -> std::io::Error {
    std::io::Error::other(what.to_string())
}

// --- Every variant of every type, built once. A variant added later fails to compile in
// --- the `match` under each list until it is given a sample here.

fn store_errors() -> Vec<StoreError> {
    let all = vec![
        StoreError::InUse,
        StoreError::NewerSchema(7),
        StoreError::Db(redb::Error::Corrupted("page 12".into())),
        StoreError::Corrupt("a record could not be read: eof".into()),
        StoreError::Folder(PathBuf::from("/data/frontdesk"), io("permission denied")),
        StoreError::NotFound("member 3f9a0c2b1d4e5f60-42".into()),
        StoreError::Overflow(id(42)),
        StoreError::Refused(OpFault::Id("member")),
        StoreError::Damaged("Invalid page type byte 0 for page r0.1087/0".into()),
        StoreError::Missing(PathBuf::from("/data/frontdesk.redb")),
        StoreError::NotAStore(PathBuf::from("/data/frontdesk.redb")),
        StoreError::ReadOnly(PathBuf::from("/data/frontdesk.redb")),
        StoreError::OpenedForReading,
        StoreError::NeedsRecovery,
    ];
    for e in &all {
        match e {
            StoreError::InUse
            | StoreError::NewerSchema(_)
            | StoreError::Db(_)
            | StoreError::Corrupt(_)
            | StoreError::Folder(..)
            | StoreError::NotFound(_)
            | StoreError::Refused(_)
            | StoreError::Overflow(_)
            | StoreError::Damaged(_)
            | StoreError::Missing(_)
            | StoreError::NotAStore(_)
            | StoreError::ReadOnly(_)
            | StoreError::OpenedForReading
            | StoreError::NeedsRecovery => {}
        }
    }
    all
}

fn op_faults() -> Vec<OpFault> {
    let all = vec![
        OpFault::Field(FieldError::new("name", FieldProblem::BidiControls)),
        OpFault::Time {
            field: "clock",
            ms: i64::MAX,
        },
        OpFault::Time {
            field: "at",
            ms: 1_750_000_000_000,
        },
        OpFault::ClockTerminal,
        OpFault::Amount {
            field: "amount",
            amount: Money(-100_000),
        },
        OpFault::Points {
            field: "points",
            value: i64::MAX,
            max: 1_000_000_000_000,
        },
        OpFault::Id("member"),
        OpFault::Operator,
    ];
    for f in &all {
        match f {
            OpFault::Field(_)
            | OpFault::Time { .. }
            | OpFault::ClockTerminal
            | OpFault::Amount { .. }
            | OpFault::Points { .. }
            | OpFault::Id(_)
            | OpFault::Operator => {}
        }
    }
    all
}

fn key_errors() -> Vec<KeyError> {
    let all = vec![
        KeyError::EmptyPassphrase,
        KeyError::WrongPassphrase,
        KeyError::BadVerifier("bad salt".into()),
        KeyError::UnsupportedKdf("scrypt".into()),
        KeyError::Random("no entropy".into()),
    ];
    for e in &all {
        match e {
            KeyError::EmptyPassphrase
            | KeyError::WrongPassphrase
            | KeyError::BadVerifier(_)
            | KeyError::UnsupportedKdf(_)
            | KeyError::Random(_) => {}
        }
    }
    all
}

fn bundle_errors() -> Vec<BundleError> {
    let mut all = vec![
        BundleError::NotABundle,
        BundleError::Truncated {
            expected: 2048,
            found: 512,
        },
        BundleError::Corrupt("checksum mismatch".into()),
        BundleError::FutureVersion { version: 3 },
        BundleError::TooLarge {
            bytes: 10 << 30,
            max: 64 << 20,
        },
        BundleError::NoPassphrase,
        BundleError::WrongPassphrase,
        BundleError::PlaintextRefused,
        BundleError::Io(io("disk gone")),
        BundleError::Invalid("sequence numbers overflow".into()),
    ];
    all.extend(key_errors().into_iter().map(BundleError::Key));
    all.extend(op_faults().into_iter().map(|fault| BundleError::InvalidOp {
        terminal: 0x3f9a_0c2b_1d4e_5f60,
        seq: 42,
        fault,
    }));
    for e in &all {
        match e {
            BundleError::NotABundle
            | BundleError::Truncated { .. }
            | BundleError::Corrupt(_)
            | BundleError::FutureVersion { .. }
            | BundleError::TooLarge { .. }
            | BundleError::NoPassphrase
            | BundleError::WrongPassphrase
            | BundleError::PlaintextRefused
            | BundleError::Io(_)
            | BundleError::Invalid(_)
            | BundleError::Key(_)
            | BundleError::InvalidOp { .. } => {}
        }
    }
    all
}

fn sync_errors() -> Vec<SyncError> {
    let dir = || PathBuf::from("/mnt/usb/frontdesk-sync");
    let mut all = vec![
        SyncError::FolderMissing(dir()),
        SyncError::FolderUnreadable(dir(), io("permission denied")),
        SyncError::FolderUnwritable(dir(), BundleError::Io(io("no space left"))),
        SyncError::FolderNotText(dir()),
        SyncError::NoFolder,
        SyncError::PassphraseNeeded,
        SyncError::NoPassphraseSet,
        SyncError::FolderPassphraseDiffers(dir()),
    ];
    all.extend(key_errors().into_iter().map(SyncError::Key));
    all.extend(store_errors().into_iter().map(SyncError::Store));
    for e in &all {
        match e {
            SyncError::FolderMissing(_)
            | SyncError::FolderUnreadable(..)
            | SyncError::FolderUnwritable(..)
            | SyncError::FolderNotText(_)
            | SyncError::NoFolder
            | SyncError::PassphraseNeeded
            | SyncError::NoPassphraseSet
            | SyncError::FolderPassphraseDiffers(_)
            | SyncError::Key(_)
            | SyncError::Store(_) => {}
        }
    }
    all
}

fn merge_errors() -> Vec<MergeError> {
    let name = || "Zhang Wei".to_string();
    let mut all = vec![
        MergeError::SameMember,
        MergeError::NotFound(id(42)),
        MergeError::IntoDeleted {
            id: id(1),
            name: name(),
        },
        MergeError::FromDeleted {
            id: id(2),
            name: name(),
        },
        MergeError::AlreadyMerged {
            id: id(3),
            name: name(),
            into: id(4),
        },
        MergeError::NotMerged {
            id: id(5),
            name: name(),
        },
    ];
    all.extend(store_errors().into_iter().map(MergeError::Store));
    for e in &all {
        match e {
            MergeError::SameMember
            | MergeError::NotFound(_)
            | MergeError::IntoDeleted { .. }
            | MergeError::FromDeleted { .. }
            | MergeError::AlreadyMerged { .. }
            | MergeError::NotMerged { .. }
            | MergeError::Store(_) => {}
        }
    }
    all
}

fn export_errors() -> Vec<ExportError> {
    let all = vec![
        ExportError::Io(io("no space left")),
        ExportError::Csv(csv::Error::from(io("broken pipe"))),
    ];
    for e in &all {
        match e {
            ExportError::Io(_) | ExportError::Csv(_) => {}
        }
    }
    all
}

fn import_errors() -> Vec<ImportError> {
    let all = vec![
        ImportError::Read("permission denied".into()),
        ImportError::Empty,
        ImportError::NotUtf8(3),
        ImportError::MissingColumn("phone", "phone", "name, email".into()),
        ImportError::Csv("found record with 3 fields".into()),
    ];
    for e in &all {
        match e {
            ImportError::Read(_)
            | ImportError::Empty
            | ImportError::NotUtf8(_)
            | ImportError::MissingColumn(..)
            | ImportError::Csv(_) => {}
        }
    }
    all
}

fn csv_errors() -> Vec<CsvError> {
    let path = || PathBuf::from("members.csv");
    let mut all: Vec<CsvError> = Vec::new();
    all.extend(export_errors().into_iter().map(|source| CsvError::Export {
        path: path(),
        source,
    }));
    all.push(CsvError::Io {
        path: path(),
        source: io("not found"),
    });
    all.extend(import_errors().into_iter().map(|source| CsvError::Import {
        path: path(),
        source,
    }));
    all.extend(store_errors().into_iter().map(CsvError::Store));
    for e in &all {
        match e {
            CsvError::Export { .. }
            | CsvError::Io { .. }
            | CsvError::Import { .. }
            | CsvError::Store(_) => {}
        }
    }
    all
}

const REASONS: [DuplicateReason; 4] = [
    DuplicateReason::SamePhone,
    DuplicateReason::SameCard,
    DuplicateReason::SameNameAndBirthday,
    DuplicateReason::SimilarNameSamePhoneEnding,
];

fn settings_problems() -> Vec<SettingsProblem> {
    let all = vec![
        SettingsProblem::Toml("unknown field `multipler_percent`".into()),
        SettingsProblem::OutOfRange {
            value: 5000,
            min: 0,
            max: 1000,
        },
        SettingsProblem::Amount(MoneyError::Empty),
        SettingsProblem::Amount(MoneyError::Negative),
        SettingsProblem::Amount(MoneyError::TooManyDecimals),
        SettingsProblem::Amount(MoneyError::NotANumber("lots".into())),
        SettingsProblem::Amount(MoneyError::TooLarge),
        SettingsProblem::AmountTooLarge,
        SettingsProblem::AmountNegative,
        SettingsProblem::AmountNotText,
        SettingsProblem::NotADate,
        SettingsProblem::SameDate {
            date: chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            other_line: 12,
        },
        SettingsProblem::EarnPerNotPositive,
        SettingsProblem::AmountNotPositive,
        SettingsProblem::NoPolicy,
        SettingsProblem::NoTier,
        SettingsProblem::TooManyTiers { max: 10 },
        SettingsProblem::TierName { max: 20 },
        SettingsProblem::TierNamedTwice("Gold".into()),
        SettingsProblem::FirstTierThreshold,
        SettingsProblem::NoThreshold,
        SettingsProblem::SpendNotAbove {
            spend: Money(100_000),
            lower: Money(800_000),
        },
        SettingsProblem::VisitsNotAbove {
            visits: 5,
            lower: 12,
        },
        SettingsProblem::PaymentMethod("Pay Pal".into()),
        SettingsProblem::NoPaymentMethod,
        SettingsProblem::Package(PackageProblem::Key { max: 40 }),
        SettingsProblem::Package(PackageProblem::KeyTwice("cut10".into())),
        SettingsProblem::Package(PackageProblem::Name { max: 60 }),
    ];
    for p in &all {
        match p {
            SettingsProblem::Toml(_)
            | SettingsProblem::OutOfRange { .. }
            | SettingsProblem::Amount(_)
            | SettingsProblem::AmountTooLarge
            | SettingsProblem::AmountNegative
            | SettingsProblem::AmountNotText
            | SettingsProblem::NotADate
            | SettingsProblem::SameDate { .. }
            | SettingsProblem::EarnPerNotPositive
            | SettingsProblem::AmountNotPositive
            | SettingsProblem::NoPolicy
            | SettingsProblem::NoTier
            | SettingsProblem::TooManyTiers { .. }
            | SettingsProblem::TierName { .. }
            | SettingsProblem::TierNamedTwice(_)
            | SettingsProblem::FirstTierThreshold
            | SettingsProblem::NoThreshold
            | SettingsProblem::SpendNotAbove { .. }
            | SettingsProblem::VisitsNotAbove { .. }
            | SettingsProblem::PaymentMethod(_)
            | SettingsProblem::NoPaymentMethod => {}
            SettingsProblem::Package(_) => {}
        }
    }
    all
}

/// Every problem, with and without a line and a key.
fn settings_errors() -> Vec<SettingsError> {
    let mut all = Vec::new();
    for problem in settings_problems() {
        for (line, key) in [
            (Some(14), "policy[1].tier[3].min_spend"),
            (Some(2), ""),
            (None, "policy"),
            (None, ""),
        ] {
            all.push(SettingsError {
                key: key.into(),
                line,
                problem: problem.clone(),
            });
        }
    }
    all
}

fn settings_file_errors() -> Vec<SettingsFileError> {
    let path = || PathBuf::from("/etc/frontdesk/settings.toml");
    let mut all = vec![SettingsFileError::Unreadable {
        path: path(),
        cause: "permission denied".into(),
    }];
    all.extend(
        settings_errors()
            .into_iter()
            .map(|error| SettingsFileError::Invalid {
                path: path(),
                error,
            }),
    );
    all.push(SettingsFileError::TooLarge {
        path: path(),
        bytes: 10 << 20,
        max: 1 << 20,
    });
    for e in &all {
        match e {
            SettingsFileError::Unreadable { .. }
            | SettingsFileError::Invalid { .. }
            | SettingsFileError::TooLarge { .. } => {}
        }
    }
    all
}

fn key_parse_errors() -> Vec<KeyParseError> {
    let all = vec![
        KeyParseError::Empty,
        KeyParseError::MissingKey,
        KeyParseError::UnknownKey,
        KeyParseError::FunctionKeyOutOfRange(13),
        KeyParseError::Unsupported,
    ];
    for e in &all {
        match e {
            KeyParseError::Empty
            | KeyParseError::MissingKey
            | KeyParseError::UnknownKey
            | KeyParseError::FunctionKeyOutOfRange(_)
            | KeyParseError::Unsupported => {}
        }
    }
    all
}

fn keymap_problems() -> Vec<Problem> {
    let mut all = vec![
        Problem::Syntax("expected `=`".into()),
        Problem::UnknownSection("lokup".into()),
        Problem::OutsideSection("F1".into()),
        Problem::UnknownAction("pane.lookpu".into()),
        Problem::NotAName("F1".into()),
        Problem::Duplicate {
            context: Context::Lookup,
            key: "Ctrl-N".into(),
            first_line: 2,
        },
        Problem::TooLarge {
            bytes: 10 << 20,
            max: 1 << 20,
        },
        Problem::NoQuit,
    ];
    all.extend(key_parse_errors().into_iter().map(|error| Problem::BadKey {
        context: Context::Global,
        key: "Ctlr-Q".into(),
        error,
    }));
    for p in &all {
        match p {
            Problem::Syntax(_)
            | Problem::UnknownSection(_)
            | Problem::OutsideSection(_)
            | Problem::BadKey { .. }
            | Problem::UnknownAction(_)
            | Problem::NotAName(_)
            | Problem::Duplicate { .. }
            | Problem::TooLarge { .. }
            | Problem::NoQuit => {}
        }
    }
    all
}

const OUTCOMES: [Outcome; 6] = [
    Outcome::DefaultKept,
    Outcome::StaysUnbound,
    Outcome::LineIgnored,
    Outcome::SectionIgnored,
    Outcome::FileIgnored,
    Outcome::LaterWins,
];

/// Every problem with every outcome, from both files, with and without a suggestion.
fn keymap_warnings() -> Vec<Warning> {
    let mut all = Vec::new();
    for problem in keymap_problems() {
        for outcome in OUTCOMES {
            for origin in [Origin::User, Origin::Default] {
                for suggestion in [None, Some("pane.lookup")] {
                    all.push(Warning {
                        origin,
                        line: 7,
                        problem: problem.clone(),
                        outcome,
                        suggestion,
                    });
                }
            }
        }
    }
    all
}

fn import_summaries() -> Vec<ImportSummary> {
    let quiet = ImportSummary {
        bundles_read: 1,
        ops_applied: 1,
        ops_skipped: 0,
        members_changed: 1,
        conflicts_resolved: 0,
        ..ImportSummary::default()
    };
    let busy = ImportSummary {
        bundles_read: 3,
        bundles_already_held: 2,
        bundles_refused: vec![(PathBuf::from("x.fdops"), BundleError::NotABundle)],
        ops_applied: 120,
        ops_skipped: 5,
        members_changed: 4,
        conflicts_resolved: 2,
        members: Vec::new(),
    };
    vec![ImportSummary::default(), quiet, busy]
}

fn export_reports() -> Vec<ExportReport> {
    [
        (0, 0, 0),
        (1, 1, 999),
        (2, 10_500, 1_500),
        (3, 30_000, 2_000_000),
    ]
    .into_iter()
    .chain([(9, 90_000, 3_200_000_000)])
    .map(|(bundles, ops, bytes)| ExportReport {
        bundles_written: bundles,
        ops_written: ops,
        bytes_written: bytes,
        paths: Vec::new(),
    })
    .collect()
}

fn sync_progresses() -> Vec<SyncProgress> {
    vec![
        SyncProgress::Export {
            bundles_written: 1,
            ops_written: 40,
        },
        SyncProgress::Import {
            files_done: 2,
            files_total: 5,
            ops_applied: 80,
        },
    ]
}

fn upkeep_errors() -> Vec<UpkeepError> {
    let path = || PathBuf::from("/backups/monday.backup");
    let all = vec![
        UpkeepError::NotABackup(path()),
        UpkeepError::DamagedBackup(path(), "the encrypted body does not verify".into()),
        UpkeepError::PassphraseNeeded(path()),
        UpkeepError::WrongPassphrase(path()),
        UpkeepError::SealBroken(path()),
        UpkeepError::TargetExists(path()),
    ];
    for e in &all {
        match e {
            UpkeepError::NotABackup(_)
            | UpkeepError::DamagedBackup(..)
            | UpkeepError::PassphraseNeeded(_)
            | UpkeepError::WrongPassphrase(_)
            | UpkeepError::SealBroken(_)
            | UpkeepError::TargetExists(_) => {}
        }
    }
    all
}

fn package_errors() -> Vec<PackageError> {
    let name = || "10 haircuts".to_string();
    let all = vec![
        PackageError::UnknownPackage("cut99".into()),
        PackageError::NoSuchSale("3-7".into()),
        PackageError::OtherMember(id(7)),
        PackageError::NoneLeft { name: name() },
        PackageError::Expired {
            name: name(),
            expires: frontdesk::domain::Timestamp(1_795_442_700_000),
        },
        PackageError::Refunded { name: name() },
        PackageError::NoUsable { service: None },
        PackageError::NoUsable {
            service: Some("Haircut".into()),
        },
        PackageError::PaidNotPrice {
            paid: Money(80_000),
            price: Money(88_000),
        },
        PackageError::Method("stored_value".into()),
    ];
    for e in &all {
        match e {
            PackageError::UnknownPackage(_)
            | PackageError::NoSuchSale(_)
            | PackageError::OtherMember(_)
            | PackageError::NoneLeft { .. }
            | PackageError::Expired { .. }
            | PackageError::Refunded { .. }
            | PackageError::NoUsable { .. }
            | PackageError::PaidNotPrice { .. }
            | PackageError::Method(_) => {}
        }
    }
    all
}

fn desk_errors() -> Vec<DeskError> {
    let mut all: Vec<DeskError> = Vec::new();
    all.extend(store_errors().into_iter().map(DeskError::Store));
    all.extend(sync_errors().into_iter().map(DeskError::Sync));
    all.extend(merge_errors().into_iter().map(DeskError::Merge));
    all.extend(csv_errors().into_iter().map(DeskError::Csv));
    all.extend(upkeep_errors().into_iter().map(DeskError::Upkeep));
    all.extend(package_errors().into_iter().map(DeskError::Package));
    for reason in REASONS {
        all.push(DeskError::PossibleDuplicates(vec![DuplicateNote {
            id: id(9),
            name: "Li Na".into(),
            phone: "138****5678".into(),
            reason,
        }]));
    }
    all
}

/// Every sentence the functions of `catalog::errors` make from the samples above, named
/// for the failure messages.
fn every_sentence() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add = |what: String, text: String| out.push((what, text));
    for e in store_errors() {
        add(format!("{e:?}"), catalog::store_error(&e));
    }
    for e in upkeep_errors() {
        add(format!("{e:?}"), catalog::upkeep_error(&e));
    }
    for e in sync_errors() {
        add(format!("{e:?}"), catalog::sync_error(&e));
    }
    for e in key_errors() {
        add(format!("{e:?}"), catalog::key_error(&e));
    }
    for e in bundle_errors() {
        add(format!("{e:?}"), catalog::bundle_error(&e));
    }
    for e in merge_errors() {
        add(format!("{e:?}"), catalog::merge_error(&e));
    }
    for e in csv_errors() {
        add(format!("{e:?}"), catalog::csv_error(&e));
    }
    for e in export_errors() {
        add(format!("{e:?}"), catalog::csv_export_error(&e));
    }
    for e in import_errors() {
        add(format!("{e:?}"), catalog::import_error(&e));
    }
    for r in REASONS {
        add(format!("{r:?}"), catalog::duplicate_reason(r));
        for of in [DuplicateOf::Existing(id(1)), DuplicateOf::Row(4)] {
            let d = ImportDuplicate {
                row: 5,
                of,
                reason: r,
            };
            add(format!("{d:?}"), catalog::import_duplicate(&d));
        }
    }
    for e in settings_errors() {
        add(format!("{e:?}"), catalog::settings_error(&e));
    }
    for e in settings_file_errors() {
        add(format!("{e:?}"), catalog::settings_file_error(&e));
    }
    for w in keymap_warnings() {
        add(format!("{w:?}"), catalog::keymap_warning(&w));
    }
    for e in key_parse_errors() {
        add(format!("{e:?}"), catalog::key_parse_error(&e));
    }
    for r in export_reports() {
        add(format!("{r:?}"), catalog::export_report(&r));
    }
    for s in import_summaries() {
        add(format!("{s:?}"), catalog::import_summary(&s));
        let r = SyncReport {
            export: export_reports()[2].clone(),
            import: s,
        };
        add(format!("{r:?}"), catalog::sync_report(&r));
    }
    for p in sync_progresses() {
        add(format!("{p:?}"), catalog::sync_progress(&p));
    }
    for e in desk_errors() {
        add(format!("{e:?}"), catalog::text().desk_error(&e));
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Text no message should leave behind: a placeable or a variable not filled in.
fn leftover(s: &str) -> bool {
    s.contains('{') || s.contains('}') || s.contains('$')
}

#[test]
fn every_error_and_report_has_a_sentence_in_both_languages() {
    let english = {
        let _l = speak(Lang::En);
        every_sentence()
    };
    let chinese = {
        let _l = speak(Lang::Zh);
        every_sentence()
    };
    assert_eq!(english.len(), chinese.len());
    let ids: BTreeSet<String> = Lang::En.messages().ids().into_iter().collect();
    for ((what, en), (_, zh)) in english.iter().zip(&chinese) {
        assert!(!en.trim().is_empty(), "{what}: no English");
        assert!(
            !ids.contains(en),
            "{what}: English shows a message id: {en}"
        );
        assert!(!leftover(en), "{what}: {en}");
        assert!(!en.chars().any(is_cjk), "{what}: Chinese in English: {en}");
        assert!(zh.chars().any(is_cjk), "{what}: not Chinese: {zh}");
        assert!(
            !ids.contains(zh),
            "{what}: Chinese shows a message id: {zh}"
        );
        assert!(!leftover(zh), "{what}: {zh}");
        assert_ne!(en, zh, "{what}");
    }
}

#[test]
fn english_is_worded_as_before() {
    let _l = speak(Lang::En);
    let path = Path::new("/mnt/usb/sync");
    assert_eq!(
        catalog::store_error(&StoreError::InUse),
        "this store is already open in another frontdesk; close that one first, or use --store to open a different store"
    );
    assert_eq!(
        catalog::store_error(&StoreError::NewerSchema(5)),
        "this store was written by a newer frontdesk (schema 5); update frontdesk on this desk"
    );
    assert_eq!(
        catalog::sync_error(&SyncError::FolderUnwritable(
            path.into(),
            BundleError::Io(io("disk full"))
        )),
        "A bundle could not be written to the sync folder /mnt/usb/sync (The bundle could not be read or written (disk full); check that the folder exists, is reachable and is writable.); check that the folder is writable and the disk is not full. Bundles already written are complete and will be used."
    );
    assert_eq!(
        catalog::sync_error(&SyncError::PassphraseNeeded),
        "This chain has a sync passphrase and none was given; set FRONTDESK_SYNC_PASSPHRASE or type the passphrase when asked."
    );
    assert_eq!(
        catalog::sync_error(&SyncError::Store(StoreError::Corrupt("eof".into()))),
        "The store could not be used during sync: the store holds a record that cannot be read (eof); restore the store from a backup"
    );
    assert_eq!(
        catalog::bundle_error(&BundleError::Truncated {
            expected: 2048,
            found: 512
        }),
        "This bundle is incomplete (512 of 2048 bytes); it may still be copying. Sync again later, or delete it so the desk that wrote it exports it again."
    );
    let reports: Vec<String> = export_reports()
        .iter()
        .map(catalog::export_report)
        .collect();
    assert_eq!(
        reports,
        [
            "0 operations exported: the folder already holds every operation this desk has",
            "1 operation exported in 1 bundle (999 bytes)",
            "10500 operations exported in 2 bundles (1.5 kB)",
            "30000 operations exported in 3 bundles (2.0 MB)",
            "90000 operations exported in 9 bundles (3.2 GB)",
        ]
    );
    let sums: Vec<String> = import_summaries()
        .iter()
        .map(catalog::import_summary)
        .collect();
    assert_eq!(
        sums,
        [
            "0 bundles read, 0 operations applied, 0 skipped, 0 members changed, 0 conflicts resolved",
            "1 bundle read, 1 operation applied, 0 skipped, 1 member changed, 0 conflicts resolved",
            "3 bundles read, 120 operations applied, 5 skipped, 4 members changed, 2 conflicts resolved, 2 already held; 1 file refused",
        ]
    );
    let report = SyncReport {
        export: export_reports()[1].clone(),
        import: ImportSummary::default(),
    };
    assert_eq!(
        catalog::sync_report(&report),
        "Sent 1 operation in 1 bundle; received: 0 bundles read, 0 operations applied, 0 skipped, 0 members changed, 0 conflicts resolved."
    );
    let progress: Vec<String> = sync_progresses()
        .iter()
        .map(catalog::sync_progress)
        .collect();
    assert_eq!(
        progress,
        [
            "Sync: exporting… 1 bundles, 40 operations",
            "Sync: importing… file 2 of 5, 80 operations applied",
        ]
    );
    assert_eq!(
        catalog::merge_error(&MergeError::AlreadyMerged {
            id: id(3),
            name: "张伟".into(),
            into: id(4)
        }),
        "张伟 (3f9a0c2b1d4e5f60-3) is already merged into 3f9a0c2b1d4e5f60-4; undo that merge first or merge 3f9a0c2b1d4e5f60-4 instead"
    );
    assert_eq!(
        catalog::csv_error(&CsvError::Import {
            path: "m.csv".into(),
            source: ImportError::MissingColumn("phone", "phone", "name, email".into())
        }),
        "m.csv: no phone column; name one \"phone\" (columns found: name, email)"
    );
    assert_eq!(
        catalog::settings_error(&SettingsError {
            key: "policy[1].tier[4].min_spend".into(),
            line: Some(31),
            problem: SettingsProblem::SpendNotAbove {
                spend: Money(10_000),
                lower: Money(800_000)
            }
        }),
        "settings line 31, `policy[1].tier[4].min_spend`: 100.00 is not above the lower tier's 8000.00; list tiers from the lowest up"
    );
    assert_eq!(
        catalog::settings_error(&SettingsError {
            key: String::new(),
            line: None,
            problem: SettingsProblem::OutOfRange {
                value: -3,
                min: 0,
                max: 1_000_000
            }
        }),
        "settings: -3 is out of range; use a whole number from 0 to 1000000"
    );
    assert_eq!(
        catalog::settings_file_error(&SettingsFileError::Invalid {
            path: "s.toml".into(),
            error: SettingsError {
                key: "policy".into(),
                line: None,
                problem: SettingsProblem::NoPolicy
            }
        }),
        "The settings file s.toml is not valid: settings `policy`: add at least one [[policy]] with its tiers; the last valid settings stay in force"
    );
    let w = |problem, suggestion| Warning {
        origin: Origin::Default,
        line: 3,
        problem,
        outcome: Outcome::SectionIgnored,
        suggestion,
    };
    assert_eq!(
        catalog::keymap_warning(&w(Problem::UnknownSection("keys".into()), None)),
        "built-in keymap line 3: unknown section [keys]; the section is ignored (sections: global, lookup, card, checkin, service, complaints, care, duplicate, form, list, overlay)"
    );
    assert_eq!(
        catalog::keymap_warning(&w(
            Problem::BadKey {
                context: Context::Global,
                key: "F13".into(),
                error: KeyParseError::FunctionKeyOutOfRange(13)
            },
            None
        )),
        "built-in keymap line 3: key \"F13\" in [global]: F13 is not supported (F1 to F12); the section is ignored"
    );
    assert_eq!(
        catalog::duplicate_reason(DuplicateReason::SimilarNameSamePhoneEnding),
        "similar name and same last 4 phone digits"
    );
}

#[test]
fn chinese_says_what_is_wrong_and_what_to_do() {
    let _l = speak(Lang::Zh);
    assert_eq!(
        catalog::store_error(&StoreError::InUse),
        "这个店铺数据已在另一个 frontdesk 中打开；请先关闭那个，或用 --store 打开别的数据文件"
    );
    assert_eq!(
        catalog::import_duplicate(&ImportDuplicate {
            row: 5,
            of: DuplicateOf::Row(4),
            reason: DuplicateReason::SamePhone
        }),
        "第 5 行：与第 4 行手机号相同"
    );
    assert_eq!(
        catalog::export_report(&export_reports()[2]),
        "导出 10500 条改动，共 2 个同步包（1.5 KB）"
    );
}

/// The English and Chinese message files have the same ids, each with the same
/// `$variables`.
#[test]
fn both_error_files_have_the_same_ids_and_arguments() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let read = |lang: &str| -> BTreeMap<String, BTreeSet<String>> {
        let text = std::fs::read_to_string(root.join(lang).join("errors.ftl")).unwrap();
        let res = fluent_syntax::parser::parse(text.as_str()).unwrap();
        let mut out = BTreeMap::new();
        for entry in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let vars = m
                    .value
                    .as_ref()
                    .map(|p| variables(&p.elements))
                    .unwrap_or_default();
                out.insert(m.id.name.to_string(), vars);
            }
        }
        out
    };
    let en = read("en");
    let zh = read("zh-CN");
    assert!(!en.is_empty());
    assert_eq!(
        en.keys().collect::<Vec<_>>(),
        zh.keys().collect::<Vec<_>>(),
        "the same ids"
    );
    for (id, vars) in &en {
        assert_eq!(Some(vars), zh.get(id), "{id}: the same $variables");
    }
}

fn variables(elements: &[fluent_syntax::ast::PatternElement<&str>]) -> BTreeSet<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut out = BTreeSet::new();
    let inline = |e: &InlineExpression<&str>, out: &mut BTreeSet<String>| {
        if let InlineExpression::VariableReference { id } = e {
            out.insert(id.name.to_string());
        }
    };
    for el in elements {
        if let PatternElement::Placeable { expression } = el {
            match expression {
                Expression::Inline(e) => inline(e, &mut out),
                Expression::Select { selector, variants } => {
                    inline(selector, &mut out);
                    for v in variants {
                        out.extend(variables(&v.value.elements));
                    }
                }
            }
        }
    }
    out
}

/// The lower layers hold no sentences for their errors: an error's `Display` is its
/// `Debug` (or forwards to the error inside), and no report has a `describe`.
#[test]
fn lower_layers_word_no_errors() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for layer in [
        "domain",
        "store",
        "search",
        "sync",
        "membership",
        "csvio",
        "keymap",
    ] {
        rust_files(&src.join(layer), &mut files);
    }
    let mut left = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let t = line.trim();
            let words = t.starts_with("#[error(")
                && t != "#[error(\"{self:?}\")]"
                && t != "#[error(transparent)]";
            if words || t.contains("fn describe(") {
                left.push(format!("{}:{}: {t}", path.display(), n + 1));
            }
        }
    }
    assert!(
        left.is_empty(),
        "errors worded below the edges:\n{}",
        left.join("\n")
    );
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The status line keeps these typed, so switching the language rewords what is shown.
#[test]
fn the_status_line_says_them_in_the_language_in_use() {
    use frontdesk::app::msg::{Busy, BusyWith};
    use frontdesk::app::note::{Failure, Note, StartupProblem};
    use frontdesk::ui::status::{busy_text, note_text};
    use std::sync::Arc;

    let warning = Warning {
        origin: Origin::User,
        line: 2,
        problem: Problem::UnknownAction("app.qiut".into()),
        outcome: Outcome::StaysUnbound,
        suggestion: Some("app.quit"),
    };
    let notes = [
        Note::Startup(StartupProblem::Keymap(warning), 1),
        Note::Startup(
            StartupProblem::Settings(SettingsFileError::Unreadable {
                path: "s.toml".into(),
                cause: "permission denied".into(),
            }),
            0,
        ),
        Note::Failed(Failure::Settings(SettingsFileError::Invalid {
            path: "s.toml".into(),
            error: SettingsError {
                key: "policy".into(),
                line: None,
                problem: SettingsProblem::NoPolicy,
            },
        })),
        Note::Failed(Failure::Desk(Arc::new(DeskError::Sync(
            SyncError::NoFolder,
        )))),
        Note::Failed(Failure::Desk(Arc::new(DeskError::Store(StoreError::InUse)))),
        Note::Synced(Arc::new(SyncReport::default())),
        Note::Duplicate(DuplicateNote {
            id: id(9),
            name: "Li Na".into(),
            phone: "138****5678".into(),
            reason: DuplicateReason::SameCard,
        }),
    ];
    let busy = Busy::new(BusyWith::Sync(sync_progresses()[1]));
    let en: Vec<String> = {
        let _l = speak(Lang::En);
        notes
            .iter()
            .map(note_text)
            .chain([busy_text(&busy)])
            .collect()
    };
    assert_eq!(
        en[0],
        "keymap line 2: unknown action \"app.qiut\"; the key stays unbound (did you mean \"app.quit\"?) (and 1 more)"
    );
    assert!(
        en[3].starts_with("No sync folder is set on this desk"),
        "{}",
        en[3]
    );
    assert!(en[6].contains("(same card number)"), "{}", en[6]);
    let zh: Vec<String> = {
        let _l = speak(Lang::Zh);
        notes
            .iter()
            .map(note_text)
            .chain([busy_text(&busy)])
            .collect()
    };
    for (en, zh) in en.iter().zip(&zh) {
        assert!(zh.chars().any(is_cjk), "not Chinese: {zh} (English: {en})");
        assert!(!leftover(zh), "{zh}");
    }
    assert!(zh[0].starts_with("键位文件第 2 行"), "{}", zh[0]);
}
