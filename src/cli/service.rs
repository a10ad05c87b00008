//! `frontdesk service ID --amount 128.50 --item TEXT [--item TEXT]… [--staff NAME]`.

use super::{InWords, output};
use crate::desk::{Desk, DeskError, LogService};
use crate::domain::Money;
use crate::domain::payment::{Payment, method, method_key, with_rest};
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
    /// How it was paid: a method (cash, wechat, alipay, card, stored_value, package,
    /// voucher; 现金, 微信, 支付宝, 储值…), with `=AMOUNT` for a part of a split bill; one part
    /// without an amount takes the rest. Repeat for a split bill. Default: cash.
    #[arg(long = "pay", visible_alias = "method", value_name = "METHOD[=AMOUNT]")]
    pay: Vec<String>,
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
    let due = desk.price_for(member, amount).in_words()?;
    let payments = payments(&a.pay, due)?;
    let s = desk
        .log_service(LogService {
            member,
            items: a.items,
            staff: a.staff,
            amount,
            redeem: 0,
            payments,
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
    if s.discount_percent > 0 {
        let price = tr!(
            "cli-service-member-price",
            list = s.list_price.to_string(),
            percent = s.discount_percent,
            due = s.amount.to_string()
        );
        out!("{price}");
    }
    let paid: Vec<String> = s
        .payments
        .iter()
        .map(|p| {
            let how = crate::catalog::method_words(&p.method);
            tr!(
                "cli-service-part",
                method = how,
                amount = p.amount.to_string()
            )
        })
        .collect();
    out!("{}", tr!("cli-service-paid", parts = super::list(&paid)));
    output::tier_change(s.tier_change.as_ref())
}

/// `--pay` parts as typed (`wechat`, `储值=100`), the one without an amount taking the
/// rest of what is due; none at all is the whole bill in cash.
fn payments(typed: &[String], due: Money) -> anyhow::Result<Vec<Payment>> {
    if typed.is_empty() {
        return Ok(vec![Payment::new(method::CASH, due)]);
    }
    let mut parts = Vec::new();
    for t in typed {
        let (m, amount) = match t.split_once('=') {
            Some((m, a)) => (
                m,
                Some(validate::amount(a).map_err(DeskError::from).in_words()?),
            ),
            None => (t.as_str(), None),
        };
        parts.push((method_key(m), amount));
    }
    with_rest(&parts, due)
        .map_err(DeskError::Payment)
        .in_words()
}
