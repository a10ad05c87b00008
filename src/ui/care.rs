//! Care (客户关怀): birthdays today and this week with the tier's birthday benefit,
//! regulars away longer than their own rhythm, and complaint follow-up calls due.

use super::text::{fit, safe};
use super::theme::Theme;
use crate::app::state::State;
use crate::catalog::text as tr;
use crate::domain::phone::mask_phone;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

pub fn draw(frame: &mut Frame, area: Rect, s: &State, t: &Theme) {
    let Some(care) = &s.care else {
        frame.render_widget(
            Paragraph::new(Line::styled(format!(" {}", tr().care_loading()), t.dim)),
            area,
        );
        return;
    };
    let wide = area.width >= 100;
    let name_w = if wide { 22 } else { 14 };
    let mut rows: Vec<Row> = Vec::new();
    // Table row of each selectable Care row, for the highlight.
    let mut selectable: Vec<usize> = Vec::new();
    let heading = |text: String| Row::new(vec![Cell::from(text)]).style(t.header);
    let empty = || Row::new(vec![Cell::from(format!("  {}", tr().care_empty()))]).style(t.dim);

    let days_ahead = s.settings.care.birthday_days_ahead;
    rows.push(heading(
        tr().care_birthdays(care.birthdays.len(), days_ahead),
    ));
    for b in &care.birthdays {
        selectable.push(rows.len());
        let when = tr().care_when(b.days_until, &b.date.format("%m-%d").to_string());
        let turns = b.turns.map(|a| tr().care_turns(a)).unwrap_or_default();
        rows.push(Row::new(vec![
            Cell::from(format!("  {}", fit(&b.name, name_w))),
            Cell::from(mask_phone(&b.phone)),
            Cell::from(format!("{when} {turns}")),
            Cell::from(format!("{}: {}", b.tier, safe(&b.benefit))),
        ]));
    }
    if care.birthdays.is_empty() {
        rows.push(empty());
    }
    rows.push(heading(tr().care_lapsing(care.lapsing.len())));
    for l in &care.lapsing {
        selectable.push(rows.len());
        rows.push(Row::new(vec![
            Cell::from(format!("  {}", fit(&l.name, name_w))),
            Cell::from(mask_phone(&l.phone)),
            Cell::from(l.tier.clone()),
            Cell::from(tr().care_rhythm(l.visits, l.median_gap_days, l.days_since)),
        ]));
    }
    if care.lapsing.is_empty() {
        rows.push(empty());
    }
    rows.push(heading(tr().care_followups(care.followups.len())));
    for f in &care.followups {
        selectable.push(rows.len());
        let who = f
            .member_name
            .as_deref()
            .map_or_else(|| "-".to_string(), |n| fit(n, name_w));
        rows.push(Row::new(vec![
            Cell::from(format!("  {who}")),
            Cell::from(tr().category(f.complaint.category)),
            Cell::from(tr().care_resolved_ago(f.days_since)),
            Cell::from(fit(&f.complaint.description, 60)),
        ]));
    }
    if care.followups.is_empty() {
        rows.push(empty());
    }
    let widths = [
        Constraint::Length(name_w as u16 + 2),
        Constraint::Length(12),
        Constraint::Length(if wide { 26 } else { 20 }),
        Constraint::Min(10),
    ];
    let table = Table::new(rows, widths).row_highlight_style(t.selected);
    let mut ts = TableState::default().with_selected(selectable.get(s.care_selected).copied());
    frame.render_stateful_widget(table, area, &mut ts);
}
