//! Service: the selected member and what they were served; the service form opens over it.

use super::text::{fit, safe};
use super::theme::Theme;
use crate::app::state::State;
use crate::catalog::text as tr;
use crate::keymap::Keymap;
use crate::keymap::action::Action;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Row, Table};

pub fn draw(frame: &mut Frame, area: Rect, s: &State, keymap: &Keymap, t: &Theme) {
    let k = |a: Action| keymap.key_label(&a).unwrap_or_default();
    let card = s.card.as_ref().filter(|c| {
        s.selected
            .as_ref()
            .is_some_and(|(id, _)| *id == c.view.member.id)
    });
    let Some(card) = card else {
        let text = tr().service_select_hint(&k(Action::PaneLookup), &k(Action::MemberService));
        frame.render_widget(Paragraph::new(text).style(t.dim), area);
        return;
    };
    let [head, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    let v = &card.view;
    let lines = vec![
        Line::styled(
            format!(
                " {}  {}  {}",
                safe(&v.member.name),
                card.tier,
                tr().points_count(v.stats.points)
            ),
            t.label,
        ),
        Line::styled(
            format!(" {}", tr().service_hint(&k(Action::MemberService))),
            t.dim,
        ),
    ];
    frame.render_widget(Paragraph::new(lines), head);
    let rows = card.history.services.iter().map(|x| {
        Row::new(vec![
            super::when::short(x.at, s.now),
            x.amount.to_string(),
            format!("+{}", x.points),
            fit(&x.staff, 12),
            x.items.join(", "),
        ])
    });
    let widths = [
        Constraint::Length((super::when::short_width(s.now) + 1).max(12)),
        Constraint::Length(10),
        Constraint::Length(6),
        Constraint::Length(12),
        Constraint::Min(10),
    ];
    let header = Row::new(tr().service_headers()).style(t.header);
    frame.render_widget(Table::new(rows, widths).header(header), list);
}
