//! Check-in: today's arrivals, newest first; the check-in form opens over it.

use super::text::{fit, safe};
use super::theme::Theme;
use crate::app::state::State;
use crate::catalog::text as tr;
use crate::keymap::Keymap;
use crate::keymap::action::Action;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Row, Table, TableState};

pub fn draw(frame: &mut Frame, area: Rect, s: &State, keymap: &Keymap, t: &Theme) {
    let [head, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    let guests: u32 = s.arrivals.iter().map(|a| a.party as u32).sum();
    let k = |a: Action| keymap.key_label(&a).unwrap_or_default();
    let who = match &s.selected {
        Some((_, name)) => tr().checkin_member_hint(&k(Action::MemberCheckin), &safe(name)),
        None => tr().checkin_select_hint(&k(Action::PaneLookup), &k(Action::MemberCheckin)),
    };
    let lines = vec![
        Line::styled(
            format!(" {}", tr().arrivals_summary(s.arrivals.len(), guests)),
            t.label,
        ),
        Line::styled(
            format!(" {who} · {}", tr().walkin_hint(&k(Action::CheckinWalkin))),
            t.dim,
        ),
    ];
    frame.render_widget(Paragraph::new(lines), head);
    let rows = s.arrivals.iter().map(|a| {
        Row::new(vec![
            a.at.local().format("%H:%M").to_string(),
            a.name
                .as_deref()
                .map_or_else(|| tr().walk_in().to_string(), |n| fit(n, 20)),
            a.party.to_string(),
            fit(&a.location, 12),
            fit(&a.staff, 14),
        ])
    });
    let widths = [
        Constraint::Length(6),
        Constraint::Length(20),
        Constraint::Length(6),
        Constraint::Length(12),
        Constraint::Min(8),
    ];
    let mut headers = tr().arrivals_headers();
    headers[1] = super::trade_label("trade-person-label", s.settings.trade);
    headers[3] = super::trade_label("trade-place-label", s.settings.trade);
    let header = Row::new(headers).style(t.header);
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(t.selected);
    let mut ts = TableState::default()
        .with_selected((!s.arrivals.is_empty()).then_some(s.arrivals_selected));
    frame.render_stateful_widget(table, list, &mut ts);
}
