//! `frontdesk package sell|use|refund|list`: packages (次卡), N uses of a service bought
//! in advance.

use super::{InWords, output};
use crate::catalog::packages as words;
use crate::desk::{Desk, DeskError, PackageError, PackageRow, SellPackage};
use crate::domain::loyalty::ProgramSettings;
use crate::domain::{Id, Money, Payment, validate};
use crate::tr;
use anyhow::anyhow;
use clap::Subcommand;
use serde_json::{Value, json};

#[derive(Subcommand, Debug)]
pub enum PackageCmd {
    /// Sell a package from the settings to a member.
    Sell {
        /// Member id, card number or full phone number.
        member: String,
        /// The package's key in the settings (`frontdesk package list`).
        package: String,
        /// How it was paid: METHOD or METHOD=AMOUNT; repeat to split (default: all cash).
        #[arg(long = "pay", value_name = "METHOD[=AMOUNT]")]
        pay: Vec<String>,
    },
    /// Take one use of a member's package (the one expiring soonest, or --sale).
    Use {
        /// Member id, card number or full phone number.
        member: String,
        /// The sale id of the package to use.
        #[arg(long, value_name = "SALE")]
        sale: Option<String>,
        /// Who served the visit.
        #[arg(long, value_name = "NAME", default_value = "")]
        staff: String,
    },
    /// Pay back what is unused and close the package (managers only).
    Refund {
        /// The sale id of the package.
        sale: String,
        /// How the money goes back (default: cash).
        #[arg(long, value_name = "METHOD", default_value = "cash")]
        method: String,
        /// Why, kept with the refund.
        #[arg(long, value_name = "TEXT", default_value = "")]
        reason: String,
    },
    /// A member's packages; without a member, the packages the program sells.
    List {
        /// Member id, card number or full phone number.
        member: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(desk: &Desk, cmd: PackageCmd) -> anyhow::Result<()> {
    match cmd {
        PackageCmd::Sell {
            member,
            package,
            pay,
        } => sell(desk, &member, package, &pay),
        PackageCmd::Use {
            member,
            sale,
            staff,
        } => use_one(desk, &member, sale.as_deref(), &staff),
        PackageCmd::Refund {
            sale,
            method,
            reason,
        } => refund(desk, &sale, &method, &reason),
        PackageCmd::List { member: None, json } => program(desk.settings, json),
        PackageCmd::List {
            member: Some(m),
            json,
        } => list(desk, &m, json),
    }
}

fn sell(desk: &Desk, member: &str, package: String, pay: &[String]) -> anyhow::Result<()> {
    let member = desk.resolve(member).in_words()?.member.id;
    let price = desk
        .program_packages()
        .iter()
        .find(|p| p.key == package.trim())
        .map(|p| p.price);
    let payments = payments(pay, price)?;
    let row = desk
        .sell_package(SellPackage {
            member,
            package,
            payments,
        })
        .in_words()?;
    let line = tr!(
        "cli-package-sold",
        name = row.sale.name.as_str(),
        member = row.member_name.as_str(),
        sale = row.sale.id.to_string(),
        price = row.sale.price.to_string(),
        date = words::date(row.sale.expires)
    );
    out!("{line}");
    Ok(())
}

/// `--pay` values: METHOD=AMOUNT, or one bare METHOD for the whole price.
fn payments(pay: &[String], price: Option<Money>) -> anyhow::Result<Vec<Payment>> {
    pay.iter()
        .map(|p| {
            let (method, amount) = match p.split_once('=') {
                Some((m, a)) => {
                    let a = validate::amount(a).map_err(DeskError::from).in_words()?;
                    (m, a)
                }
                None if pay.len() == 1 => (p.as_str(), price.unwrap_or_default()),
                None => return Err(anyhow!(tr!("cli-package-pay-amount", pay = p.as_str()))),
            };
            Ok(Payment::new(method.trim(), amount))
        })
        .collect()
}

fn use_one(desk: &Desk, member: &str, sale: Option<&str>, staff: &str) -> anyhow::Result<()> {
    let member = desk.resolve(member).in_words()?.member.id;
    let sale = sale.map(sale_id).transpose()?;
    let row = desk.use_package(member, sale, staff).in_words()?;
    let line = tr!(
        "cli-package-used",
        name = row.sale.name.as_str(),
        member = row.member_name.as_str(),
        remaining = row.status.remaining,
        uses = row.sale.uses
    );
    out!("{line}");
    Ok(())
}

fn refund(desk: &Desk, sale: &str, method: &str, reason: &str) -> anyhow::Result<()> {
    let row = desk
        .refund_package(sale_id(sale)?, method, reason)
        .in_words()?;
    let line = tr!(
        "cli-package-refunded",
        name = row.sale.name.as_str(),
        member = row.member_name.as_str(),
        amount = row.refunded.to_string(),
        method = crate::catalog::method_words(method.trim()),
        used = row.status.used,
        uses = row.sale.uses
    );
    out!("{line}");
    Ok(())
}

fn sale_id(text: &str) -> anyhow::Result<Id> {
    text.parse::<Id>()
        .map_err(|_| DeskError::from(PackageError::NoSuchSale(text.trim().to_string())))
        .in_words()
}

fn list(desk: &Desk, member: &str, as_json: bool) -> anyhow::Result<()> {
    let v = desk.resolve(member).in_words()?;
    let rows = desk.member_packages(v.member.id).in_words()?;
    if as_json {
        for r in &rows {
            output::print_json(&row_json(r))?;
        }
        return Ok(());
    }
    if rows.is_empty() {
        out!("{}", tr!("cli-package-none", name = v.member.name.as_str()));
    }
    for r in &rows {
        out!("{}", line(r));
    }
    Ok(())
}

/// One package as a line: "2-5  10 haircuts: 7 of 10 left, until 2026-12-01 · usable".
fn line(r: &PackageRow) -> String {
    format!("{}  {}", r.sale.id, words::line(r))
}

fn row_json(r: &PackageRow) -> Value {
    let payments: Vec<Value> = r
        .sale
        .payments
        .iter()
        .map(|p| json!({"method": p.method, "amount": p.amount.to_string()}))
        .collect();
    json!({
        "sale": r.sale.id.to_string(),
        "member": r.sale.member.to_string(),
        "package": r.sale.key,
        "name": r.sale.name,
        "services": r.sale.services,
        "uses": r.sale.uses,
        "used": r.status.used,
        "remaining": r.status.remaining,
        "overused": r.status.overused,
        "price": r.sale.price.to_string(),
        "payments": payments,
        "expires": r.sale.expires.utc().to_rfc3339(),
        "state": r.status.state.key(),
        "refunded": r.refunded.to_string(),
        "sold_by": r.sale.operator,
        "sold_at": r.sale.at.utc().to_rfc3339(),
    })
}

/// The packages the program sells, as the settings list them.
pub fn program(settings: &ProgramSettings, as_json: bool) -> anyhow::Result<()> {
    let defs = &settings.packages;
    if defs.is_empty() && !as_json {
        out!("{}", tr!("cli-package-program-none"));
    }
    for p in defs {
        if as_json {
            output::print_json(&json!({
                "package": p.key, "name": p.name, "services": p.services,
                "uses": p.uses, "price": p.price.to_string(), "months": p.months,
            }))?;
            continue;
        }
        let services = super::list(&p.services);
        let line = tr!(
            "cli-package-program-line",
            key = p.key.as_str(),
            name = p.name.as_str(),
            uses = p.uses,
            price = p.price.to_string(),
            months = p.months,
            services = services
        );
        out!("{line}");
    }
    Ok(())
}
