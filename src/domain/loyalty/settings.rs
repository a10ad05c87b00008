//! Program settings (会员制度): tiers, points and care rules, in a TOML file the manager
//! edits. A file is a list of policies, each in force from its `effective_from` date until
//! the next one; a policy change applies from its date forward and never rewrites points
//! already earned. See `settings/restaurant.toml` for the format, every key explained.

use crate::domain::money::{Money, MoneyError};
use crate::domain::time::Timestamp;
use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

mod package;
pub use package::{PackageDef, PackageProblem};

/// The restaurant example shipped in `settings/`; also `ProgramSettings::default()`.
pub const RESTAURANT_TOML: &str = include_str!("../../../settings/restaurant.toml");
pub const SALON_TOML: &str = include_str!("../../../settings/salon.toml");
pub const HOTEL_TOML: &str = include_str!("../../../settings/hotel.toml");
pub const RESTAURANT_ZH_TOML: &str = include_str!("../../../settings/restaurant.zh-CN.toml");
pub const SALON_ZH_TOML: &str = include_str!("../../../settings/salon.zh-CN.toml");
pub const HOTEL_ZH_TOML: &str = include_str!("../../../settings/hotel.zh-CN.toml");

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgramSettings {
    /// The program's name, for titles.
    pub program: String,
    /// Restaurant, salon or hotel: the nouns on screen and what a check-in asks.
    pub trade: crate::domain::Trade,
    pub care: CareSettings,
    /// The largest bill and points adjustment the desk accepts.
    pub limits: Limits,
    /// Idle minutes after which a desk with operators locks itself (0: never).
    pub lock_after_minutes: u32,
    pub money: MoneySettings,
    /// Never empty; ordered by `effective_from`, no two on the same date.
    pub policies: Vec<Policy>,
    /// The language the desk speaks when neither `--lang` nor the environment names one
    /// (`zh`, `en`, …), as written; `None` when the file does not say.
    pub language: Option<String>,
    /// Stored value (储值): top-up bonuses, spending order, the sync rule.
    pub stored_value: StoredValueSettings,
    /// The packages (次卡) the desk sells (`[[package]]`), in the file's order.
    pub packages: Vec<PackageDef>,
}

/// The stored-value rules (`[stored_value]`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoredValueSettings {
    /// Pay at least this, get that on top; the largest rule reached applies.
    pub top_up_bonus: Vec<crate::domain::wallet::BonusRule>,
    pub spend_order: crate::domain::wallet::SpendOrder,
    /// A spend above this amount needs a sync within `sync_within_minutes`; `None`: never.
    pub sync_before_spend_above: Option<Money>,
    pub sync_within_minutes: u32,
}

/// Minutes within which a desk must have synced before a large spend, unless the file says.
pub const DEFAULT_SYNC_WITHIN_MINUTES: u32 = 60;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CareSettings {
    /// Birthdays listed: today and this many days ahead.
    pub birthday_days_ahead: u32,
    /// A resolved complaint is due its follow-up call this many days after resolution.
    pub followup_after_days: u32,
    /// Lapsing when the time since the last visit exceeds this percentage of the
    /// member's median gap between visits (200 = twice their rhythm).
    pub lapsing_factor_percent: u32,
}

impl Default for CareSettings {
    fn default() -> Self {
        CareSettings {
            birthday_days_ahead: 7,
            followup_after_days: 2,
            lapsing_factor_percent: 200,
        }
    }
}

/// What one entry at the desk may carry: a larger figure is taken for a typo and refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The largest amount one service (bill) may record.
    pub max_bill: Money,
    /// The most points one manual adjustment may add or take off.
    pub max_points_adjustment: i64,
}

/// A desk left alone this long locks (when the store has operators): long enough not to
/// interrupt a quiet stretch of service, short enough that a desk left open is not.
pub const DEFAULT_LOCK_MINUTES: u32 = 10;

/// How bills may be paid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoneySettings {
    /// The payment methods the desk offers, by key (`domain::payment::method`), in order.
    pub methods: Vec<String>,
    /// Methods whose part of a bill earns no points (a package was paid when sold; a
    /// voucher was paid on its platform).
    pub no_points_for: Vec<String>,
}

impl Default for MoneySettings {
    fn default() -> Self {
        use crate::domain::payment::method;
        MoneySettings {
            methods: method::DEFAULT.iter().map(|m| m.to_string()).collect(),
            no_points_for: vec![method::PACKAGE.into(), method::VOUCHER.into()],
        }
    }
}

/// The default largest bill: 1,000,000.00.
pub const DEFAULT_MAX_BILL: Money = Money(1_000_000 * 100);
/// The default largest points adjustment.
pub const DEFAULT_MAX_POINTS_ADJUSTMENT: i64 = 100_000;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bill: DEFAULT_MAX_BILL,
            max_points_adjustment: DEFAULT_MAX_POINTS_ADJUSTMENT,
        }
    }
}

/// The rules in force from `effective_from` (local date) until the next policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    pub effective_from: NaiveDate,
    /// Earn `earn_points` points for each `earn_per` spent, before the tier multiplier.
    pub earn_points: i64,
    pub earn_per: Money,
    /// Months after which earned points expire; 0 means they never do.
    pub points_lifetime_months: u32,
    pub referral_bonus: i64,
    pub birthday_benefit: String,
    /// Rolling period over which spend and visits count toward a tier; 0 means all time.
    pub tier_period_months: u32,
    /// From the lowest (everyone's starting tier, no threshold) up. Never empty.
    pub tiers: Vec<Tier>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tier {
    pub name: String,
    /// Reached when spend over the period is at least this much ...
    pub min_spend: Option<Money>,
    /// ... or visits over the period are at least this many.
    pub min_visits: Option<u32>,
    /// Points multiplier as a percentage: 100 = x1, 150 = x1.5.
    pub multiplier_percent: u32,
    /// The member price (会员价): this percentage off the list price, 0 for none.
    pub discount_percent: u32,
    pub benefits: String,
}

impl Tier {
    /// Whether spend and visits over the period reach this tier. The base tier (no
    /// thresholds) is always reached.
    pub fn reached_by(&self, spend: Money, visits: u32) -> bool {
        match (self.min_spend, self.min_visits) {
            (None, None) => true,
            (s, v) => s.is_some_and(|s| spend >= s) || v.is_some_and(|v| visits >= v),
        }
    }
    /// "spend 2000.00 or 12 visits", for reasons and help.
    pub fn threshold_text(&self) -> String {
        match (self.min_spend, self.min_visits) {
            (None, None) => "no threshold".into(),
            (Some(s), None) => format!("spend {s}"),
            (None, Some(v)) => format!("{v} visits"),
            (Some(s), Some(v)) => format!("spend {s} or {v} visits"),
        }
    }
}

impl Policy {
    pub fn tier(&self, name: &str) -> Option<&Tier> {
        self.tiers.iter().find(|t| t.name == name)
    }
    pub fn base_tier(&self) -> &Tier {
        // Validation guarantees at least one tier; `parse` is the only way to build one
        // from a file, and the fields are public, so stay total anyway.
        static FALLBACK: std::sync::OnceLock<Tier> = std::sync::OnceLock::new();
        self.tiers.first().unwrap_or_else(|| {
            FALLBACK.get_or_init(|| Tier {
                name: "Regular".into(),
                min_spend: None,
                min_visits: None,
                multiplier_percent: 100,
                discount_percent: 0,
                benefits: String::new(),
            })
        })
    }
}

/// What is wrong with a settings file: the key (a path such as `policy[2].tier[3].min_spend`),
/// the line when known, and the problem. Typed data, worded by the edges
/// (`catalog::settings_error`); `Display` is the developer's `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub struct SettingsError {
    pub key: String,
    pub line: Option<usize>,
    pub problem: SettingsProblem,
}

/// One thing wrong in a settings file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsProblem {
    /// The TOML reader refused the file: its detail (an unknown key, a wrong type, a typo).
    Toml(String),
    /// A whole number outside `min..=max`.
    OutOfRange { value: i64, min: i64, max: i64 },
    /// An amount written as text that is not an amount.
    Amount(MoneyError),
    /// An amount written as a whole number too large to hold.
    AmountTooLarge,
    /// An amount written as a whole number below 0.
    AmountNegative,
    /// An amount written as neither text nor a whole number.
    AmountNotText,
    /// A date not written as YYYY-MM-DD.
    NotADate,
    /// Two policies start on `date`; the other one is on `other_line`.
    SameDate { date: NaiveDate, other_line: usize },
    /// `earn_per` is 0.
    EarnPerNotPositive,
    /// An amount that must be more than 0 is 0 (`limits.max_bill`).
    AmountNotPositive,
    /// No `[[policy]]`.
    NoPolicy,
    /// A policy without tiers.
    NoTier,
    /// More than `max` tiers.
    TooManyTiers { max: usize },
    /// A tier name empty, longer than `max` characters, or holding control characters.
    TierName { max: usize },
    /// Two tiers with this name.
    TierNamedTwice(String),
    /// The first tier has a threshold.
    FirstTierThreshold,
    /// A tier above the first without a threshold.
    NoThreshold,
    /// A tier's min_spend not above the lower tier's.
    SpendNotAbove { spend: Money, lower: Money },
    /// A tier's min_visits not above the lower tier's.
    VisitsNotAbove { visits: u32, lower: u32 },
    /// A payment method key that is empty, too long, or not lower-case letters, digits
    /// and `_`: what was written.
    PaymentMethod(String),
    /// `money.methods` lists no method.
    NoPaymentMethod,
    /// A `[[package]]` that cannot be sold as written.
    Package(PackageProblem),
}

/// The most tiers a policy may have.
pub const MAX_TIERS: usize = 10;
/// The longest tier name, in characters.
pub const MAX_TIER_NAME: usize = 20;

impl Default for ProgramSettings {
    /// The shipped restaurant example.
    fn default() -> Self {
        ProgramSettings::parse(RESTAURANT_TOML).unwrap_or_else(|_| ProgramSettings::minimal())
    }
}

impl ProgramSettings {
    /// The built-in program when a store has no settings file: the restaurant example, in
    /// Chinese (tiers 普通会员 / 银卡 / 金卡 / 钻石卡) for a desk that speaks Chinese.
    pub fn builtin(chinese: bool) -> Self {
        if chinese {
            ProgramSettings::parse(RESTAURANT_ZH_TOML).unwrap_or_default()
        } else {
            ProgramSettings::default()
        }
    }

    /// One tier, 1 point per unit, nothing expires: used only if the shipped example
    /// could not be read (a test makes sure it can).
    fn minimal() -> Self {
        ProgramSettings {
            program: String::new(),
            trade: crate::domain::Trade::default(),
            care: CareSettings::default(),
            limits: Limits::default(),
            lock_after_minutes: DEFAULT_LOCK_MINUTES,
            money: MoneySettings::default(),
            policies: vec![Policy {
                effective_from: NaiveDate::MIN,
                earn_points: 1,
                earn_per: Money(100),
                points_lifetime_months: 0,
                referral_bonus: 0,
                birthday_benefit: String::new(),
                tier_period_months: 0,
                tiers: Vec::new(),
            }],
            language: None,
            stored_value: StoredValueSettings::default(),
            packages: Vec::new(),
        }
    }

    /// The policy in force at `at` (by local date). Before the first policy's date the
    /// first policy applies, so old history is still judged by some rule.
    pub fn policy_at(&self, at: Timestamp) -> &Policy {
        self.policy_on(at.local_date())
    }

    pub fn policy_on(&self, date: NaiveDate) -> &Policy {
        let i = self
            .policies
            .partition_point(|p| p.effective_from <= date)
            .saturating_sub(1);
        match self.policies.get(i) {
            Some(p) => p,
            None => {
                static EMPTY: std::sync::OnceLock<ProgramSettings> = std::sync::OnceLock::new();
                &EMPTY.get_or_init(ProgramSettings::minimal).policies[0]
            }
        }
    }

    /// Read a settings file. On error the caller keeps its last valid settings.
    pub fn parse(text: &str) -> Result<ProgramSettings, SettingsError> {
        let raw: RawSettings = toml::from_str(text).map_err(|e| from_toml(text, &e))?;
        raw.validate(text)
    }
}

// ---- the file as written ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    #[serde(default)]
    program: String,
    #[serde(default)]
    trade: crate::domain::Trade,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    care: Option<RawCare>,
    #[serde(default)]
    limits: Option<RawLimits>,
    #[serde(default)]
    desk: Option<RawDesk>,
    #[serde(default)]
    money: Option<RawMoney>,
    stored_value: Option<RawStoredValue>,
    #[serde(default)]
    policy: Vec<Spanned<RawPolicy>>,
    #[serde(default)]
    package: Vec<Spanned<package::RawPackage>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStoredValue {
    #[serde(default)]
    top_up_bonus: Vec<RawBonus>,
    #[serde(default)]
    spend_order: crate::domain::wallet::SpendOrder,
    sync_before_spend_above: Option<Spanned<toml::Value>>,
    sync_within_minutes: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBonus {
    pay: Spanned<toml::Value>,
    get: Spanned<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCare {
    birthday_days_ahead: Option<Spanned<i64>>,
    followup_after_days: Option<Spanned<i64>>,
    lapsing_factor_percent: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMoney {
    methods: Option<Spanned<Vec<String>>>,
    no_points_for: Option<Spanned<Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDesk {
    lock_after_minutes: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    max_bill: Option<Spanned<toml::Value>>,
    max_points_adjustment: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolicy {
    effective_from: Spanned<toml::Value>,
    earn_points: Spanned<i64>,
    earn_per: Option<Spanned<toml::Value>>,
    #[serde(default)]
    points_lifetime_months: Option<Spanned<i64>>,
    #[serde(default)]
    referral_bonus: Option<Spanned<i64>>,
    #[serde(default)]
    birthday_benefit: String,
    #[serde(default)]
    tier_period_months: Option<Spanned<i64>>,
    #[serde(default)]
    tier: Vec<Spanned<RawTier>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTier {
    name: Spanned<String>,
    min_spend: Option<Spanned<toml::Value>>,
    min_visits: Option<Spanned<i64>>,
    #[serde(default)]
    multiplier_percent: Option<Spanned<i64>>,
    #[serde(default)]
    discount_percent: Option<Spanned<i64>>,
    #[serde(default)]
    benefits: String,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// A toml error: its line, and the key written on that line when there is one.
fn from_toml(text: &str, e: &toml::de::Error) -> SettingsError {
    let message = e.message().trim().to_string();
    let line = e.span().map(|s| line_of(text, s.start));
    let mut key = String::new();
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.split('`').next())
    {
        key = field.to_string();
    } else if let Some(l) = line
        && let Some(content) = text.lines().nth(l - 1)
    {
        if let Some((k, _)) = content.split_once('=') {
            key = k.trim().to_string();
        } else if let Some(h) = content.trim().strip_prefix('[') {
            key = h.trim_matches(|c| c == '[' || c == ']').trim().to_string();
        }
    }
    SettingsError {
        key,
        line,
        problem: SettingsProblem::Toml(message),
    }
}

struct Ctx<'a> {
    text: &'a str,
}

impl Ctx<'_> {
    fn err<T>(
        &self,
        key: String,
        span: std::ops::Range<usize>,
        problem: SettingsProblem,
    ) -> Result<T, SettingsError> {
        Err(SettingsError {
            key,
            line: Some(line_of(self.text, span.start)),
            problem,
        })
    }
    fn int(&self, key: String, v: &Spanned<i64>, min: i64, max: i64) -> Result<i64, SettingsError> {
        let n = *v.get_ref();
        if n < min || n > max {
            return self.err(
                key,
                v.span(),
                SettingsProblem::OutOfRange { value: n, min, max },
            );
        }
        Ok(n)
    }
    fn opt_int(
        &self,
        key: String,
        v: &Option<Spanned<i64>>,
        default: i64,
        min: i64,
        max: i64,
    ) -> Result<i64, SettingsError> {
        match v {
            Some(v) => self.int(key, v, min, max),
            None => Ok(default),
        }
    }
    fn money(&self, key: String, v: &Spanned<toml::Value>) -> Result<Money, SettingsError> {
        let m = match v.get_ref() {
            toml::Value::String(s) => Money::parse(s).map_err(SettingsProblem::Amount),
            toml::Value::Integer(n) if *n >= 0 => n
                .checked_mul(100)
                .map(Money)
                .ok_or(SettingsProblem::AmountTooLarge),
            toml::Value::Integer(_) => Err(SettingsProblem::AmountNegative),
            _ => Err(SettingsProblem::AmountNotText),
        };
        match m {
            Ok(m) => Ok(m),
            Err(problem) => self.err(key, v.span(), problem),
        }
    }
    fn date(&self, key: String, v: &Spanned<toml::Value>) -> Result<NaiveDate, SettingsError> {
        let d = match v.get_ref() {
            toml::Value::String(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok(),
            toml::Value::Datetime(dt) if dt.time.is_none() => dt.date.and_then(|d| {
                NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
            }),
            _ => None,
        };
        match d {
            Some(d) => Ok(d),
            None => self.err(key, v.span(), SettingsProblem::NotADate),
        }
    }
}

impl RawMoney {
    fn checked(&self, cx: &Ctx) -> Result<MoneySettings, SettingsError> {
        let d = MoneySettings::default();
        let list = |key: &str, v: &Option<Spanned<Vec<String>>>, default: Vec<String>| {
            let Some(v) = v else {
                return Ok(default);
            };
            let mut out = Vec::new();
            for m in v.get_ref() {
                let m = m.trim().to_string();
                let fine = (1..=24).contains(&m.len())
                    && m.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                if !fine {
                    return cx.err(key.into(), v.span(), SettingsProblem::PaymentMethod(m));
                }
                if !out.contains(&m) {
                    out.push(m);
                }
            }
            Ok(out)
        };
        let methods = list("money.methods", &self.methods, d.methods)?;
        if methods.is_empty()
            && let Some(v) = &self.methods
        {
            return cx.err(
                "money.methods".into(),
                v.span(),
                SettingsProblem::NoPaymentMethod,
            );
        }
        let no_points_for = list("money.no_points_for", &self.no_points_for, d.no_points_for)?;
        Ok(MoneySettings {
            methods,
            no_points_for,
        })
    }
}

impl RawSettings {
    fn validate(self, text: &str) -> Result<ProgramSettings, SettingsError> {
        let cx = Ctx { text };
        let care = match &self.care {
            None => CareSettings::default(),
            Some(c) => CareSettings {
                birthday_days_ahead: cx.opt_int(
                    "care.birthday_days_ahead".into(),
                    &c.birthday_days_ahead,
                    7,
                    0,
                    60,
                )? as u32,
                followup_after_days: cx.opt_int(
                    "care.followup_after_days".into(),
                    &c.followup_after_days,
                    2,
                    0,
                    365,
                )? as u32,
                lapsing_factor_percent: cx.opt_int(
                    "care.lapsing_factor_percent".into(),
                    &c.lapsing_factor_percent,
                    200,
                    100,
                    1000,
                )? as u32,
            },
        };
        let limits = match &self.limits {
            None => Limits::default(),
            Some(l) => Limits {
                max_bill: match &l.max_bill {
                    None => DEFAULT_MAX_BILL,
                    Some(v) => {
                        let m = cx.money("limits.max_bill".into(), v)?;
                        let problem = if m.0 <= 0 {
                            Some(SettingsProblem::AmountNotPositive)
                        } else if m > crate::domain::money::MAX_AMOUNT {
                            Some(SettingsProblem::AmountTooLarge)
                        } else {
                            None
                        };
                        if let Some(problem) = problem {
                            return cx.err("limits.max_bill".into(), v.span(), problem);
                        }
                        m
                    }
                },
                max_points_adjustment: cx.opt_int(
                    "limits.max_points_adjustment".into(),
                    &l.max_points_adjustment,
                    DEFAULT_MAX_POINTS_ADJUSTMENT,
                    1,
                    super::points::MAX_POINTS_CHANGE,
                )?,
            },
        };
        let lock_after_minutes = match &self.desk {
            None => DEFAULT_LOCK_MINUTES,
            Some(d) => cx.opt_int(
                "desk.lock_after_minutes".into(),
                &d.lock_after_minutes,
                i64::from(DEFAULT_LOCK_MINUTES),
                0,
                24 * 60,
            )? as u32,
        };
        let money = match &self.money {
            None => MoneySettings::default(),
            Some(m) => m.checked(&cx)?,
        };
        if self.policy.is_empty() {
            return Err(SettingsError {
                key: "policy".into(),
                line: None,
                problem: SettingsProblem::NoPolicy,
            });
        }
        let mut policies: Vec<(Policy, std::ops::Range<usize>)> = Vec::new();
        // Where each date's policy starts, so that a file of many policies is checked in
        // linear time.
        let mut dates: std::collections::HashMap<NaiveDate, usize> =
            std::collections::HashMap::new();
        for (pi, sp) in self.policy.iter().enumerate() {
            let k = |f: &str| format!("policy[{}].{f}", pi + 1);
            let p = sp.get_ref();
            let effective_from = cx.date(k("effective_from"), &p.effective_from)?;
            if let Some(other) = dates.get(&effective_from) {
                return cx.err(
                    k("effective_from"),
                    p.effective_from.span(),
                    SettingsProblem::SameDate {
                        date: effective_from,
                        other_line: line_of(text, *other),
                    },
                );
            }
            dates.insert(effective_from, sp.span().start);
            let earn_points = cx.int(k("earn_points"), &p.earn_points, 0, 1_000_000)?;
            let earn_per = match &p.earn_per {
                Some(v) => cx.money(k("earn_per"), v)?,
                None => Money(100),
            };
            if earn_per.0 <= 0
                && let Some(v) = &p.earn_per
            {
                return cx.err(k("earn_per"), v.span(), SettingsProblem::EarnPerNotPositive);
            }
            let points_lifetime_months = cx.opt_int(
                k("points_lifetime_months"),
                &p.points_lifetime_months,
                0,
                0,
                240,
            )? as u32;
            let referral_bonus =
                cx.opt_int(k("referral_bonus"), &p.referral_bonus, 0, 0, 1_000_000)?;
            let tier_period_months =
                cx.opt_int(k("tier_period_months"), &p.tier_period_months, 12, 0, 120)? as u32;
            if p.tier.is_empty() {
                return cx.err(k("tier"), sp.span(), SettingsProblem::NoTier);
            }
            if p.tier.len() > MAX_TIERS {
                return cx.err(
                    k("tier"),
                    sp.span(),
                    SettingsProblem::TooManyTiers { max: MAX_TIERS },
                );
            }
            let mut tiers: Vec<Tier> = Vec::new();
            for (ti, st) in p.tier.iter().enumerate() {
                let k = |f: &str| format!("policy[{}].tier[{}].{f}", pi + 1, ti + 1);
                let t = st.get_ref();
                let name = t.name.get_ref().trim().to_string();
                if name.is_empty()
                    || name.chars().count() > MAX_TIER_NAME
                    || name.chars().any(char::is_control)
                {
                    return cx.err(
                        k("name"),
                        t.name.span(),
                        SettingsProblem::TierName { max: MAX_TIER_NAME },
                    );
                }
                if tiers.iter().any(|o| o.name == name) {
                    return cx.err(
                        k("name"),
                        t.name.span(),
                        SettingsProblem::TierNamedTwice(name),
                    );
                }
                let min_spend = match &t.min_spend {
                    Some(v) => Some(cx.money(k("min_spend"), v)?),
                    None => None,
                };
                let min_visits = match &t.min_visits {
                    Some(v) => Some(cx.int(k("min_visits"), v, 0, 100_000)? as u32),
                    None => None,
                };
                let multiplier_percent =
                    cx.opt_int(k("multiplier_percent"), &t.multiplier_percent, 100, 0, 1000)?
                        as u32;
                let discount_percent =
                    cx.opt_int(k("discount_percent"), &t.discount_percent, 0, 0, 100)? as u32;
                if ti == 0 && (min_spend.is_some() || min_visits.is_some()) {
                    return cx.err(
                        k("min_spend"),
                        st.span(),
                        SettingsProblem::FirstTierThreshold,
                    );
                }
                if ti > 0 && min_spend.is_none() && min_visits.is_none() {
                    return cx.err(k("min_spend"), st.span(), SettingsProblem::NoThreshold);
                }
                if let (Some(s), Some(v)) = (min_spend, &t.min_spend)
                    && let Some(prev) = tiers.iter().rev().find_map(|o| o.min_spend)
                    && s <= prev
                {
                    return cx.err(
                        k("min_spend"),
                        v.span(),
                        SettingsProblem::SpendNotAbove {
                            spend: s,
                            lower: prev,
                        },
                    );
                }
                if let (Some(n), Some(v)) = (min_visits, &t.min_visits)
                    && let Some(prev) = tiers.iter().rev().find_map(|o| o.min_visits)
                    && n <= prev
                {
                    return cx.err(
                        k("min_visits"),
                        v.span(),
                        SettingsProblem::VisitsNotAbove {
                            visits: n,
                            lower: prev,
                        },
                    );
                }
                tiers.push(Tier {
                    name,
                    min_spend,
                    min_visits,
                    multiplier_percent,
                    discount_percent,
                    benefits: t.benefits.trim().to_string(),
                });
            }
            policies.push((
                Policy {
                    effective_from,
                    earn_points,
                    earn_per,
                    points_lifetime_months,
                    referral_bonus,
                    birthday_benefit: p.birthday_benefit.trim().to_string(),
                    tier_period_months,
                    tiers,
                },
                sp.span(),
            ));
        }
        let packages = cx.packages(&self.package)?;
        let mut policies: Vec<Policy> = policies.into_iter().map(|(p, _)| p).collect();
        policies.sort_by_key(|p| p.effective_from);
        let stored_value = match &self.stored_value {
            None => StoredValueSettings::default(),
            Some(raw) => raw.validate(&cx)?,
        };
        Ok(ProgramSettings {
            stored_value,
            program: self.program.trim().to_string(),
            trade: self.trade,
            care,
            limits,
            lock_after_minutes,
            money,
            policies,
            language: self
                .language
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty()),
            packages,
        })
    }
}

impl RawStoredValue {
    fn validate(&self, cx: &Ctx) -> Result<StoredValueSettings, SettingsError> {
        let mut top_up_bonus = Vec::new();
        for (i, r) in self.top_up_bonus.iter().enumerate() {
            let k = |f: &str| format!("stored_value.top_up_bonus[{}].{f}", i + 1);
            let pay = cx.bounded_money(k("pay"), &r.pay)?;
            let get = cx.money(k("get"), &r.get)?;
            if get > crate::domain::money::MAX_AMOUNT {
                return cx.err(k("get"), r.get.span(), SettingsProblem::AmountTooLarge);
            }
            top_up_bonus.push(crate::domain::wallet::BonusRule { pay, get });
        }
        let sync_before_spend_above = match &self.sync_before_spend_above {
            Some(v) => Some(cx.bounded_money("stored_value.sync_before_spend_above".into(), v)?),
            None => None,
        };
        let sync_within_minutes = cx.opt_int(
            "stored_value.sync_within_minutes".into(),
            &self.sync_within_minutes,
            i64::from(DEFAULT_SYNC_WITHIN_MINUTES),
            1,
            7 * 24 * 60,
        )? as u32;
        Ok(StoredValueSettings {
            top_up_bonus,
            spend_order: self.spend_order,
            sync_before_spend_above,
            sync_within_minutes,
        })
    }
}

impl Ctx<'_> {
    /// An amount above 0 and within [`crate::domain::money::MAX_AMOUNT`].
    fn bounded_money(&self, key: String, v: &Spanned<toml::Value>) -> Result<Money, SettingsError> {
        let m = self.money(key.clone(), v)?;
        if m.0 <= 0 {
            return self.err(key, v.span(), SettingsProblem::AmountNotPositive);
        }
        if m > crate::domain::money::MAX_AMOUNT {
            return self.err(key, v.span(), SettingsProblem::AmountTooLarge);
        }
        Ok(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_value_rules_are_read_with_lines() {
        let base = "[[policy]]\neffective_from = \"2024-01-01\"\nearn_points = 1\n[[policy.tier]]\nname = \"R\"\n";
        let text = format!(
            "{base}[stored_value]\nspend_order = \"proportional\"\nsync_before_spend_above = 500\n[[stored_value.top_up_bonus]]\npay = \"1000\"\nget = 200\n"
        );
        let s = ProgramSettings::parse(&text).unwrap().stored_value;
        assert_eq!(
            s.spend_order,
            crate::domain::wallet::SpendOrder::Proportional
        );
        assert_eq!(s.sync_before_spend_above, Some(Money(50_000)));
        assert_eq!(s.sync_within_minutes, DEFAULT_SYNC_WITHIN_MINUTES);
        assert_eq!(s.top_up_bonus[0].get, Money(20_000));
        let bad =
            format!("{base}[stored_value]\n[[stored_value.top_up_bonus]]\npay = 0\nget = 1\n");
        let e = ProgramSettings::parse(&bad).unwrap_err();
        assert_eq!(
            (e.key.as_str(), e.line),
            ("stored_value.top_up_bonus[1].pay", Some(8))
        );
        let order = format!("{base}[stored_value]\nspend_order = \"cheapest\"\n");
        assert_eq!(ProgramSettings::parse(&order).unwrap_err().line, Some(7));
    }

    #[test]
    fn the_idle_lock_has_a_default_and_a_bound() {
        let minimal = "[[policy]]\neffective_from = \"2024-01-01\"\nearn_points = 1\n[[policy.tier]]\nname = \"R\"\n";
        let s = ProgramSettings::parse(minimal).unwrap();
        assert_eq!(s.lock_after_minutes, DEFAULT_LOCK_MINUTES);
        let never = ProgramSettings::parse(&format!("[desk]\nlock_after_minutes = 0\n{minimal}"));
        assert_eq!(never.unwrap().lock_after_minutes, 0);
        let e = ProgramSettings::parse(&format!("[desk]\nlock_after_minutes = 99999\n{minimal}"))
            .unwrap_err();
        assert_eq!(e.key, "desk.lock_after_minutes");
    }

    #[test]
    fn limits_have_defaults_and_are_checked() {
        let minimal = "[[policy]]\neffective_from = \"2024-01-01\"\nearn_points = 1\n[[policy.tier]]\nname = \"R\"\n";
        let s = ProgramSettings::parse(minimal).unwrap();
        assert_eq!(s.limits, Limits::default());
        let with =
            format!("[limits]\nmax_bill = \"5000.00\"\nmax_points_adjustment = 500\n{minimal}");
        let s = ProgramSettings::parse(&with).unwrap();
        assert_eq!(s.limits.max_bill, Money(500_000));
        assert_eq!(s.limits.max_points_adjustment, 500);
        for (bad, problem) in [
            ("max_bill = \"0\"", SettingsProblem::AmountNotPositive),
            ("max_bill = 100000000", SettingsProblem::AmountTooLarge),
            (
                "max_points_adjustment = 0",
                SettingsProblem::OutOfRange {
                    value: 0,
                    min: 1,
                    max: super::super::points::MAX_POINTS_CHANGE,
                },
            ),
        ] {
            let e = ProgramSettings::parse(&format!("[limits]\n{bad}\n{minimal}")).unwrap_err();
            assert_eq!(e.problem, problem, "{bad}");
            assert_eq!(e.line, Some(2), "{bad}");
            assert!(e.key.starts_with("limits."), "{bad}");
        }
        for text in [RESTAURANT_TOML, SALON_TOML, HOTEL_TOML] {
            let en = ProgramSettings::parse(text).unwrap();
            assert!(en.limits.max_bill > Money(0));
        }
        for (en, zh) in [
            (RESTAURANT_TOML, RESTAURANT_ZH_TOML),
            (SALON_TOML, SALON_ZH_TOML),
            (HOTEL_TOML, HOTEL_ZH_TOML),
        ] {
            assert_eq!(
                ProgramSettings::parse(en).unwrap().limits,
                ProgramSettings::parse(zh).unwrap().limits
            );
        }
    }

    #[test]
    fn the_language_is_optional_and_kept_as_written() {
        assert_eq!(
            ProgramSettings::parse(RESTAURANT_TOML).unwrap().language,
            None
        );
        let with = format!("language = \" zh \"\n{RESTAURANT_TOML}");
        let s = ProgramSettings::parse(&with).unwrap();
        assert_eq!(s.language.as_deref(), Some("zh"));
        let blank = format!("language = \"\"\n{RESTAURANT_TOML}");
        assert_eq!(ProgramSettings::parse(&blank).unwrap().language, None);
    }

    #[test]
    fn a_chinese_desk_without_settings_gets_the_chinese_twin() {
        let zh = ProgramSettings::builtin(true);
        let names: Vec<&str> = zh.policies[0]
            .tiers
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(names, ["普通会员", "银卡", "金卡", "钻石卡"]);
        assert_eq!(zh.language.as_deref(), Some("zh"));
        assert_eq!(ProgramSettings::builtin(false), ProgramSettings::default());
    }

    #[test]
    fn every_shipped_file_parses() {
        for (name, text) in [
            ("restaurant", RESTAURANT_TOML),
            ("salon", SALON_TOML),
            ("hotel", HOTEL_TOML),
            ("restaurant.zh-CN", RESTAURANT_ZH_TOML),
            ("salon.zh-CN", SALON_ZH_TOML),
            ("hotel.zh-CN", HOTEL_ZH_TOML),
        ] {
            let s = ProgramSettings::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(s.policies[0].tiers.len() >= 3, "{name}");
        }
        let d = ProgramSettings::default();
        assert_eq!(d, ProgramSettings::parse(RESTAURANT_TOML).unwrap());
        assert_eq!(d.policies[0].tiers[2].name, "Gold");
        assert_eq!(d.policies[0].tiers[2].min_spend, Some(Money(800000)));
        assert_eq!(d.care.followup_after_days, 2);
    }

    #[test]
    fn errors_name_the_key_and_line() {
        let bad = RESTAURANT_TOML.replace("min_spend = \"8000.00\"", "min_spend = \"lots\"");
        let e = ProgramSettings::parse(&bad).unwrap_err();
        assert_eq!(e.key, "policy[1].tier[3].min_spend");
        let line = RESTAURANT_TOML
            .lines()
            .position(|l| l.contains("\"8000.00\""))
            .unwrap()
            + 1;
        assert_eq!(e.line, Some(line));
        assert!(e.to_string().contains("min_spend"), "{e}");

        let typo = RESTAURANT_TOML.replace("multiplier_percent = 150", "multipler_percent = 150");
        let e = ProgramSettings::parse(&typo).unwrap_err();
        assert!(
            matches!(&e.problem, SettingsProblem::Toml(m) if m.contains("multipler_percent")),
            "{e}"
        );
        assert!(e.line.is_some());

        let wrong_type =
            RESTAURANT_TOML.replace("referral_bonus = 200", "referral_bonus = \"many\"");
        let e = ProgramSettings::parse(&wrong_type).unwrap_err();
        assert_eq!(e.key, "referral_bonus", "{e}");

        let order = RESTAURANT_TOML.replace("min_spend = \"20000.00\"", "min_spend = \"100.00\"");
        let e = ProgramSettings::parse(&order).unwrap_err();
        assert_eq!(e.key, "policy[1].tier[4].min_spend");

        let syntax = "program = \"x\"\n[[policy]\n";
        let e = ProgramSettings::parse(syntax).unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
    }

    #[test]
    fn the_policy_in_force_is_the_latest_started() {
        let text = format!(
            "{RESTAURANT_TOML}\n[[policy]]\neffective_from = 2025-03-01\nearn_points = 2\n[[policy.tier]]\nname = \"Regular\"\n"
        );
        let s = ProgramSettings::parse(&text).unwrap();
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(s.policy_on(d(2023, 1, 1)).earn_points, 1);
        assert_eq!(s.policy_on(d(2025, 2, 28)).earn_points, 1);
        assert_eq!(s.policy_on(d(2025, 3, 1)).earn_points, 2);
        assert_eq!(s.policy_on(d(2030, 1, 1)).tier_period_months, 12);
    }
}
