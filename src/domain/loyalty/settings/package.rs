//! `[[package]]` in the settings: the packages (次卡) the desk sells.

use super::{Ctx, SettingsError, SettingsProblem};
use crate::domain::money::{MAX_AMOUNT, Money};
use serde::Deserialize;
use toml::Spanned;

/// A package the program sells: N uses of the services it covers, for a price, valid
/// for some months from the sale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackageDef {
    /// Stable key (letters, digits, `-`, `_`): what a sale records and the CLI takes.
    pub key: String,
    pub name: String,
    /// The services it covers, as bills name them; empty covers any.
    pub services: Vec<String>,
    pub uses: u32,
    pub price: Money,
    pub months: u32,
}

/// What is wrong with a `[[package]]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackageProblem {
    /// A key empty, longer than `max`, or holding other than letters, digits, `-`, `_`.
    Key { max: usize },
    /// Two packages with this key.
    KeyTwice(String),
    /// A name or service empty, longer than `max` characters, or holding control characters.
    Name { max: usize },
}

pub const MAX_PACKAGE_KEY: usize = 40;
pub const MAX_PACKAGE_NAME: usize = 60;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPackage {
    key: Spanned<String>,
    name: Spanned<String>,
    #[serde(default)]
    services: Vec<Spanned<String>>,
    uses: Spanned<i64>,
    price: Spanned<toml::Value>,
    months: Spanned<i64>,
}

impl Ctx<'_> {
    pub(super) fn packages(
        &self,
        raw: &[Spanned<RawPackage>],
    ) -> Result<Vec<PackageDef>, SettingsError> {
        let mut out: Vec<PackageDef> = Vec::new();
        for (i, sp) in raw.iter().enumerate() {
            let p = self.package(i, sp.get_ref())?;
            if out.iter().any(|o| o.key == p.key) {
                let problem = SettingsProblem::Package(PackageProblem::KeyTwice(p.key));
                return self.err(format!("package[{}].key", i + 1), sp.span(), problem);
            }
            out.push(p);
        }
        Ok(out)
    }

    fn package(&self, i: usize, p: &RawPackage) -> Result<PackageDef, SettingsError> {
        let k = |f: &str| format!("package[{}].{f}", i + 1);
        let key = p.key.get_ref().trim().to_string();
        let key_ok = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        if key.is_empty() || key.len() > MAX_PACKAGE_KEY || !key.chars().all(key_ok) {
            let max = MAX_PACKAGE_KEY;
            let problem = SettingsProblem::Package(PackageProblem::Key { max });
            return self.err(k("key"), p.key.span(), problem);
        }
        let name = self.package_text(k("name"), &p.name)?;
        let services = p
            .services
            .iter()
            .map(|s| self.package_text(k("services"), s))
            .collect::<Result<Vec<_>, _>>()?;
        let uses = self.int(k("uses"), &p.uses, 1, 1000)? as u32;
        let price = self.money(k("price"), &p.price)?;
        if price.0 <= 0 || price > MAX_AMOUNT {
            let problem = if price.0 <= 0 {
                SettingsProblem::AmountNotPositive
            } else {
                SettingsProblem::AmountTooLarge
            };
            return self.err(k("price"), p.price.span(), problem);
        }
        let months = self.int(k("months"), &p.months, 1, 120)? as u32;
        Ok(PackageDef {
            key,
            name,
            services,
            uses,
            price,
            months,
        })
    }

    fn package_text(&self, key: String, v: &Spanned<String>) -> Result<String, SettingsError> {
        let text = v.get_ref().trim().to_string();
        if text.is_empty()
            || text.chars().count() > MAX_PACKAGE_NAME
            || text.chars().any(char::is_control)
        {
            let max = MAX_PACKAGE_NAME;
            let problem = SettingsProblem::Package(PackageProblem::Name { max });
            return self.err(key, v.span(), problem);
        }
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::super::*;
    use super::*;

    const MINIMAL: &str = "[[policy]]\neffective_from = \"2024-01-01\"\nearn_points = 1\n[[policy.tier]]\nname = \"R\"\n";

    #[test]
    fn every_shipped_file_sells_packages_and_the_twins_agree() {
        let figures = |t: &str| {
            let s = ProgramSettings::parse(t).unwrap();
            let v: Vec<_> = s
                .packages
                .iter()
                .map(|p| (p.key.clone(), p.uses, p.price, p.months))
                .collect();
            v
        };
        for (en, zh) in [
            (RESTAURANT_TOML, RESTAURANT_ZH_TOML),
            (SALON_TOML, SALON_ZH_TOML),
            (HOTEL_TOML, HOTEL_ZH_TOML),
        ] {
            assert!(!figures(en).is_empty());
            assert_eq!(figures(en), figures(zh));
        }
        let salon = ProgramSettings::parse(SALON_TOML).unwrap();
        assert_eq!(salon.packages[0].uses, 10);
        assert!(ProgramSettings::parse(MINIMAL).unwrap().packages.is_empty());
    }

    #[test]
    fn a_wrong_package_names_its_key_and_line() {
        let p = |body: &str| format!("{MINIMAL}[[package]]\n{body}");
        let good = "key = \"k\"\nname = \"N\"\nuses = 3\nprice = \"30\"\nmonths = 2\n";
        assert_eq!(
            ProgramSettings::parse(&p(good)).unwrap().packages[0].price,
            Money(3000)
        );
        for (bad, key, line) in [
            (good.replace("\"k\"", "\"k k\""), "package[1].key", 7),
            (good.replace("uses = 3", "uses = 0"), "package[1].uses", 9),
            (good.replace("\"30\"", "\"0\""), "package[1].price", 10),
            (
                good.replace("months = 2", "months = 999"),
                "package[1].months",
                11,
            ),
            (good.replace("\"N\"", "\" \""), "package[1].name", 8),
        ] {
            let e = ProgramSettings::parse(&p(&bad)).unwrap_err();
            assert_eq!((e.key.as_str(), e.line), (key, Some(line)), "{bad}");
        }
        let twice = format!("{}[[package]]\n{good}", p(good));
        let e = ProgramSettings::parse(&twice).unwrap_err();
        assert_eq!(e.key, "package[2].key");
        assert_eq!(
            e.problem,
            SettingsProblem::Package(PackageProblem::KeyTwice("k".into()))
        );
    }
}
