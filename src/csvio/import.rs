//! Importing members from another system's CSV: a column mapping that recognises common
//! headers (English and Chinese, any case), validation by the same rules as the member
//! form, and duplicates against existing members and within the file. The result is a
//! plan; nothing is written here. Rows are numbered as a spreadsheet shows them: the
//! header is row 1, the first member row 2.

use super::dates::{DateOrder, DateProblem, column_order, parse_date};
use crate::domain::duplicates::DuplicateReason;
use crate::domain::ids::Id;
use crate::domain::member::Member;
use crate::domain::ops::NEW_ID;
use crate::domain::time::Timestamp;
use crate::domain::validate::{FieldError, MemberDraft};
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashMap};
use std::io::Read;

/// What a column holds.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    FirstName,
    LastName,
    Phone,
    Email,
    Birthday,
    Notes,
    Card,
    Tags,
    Gender,
    Alerts,
    Consent,
}

const HEADERS: &[(Field, &[&str])] = &[
    (
        Field::Name,
        &[
            "name",
            "fullname",
            "membername",
            "customername",
            "customer",
            "clientname",
            "client",
            "guestname",
            "guest",
            "contactname",
            "姓名",
            "名字",
            "会员姓名",
            "客户姓名",
            "顾客姓名",
            "会员名称",
            "客户名称",
            "客人姓名",
        ],
    ),
    (
        Field::FirstName,
        &["firstname", "givenname", "forename", "first", "名"],
    ),
    (
        Field::LastName,
        &["lastname", "surname", "familyname", "last", "姓", "姓氏"],
    ),
    (
        Field::Phone,
        &[
            "phone",
            "mobile",
            "phonenumber",
            "phoneno",
            "mobilephone",
            "mobilenumber",
            "mobileno",
            "cell",
            "cellphone",
            "cellular",
            "tel",
            "telephone",
            "telephonenumber",
            "contactnumber",
            "contactphone",
            "手机",
            "手机号",
            "手机号码",
            "电话",
            "电话号码",
            "联系电话",
            "联系方式",
            "移动电话",
        ],
    ),
    (
        Field::Email,
        &[
            "email",
            "emailaddress",
            "mail",
            "邮箱",
            "电子邮箱",
            "电子邮件",
            "邮件",
        ],
    ),
    (
        Field::Birthday,
        &[
            "birthday",
            "dateofbirth",
            "dob",
            "birthdate",
            "born",
            "生日",
            "出生日期",
            "出生年月日",
        ],
    ),
    (
        Field::Notes,
        &[
            "notes", "note", "memo", "memos", "remarks", "remark", "comment", "comments", "备注",
            "说明", "备忘",
        ],
    ),
    (
        Field::Card,
        &[
            "cardnumber",
            "card",
            "cardno",
            "membercard",
            "membercardnumber",
            "membershipnumber",
            "membershipno",
            "memberno",
            "membernumber",
            "memberid",
            "referenceid",
            "reference",
            "ref",
            "refid",
            "refno",
            "loyaltynumber",
            "卡号",
            "会员卡号",
            "会员卡",
            "会员号",
            "会员编号",
            "会员卡号码",
        ],
    ),
    (
        Field::Tags,
        &[
            "tags",
            "tag",
            "labels",
            "label",
            "groups",
            "group",
            "标签",
            "客户标签",
        ],
    ),
    (Field::Gender, &["gender", "sex", "性别"]),
    (
        Field::Alerts,
        &[
            "alerts",
            "alert",
            "allergies",
            "allergy",
            "过敏",
            "过敏信息",
            "提醒",
        ],
    ),
    (
        Field::Consent,
        &[
            "marketingconsent",
            "consent",
            "optin",
            "marketingoptin",
            "marketing",
            "营销同意",
            "接收营销",
        ],
    ),
];

/// A header as compared: lowercase, without spaces, punctuation or a BOM.
fn header_key(h: &str) -> String {
    h.chars()
        .filter(|c| !c.is_whitespace() && !"\u{feff}_-./()（）:：*#'\"".contains(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The field a header names, if it is one frontdesk recognises.
pub fn recognise_header(header: &str) -> Option<Field> {
    let k = header_key(header);
    HEADERS
        .iter()
        .find(|(_, names)| names.contains(&k.as_str()))
        .map(|(f, _)| *f)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRow {
    /// The spreadsheet row (header = 1).
    pub row: usize,
    /// The form text built from the row, as the member form would hold it.
    pub draft: MemberDraft,
    /// The validated member, id `NEW_ID`: store it with `MemberFields::all_of`.
    pub member: Member,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    /// The header as written in the file (or a field name when no single column holds it).
    pub column: String,
    pub problem: RowProblem,
}

/// What is wrong with a cell; the edges word it (`Catalog::row_problem`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// The member form's rule for this field refuses the value.
    Field(FieldError),
    /// The birthday cannot be read as a date.
    Date(DateProblem),
    /// Not an email address: what was written.
    Email(String),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DuplicateOf {
    /// A member already in the store.
    Existing(Id),
    /// An earlier row of the same file.
    Row(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportDuplicate {
    pub row: usize,
    pub of: DuplicateOf,
    /// `SamePhone` or `SameCard`.
    pub reason: DuplicateReason,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportPlan {
    /// Every valid row, in file order (duplicates included; see `duplicates`).
    pub rows: Vec<ImportRow>,
    /// Every problem of every invalid row; a row may have several.
    pub errors: Vec<RowError>,
    /// Valid rows that match an existing member or an earlier row by phone or card.
    pub duplicates: Vec<ImportDuplicate>,
    /// Each header of the file and what it was read as (`None`: ignored).
    pub columns: Vec<(String, Option<Field>)>,
    /// How ambiguous dates (05/06/1990) in the birthday column were read.
    pub date_order: DateOrder,
}

impl ImportPlan {
    /// Rows with at least one error.
    pub fn invalid_rows(&self) -> BTreeSet<usize> {
        self.errors.iter().map(|e| e.row).collect()
    }
    pub fn is_duplicate(&self, row: usize) -> bool {
        self.duplicates.iter().any(|d| d.row == row)
    }
    /// The members to create: every valid row that is not a duplicate. With errors and
    /// without `skip_invalid`, nothing: the errors are returned instead.
    pub fn to_import(&self, skip_invalid: bool) -> Result<Vec<&ImportRow>, &[RowError]> {
        if !self.errors.is_empty() && !skip_invalid {
            return Err(&self.errors);
        }
        Ok(self
            .rows
            .iter()
            .filter(|r| !self.is_duplicate(r.row))
            .collect())
    }
    /// Headers that were ignored.
    pub fn ignored_columns(&self) -> Vec<&str> {
        self.columns
            .iter()
            .filter(|(_, f)| f.is_none())
            .map(|(h, _)| h.as_str())
            .collect()
    }
}

/// Why a file cannot be planned at all. Typed data, worded by the edges
/// (`catalog::import_error`); `Display` is the developer's `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub enum ImportError {
    /// The file could not be read: the cause.
    Read(String),
    /// No header row.
    Empty,
    /// The first line that is not UTF-8.
    NotUtf8(usize),
    /// A required column is missing: the field, the header to give it, the headers found.
    MissingColumn(&'static str, &'static str, String),
    /// The CSV reader failed: the cause.
    Csv(String),
}

fn sniff_delimiter(first_line: &str) -> u8 {
    let count = |c: char| first_line.matches(c).count();
    let (comma, semi, tab) = (count(','), count(';'), count('\t'));
    if tab > comma && tab >= semi {
        b'\t'
    } else if semi > comma {
        b';'
    } else {
        b','
    }
}

fn has_cjk(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c as u32, 0x3400..=0x9FFF | 0xF900..=0xFAFF))
}

fn valid_email(e: &str) -> bool {
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !e.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn consent_text(v: &str) -> String {
    match v.trim().to_lowercase().as_str() {
        "true" | "1" | "y" | "yes" | "是" | "同意" | "x" => "y".into(),
        "false" | "0" | "n" | "no" | "否" | "不同意" | "" => "n".into(),
        other => other.to_string(),
    }
}

/// Read a member file and plan its import: valid rows, every error of every invalid
/// row, and duplicates (by phone or card) against `existing` and within the file.
/// `today` bounds birthdays; `at` becomes the new members' created time.
pub fn plan_member_import<'a, R: Read>(
    input: R,
    existing: impl IntoIterator<Item = &'a Member>,
    today: NaiveDate,
    at: Timestamp,
) -> Result<ImportPlan, ImportError> {
    let text = read_text(input)?;
    let records = read_records(&text)?;
    let Some((header, data)) = records.split_first() else {
        return Err(ImportError::Empty);
    };
    let columns = Columns::from_header(header)?;
    let birthdays: Vec<String> = data
        .iter()
        .map(|r| columns.cell(r, Field::Birthday))
        .collect();
    let date_order = column_order(birthdays.iter().map(String::as_str));
    let mut seen = Seen::existing(existing);
    let mut plan = ImportPlan {
        columns: columns.list.clone(),
        date_order,
        ..ImportPlan::default()
    };
    for (i, rec) in data.iter().enumerate() {
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut reader = RowReader::new(&columns, i + 2, rec);
        let draft = reader.draft(&birthdays[i], date_order);
        match reader.validate(draft, today, at) {
            Ok(r) => {
                plan.duplicates.extend(seen.duplicate(r.row, &r.member));
                plan.rows.push(r);
            }
            Err(errors) => plan.errors.extend(errors),
        }
    }
    Ok(plan)
}

/// The whole input as text, without a UTF-8 byte order mark.
fn read_text<R: Read>(mut input: R) -> Result<String, ImportError> {
    let mut bytes = Vec::new();
    input
        .read_to_end(&mut bytes)
        .map_err(|e| ImportError::Read(e.to_string()))?;
    if bytes.starts_with(b"\xef\xbb\xbf") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        ImportError::NotUtf8(valid.iter().filter(|&&b| b == b'\n').count() + 1)
    })
}

/// Every record of the file, the header first, with the delimiter its first line suggests.
fn read_records(text: &str) -> Result<Vec<csv::StringRecord>, ImportError> {
    let first_line = text.lines().next().unwrap_or("");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(first_line))
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.map_err(|e| ImportError::Csv(e.to_string())))
        .collect()
}

/// The file's columns: each header as written and the field it was read as.
struct Columns {
    list: Vec<(String, Option<Field>)>,
}

impl Columns {
    /// Reads the header row; a file without a name or a phone column cannot be imported.
    fn from_header(header: &csv::StringRecord) -> Result<Self, ImportError> {
        let list = header
            .iter()
            .map(|h| {
                let h = h.trim_start_matches('\u{feff}').trim().to_string();
                let f = recognise_header(&h);
                (h, f)
            })
            .collect();
        let columns = Columns { list };
        let found = || {
            columns
                .list
                .iter()
                .map(|(h, _)| h.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let has_name = [Field::Name, Field::FirstName, Field::LastName]
            .into_iter()
            .any(|f| columns.has(f));
        if !has_name {
            return Err(ImportError::MissingColumn("name", "name", found()));
        }
        if !columns.has(Field::Phone) {
            return Err(ImportError::MissingColumn("phone", "phone", found()));
        }
        Ok(columns)
    }

    fn has(&self, f: Field) -> bool {
        self.list.iter().any(|(_, g)| *g == Some(f))
    }

    /// The header of the first column holding `f`, for error reports.
    fn header_of(&self, f: Field) -> String {
        self.list
            .iter()
            .find(|(_, g)| *g == Some(f))
            .map(|(h, _)| h.clone())
            .unwrap_or_default()
    }

    /// The first non-empty cell among the columns holding `f`.
    fn cell(&self, rec: &csv::StringRecord, f: Field) -> String {
        self.list
            .iter()
            .enumerate()
            .filter(|(_, (_, g))| *g == Some(f))
            .filter_map(|(i, _)| rec.get(i))
            .map(str::trim)
            .find(|v| !v.is_empty())
            .unwrap_or("")
            .to_string()
    }

    /// The header to blame for a member-form field's error (the field's name when no column
    /// holds it).
    fn column_of_form_field(&self, field: &str, name_column: &str) -> String {
        let column = match field {
            "name" => name_column.to_string(),
            "phone" => self.header_of(Field::Phone),
            "card" => self.header_of(Field::Card),
            "gender" => self.header_of(Field::Gender),
            "birthday" => self.header_of(Field::Birthday),
            "tags" => self.header_of(Field::Tags),
            "alerts" => self.header_of(Field::Alerts),
            "notes" => self.header_of(Field::Notes),
            "consent" => self.header_of(Field::Consent),
            _ => String::new(),
        };
        if column.is_empty() {
            field.to_string()
        } else {
            column
        }
    }
}

/// One data row being read into a member: the problems found so far.
struct RowReader<'a> {
    columns: &'a Columns,
    /// The spreadsheet row.
    row: usize,
    rec: &'a csv::StringRecord,
    /// The header(s) the name came from.
    name_column: String,
    errors: Vec<RowError>,
}

impl<'a> RowReader<'a> {
    fn new(columns: &'a Columns, row: usize, rec: &'a csv::StringRecord) -> Self {
        RowReader {
            columns,
            row,
            rec,
            name_column: columns.header_of(Field::Name),
            errors: Vec::new(),
        }
    }

    fn cell(&self, f: Field) -> String {
        self.columns.cell(self.rec, f)
    }

    fn error(&mut self, column: String, problem: RowProblem) {
        self.errors.push(RowError {
            row: self.row,
            column,
            problem,
        });
    }

    /// The row as the member form would hold it; a birthday or email that cannot be read
    /// is an error here and left out of the form.
    fn draft(&mut self, raw_birthday: &str, order: DateOrder) -> MemberDraft {
        let name = self.name();
        let birthday = self.birthday(raw_birthday, order);
        let notes = self.notes_with_email();
        MemberDraft {
            name,
            phone: self.cell(Field::Phone),
            card: self.cell(Field::Card),
            gender: self.cell(Field::Gender),
            birthday,
            tags: self.cell(Field::Tags).replace([';', '；', '|', '、'], ","),
            alerts: self.cell(Field::Alerts),
            notes,
            consent: consent_text(&self.cell(Field::Consent)),
        }
    }

    /// The name column, or else first and last name joined (surname first for Chinese).
    fn name(&mut self) -> String {
        let name = self.cell(Field::Name);
        if !name.is_empty() {
            return name;
        }
        let (first, last) = (self.cell(Field::FirstName), self.cell(Field::LastName));
        let cols = self.columns;
        if cols.has(Field::FirstName) || cols.has(Field::LastName) {
            self.name_column = [
                cols.header_of(Field::FirstName),
                cols.header_of(Field::LastName),
            ]
            .into_iter()
            .filter(|h| !h.is_empty())
            .collect::<Vec<_>>()
            .join(" + ");
        }
        if has_cjk(&first) || has_cjk(&last) {
            format!("{last}{first}")
        } else {
            format!("{first} {last}").trim().to_string()
        }
    }

    /// The birthday as the form writes it (YYYY-MM-DD), empty when absent or unreadable.
    fn birthday(&mut self, raw: &str, order: DateOrder) -> String {
        if raw.is_empty() {
            return String::new();
        }
        match parse_date(raw, order) {
            Ok(d) => d.to_string(),
            Err(problem) => {
                self.error(
                    self.columns.header_of(Field::Birthday),
                    RowProblem::Date(problem),
                );
                String::new()
            }
        }
    }

    /// The notes, with a valid email added (the member has no email field).
    fn notes_with_email(&mut self) -> String {
        let notes = self.cell(Field::Notes);
        let email = self.cell(Field::Email);
        if email.is_empty() {
            return notes;
        }
        if !valid_email(&email) {
            self.error(
                self.columns.header_of(Field::Email),
                RowProblem::Email(email.clone()),
            );
            return notes;
        }
        let line = format!("email: {email}");
        if notes.is_empty() {
            line
        } else {
            format!("{notes}; {line}")
        }
    }

    /// Validates `draft` by the member form's rules: the row, or every error of the row.
    fn validate(
        mut self,
        draft: MemberDraft,
        today: NaiveDate,
        at: Timestamp,
    ) -> Result<ImportRow, Vec<RowError>> {
        match draft.validate(Member::empty(NEW_ID, at), today) {
            Ok(member) if self.errors.is_empty() => Ok(ImportRow {
                row: self.row,
                draft,
                member,
            }),
            Ok(_) => Err(self.errors),
            Err(field_errors) => {
                for e in field_errors {
                    let column = self
                        .columns
                        .column_of_form_field(e.field, &self.name_column);
                    self.error(column, RowProblem::Field(e));
                }
                Err(self.errors)
            }
        }
    }
}

/// Phones and cards already taken, by a member in the store or an earlier row.
struct Seen {
    by_phone: HashMap<String, DuplicateOf>,
    by_card: HashMap<String, DuplicateOf>,
}

impl Seen {
    fn existing<'a>(members: impl IntoIterator<Item = &'a Member>) -> Self {
        let mut seen = Seen {
            by_phone: HashMap::new(),
            by_card: HashMap::new(),
        };
        for m in members {
            if !m.phone.is_empty() {
                seen.by_phone
                    .entry(m.phone.clone())
                    .or_insert(DuplicateOf::Existing(m.id));
            }
            if !m.card.is_empty() {
                seen.by_card
                    .entry(m.card.to_uppercase())
                    .or_insert(DuplicateOf::Existing(m.id));
            }
        }
        seen
    }

    /// Whom the member of `row` duplicates (by phone first, then card), if anyone; then
    /// remembers its phone and card for the rows after it.
    fn duplicate(&mut self, row: usize, member: &Member) -> Option<ImportDuplicate> {
        let card_key = member.card.to_uppercase();
        let by_phone = self.by_phone.get(&member.phone).map(|&of| ImportDuplicate {
            row,
            of,
            reason: DuplicateReason::SamePhone,
        });
        let by_card = || {
            (!card_key.is_empty())
                .then(|| self.by_card.get(&card_key))
                .flatten()
                .map(|&of| ImportDuplicate {
                    row,
                    of,
                    reason: DuplicateReason::SameCard,
                })
        };
        let dup = by_phone.or_else(by_card);
        self.by_phone
            .entry(member.phone.clone())
            .or_insert(DuplicateOf::Row(row));
        if !card_key.is_empty() {
            self.by_card
                .entry(card_key)
                .or_insert(DuplicateOf::Row(row));
        }
        dup
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_recognised_in_english_and_chinese_any_case() {
        assert_eq!(recognise_header("Name"), Some(Field::Name));
        assert_eq!(recognise_header(" 姓名 "), Some(Field::Name));
        assert_eq!(recognise_header("First Name"), Some(Field::FirstName));
        assert_eq!(recognise_header("last_name"), Some(Field::LastName));
        assert_eq!(recognise_header("Phone Number"), Some(Field::Phone));
        assert_eq!(recognise_header("MOBILE"), Some(Field::Phone));
        assert_eq!(recognise_header("手机号码"), Some(Field::Phone));
        assert_eq!(recognise_header("电话"), Some(Field::Phone));
        assert_eq!(recognise_header("E-mail"), Some(Field::Email));
        assert_eq!(recognise_header("Date of Birth"), Some(Field::Birthday));
        assert_eq!(recognise_header("DOB"), Some(Field::Birthday));
        assert_eq!(recognise_header("生日"), Some(Field::Birthday));
        assert_eq!(recognise_header("Memo"), Some(Field::Notes));
        assert_eq!(recognise_header("备注"), Some(Field::Notes));
        assert_eq!(recognise_header("Card No."), Some(Field::Card));
        assert_eq!(recognise_header("Reference ID"), Some(Field::Card));
        assert_eq!(recognise_header("卡号"), Some(Field::Card));
        assert_eq!(recognise_header("Tags"), Some(Field::Tags));
        assert_eq!(recognise_header("\u{feff}name"), Some(Field::Name));
        assert_eq!(recognise_header("id"), None);
        assert_eq!(recognise_header("created"), None);
    }

    #[test]
    fn delimiter_is_sniffed() {
        assert_eq!(sniff_delimiter("name;phone;birthday"), b';');
        assert_eq!(sniff_delimiter("name\tphone"), b'\t');
        assert_eq!(sniff_delimiter("name,phone"), b',');
    }
}
