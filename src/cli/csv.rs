//! `frontdesk export members|visits|services|complaints --csv FILE [--bom]` and
//! `frontdesk import members FILE [--dry-run] [--skip-invalid]`.

use super::{InWords, member_name};
use crate::csvio::{DuplicateOf, ImportPlan};
use crate::desk::Desk;
use crate::membership::csv::{ExportKind, ImportOptions};
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
    out!(
        "exported {n} {} to {}{}",
        kind.label(),
        a.csv.display(),
        if a.bom { " (UTF-8 with BOM)" } else { "" }
    );
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
        bail!(
            "{bad_rows} row{} invalid; nothing was imported (correct the file, or use --skip-invalid to import the {} valid new member{})",
            if bad_rows == 1 { " is" } else { "s are" },
            plan.rows
                .iter()
                .filter(|r| !plan.is_duplicate(r.row))
                .count(),
            if plan.rows.len() == 1 { "" } else { "s" },
        );
    }
    let skipped = if bad_rows > 0 {
        format!(", {bad_rows} invalid rows skipped")
    } else {
        String::new()
    };
    let dups = plan.duplicates.len();
    if o.dry_run {
        out!(
            "dry run: would import {} members ({dups} duplicates left out{skipped}); nothing was written",
            o.to_import
        );
    } else {
        out!(
            "imported {} members ({dups} duplicates left out{skipped})",
            o.imported.len()
        );
    }
    Ok(())
}

/// How the columns were read, every invalid row, and every duplicate left out.
fn report_rows(desk: &Desk, plan: &ImportPlan) -> anyhow::Result<()> {
    let read: Vec<String> = plan
        .columns
        .iter()
        .map(|(h, f)| match f {
            Some(f) => format!("{h} -> {}", format!("{f:?}").to_lowercase()),
            None => format!("{h} (ignored)"),
        })
        .collect();
    out!("columns: {}", read.join(", "));
    for e in &plan.errors {
        out!("invalid: {}", crate::catalog::text().row_error(e));
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
                Some(who) => format!("existing member {who} ({id})"),
                None => format!("existing member {id}"),
            },
            DuplicateOf::Row(r) => format!("row {r}"),
        };
        out!(
            "duplicate: row {}, {name}: {} as {of}; not imported",
            d.row,
            crate::catalog::duplicate_reason(d.reason)
        );
    }
    Ok(())
}
