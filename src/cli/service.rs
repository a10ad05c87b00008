//! `frontdesk service ID --amount 128.50 --item TEXT [--item TEXT]… [--staff NAME]`.

use super::{InWords, output};
use crate::desk::{Desk, DeskError, LogService};
use crate::domain::validate;
use crate::tr;
use anyhow::bail;
use clap::Args;

#[derive(Args, Debug)]
pub struct ServiceArgs {
    /// Member id, card number or full phone number.
    member: String,
    /// The amount, with at most 2 decimals, such as 128.50.
    #[arg(long)]
    amount: String,
    /// What was served or sold; repeat for more.
    #[arg(long = "item", value_name = "TEXT", required = true)]
    items: Vec<String>,
    #[arg(long, value_name = "NAME", default_value = "")]
    staff: String,
}

pub fn run(desk: &Desk, a: ServiceArgs) -> anyhow::Result<()> {
    let amount = validate::amount(&a.amount)
        .map_err(DeskError::from)
        .in_words()?;
    // Said in terms of the option, which the desk's own rule cannot name.
    if a.items.iter().all(|i| i.trim().is_empty()) {
        bail!(tr!("cli-service-no-item"));
    }
    let member = desk.resolve(&a.member).in_words()?.member.id;
    let s = desk
        .log_service(LogService {
            member,
            items: a.items,
            staff: a.staff,
            amount,
            redeem: 0,
            payments: Vec::new(),
        })
        .in_words()?;
    let line = tr!(
        "cli-service-logged",
        service = s.service.to_string(),
        name = s.name.as_str(),
        id = s.member.to_string(),
        amount = s.amount.to_string(),
        points = s.points,
        tier = s.tier.as_str(),
        balance = s.balance
    );
    out!("{line}");
    output::tier_change(s.tier_change.as_ref())
}
