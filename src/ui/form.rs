//! A form drawn over the pane: one line per field, the focused field marked, and what is
//! wrong said in words below the fields.

use super::text::{fit, safe};
use super::theme::Theme;
use super::trade_label;
use crate::app::form::{Field, Form, FormKind, Preview, choice};
use crate::catalog::{FieldId, FieldText, text as tr};
use crate::domain::Trade;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn draw(frame: &mut Frame, area: Rect, f: &Form, t: &Theme) {
    let errors: Vec<(&str, String)> = f
        .fields
        .iter()
        .filter_map(|x| {
            f.error_for(x.id).map(|e| {
                (
                    field_words(x.id, f.trade()).label,
                    tr().field_problem(e.field, &e.problem),
                )
            })
        })
        .collect();
    let shown_errors = errors.len().min(3);
    let offers = offers_line(&f.kind);
    let h = f.fields.len() as u16
        + 3
        + shown_errors as u16
        + u16::from(f.preview.is_some())
        + u16::from(offers.is_some());
    let w = area.width.saturating_sub(4).min(76);
    let r = super::centered(area, w, h);
    frame.render_widget(Clear, r);
    let label_w = 13;
    let value_w = (w as usize).saturating_sub(label_w + 4);
    let mut lines = Vec::new();
    for (i, field) in f.fields.iter().enumerate() {
        let focused = i == f.focus;
        let bad = f.error_for(field.id).is_some();
        let words = field_words(field.id, f.trade());
        let mark = if bad {
            "!"
        } else if focused {
            "›"
        } else {
            " "
        };
        let dots;
        let field = if field.id == FieldId::Pin {
            dots = Field {
                value: "•".repeat(field.value.chars().count()),
                ..field.clone()
            };
            &dots
        } else {
            field
        };
        let value = if field.is_choice() {
            picker(field, focused, value_w, t)
        } else if field.value.is_empty() && !focused {
            Span::styled(fit(&t.placeholder(words.hint), value_w), t.dim)
        } else if focused {
            Span::styled(
                with_cursor(&field.value, field.cursor, value_w.saturating_sub(1)),
                t.focus,
            )
        } else {
            Span::raw(fit(&field.value, value_w))
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{mark}{} ", pad_left(words.label, label_w - 1)),
                if bad { t.error } else { t.label },
            ),
            value,
        ]));
    }
    if let Some(p) = &f.preview {
        lines.push(Line::styled(format!(" {}", preview(p)), t.info));
    }
    if let Some(o) = offers {
        lines.push(Line::styled(
            format!(" {}", fit(&o, w as usize - 3)),
            t.info,
        ));
    }
    lines.push(Line::from(""));
    if errors.is_empty() {
        let hint = f
            .fields
            .get(f.focus)
            .map_or("", |x| field_words(x.id, f.trade()).hint);
        lines.push(Line::styled(
            format!(" {}", fit(hint, value_w + label_w)),
            t.dim,
        ));
    }
    for (label, e) in errors.iter().take(shown_errors) {
        lines.push(Line::styled(
            fit(&format!(" ! {label}: {e}"), w as usize - 2),
            t.error,
        ));
    }
    let title = format!(" {} ", fit(&title(&f.kind), w as usize - 4));
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title)),
        r,
    );
}

/// A field's label and hint; where a check-in is, in the trade's own nouns.
fn field_words(id: FieldId, trade: Option<Trade>) -> FieldText {
    let Some(trade) = trade else {
        return tr().field(id);
    };
    match id {
        FieldId::Location => FieldText {
            label: trade_label("trade-place-label", trade),
            hint: trade_label("trade-place-hint", trade),
        },
        FieldId::CheckinStaff => FieldText {
            label: trade_label("trade-staff-label", trade),
            hint: trade_label("trade-staff-hint", trade),
        },
        _ => tr().field(id),
    }
}

/// A choice field: its choice in words, with arrows to step through the others when focused.
fn picker<'a>(field: &Field, focused: bool, width: usize, t: &Theme) -> Span<'a> {
    let words = choice::label(field.id, &field.value);
    match (focused, words.is_empty()) {
        (true, _) => Span::styled(fit(&format!("‹ {words} ›"), width), t.focus),
        (false, true) => Span::styled(fit(&t.placeholder(tr().field(field.id).hint), width), t.dim),
        (false, false) => Span::raw(fit(&words, width)),
    }
}

/// The form's title, from what it is for.
pub fn title(kind: &FormKind) -> String {
    let c = tr();
    match kind {
        FormKind::NewMember => c.new_member_title().into(),
        FormKind::EditMember(m) => c.edit_member_title(&m.name),
        FormKind::Checkin {
            member: Some(_),
            name,
            ..
        } => c.checkin_title(name),
        FormKind::Checkin { member: None, .. } => c.checkin_walkin_title().into(),
        FormKind::Service { name, .. } => c.service_title(name),
        FormKind::Complaint {
            member: Some(_),
            name,
        } => c.complaint_title(name),
        FormKind::Complaint { member: None, .. } => c.complaint_no_member_title().into(),
        FormKind::AdjustPoints { name, balance, .. } => c.adjust_points_title(name, *balance),
        FormKind::Advance { from, to, .. } => c.advance_title(*from, *to),
        FormKind::TopUp { name, balance, .. } => crate::tr!(
            "wallet-top-up-title",
            name = name.as_str(),
            balance = balance.to_string()
        ),
        FormKind::SignIn => crate::catalog::label("sign-in-title").into(),
        FormKind::SellPackage { name, .. } => {
            crate::tr!("sell-package-title", name = name.as_str())
        }
        FormKind::ShiftOpen => crate::catalog::label("shift-open-title").into(),
        FormKind::ShiftClose => crate::catalog::label("shift-close-title").into(),
    }
}

/// The points a service will earn, and the balance that may be redeemed.
pub fn preview(p: &Preview) -> String {
    let mut line = match p.points {
        Some(n) => tr().points_preview(n),
        None => tr().points_preview_no_amount().into(),
    };
    if let Some((due, percent)) = p.due.filter(|(_, pct)| *pct > 0) {
        let price = crate::tr!(
            "preview-member-price",
            due = due.to_string(),
            percent = percent
        );
        line = format!("{price} · {line}");
    }
    if p.balance > 0 {
        tr().with_balance(&line, &p.tier, p.balance)
    } else {
        line
    }
}

/// Right-aligned in `width` display cells (Chinese labels are two cells a character).
fn pad_left(s: &str, width: usize) -> String {
    let w = super::text::width(s);
    format!("{}{s}", " ".repeat(width.saturating_sub(w)))
}

/// The end of a long value, so the cursor stays visible while typing.
fn tail(s: &str, max: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut w = 0;
    let mut start = chars.len();
    while start > 0 {
        let cw = unicode_width::UnicodeWidthChar::width(chars[start - 1]).unwrap_or(0);
        if w + cw > max {
            break;
        }
        w += cw;
        start -= 1;
    }
    chars[start..].iter().collect()
}

/// The focused value with the insertion point drawn where typing goes: a block after the
/// text at its end, a bar between characters inside it. Long values keep the cursor in view.
fn with_cursor(value: &str, cursor: usize, max: usize) -> String {
    let before: String = value.chars().take(cursor).collect();
    let after: String = value.chars().skip(cursor).collect();
    if after.is_empty() {
        return format!("{}█", tail(&safe(&before), max));
    }
    let shown = format!("{}│{}", tail(&safe(&before), max / 2), safe(&after));
    fit(&shown, max + 1)
}

/// Under the package form: what the program offers, by key, name and price.
fn offers_line(kind: &FormKind) -> Option<String> {
    let FormKind::SellPackage { offers, .. } = kind else {
        return None;
    };
    let list: Vec<String> = offers
        .iter()
        .map(|(key, name, price)| format!("{key} {} {price}", safe(name)))
        .collect();
    Some(crate::tr!("package-offers", offers = list.join(" · ")))
}
