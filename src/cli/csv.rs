//! `frontdesk export members|visits|services|complaints --csv FILE [--bom]` and
//! `frontdesk import members FILE [--dry-run] [--skip-invalid]`.

use super::{InWords, list, member_name};
use crate::csvio::{DuplicateOf, ImportPlan};
use crate::desk::Desk;
use crate::membership::csv::{ExportKind, ImportOptions};
use crate::tr;
use anyhow::bail;
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum What {
    /// Members with their tier and points balance.
    Members,
    Visits,
    Services,
    Complaints,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// What to export.
    #[arg(value_enum)]
    what: What,
    /// The file to write (replaced if it exists).
    #[arg(long, value_name = "FILE")]
    csv: PathBuf,
    /// Start the file with a UTF-8 byte order mark, so Excel shows Chinese names.
    #[arg(long)]
    bom: bool,
}

pub fn export(desk: &Desk, a: ExportArgs) -> anyhow::Result<()> {
    let kind = match a.what {
        What::Members => ExportKind::Members,
        What::Visits => ExportKind::Visits,
        What::Services => ExportKind::Services,
        What::Complaints => ExportKind::Complaints,
    };
    let n = desk.export_csv(kind, &a.csv, a.bom).in_words()?;
    let id = if a.bom {
        "cli-exported-bom"
    } else {
        "cli-exported"
    };
    let path = a.csv.display().to_string();
    out!("{}", tr!(id, count = n, what = kind.label(), path = path));
    Ok(())
}

#[derive(Subcommand, Debug)]
pub enum ImportCmd {
    /// Members from another system's CSV: recognises common headers (name or first +
    /// last name, phone/mobile, email, birthday, notes/memo, card number, tags), reports
    /// every bad row, and leaves out members already held.
    Members {
        /// The CSV file (UTF-8, with or without a BOM; comma, semicolon or tab separated).
        file: PathBuf,
        /// Check and report only; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Import the valid rows even when some rows are invalid.
        #[arg(long)]
        skip_invalid: bool,
    },
}

pub fn import(desk: &Desk, cmd: ImportCmd) -> anyhow::Result<()> {
    let ImportCmd::Members {
        file,
        dry_run,
        skip_invalid,
    } = cmd;
    let opts = ImportOptions {
        dry_run,
        skip_invalid,
    };
    let o = desk.import_members(&file, opts).in_words()?;
    let plan = &o.plan;
    report_rows(desk, plan)?;
    let bad_rows = plan.invalid_rows().len();
    if o.refused {
        let valid = plan
            .rows
            .iter()
            .filter(|r| !plan.is_duplicate(r.row))
            .count();
        bail!(tr!("cli-import-refused", invalid = bad_rows, valid = valid));
    }
    let skipped = if bad_rows > 0 {
        tr!("cli-import-skipped", invalid = bad_rows)
    } else {
        String::new()
    };
    let duplicates = plan.duplicates.len();
    let line = if o.dry_run {
        let count = o.to_import;
        tr!(
            "cli-import-dry-run",
            count = count,
            duplicates = duplicates,
            skipped = skipped
        )
    } else {
        let count = o.imported.len();
        tr!(
            "cli-imported",
            count = count,
            duplicates = duplicates,
            skipped = skipped
        )
    };
    out!("{line}");
    Ok(())
}

/// How the columns were read, every invalid row, and every duplicate left out.
fn report_rows(desk: &Desk, plan: &ImportPlan) -> anyhow::Result<()> {
    let read: Vec<String> = plan
        .columns
        .iter()
        .map(|(h, f)| match f {
            Some(f) => {
                let key = format!("{f:?}").to_lowercase();
                let field = tr!("cli-import-field", field = key);
                tr!("cli-import-column", header = h.as_str(), field = field)
            }
            None => tr!("cli-import-column-ignored", header = h.as_str()),
        })
        .collect();
    out!("{}", tr!("cli-import-columns", columns = list(&read)));
    for e in &plan.errors {
        let error = crate::catalog::text().row_error(e);
        out!("{}", tr!("cli-import-invalid", error = error));
    }
    for d in &plan.duplicates {
        let name = plan
            .rows
            .iter()
            .find(|r| r.row == d.row)
            .map(|r| r.member.name.as_str())
            .unwrap_or("");
        let of = match d.of {
            DuplicateOf::Existing(id) => match member_name(desk, id)? {
                Some(who) => tr!("cli-import-of-member", name = who, id = id.to_string()),
                None => tr!("cli-import-of-member-id", id = id.to_string()),
            },
            DuplicateOf::Row(r) => tr!("cli-import-of-row", row = r),
        };
        let line = tr!(
            "cli-import-duplicate",
            row = d.row,
            name = name,
            reason = crate::catalog::duplicate_reason(d.reason),
            of = of
        );
        out!("{line}");
    }
    Ok(())
}
