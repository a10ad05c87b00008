//! Care (客户关怀): birthdays today and this week with the tier's birthday benefit,
//! regulars away longer than their own rhythm, and complaint follow-up calls due.

use super::text::{fit, safe, width};
use super::theme::Theme;
use crate::app::state::State;
use crate::catalog::text as tr;
use crate::domain::phone::mask_phone;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

/// `s` cut or padded to exactly `w` columns.
fn col(s: &str, w: usize) -> String {
    let s = fit(s, w);
    let pad = w.saturating_sub(width(&s));
    format!("{s}{}", " ".repeat(pad))
}

pub fn draw(frame: &mut Frame, area: Rect, s: &State, t: &Theme) {
    let Some(care) = &s.care else {
        frame.render_widget(
            Paragraph::new(Line::styled(format!(" {}", tr().care_loading()), t.dim)),
            area,
        );
        return;
    };
    let name_w = if area.width >= 100 { 22 } else { 14 };
    let rest = (area.width as usize).saturating_sub(name_w + 2 + 13 + 9 + 1);
    let row = |name: &str, second: &str, third: &str, detail: &str| {
        format!(
            "  {} {} {} {}",
            col(name, name_w),
            col(second, 12),
            col(third, 8),
            fit(detail, rest)
        )
    };
    let mut items: Vec<ListItem> = Vec::new();
    // List position of each selectable Care row, for the highlight.
    let mut selectable: Vec<usize> = Vec::new();
    let heading = |text: String| ListItem::new(Line::styled(text, t.header));
    let empty = || ListItem::new(Line::styled(format!("  {}", tr().care_empty()), t.dim));

    items.push(heading(tr().care_birthdays(
        care.birthdays.len(),
        s.settings.care.birthday_days_ahead,
    )));
    for b in &care.birthdays {
        selectable.push(items.len());
        let when = tr().care_when(b.days_until, &b.date.format("%m-%d").to_string());
        let turns = b
            .turns
            .map(|a| format!(", {}", tr().care_turns(a)))
            .unwrap_or_default();
        let detail = format!("{when}{turns} · {}", safe(&b.benefit));
        items.push(ListItem::new(row(
            &b.name,
            &mask_phone(&b.phone),
            &b.tier,
            &detail,
        )));
    }
    if care.birthdays.is_empty() {
        items.push(empty());
    }
    items.push(heading(tr().care_lapsing(care.lapsing.len())));
    for l in &care.lapsing {
        selectable.push(items.len());
        let detail = tr().care_rhythm(l.visits, l.median_gap_days, l.days_since);
        items.push(ListItem::new(row(
            &l.name,
            &mask_phone(&l.phone),
            &l.tier,
            &detail,
        )));
    }
    if care.lapsing.is_empty() {
        items.push(empty());
    }
    items.push(heading(tr().care_followups(care.followups.len())));
    for f in &care.followups {
        selectable.push(items.len());
        let who = f.member_name.as_deref().unwrap_or("-");
        let detail = format!(
            "{} · {}",
            tr().care_resolved_ago(f.days_since),
            f.complaint.description
        );
        items.push(ListItem::new(row(
            who,
            tr().category(f.complaint.category),
            "",
            &detail,
        )));
    }
    if care.followups.is_empty() {
        items.push(empty());
    }
    let list = List::new(items).highlight_style(t.selected);
    let mut ls = ListState::default().with_selected(selectable.get(s.care_selected).copied());
    frame.render_stateful_widget(list, area, &mut ls);
}
