//! Words for packages (次卡): why an action was refused, a package's state, the
//! payment methods, and what is wrong with a `[[package]]` in the settings.

use crate::desk::{PackageError, PackageRow};
use crate::domain::Timestamp;
use crate::domain::loyalty::PackageProblem;
use crate::domain::package::PackageState;
use crate::tr;

/// A date as the package lines show it (the desk's local date).
pub fn date(t: Timestamp) -> String {
    t.local_date().format("%Y-%m-%d").to_string()
}

pub fn package_error(e: &PackageError) -> String {
    match e {
        PackageError::UnknownPackage(key) => tr!("package-error-unknown", key = key.as_str()),
        PackageError::NoSuchSale(id) => tr!("package-error-no-such-sale", sale = id.as_str()),
        PackageError::OtherMember(id) => {
            tr!("package-error-other-member", sale = id.to_string())
        }
        PackageError::NoneLeft { name } => tr!("package-error-none-left", name = name.as_str()),
        PackageError::Expired { name, expires } => tr!(
            "package-error-expired",
            name = name.as_str(),
            date = date(*expires)
        ),
        PackageError::Refunded { name } => tr!("package-error-refunded", name = name.as_str()),
        PackageError::NoUsable { service: None } => tr!("package-error-no-usable"),
        PackageError::NoUsable {
            service: Some(service),
        } => tr!("package-error-no-usable-for", service = service.as_str()),
        PackageError::PaidNotPrice { paid, price } => tr!(
            "package-error-paid-not-price",
            paid = paid.to_string(),
            price = price.to_string()
        ),
        PackageError::Method(m) => tr!(
            "package-error-method",
            method = m.as_str(),
            methods = methods_list()
        ),
    }
}

/// The methods a package may be paid by, in words, for a refusal.
fn methods_list() -> String {
    let words: Vec<String> = crate::desk::package_methods()
        .map(|m| match super::method_words(m) {
            w if w == m => w,
            w => format!("{m} ({w})"),
        })
        .collect();
    words.join(", ")
}

pub fn state(s: PackageState) -> String {
    match s {
        PackageState::Usable => tr!("package-state-usable"),
        PackageState::UsedUp => tr!("package-state-used-up"),
        PackageState::Expired => tr!("package-state-expired"),
        PackageState::Refunded => tr!("package-state-refunded"),
    }
}

pub fn settings_problem(p: &PackageProblem) -> String {
    match p {
        PackageProblem::Key { max } => tr!("settings-problem-package-key", max = *max),
        PackageProblem::KeyTwice(key) => {
            tr!("settings-problem-package-key-twice", key = key.as_str())
        }
        PackageProblem::Name { max } => tr!("settings-problem-package-name", max = *max),
    }
}

/// A package on the card and in lists: "10 haircuts: 7 of 10 left, until 2026-12-01 ·
/// usable", with the uses beyond the count when there are any.
pub fn line(r: &PackageRow) -> String {
    let text = tr!(
        "card-package-line",
        name = r.sale.name.as_str(),
        remaining = r.status.remaining,
        uses = r.sale.uses,
        date = date(r.sale.expires),
        state = state(r.status.state)
    );
    match r.status.overused {
        0 => text,
        n => format!("{text} · {}", tr!("card-package-overused", count = n)),
    }
}

/// The card's heading over the member's packages.
pub fn card_title(count: usize) -> String {
    tr!("card-packages-title", count = count)
}
