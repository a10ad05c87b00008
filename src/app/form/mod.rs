//! Forms: fields keyed by a typed id, validated as the user types; a form becomes a desk
//! request only when every field passes, so nothing is saved half-valid.

pub mod choice;
mod submit;

pub use submit::Submitted;

use crate::catalog::FieldId;
use crate::desk::DuplicateNote;
use crate::domain::loyalty::ProgramSettings;
use crate::domain::validate::{FieldError, MemberDraft};
use crate::domain::*;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormKind {
    NewMember,
    EditMember(Box<Member>),
    Checkin {
        member: Option<Id>,
        name: String,
        /// The trade's nouns and fields (a salon asks no party size).
        trade: Trade,
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
        from: ComplaintStatus,
        to: ComplaintStatus,
        member: Option<Id>,
    },
    AdjustPoints {
        member: Id,
        name: String,
        balance: i64,
    },
    /// A stored-value top-up: the member and their balance when the form opened.
    TopUp {
        member: Id,
        name: String,
        balance: Money,
    },
    /// Who is at the desk: a name and a PIN.
    SignIn,
    /// A package sold to a member: the program's packages on offer, by key, name and price.
    SellPackage {
        member: Id,
        name: String,
        offers: Vec<(String, String, Money)>,
    },
    /// The cash float a shift opens with.
    ShiftOpen,
    /// The cash counted when the shift closes.
    ShiftClose,
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
    /// The member's tier discount in the program in force at `now`.
    pub fn discount(&self, now: Timestamp) -> u32 {
        let policy = self.settings.policy_at(now);
        let tier = policy.tiers.iter().find(|t| t.name == self.tier);
        tier.map_or(0, |t| t.discount_percent)
    }
}

/// The live line under a service form: points the amount will earn (once it is one),
/// and the balance that may be redeemed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub points: Option<i64>,
    pub tier: String,
    pub balance: i64,
    /// The member price, once the amount is one: what is due and the tier's discount.
    pub due: Option<(Money, u32)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub id: FieldId,
    pub value: String,
    /// Errors show for a field once it was edited, or after a submit attempt.
    pub touched: bool,
    /// Where typing goes, in characters from the start.
    pub cursor: usize,
    /// The value is the form's own suggestion (party 1): the first key typed replaces it.
    pub suggested: bool,
    /// The choices of a picker whose choices come from the program (payment methods);
    /// `None` for a fixed picker or a typed field.
    pub choices: Option<Vec<String>>,
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
    fn new(id: FieldId, value: impl Into<String>) -> Field {
        let value = value.into();
        Field {
            id,
            cursor: value.chars().count(),
            value,
            touched: false,
            suggested: false,
            choices: None,
        }
    }

    /// A field holding the form's suggestion, which typing replaces.
    fn suggested(id: FieldId, value: &str) -> Field {
        Field {
            suggested: true,
            ..Field::new(id, value)
        }
    }

    /// Set a choice field's value (the cursor sits after it).
    fn choose(&mut self, value: &str) {
        self.value = value.to_string();
        self.cursor = self.value.chars().count();
        self.touched = true;
        self.suggested = false;
    }

    /// A picker among these choices.
    fn picker(id: FieldId, value: &str, choices: Vec<String>) -> Field {
        Field {
            choices: Some(choices),
            ..Field::new(id, value)
        }
    }

    pub fn is_choice(&self) -> bool {
        self.choices.is_some() || choice::options(self.id).is_some()
    }

    /// What a picker steps through.
    fn options(&self) -> Vec<String> {
        match &self.choices {
            Some(c) => c.clone(),
            None => choice::options(self.id)
                .unwrap_or_default()
                .iter()
                .map(|o| o.to_string())
                .collect(),
        }
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.value
            .char_indices()
            .nth(chars)
            .map_or(self.value.len(), |(i, _)| i)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub kind: FormKind,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub errors: Vec<FieldError>,
    pub submitted: bool,
    pub preview: Option<Preview>,
    /// Members this new member may duplicate, found on the first save attempt.
    pub duplicates: Vec<DuplicateNote>,
    /// The time the form was last edited: validation and the points preview use it.
    now: Timestamp,
}

impl Form {
    fn with(kind: FormKind, fields: Vec<Field>, now: Timestamp) -> Form {
        let mut f = Form {
            kind,
            fields,
            focus: 0,
            errors: Vec::new(),
            submitted: false,
            preview: None,
            duplicates: Vec::new(),
            now,
        };
        f.refresh_preview();
        f
    }

    pub fn new_member(prefill_name: &str, prefill_phone: &str, now: Timestamp) -> Form {
        let draft = MemberDraft {
            name: prefill_name.into(),
            phone: prefill_phone.into(),
            ..Default::default()
        };
        Form::with(FormKind::NewMember, member_fields(&draft), now)
    }

    /// The member's fields to edit. The phone shows masked unless it was revealed (and
    /// so recorded); left masked, it stays as it is.
    pub fn edit_member(m: &Member, phone_revealed: bool, now: Timestamp) -> Form {
        let mut draft = MemberDraft::from_member(m);
        if !phone_revealed {
            draft.phone = crate::domain::phone::mask_phone(&m.phone);
        }
        let fields = member_fields(&draft);
        Form::with(FormKind::EditMember(Box::new(m.clone())), fields, now)
    }

    pub fn sign_in(now: Timestamp) -> Form {
        let fields = vec![
            Field::new(FieldId::OperatorName, ""),
            Field::new(FieldId::Pin, ""),
        ];
        Form::with(FormKind::SignIn, fields, now)
    }

    pub fn checkin(member: Option<(Id, String)>, trade: Trade, now: Timestamp) -> Form {
        let (member, name) = member.map_or((None, String::new()), |(i, n)| (Some(i), n));
        let mut fields = Vec::new();
        if trade.asks_party() {
            fields.push(Field::suggested(FieldId::Party, "1"));
        }
        fields.push(Field::new(FieldId::Location, ""));
        fields.push(Field::new(FieldId::CheckinStaff, ""));
        let kind = FormKind::Checkin {
            member,
            name,
            trade,
        };
        Form::with(kind, fields, now)
    }

    /// The trade whose nouns the form's fields use.
    pub fn trade(&self) -> Option<Trade> {
        match &self.kind {
            FormKind::Checkin { trade, .. } => Some(*trade),
            _ => None,
        }
    }

    pub fn service(member: Id, name: String, earn: Earn, now: Timestamp) -> Form {
        let [by, part, rest] = payment_fields(earn.settings.money.methods.clone());
        let fields = vec![
            Field::new(FieldId::Items, ""),
            Field::new(FieldId::ServiceStaff, ""),
            Field::new(FieldId::Amount, ""),
            by,
            part,
            rest,
            Field::new(FieldId::Redeem, ""),
        ];
        Form::with(FormKind::Service { member, name, earn }, fields, now)
    }

    pub fn complaint(member: Option<(Id, String)>, now: Timestamp) -> Form {
        let (member, name) = member.map_or((None, String::new()), |(i, n)| (Some(i), n));
        let fields = vec![
            Field::new(FieldId::Category, ""),
            Field::suggested(FieldId::Severity, "medium"),
            Field::new(FieldId::Description, ""),
            Field::new(FieldId::Assignee, ""),
        ];
        Form::with(FormKind::Complaint { member, name }, fields, now)
    }

    /// A manual points adjustment: signed points and a required reason.
    pub fn adjust_points(member: Id, name: String, balance: i64, now: Timestamp) -> Form {
        let kind = FormKind::AdjustPoints {
            member,
            name,
            balance,
        };
        let fields = vec![
            Field::new(FieldId::PointsDelta, ""),
            Field::new(FieldId::Reason, ""),
        ];
        Form::with(kind, fields, now)
    }

    /// The shift's cash: the float when it opens, the counted cash when it closes.
    pub fn shift(closing: bool, now: Timestamp) -> Form {
        let kind = if closing {
            FormKind::ShiftClose
        } else {
            FormKind::ShiftOpen
        };
        Form::with(kind, vec![Field::new(FieldId::Amount, "")], now)
    }

    /// A package sold to the member, paid like a bill (by one method, or split).
    pub fn sell_package(
        member: Id,
        name: String,
        offers: Vec<(String, String, Money)>,
        methods: Vec<String>,
        now: Timestamp,
    ) -> Form {
        let first = offers.first().map_or("", |o| o.0.as_str()).to_string();
        let [by, part, rest] = payment_fields(methods);
        let fields = vec![
            Field::suggested(FieldId::PackageKey, &first),
            by,
            part,
            rest,
        ];
        let kind = FormKind::SellPackage {
            member,
            name,
            offers,
        };
        Form::with(kind, fields, now)
    }

    /// A stored-value top-up: the amount paid and how (cash unless changed).
    pub fn top_up(
        member: Id,
        name: String,
        balance: Money,
        methods: Vec<String>,
        now: Timestamp,
    ) -> Form {
        let kind = FormKind::TopUp {
            member,
            name,
            balance,
        };
        let cash = payment::method::CASH.to_string();
        let first = if methods.contains(&cash) {
            cash
        } else {
            methods.first().cloned().unwrap_or_default()
        };
        let fields = vec![
            Field::new(FieldId::TopUpAmount, ""),
            Field::picker(FieldId::TopUpMethod, &first, methods),
        ];
        Form::with(kind, fields, now)
    }

    /// The form that moves a complaint to its next status.
    pub fn advance(c: &Complaint, to: ComplaintStatus, now: Timestamp) -> Form {
        let fields = match to {
            ComplaintStatus::InProgress => vec![
                Field::new(FieldId::Assignee, c.assignee.clone()),
                Field::new(FieldId::ProgressNote, ""),
            ],
            ComplaintStatus::Resolved => {
                let mut f = vec![
                    Field::new(FieldId::Resolution, c.resolution.clone()),
                    Field::new(FieldId::Compensation, c.compensation.clone()),
                    Field::new(FieldId::Note, ""),
                ];
                if c.member.is_some() {
                    f.push(Field::new(FieldId::CompensationPoints, ""));
                }
                f
            }
            ComplaintStatus::FollowedUp => vec![Field::new(FieldId::FollowUp, "")],
            ComplaintStatus::Open | ComplaintStatus::Closed => {
                vec![Field::new(FieldId::Note, "")]
            }
        };
        let kind = FormKind::Advance {
            complaint: c.id,
            from: c.status,
            to,
            member: c.member,
        };
        Form::with(kind, fields, now)
    }

    /// Empty a field and put the focus on it.
    pub fn clear(&mut self, id: FieldId) {
        if let Some(i) = self.fields.iter().position(|f| f.id == id) {
            self.fields[i] = Field::new(id, "");
            self.focus = i;
        }
    }

    pub fn has(&self, id: FieldId) -> bool {
        self.fields.iter().any(|f| f.id == id)
    }

    pub fn value(&self, id: FieldId) -> &str {
        self.fields
            .iter()
            .find(|f| f.id == id)
            .map_or("", |f| f.value.as_str())
    }

    pub fn type_char(&mut self, c: char, now: Timestamp) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            if f.is_choice() {
                if let Some(v) = choice::jump(f.id, &f.options(), &f.value, c) {
                    f.choose(&v);
                }
            } else {
                if std::mem::take(&mut f.suggested) {
                    f.value.clear();
                    f.cursor = 0;
                }
                let at = f.byte_at(f.cursor);
                f.value.insert(at, c);
                f.cursor += 1;
                f.touched = true;
            }
        }
        self.recheck(now);
    }

    pub fn backspace(&mut self, now: Timestamp) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            if f.is_choice() || std::mem::take(&mut f.suggested) {
                f.choose("");
            } else if f.cursor > 0 {
                f.cursor -= 1;
                let at = f.byte_at(f.cursor);
                f.value.remove(at);
                f.touched = true;
            }
        }
        self.recheck(now);
    }

    /// Move the insertion point, or delete after it.
    pub fn caret(&mut self, move_: Caret, now: Timestamp) {
        let Some(f) = self.fields.get_mut(self.focus) else {
            return;
        };
        if f.is_choice() {
            let forward = match move_ {
                Caret::Right => Some(true),
                Caret::Left => Some(false),
                _ => None,
            };
            let opts = f.options();
            if let Some(v) = forward.and_then(|fw| choice::step(&opts, &f.value, fw)) {
                f.choose(&v);
                self.recheck(now);
            }
            return;
        }
        f.suggested = false;
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
                    self.recheck(now);
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
    pub fn error_for(&self, id: FieldId) -> Option<&FieldError> {
        let f = self.fields.iter().find(|f| f.id == id)?;
        if !(f.touched || self.submitted) {
            return None;
        }
        self.errors.iter().find(|e| e.field == id.key())
    }

    fn recheck(&mut self, now: Timestamp) {
        self.now = now;
        self.errors = self.validate().err().unwrap_or_default();
        self.refresh_preview();
    }

    fn refresh_preview(&mut self) {
        if let FormKind::Service { earn, .. } = &self.kind {
            let discount = earn.discount(self.now);
            let due = crate::domain::validate::amount(self.value(FieldId::Amount))
                .ok()
                .map(|list| crate::domain::payment::member_price(list, discount));
            let earning = due.map(|due| {
                self.payments(due).map_or(due, |p| {
                    crate::domain::payment::earning_part(&p, &earn.settings.money.no_points_for)
                })
            });
            let points = earning.map(|m| {
                crate::membership::points::earned(&earn.settings, m, &earn.tier, self.now)
            });
            self.preview = Some(Preview {
                points,
                tier: earn.tier.clone(),
                balance: earn.balance,
                due: due.map(|d| (d, discount)),
            });
        }
    }

    /// Try to submit: on failure every error becomes visible and the first wrong field
    /// takes the focus.
    pub fn submit(&mut self, now: Timestamp) -> Option<Submitted> {
        self.submitted = true;
        self.now = now;
        match self.validate() {
            Ok(v) => Some(v),
            Err(errors) => {
                if let Some(first) = errors.first()
                    && let Some(i) = self.fields.iter().position(|f| f.id.key() == first.field)
                {
                    self.focus = i;
                }
                self.errors = errors;
                None
            }
        }
    }
}

fn member_fields(d: &MemberDraft) -> Vec<Field> {
    vec![
        Field::new(FieldId::Name, d.name.clone()),
        Field::new(FieldId::Phone, d.phone.clone()),
        Field::new(FieldId::Card, d.card.clone()),
        Field::new(FieldId::Gender, d.gender.clone()),
        Field::new(FieldId::Birthday, d.birthday.clone()),
        Field::new(FieldId::Tags, d.tags.clone()),
        Field::new(FieldId::Alerts, d.alerts.clone()),
        Field::new(FieldId::Notes, d.notes.clone()),
        Field::new(FieldId::Consent, d.consent.clone()),
    ]
}

/// How a bill is paid: a picker of the program's methods (the first chosen), the part
/// paid that way, and a picker for the rest (none at first).
fn payment_fields(methods: Vec<String>) -> [Field; 3] {
    let first = methods.first().cloned().unwrap_or_default();
    let mut rest = vec![String::new()];
    rest.extend(methods.iter().cloned());
    [
        Field::picker(FieldId::PaidBy, &first, methods),
        Field::new(FieldId::PaidPart, ""),
        Field::picker(FieldId::RestBy, "", rest),
    ]
}
