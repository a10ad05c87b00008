//! `frontdesk demo`, `frontdesk terminal name`.

use super::{InWords, note};
use crate::desk::Desk;
use crate::store::Store;
use crate::tr;
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
        bail!(tr!("cli-demo-no-members"));
    }
    if !desk.info().in_words()?.empty {
        note(tr!("cli-demo-adds"));
    }
    let started = Instant::now();
    let mut shown = usize::MAX;
    let mut err = std::io::stderr();
    let s = desk
        .load_demo(a.members, a.seed, &mut |done, total| {
            let pct = done * 100 / total.max(1);
            if pct != shown {
                shown = pct;
                let text = tr!(
                    "cli-demo-progress",
                    done = done,
                    total = total,
                    percent = pct
                );
                let _ = write!(err, "\r{text}");
                let _ = err.flush();
            }
        })
        .in_words()?;
    eprintln!();
    let line = tr!(
        "cli-demo-done",
        members = s.members,
        visits = s.visits,
        walk_ins = s.walk_ins,
        services = s.services,
        entries = s.points_entries,
        complaints = s.complaints,
        open = s.open_complaints,
        ops = s.ops,
        seconds = format!("{:.1}", started.elapsed().as_secs_f64())
    );
    out!("{line}");
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
        TerminalCmd::Name { new: None } => {
            out!(
                "{}",
                crate::catalog::people::desk_name(&store.terminal_name()?)
            )
        }
        TerminalCmd::Name { new: Some(n) } => {
            let n = desk_name(&n)?;
            store.set_terminal_name(&n)?;
            let terminal = store.terminal().to_string();
            out!(
                "{}",
                tr!("cli-terminal-named", name = n, terminal = terminal)
            );
        }
        TerminalCmd::Operator { new: None } => out!("{}", store.operator()?),
        TerminalCmd::Operator { new: Some(n) } => {
            let n = desk_name(&n)?;
            store.set_operator(&n)?;
            out!("{}", tr!("cli-operator-set", name = n));
        }
    }
    Ok(())
}

/// A desk or operator name as typed, checked like a name field.
fn desk_name(typed: &str) -> anyhow::Result<String> {
    use crate::domain::validate;
    validate::text("name", typed, validate::SHORT_MAX, true).map_err(|e| {
        let error = crate::catalog::text().field_error(&e);
        anyhow::anyhow!(tr!("cli-not-saved", error = error))
    })
}
