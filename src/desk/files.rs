//! What goes in and out of the desk as files: CSV exports and imports, sync bundles
//! with other desks, and demo data for a newcomer.

use super::{Desk, DeskError};
use crate::demo::DemoSummary;
use crate::domain::Permission;
use crate::membership::csv::{ExportKind, ImportOptions, ImportOutcome};
use crate::sync::{ExportReport, ImportSummary, SyncKey, SyncReport};
use std::path::{Path, PathBuf};

pub use crate::sync::SyncProgress;

/// The four CSV files of a full export, written to one new dated folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    pub folder: PathBuf,
    pub files: usize,
    pub rows: usize,
}

impl Desk<'_> {
    /// One CSV file: how many rows it holds.
    pub fn export_csv(&self, kind: ExportKind, path: &Path, bom: bool) -> Result<usize, DeskError> {
        self.allow(Permission::ExportPersonalData)?;
        Ok(crate::membership::csv::export(
            self.store,
            self.settings,
            kind,
            path,
            bom,
            self.now,
        )?)
    }

    /// Members, visits, services and complaints as CSV (with the BOM spreadsheets need
    /// for Chinese names) in a new folder under `base` named for the time.
    pub fn export_all(&self, base: &Path) -> Result<Exported, DeskError> {
        let folder = base.join(self.now.local().format("%Y%m%d-%H%M%S").to_string());
        std::fs::create_dir_all(&folder).map_err(|e| DeskError::Files(folder.clone(), e))?;
        let kinds = [
            ExportKind::Members,
            ExportKind::Visits,
            ExportKind::Services,
            ExportKind::Complaints,
        ];
        let mut rows = 0;
        for kind in kinds {
            let path = folder.join(kind.label()).with_extension("csv");
            rows += self.export_csv(kind, &path, true)?;
        }
        Ok(Exported {
            folder,
            files: kinds.len(),
            rows,
        })
    }

    /// Members from another system's CSV file (see `membership::csv::import_members`).
    pub fn import_members(
        &self,
        path: &Path,
        opts: ImportOptions,
    ) -> Result<ImportOutcome, DeskError> {
        self.allow(Permission::DeskWork)?;
        Ok(crate::membership::csv::import_members(
            self.store, path, opts, self.now,
        )?)
    }

    /// Write the operations peers have not seen to bundles in `dir`.
    pub fn sync_export(
        &self,
        dir: &Path,
        key: Option<&SyncKey>,
        progress: &mut dyn FnMut(SyncProgress),
    ) -> Result<ExportReport, DeskError> {
        self.allow(Permission::DeskWork)?;
        Ok(crate::sync::export_with(
            self.store,
            dir,
            key,
            crate::sync::ExportOptions::default(),
            progress,
        )?)
    }

    /// Apply the unseen operations of every bundle in `dir`.
    pub fn sync_import(
        &self,
        dir: &Path,
        key: Option<&SyncKey>,
        progress: &mut dyn FnMut(SyncProgress),
    ) -> Result<ImportSummary, DeskError> {
        self.allow(Permission::DeskWork)?;
        Ok(crate::sync::import_with(self.store, dir, key, progress)?)
    }

    /// Export then import through one shared folder.
    pub fn sync_with(
        &self,
        dir: &Path,
        key: Option<&SyncKey>,
        progress: &mut dyn FnMut(SyncProgress),
    ) -> Result<SyncReport, DeskError> {
        self.allow(Permission::DeskWork)?;
        Ok(crate::sync::sync_both(self.store, dir, key, progress)?)
    }

    /// Sync now through this desk's own folder, with the passphrase from the environment.
    pub fn sync_now(
        &self,
        progress: &mut dyn FnMut(SyncProgress),
    ) -> Result<SyncReport, DeskError> {
        let dir = crate::sync::folder(self.store)?.ok_or(crate::sync::SyncError::NoFolder)?;
        let key = crate::sync::key_from_env(self.store)?;
        self.sync_with(&dir, key.as_ref(), progress)
    }

    /// Generated members, visits, services and complaints for a newcomer to try.
    pub fn load_demo(
        &self,
        members: usize,
        seed: u64,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<DemoSummary, DeskError> {
        self.allow(Permission::DeskWork)?;
        Ok(crate::demo::generate(self.store, members, seed, progress)?)
    }
}
