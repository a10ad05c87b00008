//! `frontdesk operator add|list|remove`, and signing in with `--operator NAME`.

use super::{InWords, output};
use crate::catalog::people::{operator_label, role_words};
use crate::desk::{AddOperator, Desk};
use crate::domain::Role;
use crate::tr;
use anyhow::bail;
use clap::Subcommand;
use serde_json::json;

#[derive(Subcommand, Debug)]
pub enum OperatorCmd {
    /// Add an operator. The PIN (4 to 12 digits) is asked twice on the terminal, or
    /// taken from FRONTDESK_NEW_PIN (or FRONTDESK_PIN when nobody signs in).
    Add {
        name: String,
        /// manager or receptionist (经理 or 前台).
        #[arg(long, value_name = "manager|receptionist")]
        role: String,
    },
    /// Everyone who may sign in, with their role.
    List {
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// An operator who may no longer sign in.
    Remove { name: String },
}

pub fn run(desk: &Desk, cmd: OperatorCmd, signing_in: bool) -> anyhow::Result<()> {
    match cmd {
        OperatorCmd::Add { name, role } => {
            let Some(role) = Role::parse(&role) else {
                bail!(tr!("cli-operator-role", role = role.as_str()));
            };
            desk.may_add_operator(role).in_words()?;
            let pin = new_pin(&name, signing_in)?;
            let row = desk
                .add_operator(AddOperator { name, role, pin })
                .in_words()?;
            out!(
                "{}",
                tr!(
                    "cli-operator-added",
                    who = operator_label(&row.name, row.role)
                )
            );
        }
        OperatorCmd::List { json } => {
            for o in desk.operator_list().in_words()? {
                if json {
                    output::print_json(&json!({ "name": o.name, "role": o.role.key() }))?;
                } else {
                    out!("{}  {}", o.name, role_words(o.role));
                }
            }
        }
        OperatorCmd::Remove { name } => {
            let row = desk.remove_operator(&name).in_words()?;
            out!(
                "{}",
                tr!(
                    "cli-operator-removed",
                    who = operator_label(&row.name, row.role)
                )
            );
        }
    }
    Ok(())
}

/// Sign in as `name` for this one command, with the PIN from FRONTDESK_PIN or typed.
pub fn sign_in(desk: &Desk, name: &str) -> anyhow::Result<()> {
    let pin = match std::env::var("FRONTDESK_PIN") {
        Ok(pin) => pin,
        Err(_) => ask_pin(&tr!("cli-pin-prompt", name = name))?,
    };
    desk.sign_in(name, &pin).in_words()?;
    Ok(())
}

/// The new operator's PIN: from the environment, or typed twice without echo.
fn new_pin(name: &str, signing_in: bool) -> anyhow::Result<String> {
    if let Ok(pin) = std::env::var("FRONTDESK_NEW_PIN") {
        return Ok(pin);
    }
    if !signing_in && let Ok(pin) = std::env::var("FRONTDESK_PIN") {
        return Ok(pin);
    }
    let first = ask_pin(&tr!("cli-new-pin-prompt", name = name))?;
    let again = ask_pin(&tr!("cli-new-pin-again"))?;
    if first != again {
        bail!(tr!("cli-pin-mismatch"));
    }
    Ok(first)
}

/// A PIN typed on the terminal without echo; refused without a terminal to type on.
fn ask_pin(prompt: &str) -> anyhow::Result<String> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        bail!(tr!("cli-pin-needs-terminal"));
    }
    Ok(rpassword::prompt_password(format!("{prompt} "))?)
}
