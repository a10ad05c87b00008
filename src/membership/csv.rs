//! CSV files over the store: exports of members (with tier and points), visits, services
//! and complaints for a spreadsheet (UTF-8, a BOM on request so Excel shows Chinese names),
//! and the import of members from another system's file, checked row by row against the
//! members already held.

use crate::csvio::{
    self, ExportError, ExportOptions, ImportDuplicate, ImportError, ImportPlan, RowError,
};
use crate::domain::loyalty::{Activity, ProgramSettings, standing};
use crate::domain::{Change, Complaint, Id, Member, MemberFields, ServiceRecord, Timestamp, Visit};
use crate::store::{Store, StoreError};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a CSV export or import failed: the file and the cause. Typed data, worded by the
/// edges (`catalog::csv_error`); `Display` is the developer's `Debug`.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub enum CsvError {
    Export {
        path: PathBuf,
        source: ExportError,
    },
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    Import {
        path: PathBuf,
        source: ImportError,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What an export can hold.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Members,
    Visits,
    Services,
    Complaints,
}

impl ExportKind {
    pub fn label(self) -> &'static str {
        match self {
            ExportKind::Members => "members",
            ExportKind::Visits => "visits",
            ExportKind::Services => "services",
            ExportKind::Complaints => "complaints",
        }
    }
}

/// Write `kind` to `path` (through a temporary file in the same folder, renamed when
/// complete, so a half-written file never takes the name). Returns the rows written.
pub fn export(
    store: &Store,
    settings: &ProgramSettings,
    kind: ExportKind,
    path: &Path,
    bom: bool,
    now: Timestamp,
) -> Result<usize, CsvError> {
    let opts = ExportOptions { bom, offset: None };
    let tmp = temp_name(path);
    let io = |source| CsvError::Io {
        path: path.to_path_buf(),
        source,
    };
    let ex = |source| CsvError::Export {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::create(&tmp).map_err(io)?;
    let mut w = std::io::BufWriter::new(file);
    let written = (|| -> Result<usize, CsvError> {
        let n = match kind {
            ExportKind::Members => write_members(store, settings, &mut w, &opts, now)?,
            ExportKind::Visits => {
                let names = names(store)?;
                let mut visits: Vec<Visit> = Vec::new();
                store.for_each_visit(|v| visits.push(v))?;
                visits.sort_by_key(|v| (v.at, v.id));
                csvio::write_visits(&mut w, &visits, |id| names.name(id), &opts).map_err(ex)?;
                visits.len()
            }
            ExportKind::Services => {
                let names = names(store)?;
                let mut services: Vec<ServiceRecord> = Vec::new();
                store.for_each_service(|s| services.push(s))?;
                services.sort_by_key(|s| (s.at, s.id));
                csvio::write_services(&mut w, &services, |id| names.name(id), &opts).map_err(ex)?;
                services.len()
            }
            ExportKind::Complaints => {
                let names = names(store)?;
                let mut complaints: Vec<Complaint> = store.complaints(true)?;
                complaints.sort_by_key(|c| (c.created, c.id));
                csvio::write_complaints(&mut w, &complaints, |id| names.name(id), &opts)
                    .map_err(ex)?;
                complaints.len()
            }
        };
        w.flush().map_err(io)?;
        w.get_ref().sync_all().map_err(io)?;
        Ok(n)
    })();
    match written {
        Ok(n) => {
            std::fs::rename(&tmp, path).map_err(io)?;
            // Customer data left the machine: who exported what, and where, is on record.
            let change = crate::domain::Change::DataExported {
                what: kind.label().to_string(),
                rows: n as u64,
                destination: path.display().to_string(),
            };
            store.commit(vec![change])?;
            Ok(n)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

fn temp_name(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{}.tmp", std::process::id()));
    path.with_file_name(name)
}

/// Names of members for readable export columns, following merges.
struct Names {
    names: HashMap<Id, String>,
    merges: HashMap<Id, Id>,
}

impl Names {
    fn name(&self, id: Id) -> Option<String> {
        let id = *self.merges.get(&id).unwrap_or(&id);
        self.names.get(&id).cloned()
    }
}

fn names(store: &Store) -> Result<Names, StoreError> {
    let mut names = HashMap::new();
    store.for_each_member(|m, _| {
        names.insert(m.id, m.name.clone());
    })?;
    Ok(Names {
        names,
        merges: store.merge_map()?,
    })
}

/// Members with their tier now (under `settings`) and points balance. One pass over
/// visits and one over services compute every tier.
fn write_members<W: Write>(
    store: &Store,
    settings: &ProgramSettings,
    w: W,
    opts: &ExportOptions,
    now: Timestamp,
) -> Result<usize, CsvError> {
    let mut members: Vec<(Member, i64)> = Vec::new();
    store.for_each_member(|m, s| members.push((m.clone(), s.points)))?;
    let merges = store.merge_map()?;
    let owner = |id: Id| *merges.get(&id).unwrap_or(&id);
    let mut activity: HashMap<Id, Vec<Activity>> = HashMap::with_capacity(members.len());
    store.for_each_visit(|v| {
        if let Some(m) = v.member {
            activity
                .entry(owner(m))
                .or_default()
                .push(Activity::visit(v.at));
        }
    })?;
    store.for_each_service(|s| {
        activity
            .entry(owner(s.member))
            .or_default()
            .push(Activity::spend(s.at, s.amount));
    })?;
    let mut extra: HashMap<Id, [String; 2]> = HashMap::with_capacity(members.len());
    for (m, points) in &members {
        let acts = activity.get(&m.id).map(Vec::as_slice).unwrap_or(&[]);
        let tier = standing(settings, acts, now).tier.as_str().to_string();
        extra.insert(m.id, [tier, points.to_string()]);
    }
    members.sort_by_key(|(m, _)| (m.created, m.id));
    csvio::write_members_with(
        w,
        members.iter().map(|(m, _)| m),
        &["tier", "points"],
        |m| extra.get(&m.id).map(|e| e.to_vec()).unwrap_or_default(),
        opts,
    )
    .map_err(|source| CsvError::Export {
        path: PathBuf::new(),
        source,
    })?;
    Ok(members.len())
}

#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Check and report; write nothing.
    pub dry_run: bool,
    /// Import the valid rows even when others are invalid.
    pub skip_invalid: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportOutcome {
    /// Every column of the file, errors of every bad row, duplicates.
    pub plan: ImportPlan,
    /// Members created (empty on a dry run or when refused).
    pub imported: Vec<Id>,
    /// Members that would be (or were) created.
    pub to_import: usize,
    /// Nothing was imported because some rows are invalid (and `skip_invalid` was off).
    pub refused: bool,
    pub dry_run: bool,
}

impl ImportOutcome {
    pub fn errors(&self) -> &[RowError] {
        &self.plan.errors
    }
    pub fn duplicates(&self) -> &[ImportDuplicate] {
        &self.plan.duplicates
    }
}

/// Import the members of a CSV file: every row checked by the member form's rules and
/// against the members already held (and earlier rows) for duplicates. With any invalid
/// row nothing is imported unless `skip_invalid`; duplicates are reported and left out;
/// every new member is written in one commit.
pub fn import_members(
    store: &Store,
    path: &Path,
    opts: ImportOptions,
    now: Timestamp,
) -> Result<ImportOutcome, CsvError> {
    let file = std::fs::File::open(path).map_err(|source| CsvError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut existing: Vec<Member> = Vec::new();
    store.for_each_member(|m, _| existing.push(m.clone()))?;
    let plan = csvio::plan_member_import(
        std::io::BufReader::new(file),
        &existing,
        now.local_date(),
        now,
    )
    .map_err(|source| CsvError::Import {
        path: path.to_path_buf(),
        source,
    })?;
    let (rows, refused) = match plan.to_import(opts.skip_invalid) {
        Ok(rows) => (rows, false),
        Err(_) => (Vec::new(), true),
    };
    let changes: Vec<Change> = rows
        .iter()
        .map(|r| Change::MemberUpsert {
            id: crate::domain::ops::NEW_ID,
            fields: MemberFields::all_of(&r.member),
        })
        .collect();
    let to_import = changes.len();
    let mut imported = Vec::new();
    if !opts.dry_run && !refused && !changes.is_empty() {
        imported = store.commit(changes)?.iter().map(|op| op.id()).collect();
    }
    Ok(ImportOutcome {
        plan,
        imported,
        to_import,
        refused,
        dry_run: opts.dry_run,
    })
}
