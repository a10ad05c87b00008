//! Forms: labelled text fields, validated as the user types; a form turns into store
//! changes only when every field passes, so nothing is saved half-valid.

use crate::catalog::{FieldId, text};
use crate::domain::complaint::{Category, ComplaintUpdate};
use crate::domain::loyalty::ProgramSettings;
use crate::domain::ops::NEW_ID;
use crate::domain::validate::{self, FieldError, MemberDraft};
use crate::domain::*;
use crate::membership::points as pts;
use chrono::NaiveDate;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormKind {
    NewMember,
    EditMember(Box<Member>),
    Checkin {
        member: Option<Id>,
        name: String,
    },
    Service {
        member: Id,
        name: String,
        earn: Earn,
    },
    Complaint {
        member: Option<Id>,
        name: String,
    },
    Advance {
        complaint: Id,
        to: ComplaintStatus,
        member: Option<Id>,
    },
    AdjustPoints {
        member: Id,
        name: String,
        balance: i64,
    },
}

/// What a service earns and may redeem: the program in force, the member's tier and
/// points balance when the form opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Earn {
    pub settings: Arc<ProgramSettings>,
    pub tier: String,
    pub balance: i64,
}

impl Earn {
    fn points(&self, amount: Money) -> i64 {
        pts::earned(&self.settings, amount, &self.tier, Timestamp::now())
    }
}

/// A whole number of points; `signed` allows a leading + or -.
fn points_value(field: &'static str, value: &str, signed: bool) -> Result<i64, FieldError> {
    let v = value.trim().trim_start_matches('+');
    if v.is_empty() {
        return Ok(0);
    }
    match v.parse::<i64>() {
        Ok(n) if (signed || n >= 0) && n.abs() <= 10_000_000 => Ok(n),
        _ => Err(FieldError {
            field,
            message: text().points_invalid(signed).into(),
        }),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The name validation errors use ("name", "phone", …).
    pub key: &'static str,
    pub label: &'static str,
    pub value: String,
    pub hint: &'static str,
    /// Errors show for a field once it was edited, or after a submit attempt.
    pub touched: bool,
    /// Where typing goes, in characters from the start.
    pub cursor: usize,
}

/// Moving the insertion point within the focused field.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Caret {
    Left,
    Right,
    Home,
    End,
    /// Delete the character after the insertion point.
    Delete,
}

impl Field {
    fn byte_at(&self, chars: usize) -> usize {
        self.value
            .char_indices()
            .nth(chars)
            .map_or(self.value.len(), |(i, _)| i)
    }
}

impl Field {
    /// A field keyed `key` (as validation names it), labelled and hinted by the catalog.
    fn new(key: &'static str, id: FieldId, value: impl Into<String>) -> Field {
        let t = text().field(id);
        let mut f = Field {
            key,
            label: t.label,
            cursor: 0,
            value: value.into(),
            hint: t.hint,
            touched: false,
        };
        f.cursor = f.value.chars().count();
        f
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub kind: FormKind,
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub errors: Vec<FieldError>,
    pub submitted: bool,
    /// A live line under the fields, such as the points a service will earn.
    pub preview: Option<String>,
    /// Members this new member may duplicate, found on the first save attempt.
    pub duplicates: Vec<DuplicateNote>,
}

/// A member already held who looks like the one being added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicateNote {
    pub id: Id,
    pub name: String,
    pub phone: String,
    pub reason: String,
}

/// What a valid form saves, and how to describe it once saved.
pub struct Valid {
    pub changes: Vec<Change>,
    pub done: String,
}

impl Form {
    fn with(kind: FormKind, title: String, fields: Vec<Field>) -> Form {
        Form {
            kind,
            title,
            fields,
            focus: 0,
            errors: Vec::new(),
            submitted: false,
            preview: None,
            duplicates: Vec::new(),
        }
    }

    pub fn new_member(prefill_name: &str, prefill_phone: &str) -> Form {
        Form::with(
            FormKind::NewMember,
            text().new_member_title().into(),
            member_fields(&MemberDraft {
                name: prefill_name.into(),
                phone: prefill_phone.into(),
                ..Default::default()
            }),
        )
    }

    pub fn edit_member(m: &Member) -> Form {
        let title = text().edit_member_title(&m.name);
        Form::with(
            FormKind::EditMember(Box::new(m.clone())),
            title,
            member_fields(&MemberDraft::from_member(m)),
        )
    }

    pub fn checkin(member: Option<(Id, String)>, staff: &str) -> Form {
        let (id, name) = member.map_or((None, String::new()), |(i, n)| (Some(i), n));
        let title = if id.is_some() {
            text().checkin_title(&name)
        } else {
            text().checkin_walkin_title().into()
        };
        Form::with(
            FormKind::Checkin { member: id, name },
            title,
            vec![
                Field::new("party", FieldId::Party, "1"),
                Field::new("location", FieldId::Location, ""),
                Field::new("staff", FieldId::CheckinStaff, staff),
            ],
        )
    }

    pub fn service(member: Id, name: String, staff: &str, earn: Earn) -> Form {
        let title = text().service_title(&name);
        let mut f = Form::with(
            FormKind::Service { member, name, earn },
            title,
            vec![
                Field::new("items", FieldId::Items, ""),
                Field::new("staff", FieldId::ServiceStaff, staff),
                Field::new("amount", FieldId::Amount, ""),
                Field::new("redeem", FieldId::Redeem, ""),
            ],
        );
        f.refresh_preview();
        f
    }

    pub fn complaint(member: Option<(Id, String)>) -> Form {
        let (id, name) = member.map_or((None, String::new()), |(i, n)| (Some(i), n));
        let title = if id.is_some() {
            text().complaint_title(&name)
        } else {
            text().complaint_no_member_title().into()
        };
        Form::with(
            FormKind::Complaint { member: id, name },
            title,
            vec![
                Field::new("category", FieldId::Category, ""),
                Field::new("severity", FieldId::Severity, "medium"),
                Field::new("description", FieldId::Description, ""),
                Field::new("assignee", FieldId::Assignee, ""),
            ],
        )
    }

    /// A manual points adjustment: signed points and a required reason.
    pub fn adjust_points(member: Id, name: String, balance: i64) -> Form {
        let title = text().adjust_points_title(&name, balance);
        Form::with(
            FormKind::AdjustPoints {
                member,
                name,
                balance,
            },
            title,
            vec![
                Field::new("points", FieldId::PointsDelta, ""),
                Field::new("reason", FieldId::Reason, ""),
            ],
        )
    }

    /// The form that moves a complaint to its next status.
    pub fn advance(c: &Complaint, to: ComplaintStatus) -> Form {
        let title = text().advance_title(c.status, to);
        let fields = match to {
            ComplaintStatus::InProgress => vec![
                Field::new("assignee", FieldId::Assignee, c.assignee.clone()),
                Field::new("note", FieldId::ProgressNote, ""),
            ],
            ComplaintStatus::Resolved => vec![
                Field::new("resolution", FieldId::Resolution, c.resolution.clone()),
                Field::new(
                    "compensation",
                    FieldId::Compensation,
                    c.compensation.clone(),
                ),
                Field::new("note", FieldId::Note, ""),
            ]
            .into_iter()
            .chain(
                c.member
                    .map(|_| Field::new("points", FieldId::CompensationPoints, "")),
            )
            .collect(),
            ComplaintStatus::FollowedUp => vec![Field::new("note", FieldId::FollowUp, "")],
            ComplaintStatus::Open | ComplaintStatus::Closed => {
                vec![Field::new("note", FieldId::Note, "")]
            }
        };
        Form::with(
            FormKind::Advance {
                complaint: c.id,
                to,
                member: c.member,
            },
            title,
            fields,
        )
    }

    pub fn value(&self, key: &str) -> &str {
        self.fields
            .iter()
            .find(|f| f.key == key)
            .map_or("", |f| f.value.as_str())
    }

    pub fn type_char(&mut self, c: char, today: NaiveDate) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            let at = f.byte_at(f.cursor);
            f.value.insert(at, c);
            f.cursor += 1;
            f.touched = true;
        }
        self.recheck(today);
    }

    pub fn backspace(&mut self, today: NaiveDate) {
        if let Some(f) = self.fields.get_mut(self.focus).filter(|f| f.cursor > 0) {
            f.cursor -= 1;
            let at = f.byte_at(f.cursor);
            f.value.remove(at);
            f.touched = true;
        }
        self.recheck(today);
    }

    /// Move the insertion point, or delete after it.
    pub fn caret(&mut self, move_: Caret, today: NaiveDate) {
        let Some(f) = self.fields.get_mut(self.focus) else {
            return;
        };
        let len = f.value.chars().count();
        match move_ {
            Caret::Left => f.cursor = f.cursor.saturating_sub(1),
            Caret::Right => f.cursor = (f.cursor + 1).min(len),
            Caret::Home => f.cursor = 0,
            Caret::End => f.cursor = len,
            Caret::Delete => {
                if f.cursor < len {
                    let at = f.byte_at(f.cursor);
                    f.value.remove(at);
                    f.touched = true;
                    self.recheck(today);
                }
            }
        }
    }

    pub fn next_field(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len().max(1);
    }

    pub fn prev_field(&mut self) {
        let n = self.fields.len().max(1);
        self.focus = (self.focus + n - 1) % n;
    }

    /// The error to show beside a field, if any.
    pub fn error_for(&self, key: &str) -> Option<&str> {
        let f = self.fields.iter().find(|f| f.key == key)?;
        if !(f.touched || self.submitted) {
            return None;
        }
        self.errors
            .iter()
            .find(|e| e.field == key)
            .map(|e| e.message.as_str())
    }

    fn recheck(&mut self, today: NaiveDate) {
        self.errors = self.validate(today).err().unwrap_or_default();
        self.refresh_preview();
    }

    fn refresh_preview(&mut self) {
        if let FormKind::Service { earn, .. } = &self.kind {
            let mut line = match validate::amount(self.value("amount")) {
                Ok(m) => text().points_preview(earn.points(m)),
                Err(_) => text().points_preview_no_amount().into(),
            };
            if earn.balance > 0 {
                line = text().with_balance(&line, &earn.tier, earn.balance);
            }
            self.preview = Some(line);
        }
    }

    /// Validate everything; on success, the changes to commit.
    pub fn validate(&self, today: NaiveDate) -> Result<Valid, Vec<FieldError>> {
        let v = |k| self.value(k);
        match &self.kind {
            FormKind::NewMember | FormKind::EditMember(_) => {
                let draft = MemberDraft {
                    name: v("name").into(),
                    phone: v("phone").into(),
                    card: v("card").into(),
                    gender: v("gender").into(),
                    birthday: v("birthday").into(),
                    tags: v("tags").into(),
                    alerts: v("alerts").into(),
                    notes: v("notes").into(),
                    consent: v("consent").into(),
                };
                match &self.kind {
                    FormKind::EditMember(old) => {
                        let new = draft.validate((**old).clone(), today)?;
                        let fields = MemberFields::diff(old, &new);
                        let changes = if fields.is_empty() {
                            vec![]
                        } else {
                            vec![Change::MemberUpsert { id: old.id, fields }]
                        };
                        Ok(Valid {
                            changes,
                            done: text().saved_changes(&new.name),
                        })
                    }
                    _ => {
                        let new = draft.validate(Member::empty(NEW_ID, Timestamp(0)), today)?;
                        let done = text().saved_new_member(&new.name);
                        Ok(Valid {
                            changes: vec![Change::MemberUpsert {
                                id: NEW_ID,
                                fields: MemberFields::all_of(&new),
                            }],
                            done,
                        })
                    }
                }
            }
            FormKind::Checkin { member, name } => {
                let party = validate::party(v("party"));
                let location =
                    validate::text("location", v("location"), validate::SHORT_MAX, false);
                let staff = validate::text("staff", v("staff"), validate::SHORT_MAX, false);
                let (party, location, staff) = all3(party, location, staff)?;
                let who = if member.is_some() {
                    name.clone()
                } else {
                    text().walk_in_guest().into()
                };
                let done = text().checked_in(&who, party);
                let visit = Visit {
                    id: NEW_ID,
                    member: *member,
                    party,
                    location,
                    staff,
                    at: Timestamp::now(),
                };
                Ok(Valid {
                    changes: vec![Change::Visit { visit }],
                    done,
                })
            }
            FormKind::Service { member, name, earn } => {
                let items = validate::text("items", v("items"), validate::ITEMS_MAX, true);
                let staff = validate::text("staff", v("staff"), validate::SHORT_MAX, false);
                let amount = validate::amount(v("amount"));
                let redeem = points_value("redeem", v("redeem"), false).and_then(|n| {
                    if n == 0 {
                        return Ok(None);
                    }
                    pts::redeem(earn.balance, *member, n, "", "", Timestamp::now())
                        .map(Some)
                        .map_err(|e| FieldError {
                            field: "redeem",
                            message: e.to_string(),
                        })
                });
                let (items, staff, amount) = match (all3(items, staff, amount), &redeem) {
                    (Ok(x), Ok(_)) => x,
                    (r, _) => {
                        let mut errs = r.err().unwrap_or_default();
                        errs.extend(redeem.err());
                        return Err(errs);
                    }
                };
                let redeem = redeem.ok().flatten();
                let points = earn.points(amount);
                let items: Vec<String> = items
                    .split([',', '，'])
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                let mut done = text().saved_service(name, amount, points);
                let service = ServiceRecord {
                    id: NEW_ID,
                    member: *member,
                    items,
                    staff,
                    amount,
                    points,
                    at: Timestamp::now(),
                };
                let mut changes = vec![Change::Service { service }];
                if let Some(Change::Points { mut entry }) = redeem {
                    entry.reason = text().redeemed_against_bill(amount);
                    done = text().with_redeemed(&done, -entry.delta);
                    changes.push(Change::Points { entry });
                }
                Ok(Valid { changes, done })
            }
            FormKind::Complaint { member, .. } => {
                let category = Category::parse(v("category")).ok_or_else(|| FieldError {
                    field: "category",
                    message: text().category_invalid().into(),
                });
                let severity = Severity::parse(v("severity")).ok_or_else(|| FieldError {
                    field: "severity",
                    message: text().severity_invalid().into(),
                });
                let description = validate::text(
                    "description",
                    v("description"),
                    validate::DESCRIPTION_MAX,
                    true,
                );
                let assignee =
                    validate::text("assignee", v("assignee"), validate::SHORT_MAX, false);
                let mut errs = Vec::new();
                let (category, severity, description, assignee) = (
                    category.map_err(|e| errs.push(e)).ok(),
                    severity.map_err(|e| errs.push(e)).ok(),
                    description.map_err(|e| errs.push(e)).ok(),
                    assignee.map_err(|e| errs.push(e)).ok(),
                );
                let (Some(category), Some(severity), Some(description), Some(assignee)) =
                    (category, severity, description, assignee)
                else {
                    return Err(errs);
                };
                let complaint =
                    Complaint::received(*member, category, severity, description, assignee);
                Ok(Valid {
                    changes: vec![Change::ComplaintAdd { complaint }],
                    done: text().complaint_recorded(category),
                })
            }
            FormKind::AdjustPoints {
                member,
                name,
                balance,
            } => {
                let points = points_value("points", v("points"), true);
                let reason = validate::text("reason", v("reason"), validate::SHORT_MAX * 2, false);
                let (points, reason) = match (points, reason) {
                    (Ok(p), Ok(r)) => (p, r),
                    (p, r) => return Err([p.err(), r.err()].into_iter().flatten().collect()),
                };
                let change = pts::adjust(*balance, *member, points, &reason, "", Timestamp::now())
                    .map_err(|e| {
                        let field = if reason.is_empty() {
                            "reason"
                        } else {
                            "points"
                        };
                        vec![FieldError {
                            field,
                            message: e.to_string(),
                        }]
                    })?;
                Ok(Valid {
                    changes: vec![change],
                    done: text().points_adjusted(name, points),
                })
            }
            FormKind::Advance {
                complaint,
                to,
                member,
            } => {
                let mut errs = Vec::new();
                let mut opt = |key: &'static str, required: bool| -> Option<String> {
                    if !self.fields.iter().any(|f| f.key == key) {
                        return None;
                    }
                    validate::text(key, v(key), validate::DESCRIPTION_MAX, required)
                        .map_err(|e| errs.push(e))
                        .ok()
                };
                let resolution = opt("resolution", *to == ComplaintStatus::Resolved);
                let compensation = opt("compensation", false);
                let assignee = opt("assignee", false);
                let note = opt("note", *to == ComplaintStatus::FollowedUp);
                let given = points_value("points", v("points"), false)
                    .map_err(|e| errs.push(e))
                    .unwrap_or(0);
                if !errs.is_empty() {
                    return Err(errs);
                }
                let update = ComplaintUpdate {
                    status: Some(*to),
                    assignee,
                    resolution,
                    compensation,
                    note: note.unwrap_or_default(),
                };
                let mut changes = vec![Change::ComplaintUpdate {
                    id: *complaint,
                    update,
                }];
                if let (Some(m), true) = (member, given > 0) {
                    changes.extend(
                        pts::compensation(*m, given, *complaint, "", Timestamp::now()).ok(),
                    );
                }
                Ok(Valid {
                    changes,
                    done: text().complaint_now(*to),
                })
            }
        }
    }

    /// Try to submit: on failure every error becomes visible.
    pub fn submit(&mut self, today: NaiveDate) -> Option<Valid> {
        self.submitted = true;
        match self.validate(today) {
            Ok(v) => Some(v),
            Err(errors) => {
                if let Some(first) = errors.first()
                    && let Some(i) = self.fields.iter().position(|f| f.key == first.field)
                {
                    self.focus = i;
                }
                self.errors = errors;
                None
            }
        }
    }
}

fn all3<A, B, C>(
    a: Result<A, FieldError>,
    b: Result<B, FieldError>,
    c: Result<C, FieldError>,
) -> Result<(A, B, C), Vec<FieldError>> {
    match (a, b, c) {
        (Ok(a), Ok(b), Ok(c)) => Ok((a, b, c)),
        (a, b, c) => Err([a.err(), b.err(), c.err()].into_iter().flatten().collect()),
    }
}

fn member_fields(d: &MemberDraft) -> Vec<Field> {
    vec![
        Field::new("name", FieldId::Name, d.name.clone()),
        Field::new("phone", FieldId::Phone, d.phone.clone()),
        Field::new("card", FieldId::Card, d.card.clone()),
        Field::new("gender", FieldId::Gender, d.gender.clone()),
        Field::new("birthday", FieldId::Birthday, d.birthday.clone()),
        Field::new("tags", FieldId::Tags, d.tags.clone()),
        Field::new("alerts", FieldId::Alerts, d.alerts.clone()),
        Field::new("notes", FieldId::Notes, d.notes.clone()),
        Field::new("consent", FieldId::Consent, d.consent.clone()),
    ]
}
