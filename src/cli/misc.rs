//! `frontdesk demo`, `frontdesk terminal name`.

use super::InWords;
use crate::desk::Desk;
use crate::store::Store;
use anyhow::bail;
use clap::{Args, Subcommand};
use std::io::Write;
use std::time::Instant;

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// How many members to generate.
    #[arg(long, default_value_t = 3000)]
    members: usize,
    /// The same seed gives the same names, phones and history.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

pub fn demo(desk: &Desk, a: DemoArgs) -> anyhow::Result<()> {
    if a.members == 0 {
        bail!("--members must be at least 1");
    }
    if !desk.info().in_words()?.empty {
        eprintln!("note: this store already holds records; demo data is added to them");
    }
    let started = Instant::now();
    let mut shown = usize::MAX;
    let mut err = std::io::stderr();
    let s = desk
        .load_demo(a.members, a.seed, &mut |done, total| {
            let pct = done * 100 / total.max(1);
            if pct != shown {
                shown = pct;
                let _ = write!(err, "\rdemo: {done} of {total} members ({pct}%)");
                let _ = err.flush();
            }
        })
        .in_words()?;
    eprintln!();
    out!(
        "demo data: {} members, {} visits ({} walk-ins), {} services, {} points entries, {} complaints ({} open), {} operations in {:.1} s",
        s.members,
        s.visits,
        s.walk_ins,
        s.services,
        s.points_entries,
        s.complaints,
        s.open_complaints,
        s.ops,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

#[derive(Args, Debug)]
pub struct TerminalArgs {
    #[command(subcommand)]
    cmd: TerminalCmd,
}

#[derive(Subcommand, Debug)]
enum TerminalCmd {
    /// Show this desk's name, or set it.
    Name {
        /// The new name, such as "front desk 2".
        new: Option<String>,
    },
    /// Show who is at this desk, or set it: ledger entries, tier changes and complaint
    /// steps record this name.
    Operator {
        /// The operator's name, such as "Li Na".
        new: Option<String>,
    },
}

pub fn terminal(store: &Store, a: TerminalArgs) -> anyhow::Result<()> {
    match a.cmd {
        TerminalCmd::Name { new: None } => out!("{}", store.terminal_name()?),
        TerminalCmd::Name { new: Some(n) } => {
            let n =
                crate::domain::validate::text("name", &n, crate::domain::validate::SHORT_MAX, true)
                    .map_err(|e| {
                        anyhow::anyhow!(
                            "{}; nothing was saved",
                            crate::catalog::text().field_error(&e)
                        )
                    })?;
            store.set_terminal_name(&n)?;
            out!(
                "this desk is now called {n} (terminal {})",
                store.terminal()
            );
        }
        TerminalCmd::Operator { new: None } => out!("{}", store.operator()?),
        TerminalCmd::Operator { new: Some(n) } => {
            let n =
                crate::domain::validate::text("name", &n, crate::domain::validate::SHORT_MAX, true)
                    .map_err(|e| {
                        anyhow::anyhow!(
                            "{}; nothing was saved",
                            crate::catalog::text().field_error(&e)
                        )
                    })?;
            store.set_operator(&n)?;
            out!("changes made at this desk are now recorded as made by {n}");
        }
    }
    Ok(())
}
