//! `frontdesk backup`, `restore`, `store check` and `store rebuild`: keeping the store
//! file safe. None of them writes the store it reads from.

use super::sync::{key, read_hidden};
use super::{InWords, note};
use crate::desk::DeskError;
use crate::desk::upkeep::{self, StoreCheck, UpkeepError};
use crate::domain::Timestamp;
use crate::store::check::Mismatch;
use crate::store::{Store, StoreError};
use crate::sync::PASSPHRASE_ENV;
use crate::tr;
use clap::{Args, Subcommand};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum StoreCmd {
    /// Report what of the store is readable and whether it is sound (exit 1 if not).
    Check,
    /// Build a new store from every readable operation of this store's log.
    Rebuild {
        /// The new store file (must not exist).
        #[arg(long, value_name = "NEW")]
        to: PathBuf,
    },
}

#[derive(Args, Debug)]
pub struct BackupArgs {
    /// The backup file to write (replaced if it exists, once the new copy verifies).
    #[arg(long, value_name = "FILE")]
    to: PathBuf,
}

#[derive(Args, Debug)]
pub struct RestoreArgs {
    /// The backup file to put in place of the store.
    #[arg(long, value_name = "FILE")]
    from: PathBuf,
}

pub fn run(path: &Path, cmd: StoreCmd) -> anyhow::Result<()> {
    match cmd {
        StoreCmd::Check => check(path),
        StoreCmd::Rebuild { to } => {
            let r = upkeep::rebuild(path, &to).in_words()?;
            out!(
                "{}",
                tr!(
                    "cli-rebuilt",
                    path = to.display().to_string(),
                    recovered = r.recovered,
                    skipped = r.skipped,
                    damaged = r.damaged_spans
                )
            );
            Ok(())
        }
    }
}

/// A verified backup; while another frontdesk has the store open, a copy of its file.
pub fn backup(path: &Path, a: BackupArgs) -> anyhow::Result<()> {
    let made = match Store::open_read_only(path) {
        Ok(store) => {
            let key = key(&store)?;
            upkeep::backup(&store, &a.to, key.as_ref()).in_words()?
        }
        Err(StoreError::InUse) => {
            let scratch = a.to.with_extension("copying");
            let facts = upkeep::backup_in_use(path, &scratch).in_words()?;
            // The copy says whether the chain passphrase is set (the store is held).
            let copy = Store::open_read_only(&scratch).map_err(anyhow::Error::from);
            match copy.and_then(|s| key(&s)) {
                Ok(key) => upkeep::place(&scratch, &a.to, facts, key.as_ref()).in_words()?,
                Err(e) => {
                    let _ = std::fs::remove_file(&scratch);
                    return Err(e);
                }
            }
        }
        Err(e) => return Err(e.into()),
    };
    let id = if made.encrypted {
        "cli-backup-made-encrypted"
    } else {
        "cli-backup-made"
    };
    let path = made.path.display().to_string();
    out!(
        "{}",
        tr!(id, path = path, ops = made.ops, bytes = made.bytes)
    );
    Ok(())
}

/// Put a backup in place of the store, keeping the replaced store aside. An encrypted
/// backup takes the chain passphrase from the environment, or asks for it at a terminal.
pub fn restore(path: &Path, a: RestoreArgs) -> anyhow::Result<()> {
    let passphrase = std::env::var(PASSPHRASE_ENV).ok();
    let mut done = upkeep::restore(&a.from, path, passphrase.as_deref(), Timestamp::now());
    if matches!(
        &done,
        Err(DeskError::Upkeep(UpkeepError::PassphraseNeeded(_)))
    ) && std::io::stdin().is_terminal()
    {
        let typed = read_hidden(&tr!("cli-sync-prompt"))?;
        done = upkeep::restore(&a.from, path, Some(&typed), Timestamp::now());
    }
    let done = done.in_words()?;
    out!(
        "{}",
        tr!(
            "cli-restored",
            from = a.from.display().to_string(),
            path = path.display().to_string(),
            ops = done.ops
        )
    );
    if let Some(aside) = done.aside {
        note(tr!(
            "cli-restored-aside",
            path = aside.display().to_string()
        ));
    }
    Ok(())
}

fn check(path: &Path) -> anyhow::Result<()> {
    let c = upkeep::check(path).in_words()?;
    print_check(&c)?;
    if c.is_sound() {
        out!("{}", tr!("cli-check-sound"));
        Ok(())
    } else {
        Err(anyhow::Error::msg(tr!("cli-check-damaged")))
    }
}

fn print_check(c: &StoreCheck) -> anyhow::Result<()> {
    for t in c.report.tables.iter().chain(c.report.log.iter()) {
        out!(
            "{}",
            tr!(
                "cli-check-table",
                table = t.name,
                rows = t.rows,
                undecodable = t.undecodable
            )
        );
        if !t.first_undecodable.is_empty() {
            let ids: Vec<String> = t.first_undecodable.iter().map(|i| i.to_string()).collect();
            out!("{}", tr!("cli-check-undecodable", ids = ids.join(", ")));
        }
        if let Some(d) = &t.damage {
            out!("{}", tr!("cli-check-table-damage", detail = d.as_str()));
        }
    }
    for m in &c.report.mismatches {
        out!("{}", mismatch(m));
    }
    if let Some(d) = &c.report.verify_damage {
        out!("{}", tr!("cli-check-verify-damage", detail = d.as_str()));
    }
    match &c.pages {
        None => out!("{}", tr!("cli-check-pages-ok")),
        Some(d) => out!("{}", tr!("cli-check-pages-damaged", detail = d.as_str())),
    }
    Ok(())
}

fn mismatch(m: &Mismatch) -> String {
    match m {
        Mismatch::PhoneNotIndexed(id) => tr!("cli-check-phone-not-indexed", id = id.to_string()),
        Mismatch::PhoneIndexStale(id) => tr!("cli-check-phone-stale", id = id.to_string()),
        Mismatch::PointsBalance(id, held, ledger) => tr!(
            "cli-check-points",
            id = id.to_string(),
            held = *held,
            ledger = *ledger
        ),
        Mismatch::StoredValueBalance(id, held, ledger) => tr!(
            "cli-check-stored-value",
            id = id.to_string(),
            held = format!("{}/{}", held.principal, held.bonus),
            ledger = format!("{}/{}", ledger.principal, ledger.bonus)
        ),
    }
}

/// After a damaged store's error: the newest good automatic backup, if there is one.
pub fn point_at_backup(path: &Path) {
    if let Some(b) = upkeep::newest_good_backup(path) {
        note(tr!("cli-newest-backup", path = b.display().to_string()));
    }
}
