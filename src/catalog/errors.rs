//! The errors, warnings and reports of the layers below the edges, in words.
//!
//! The store, sync, membership, CSV, settings and keymap layers return typed data (their
//! `Display` is the developer's `Debug`, for the log). Each function here says one of them
//! in the language in use, with the messages of `locales/<lang>/errors.ftl`. A cause the
//! system or a library words itself (a disk error, a TOML parser's detail) is passed
//! through as it is.

use crate::csvio::export::ExportError;
use crate::csvio::import::{DuplicateOf, ImportDuplicate, ImportError};
use crate::desk::upkeep::UpkeepError;
use crate::domain::admit::OpFault;
use crate::domain::duplicates::DuplicateReason;
use crate::domain::loyalty::{SettingsError, SettingsProblem};
use crate::domain::money::MoneyError;
use crate::keymap::{Context, KeyParseError, Origin, Outcome, Problem, Warning};
use crate::membership::csv::CsvError;
use crate::membership::merge::MergeError;
use crate::membership::settings::SettingsFileError;
use crate::store::StoreError;
use crate::sync::{
    BundleError, ExportReport, ImportSummary, KeyError, PASSPHRASE_ENV, SyncError, SyncProgress,
    SyncReport,
};
use crate::tr;
use std::path::Path;

fn shown(p: &Path) -> String {
    p.display().to_string()
}

// --- The store -------------------------------------------------------------------------

pub fn store_error(e: &StoreError) -> String {
    match e {
        StoreError::InUse => tr!("store-error-in-use"),
        StoreError::NewerSchema(schema) => tr!("store-error-newer-schema", schema = *schema),
        StoreError::Db(cause) => tr!("store-error-db", cause = cause.to_string()),
        StoreError::Corrupt(detail) => tr!("store-error-corrupt", detail = detail.as_str()),
        StoreError::Folder(path, cause) => tr!(
            "store-error-folder",
            path = shown(path),
            cause = cause.to_string()
        ),
        StoreError::NotFound(what) => tr!("store-error-not-found", what = what.as_str()),
        StoreError::Refused(fault) => tr!("store-error-refused", fault = op_fault(fault)),
        StoreError::Overflow(member) => {
            tr!("store-error-overflow", member = member.to_string())
        }
        StoreError::Damaged(detail) => tr!("store-error-damaged", detail = detail.as_str()),
        StoreError::Missing(path) => tr!("store-error-missing", path = shown(path)),
        StoreError::NotAStore(path) => tr!("store-error-not-a-store", path = shown(path)),
        StoreError::ReadOnly(path) => tr!("store-error-read-only", path = shown(path)),
        StoreError::OpenedForReading => tr!("store-error-opened-for-reading"),
        StoreError::NeedsRecovery => tr!("store-error-needs-recovery"),
    }
}

/// What is wrong with an operation (a forged bundle's, or a change a desk tried to save).
pub fn op_fault(f: &OpFault) -> String {
    match f {
        OpFault::Field(e) => crate::catalog::text().field_error(e),
        OpFault::Time { field, ms } => tr!(
            "op-fault-time",
            field = tr!("field-name", key = *field),
            when = {
                use chrono::TimeZone;
                chrono::Utc.timestamp_millis_opt(*ms).single().map_or_else(
                    || ms.to_string(),
                    |t| t.format("%Y-%m-%d %H:%M UTC").to_string(),
                )
            }
        ),
        OpFault::ClockTerminal => tr!("op-fault-clock-terminal"),
        OpFault::Amount { field, amount } => tr!(
            "op-fault-amount",
            field = tr!("field-name", key = *field),
            amount = amount.to_string()
        ),
        OpFault::Points { field, value, max } => tr!(
            "op-fault-points",
            field = tr!("field-name", key = *field),
            value = *value,
            max = *max
        ),
        OpFault::Id(field) => tr!("op-fault-id", field = tr!("field-name", key = *field)),
        OpFault::Operator => tr!("op-fault-operator"),
    }
}

/// A backup, restore, check or rebuild that could not be done.
pub fn upkeep_error(e: &UpkeepError) -> String {
    match e {
        UpkeepError::NotABackup(path) => tr!("upkeep-error-not-a-backup", path = shown(path)),
        UpkeepError::DamagedBackup(path, detail) => tr!(
            "upkeep-error-damaged-backup",
            path = shown(path),
            detail = detail.as_str()
        ),
        UpkeepError::PassphraseNeeded(path) => tr!(
            "upkeep-error-passphrase-needed",
            path = shown(path),
            env = PASSPHRASE_ENV
        ),
        UpkeepError::WrongPassphrase(path) => {
            tr!("upkeep-error-wrong-passphrase", path = shown(path))
        }
        UpkeepError::SealBroken(path) => tr!("upkeep-error-seal-broken", path = shown(path)),
        UpkeepError::TargetExists(path) => tr!("upkeep-error-target-exists", path = shown(path)),
    }
}

// --- Sync ------------------------------------------------------------------------------

pub fn sync_error(e: &SyncError) -> String {
    match e {
        SyncError::FolderMissing(dir) => tr!("sync-error-folder-missing", folder = shown(dir)),
        SyncError::FolderUnreadable(dir, cause) => tr!(
            "sync-error-folder-unreadable",
            folder = shown(dir),
            cause = cause.to_string()
        ),
        SyncError::FolderUnwritable(dir, cause) => tr!(
            "sync-error-folder-unwritable",
            folder = shown(dir),
            cause = bundle_error(cause)
        ),
        SyncError::FolderNotText(dir) => tr!("sync-error-folder-not-text", folder = shown(dir)),
        SyncError::NoFolder => tr!("sync-error-no-folder"),
        SyncError::PassphraseNeeded => tr!("sync-error-passphrase-needed", env = PASSPHRASE_ENV),
        SyncError::NoPassphraseSet => tr!("sync-error-no-passphrase-set"),
        SyncError::FolderPassphraseDiffers(dir) => {
            tr!("sync-error-folder-passphrase-differs", folder = shown(dir))
        }
        SyncError::Key(e) => key_error(e),
        SyncError::Store(e) => tr!("sync-error-store", cause = store_error(e)),
    }
}

/// A sync passphrase or key problem.
pub fn key_error(e: &KeyError) -> String {
    match e {
        KeyError::EmptyPassphrase => tr!("passphrase-error-empty"),
        KeyError::WrongPassphrase => tr!("passphrase-error-wrong"),
        KeyError::BadVerifier(detail) => {
            tr!("passphrase-error-bad-verifier", detail = detail.as_str())
        }
        KeyError::UnsupportedKdf(detail) => {
            tr!("passphrase-error-unsupported-kdf", detail = detail.as_str())
        }
        KeyError::Random(detail) => tr!("passphrase-error-random", detail = detail.as_str()),
    }
}

pub fn bundle_error(e: &BundleError) -> String {
    match e {
        BundleError::NotABundle => tr!("bundle-error-not-a-bundle"),
        BundleError::Truncated { expected, found } => tr!(
            "bundle-error-truncated",
            expected = *expected,
            found = *found
        ),
        BundleError::Corrupt(detail) => tr!("bundle-error-corrupt", detail = detail.as_str()),
        BundleError::FutureVersion { version } => {
            tr!("bundle-error-future-version", version = *version)
        }
        BundleError::TooLarge { bytes, max } => tr!(
            "bundle-error-too-large",
            size = byte_size(*bytes),
            max = byte_size(*max)
        ),
        BundleError::NoPassphrase => tr!("bundle-error-no-passphrase"),
        BundleError::WrongPassphrase => tr!("bundle-error-wrong-passphrase"),
        BundleError::PlaintextRefused => tr!("bundle-error-plaintext-refused"),
        BundleError::Io(cause) => tr!("bundle-error-io", cause = cause.to_string()),
        BundleError::Invalid(detail) => tr!("bundle-error-invalid", detail = detail.as_str()),
        BundleError::Key(e) => key_error(e),
        BundleError::InvalidOp {
            terminal,
            seq,
            fault,
        } => tr!(
            "bundle-error-invalid-op",
            terminal = crate::domain::TerminalId(*terminal).to_string(),
            seq = seq.to_string(),
            fault = op_fault(fault)
        ),
    }
}

/// A number of bytes: "512 bytes", "1.5 kB", "2.0 MB".
pub fn byte_size(n: u64) -> String {
    let one = |x: f64| format!("{x:.1}");
    match n {
        0..1_000 => tr!("size-bytes", n = n),
        1_000..1_000_000 => tr!("size-kb", n = one(n as f64 / 1e3)),
        1_000_000..1_000_000_000 => tr!("size-mb", n = one(n as f64 / 1e6)),
        _ => tr!("size-gb", n = one(n as f64 / 1e9)),
    }
}

/// What an export did, in one line.
pub fn export_report(r: &ExportReport) -> String {
    if r.bundles_written == 0 {
        return tr!("sync-export-nothing");
    }
    tr!(
        "sync-export-report",
        ops = r.ops_written,
        bundles = r.bundles_written,
        size = byte_size(r.bytes_written)
    )
}

/// What an import did, in one line (the refused files are listed apart, with
/// [`bundle_error`]).
pub fn import_summary(s: &ImportSummary) -> String {
    let mut line = tr!(
        "sync-import-summary",
        bundles = s.bundles_read,
        applied = s.ops_applied,
        skipped = s.ops_skipped,
        members = s.members_changed,
        conflicts = s.conflicts_resolved
    );
    if s.bundles_already_held > 0 {
        line.push_str(&tr!(
            "sync-import-already-held",
            held = s.bundles_already_held
        ));
    }
    if !s.bundles_refused.is_empty() {
        line.push_str(&tr!(
            "sync-import-refused",
            refused = s.bundles_refused.len()
        ));
    }
    line
}

/// What a two-way sync did, in one line.
pub fn sync_report(r: &SyncReport) -> String {
    tr!(
        "sync-report",
        ops = r.export.ops_written,
        bundles = r.export.bundles_written,
        received = import_summary(&r.import)
    )
}

/// Where a sync is, for a status bar.
pub fn sync_progress(p: &SyncProgress) -> String {
    match *p {
        SyncProgress::Export {
            bundles_written,
            ops_written,
        } => tr!(
            "sync-progress-export",
            bundles = bundles_written,
            ops = ops_written
        ),
        SyncProgress::Import {
            files_done,
            files_total,
            ops_applied,
        } => tr!(
            "sync-progress-import",
            done = files_done,
            total = files_total,
            applied = ops_applied
        ),
    }
}

// --- Members: merges and duplicates ------------------------------------------------------

pub fn merge_error(e: &MergeError) -> String {
    match e {
        MergeError::SameMember => tr!("merge-error-same-member"),
        MergeError::NotFound(id) => tr!("merge-error-not-found", id = id.to_string()),
        MergeError::IntoDeleted { id, name } => tr!(
            "merge-error-into-deleted",
            name = name.as_str(),
            id = id.to_string()
        ),
        MergeError::FromDeleted { id, name } => tr!(
            "merge-error-from-deleted",
            name = name.as_str(),
            id = id.to_string()
        ),
        MergeError::AlreadyMerged { id, name, into } => tr!(
            "merge-error-already-merged",
            name = name.as_str(),
            id = id.to_string(),
            into = into.to_string()
        ),
        MergeError::NotMerged { id, name } => tr!(
            "merge-error-not-merged",
            name = name.as_str(),
            id = id.to_string()
        ),
        MergeError::Store(e) => store_error(e),
    }
}

/// Why two members look like one person: "same phone".
pub fn duplicate_reason(r: DuplicateReason) -> String {
    match r {
        DuplicateReason::SamePhone => tr!("duplicate-reason-same-phone"),
        DuplicateReason::SameCard => tr!("duplicate-reason-same-card"),
        DuplicateReason::SameNameAndBirthday => tr!("duplicate-reason-same-name-and-birthday"),
        DuplicateReason::SimilarNameSamePhoneEnding => {
            tr!("duplicate-reason-similar-name-same-phone-ending")
        }
    }
}

// --- CSV files ---------------------------------------------------------------------------

pub fn csv_error(e: &CsvError) -> String {
    match e {
        CsvError::Export { path, source } => tr!(
            "csv-error-export",
            path = shown(path),
            cause = csv_export_error(source)
        ),
        CsvError::Io { path, source } => tr!(
            "csv-error-io",
            path = shown(path),
            cause = source.to_string()
        ),
        CsvError::Import { path, source } => tr!(
            "csv-error-import",
            path = shown(path),
            cause = import_error(source)
        ),
        CsvError::Store(e) => store_error(e),
    }
}

/// Why an export file could not be written.
pub fn csv_export_error(e: &ExportError) -> String {
    let cause = match e {
        ExportError::Io(e) => e.to_string(),
        ExportError::Csv(e) => e.to_string(),
    };
    tr!("csv-export-error", cause = cause)
}

/// Why a member file cannot be imported at all.
pub fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::Read(cause) => tr!("csv-import-error-read", cause = cause.as_str()),
        ImportError::Empty => tr!("csv-import-error-empty"),
        ImportError::NotUtf8(line) => tr!("csv-import-error-not-utf8", line = *line),
        ImportError::MissingColumn(field, header, found) => tr!(
            "csv-import-error-missing-column",
            field = *field,
            header = *header,
            found = found.as_str()
        ),
        ImportError::Csv(cause) => tr!("csv-import-error-csv", cause = cause.as_str()),
    }
}

/// A row of an imported file that matches a member or an earlier row.
pub fn import_duplicate(d: &ImportDuplicate) -> String {
    let reason = duplicate_reason(d.reason);
    match d.of {
        DuplicateOf::Existing(id) => tr!(
            "csv-duplicate-of-member",
            row = d.row,
            reason = reason,
            id = id.to_string()
        ),
        DuplicateOf::Row(r) => tr!("csv-duplicate-of-row", row = d.row, reason = reason, of = r),
    }
}

// --- The settings file -------------------------------------------------------------------

/// A mistake in the membership program settings: where (line, key) and what.
pub fn settings_error(e: &SettingsError) -> String {
    let problem = settings_problem(&e.problem);
    match (e.line, e.key.is_empty()) {
        (Some(line), false) => tr!(
            "settings-error-line-key",
            line = line,
            key = e.key.as_str(),
            problem = problem
        ),
        (Some(line), true) => tr!("settings-error-line", line = line, problem = problem),
        (None, false) => tr!(
            "settings-error-key",
            key = e.key.as_str(),
            problem = problem
        ),
        (None, true) => tr!("settings-error", problem = problem),
    }
}

/// Why a bill's payments cannot be taken.
pub fn payment_problem(p: &crate::domain::payment::PaymentProblem) -> String {
    use crate::domain::payment::PaymentProblem as P;
    match p {
        P::Missing => tr!("payment-missing"),
        P::UnknownMethod(m) => tr!("payment-unknown-method", method = m.as_str()),
        P::ZeroPart => tr!("payment-zero-part"),
        P::DoesNotAddUp { paid, due } => tr!(
            "payment-does-not-add-up",
            paid = paid.to_string(),
            due = due.to_string()
        ),
        P::Unavailable(m) => tr!("payment-unavailable", method = method_words(m)),
        P::TwoRests => tr!("payment-two-rests"),
    }
}

/// A payment method in words (微信, WeChat Pay); a method the program added, as written.
pub fn method_words(key: &str) -> String {
    tr!("payment-method", key = key)
}

pub fn settings_problem(p: &SettingsProblem) -> String {
    use SettingsProblem as P;
    match p {
        P::Toml(detail) => tr!("settings-problem-toml", detail = detail.as_str()),
        // Written as text: a figure a manager typed is shown exactly as typed.
        P::OutOfRange { value, min, max } => tr!(
            "settings-problem-out-of-range",
            value = value.to_string(),
            min = min.to_string(),
            max = max.to_string()
        ),
        P::Amount(e) => match e {
            MoneyError::Empty => tr!("settings-problem-amount-empty"),
            MoneyError::Negative => tr!("settings-problem-amount-below-zero"),
            MoneyError::TooManyDecimals => tr!("settings-problem-amount-decimals"),
            MoneyError::NotANumber(typed) => {
                tr!(
                    "settings-problem-amount-not-a-number",
                    typed = typed.as_str()
                )
            }
            MoneyError::TooLarge | MoneyError::AboveLimit(_) => {
                tr!("settings-problem-amount-too-big")
            }
            MoneyError::Zero => tr!("settings-problem-amount-not-positive"),
        },
        P::AmountTooLarge => tr!("settings-problem-amount-too-large"),
        P::AmountNegative => tr!("settings-problem-amount-negative"),
        P::AmountNotText => tr!("settings-problem-amount-not-text"),
        P::NotADate => tr!("settings-problem-not-a-date"),
        P::SameDate { date, other_line } => tr!(
            "settings-problem-same-date",
            line = *other_line,
            date = date.to_string()
        ),
        P::EarnPerNotPositive => tr!("settings-problem-earn-per"),
        P::AmountNotPositive => tr!("settings-problem-amount-not-positive"),
        P::NoPolicy => tr!("settings-problem-no-policy"),
        P::NoTier => tr!("settings-problem-no-tier"),
        P::TooManyTiers { max } => tr!("settings-problem-too-many-tiers", max = *max),
        P::TierName { max } => tr!("settings-problem-tier-name", max = *max),
        P::TierNamedTwice(name) => tr!("settings-problem-tier-named-twice", name = name.as_str()),
        P::FirstTierThreshold => tr!("settings-problem-first-tier-threshold"),
        P::NoThreshold => tr!("settings-problem-no-threshold"),
        P::SpendNotAbove { spend, lower } => tr!(
            "settings-problem-spend-not-above",
            spend = spend.to_string(),
            lower = lower.to_string()
        ),
        P::VisitsNotAbove { visits, lower } => tr!(
            "settings-problem-visits-not-above",
            visits = *visits,
            lower = *lower
        ),
        P::PaymentMethod(m) => tr!("settings-problem-payment-method", method = m.as_str()),
        P::NoPaymentMethod => tr!("settings-problem-no-payment-method"),
        P::Package(p) => super::packages::settings_problem(p),
    }
}

/// The settings file could not be taken; the last valid settings stay in force.
pub fn settings_file_error(e: &SettingsFileError) -> String {
    match e {
        SettingsFileError::Unreadable { path, cause } => tr!(
            "settings-file-unreadable",
            path = shown(path),
            cause = cause.as_str()
        ),
        SettingsFileError::Invalid { path, error } => tr!(
            "settings-file-invalid",
            path = shown(path),
            error = settings_error(error)
        ),
        SettingsFileError::TooLarge { path, bytes, max } => tr!(
            "settings-file-too-large",
            path = shown(path),
            size = byte_size(*bytes),
            max = byte_size(*max)
        ),
    }
}

// --- Keymap files ------------------------------------------------------------------------

/// A problem in a keymap file: the line, what is wrong, what frontdesk does about it, and a
/// near name when one was probably meant.
pub fn keymap_warning(w: &Warning) -> String {
    let id = match w.origin {
        Origin::Default => "keymap-warning-builtin",
        Origin::User => "keymap-warning-user",
    };
    let warning = tr!(
        id,
        line = w.line,
        problem = keymap_problem(&w.problem),
        outcome = keymap_outcome(w.outcome)
    );
    if let Some(name) = w.suggestion {
        tr!(
            "keymap-warning-did-you-mean",
            warning = warning,
            name = name
        )
    } else if let Problem::UnknownSection(_) = w.problem {
        let names: Vec<_> = Context::ALL.iter().map(|c| c.name()).collect();
        tr!(
            "keymap-warning-sections",
            warning = warning,
            sections = names.join(", ")
        )
    } else {
        warning
    }
}

/// What is wrong on a line of a keymap file.
pub fn keymap_problem(p: &Problem) -> String {
    match p {
        Problem::TooLarge { bytes, max } => tr!(
            "keymap-warning-too-large",
            size = byte_size(*bytes),
            max = byte_size(*max)
        ),
        Problem::NoQuit => tr!("keymap-warning-no-quit"),
        Problem::Syntax(detail) => tr!("keymap-warning-syntax", detail = detail.as_str()),
        Problem::UnknownSection(section) => {
            tr!("keymap-warning-unknown-section", section = section.as_str())
        }
        Problem::OutsideSection(key) => tr!("keymap-warning-outside-section", key = key.as_str()),
        Problem::BadKey {
            context,
            key,
            error,
        } => tr!(
            "keymap-warning-bad-key",
            key = key.as_str(),
            section = context.name(),
            error = key_parse_error(error)
        ),
        Problem::UnknownAction(action) => {
            tr!("keymap-warning-unknown-action", action = action.as_str())
        }
        Problem::NotAName(key) => tr!("keymap-warning-not-a-name", key = key.as_str()),
        Problem::Duplicate {
            context,
            key,
            first_line,
        } => tr!(
            "keymap-warning-duplicate",
            key = key.as_str(),
            section = context.name(),
            first = *first_line
        ),
    }
}

/// What frontdesk does about a keymap problem.
pub fn keymap_outcome(o: Outcome) -> String {
    match o {
        Outcome::DefaultKept => tr!("keymap-outcome-default-kept"),
        Outcome::StaysUnbound => tr!("keymap-outcome-stays-unbound"),
        Outcome::LineIgnored => tr!("keymap-outcome-line-ignored"),
        Outcome::SectionIgnored => tr!("keymap-outcome-section-ignored"),
        Outcome::FileIgnored => tr!("keymap-outcome-file-ignored"),
        Outcome::LaterWins => tr!("keymap-outcome-later-wins"),
    }
}

/// Why a key name cannot be read.
pub fn key_parse_error(e: &KeyParseError) -> String {
    match e {
        KeyParseError::Empty => tr!("keyname-error-empty"),
        KeyParseError::MissingKey => tr!("keyname-error-missing-key"),
        KeyParseError::UnknownKey => tr!("keyname-error-unknown"),
        KeyParseError::FunctionKeyOutOfRange(n) => tr!("keyname-error-function-key", n = *n),
        KeyParseError::Unsupported => tr!("keyname-error-unsupported"),
    }
}

// --- At the edges ------------------------------------------------------------------------

/// Any error of the layers below, in words; `None` for an error this module does not
/// know (a library's or the system's own, which words itself). For the edge that holds
/// an `anyhow` chain: the command line's last word on a failed command.
pub fn error_text(e: &(dyn std::error::Error + 'static)) -> Option<String> {
    if let Some(e) = e.downcast_ref::<StoreError>() {
        return Some(store_error(e));
    }
    if let Some(e) = e.downcast_ref::<SyncError>() {
        return Some(sync_error(e));
    }
    if let Some(e) = e.downcast_ref::<BundleError>() {
        return Some(bundle_error(e));
    }
    if let Some(e) = e.downcast_ref::<KeyError>() {
        return Some(key_error(e));
    }
    if let Some(e) = e.downcast_ref::<MergeError>() {
        return Some(merge_error(e));
    }
    if let Some(e) = e.downcast_ref::<CsvError>() {
        return Some(csv_error(e));
    }
    if let Some(e) = e.downcast_ref::<ExportError>() {
        return Some(csv_export_error(e));
    }
    if let Some(e) = e.downcast_ref::<ImportError>() {
        return Some(import_error(e));
    }
    if let Some(e) = e.downcast_ref::<SettingsError>() {
        return Some(settings_error(e));
    }
    None
}
