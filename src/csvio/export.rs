//! Exports for a spreadsheet: UTF-8 (optionally with a BOM so Excel shows Chinese names
//! correctly), one header row, money as decimal text ("128.50"), times as local ISO 8601
//! with the offset ("2025-03-01T14:05:00+08:00"), lists joined with "; " or ", ".

use super::BOM;
use crate::domain::complaint::{Complaint, ComplaintStatus};
use crate::domain::ids::Id;
use crate::domain::member::{Gender, Member};
use crate::domain::service::ServiceRecord;
use crate::domain::time::Timestamp;
use crate::domain::visit::Visit;
use chrono::FixedOffset;
use std::borrow::Cow;
use std::io::Write;

/// Why an export file could not be written: the cause. Worded by the edges
/// (`catalog::csv_export_error`); `Display` is the developer's `Debug`.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub enum ExportError {
    Io(#[from] std::io::Error),
    Csv(#[from] csv::Error),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Start with a UTF-8 byte order mark (for Excel).
    pub bom: bool,
    /// The offset times are shown in; `None` is the machine's local time.
    pub offset: Option<FixedOffset>,
}

impl ExportOptions {
    pub fn excel() -> Self {
        ExportOptions {
            bom: true,
            offset: None,
        }
    }
    /// A time as local ISO 8601 with its offset.
    pub fn time(&self, t: Timestamp) -> String {
        const FMT: &str = "%Y-%m-%dT%H:%M:%S%:z";
        match self.offset {
            Some(o) => t.utc().with_timezone(&o).format(FMT).to_string(),
            None => t.local().format(FMT).to_string(),
        }
    }
    fn opt_time(&self, t: Option<Timestamp>) -> String {
        t.map(|t| self.time(t)).unwrap_or_default()
    }
}

fn writer<W: Write>(mut w: W, opts: &ExportOptions) -> Result<Sheet<W>, ExportError> {
    if opts.bom {
        w.write_all(BOM.as_bytes())?;
    }
    Ok(Sheet(
        csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(w),
    ))
}

/// A CSV file for a spreadsheet: every cell goes through [`inert`], so nothing written
/// can run as a formula when the file is opened.
struct Sheet<W: Write>(csv::Writer<W>);

impl<W: Write> Sheet<W> {
    fn write_record<I, S>(&mut self, cells: I) -> Result<(), ExportError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let cells: Vec<String> = cells
            .into_iter()
            .map(|c| inert(c.as_ref()).into_owned())
            .collect();
        self.0.write_record(&cells)?;
        Ok(())
    }
    fn flush(&mut self) -> Result<(), ExportError> {
        self.0.flush()?;
        Ok(())
    }
}

/// A cell a spreadsheet would run as a formula, made inert (OWASP "CSV injection"): a cell
/// starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, which
/// spreadsheets show as text and do not display. A plain number is no formula and is left
/// as it is, so a phone such as `+8613912345678`, a points change such as `-20` and an
/// amount such as `-12.50` stay readable and numeric.
pub fn inert(cell: &str) -> Cow<'_, str> {
    let risky = matches!(
        cell.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    );
    if risky && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// `+` or `-`, digits, and at most one decimal point followed by digits.
fn is_plain_number(cell: &str) -> bool {
    let body = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    !whole.is_empty() && digits(whole) && digits(frac) && !(body.ends_with('.'))
}

pub const MEMBER_HEADERS: [&str; 12] = [
    "id",
    "card",
    "name",
    "phone",
    "gender",
    "birthday",
    "tags",
    "alerts",
    "notes",
    "marketing_consent",
    "created",
    "updated",
];

fn member_cells(m: &Member, opts: &ExportOptions) -> Vec<String> {
    vec![
        m.id.to_string(),
        m.card.clone(),
        m.name.clone(),
        m.phone.clone(),
        match m.gender {
            Gender::Unspecified => String::new(),
            g => g.label().to_string(),
        },
        m.birthday.map(|d| d.to_string()).unwrap_or_default(),
        m.tags.join(", "),
        m.alerts.join("; "),
        m.notes.clone(),
        if m.marketing_consent { "yes" } else { "no" }.to_string(),
        opts.time(m.created),
        opts.time(m.updated),
    ]
}

/// Members, one row each. Full phone numbers: the caller decides who may export.
pub fn write_members<'a, W: Write>(
    w: W,
    members: impl IntoIterator<Item = &'a Member>,
    opts: &ExportOptions,
) -> Result<(), ExportError> {
    write_members_with(w, members, &[], |_| Vec::new(), opts)
}

/// Members with extra columns after the standard ones (such as tier and points balance).
pub fn write_members_with<'a, W: Write>(
    w: W,
    members: impl IntoIterator<Item = &'a Member>,
    extra_headers: &[&str],
    extra: impl Fn(&Member) -> Vec<String>,
    opts: &ExportOptions,
) -> Result<(), ExportError> {
    let mut out = writer(w, opts)?;
    out.write_record(MEMBER_HEADERS.iter().chain(extra_headers))?;
    for m in members {
        let mut cells = member_cells(m, opts);
        cells.extend(extra(m));
        out.write_record(&cells)?;
    }
    out.flush()
}

fn member_cols(id: Option<Id>, name_of: &impl Fn(Id) -> Option<String>) -> [String; 2] {
    match id {
        Some(id) => [id.to_string(), name_of(id).unwrap_or_default()],
        None => [String::new(), String::new()],
    }
}

/// Visits (arrivals). `name_of` gives the member's name for a readable column.
pub fn write_visits<'a, W: Write>(
    w: W,
    visits: impl IntoIterator<Item = &'a Visit>,
    name_of: impl Fn(Id) -> Option<String>,
    opts: &ExportOptions,
) -> Result<(), ExportError> {
    let mut out = writer(w, opts)?;
    out.write_record([
        "id",
        "at",
        "member",
        "member_name",
        "party",
        "location",
        "staff",
    ])?;
    for v in visits {
        let [mid, mname] = member_cols(v.member, &name_of);
        out.write_record([
            v.id.to_string(),
            opts.time(v.at),
            mid,
            mname,
            v.party.to_string(),
            v.location.clone(),
            v.staff.clone(),
        ])?;
    }
    out.flush()
}

/// Services and sales, with the amount as decimal text and the points earned.
pub fn write_services<'a, W: Write>(
    w: W,
    services: impl IntoIterator<Item = &'a ServiceRecord>,
    name_of: impl Fn(Id) -> Option<String>,
    opts: &ExportOptions,
) -> Result<(), ExportError> {
    let mut out = writer(w, opts)?;
    out.write_record([
        "id",
        "at",
        "member",
        "member_name",
        "items",
        "staff",
        "amount",
        "points",
    ])?;
    for s in services {
        let [mid, mname] = member_cols(Some(s.member), &name_of);
        out.write_record([
            s.id.to_string(),
            opts.time(s.at),
            mid,
            mname,
            s.items.join("; "),
            s.staff.clone(),
            s.amount.to_string(),
            s.points.to_string(),
        ])?;
    }
    out.flush()
}

/// Complaints with their lifecycle times (first response = reached "in progress").
pub fn write_complaints<'a, W: Write>(
    w: W,
    complaints: impl IntoIterator<Item = &'a Complaint>,
    name_of: impl Fn(Id) -> Option<String>,
    opts: &ExportOptions,
) -> Result<(), ExportError> {
    let mut out = writer(w, opts)?;
    out.write_record([
        "id",
        "created",
        "member",
        "member_name",
        "category",
        "severity",
        "status",
        "assignee",
        "description",
        "resolution",
        "compensation",
        "responded",
        "resolved",
        "followed_up",
        "closed",
        "updated",
    ])?;
    for c in complaints {
        let [mid, mname] = member_cols(c.member, &name_of);
        out.write_record([
            c.id.to_string(),
            opts.time(c.created),
            mid,
            mname,
            c.category.label().to_string(),
            c.severity.label().to_string(),
            c.status.label().to_string(),
            c.assignee.clone(),
            c.description.clone(),
            c.resolution.clone(),
            c.compensation.clone(),
            opts.opt_time(c.reached(ComplaintStatus::InProgress)),
            opts.opt_time(c.reached(ComplaintStatus::Resolved)),
            opts.opt_time(c.reached(ComplaintStatus::FollowedUp)),
            opts.opt_time(c.reached(ComplaintStatus::Closed)),
            opts.time(c.updated),
        ])?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_made_inert_and_numbers_left_alone() {
        for (cell, shown) in [
            (
                "=HYPERLINK(\"http://x\",\"click\")",
                "'=HYPERLINK(\"http://x\",\"click\")",
            ),
            ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("+8613912345678", "+8613912345678"),
            ("-20", "-20"),
            ("-12.50", "-12.50"),
            ("+", "'+"),
            ("-1.", "'-1."),
            ("张伟", "张伟"),
            ("a=b", "a=b"),
            ("", ""),
        ] {
            assert_eq!(inert(cell), shown, "{cell:?}");
        }
    }

    #[test]
    fn an_exported_name_never_reaches_a_spreadsheet_as_a_formula() {
        let mut m = Member::empty(Id(7), Timestamp(0));
        m.name = "=HYPERLINK(\"http://evil\",\"Ann\")".into();
        m.phone = "+8613912345678".into();
        m.notes = "@cmd".into();
        let mut buf = Vec::new();
        write_members(&mut buf, [&m], &ExportOptions::default()).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(
            text.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"Ann\"\")\""),
            "{text}"
        );
        assert!(text.contains(",+8613912345678,"), "{text}");
        assert!(text.contains(",'@cmd,"), "{text}");
    }
    use crate::domain::money::Money;

    fn utc8() -> ExportOptions {
        ExportOptions {
            bom: true,
            offset: FixedOffset::east_opt(8 * 3600),
        }
    }

    #[test]
    fn members_with_bom_header_and_local_times() {
        let mut m = Member::empty(Id(5), Timestamp(1_740_787_200_000)); // 2025-03-01T00:00Z
        m.name = "张伟".into();
        m.phone = "13812345678".into();
        m.tags = vec!["vip".into(), "spicy".into()];
        m.marketing_consent = true;
        let mut buf = Vec::new();
        write_members(&mut buf, [&m], &utc8()).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(text.starts_with("\u{feff}id,card,name,phone,"));
        let row = text.lines().nth(1).unwrap();
        assert_eq!(
            row,
            "0-5,,张伟,13812345678,,,\"vip, spicy\",,,yes,2025-03-01T08:00:00+08:00,2025-03-01T08:00:00+08:00"
        );
    }

    #[test]
    fn services_show_money_as_decimal_text() {
        let s = ServiceRecord {
            id: Id(9),
            member: Id(5),
            items: vec!["hot pot".into(), "beer".into()],
            staff: "Li".into(),
            amount: Money(12850),
            points: 128,
            at: Timestamp(1_740_787_200_000),
            payments: Vec::new(),
            list_price: Money(12850),
        };
        let mut buf = Vec::new();
        let opts = ExportOptions {
            bom: false,
            offset: FixedOffset::east_opt(0),
        };
        write_services(&mut buf, [&s], |_| Some("张伟".into()), &opts).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert_eq!(
            text,
            "id,at,member,member_name,items,staff,amount,points\r\n0-9,2025-03-01T00:00:00+00:00,0-5,张伟,hot pot; beer,Li,128.50,128\r\n"
        );
    }
}
