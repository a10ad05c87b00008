//! `frontdesk service ID --amount 128.50 --item TEXT [--item TEXT]… [--staff NAME]`.

use super::{checked_text, resolve};
use crate::domain::loyalty::ProgramSettings;
use crate::domain::ops::NEW_ID;
use crate::domain::validate::{self, ITEMS_MAX, SHORT_MAX};
use crate::domain::{Change, ServiceRecord, Timestamp};
use crate::membership::{points, tiers};
use crate::store::Store;
use anyhow::{anyhow, bail};
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

pub fn run(store: &Store, settings: &ProgramSettings, a: ServiceArgs) -> anyhow::Result<()> {
    let amount = validate::amount(&a.amount).map_err(|e| {
        anyhow!(
            "{}; nothing was saved",
            crate::catalog::text().field_error(&e)
        )
    })?;
    let mut items = Vec::new();
    for item in &a.items {
        let item = checked_text("item", item, ITEMS_MAX)?;
        if !item.is_empty() {
            items.push(item);
        }
    }
    if items.is_empty() {
        bail!("item: say what was served with --item; nothing was saved");
    }
    let staff = checked_text("staff", &a.staff, SHORT_MAX)?;
    let v = resolve::member(store, &a.member)?;
    let now = Timestamp::now();
    // Earned under the tier the member holds before this bill.
    let tier = tiers::tier_now(store, settings, v.member.id, now)?;
    let points = points::earned(settings, amount, &tier, now);
    let service = ServiceRecord {
        id: NEW_ID,
        member: v.member.id,
        items,
        staff,
        amount,
        points,
        at: now,
    };
    let ops = store.commit(vec![Change::Service { service }])?;
    let id = ops.first().map(|op| op.id()).unwrap_or(NEW_ID);
    let balance = store
        .member(v.member.id)?
        .map(|m| m.stats.points)
        .unwrap_or(v.stats.points + points);
    out!(
        "service {id} for {} ({}): {amount}, +{points} points as {tier} (balance {balance})",
        v.member.name,
        v.member.id
    );
    if let Some(event) = tiers::record_tier_change(store, settings, v.member.id, now)? {
        out!(
            "{} ({})",
            crate::catalog::text().tier_headline(event.upgrade, &event.to),
            crate::catalog::text().tier_event_reason(&event)
        );
    }
    Ok(())
}
