//! Complaints: the board of complaints not yet closed, with age and overdue marks, and
//! the selected one's details and history.

use super::text::{fit, safe};
use super::theme::Theme;
use crate::app::state::State;
use crate::catalog::text as tr;
use crate::domain::{Complaint, ComplaintStatus, Severity, Timestamp};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Row, Table, TableState, Wrap};

/// Hours a complaint may wait for a first response, by severity, before it is overdue.
pub fn overdue(c: &Complaint, now: Timestamp) -> bool {
    let hours = match c.severity {
        Severity::High => 4,
        Severity::Medium => 24,
        Severity::Low => 72,
    };
    c.status == ComplaintStatus::Open && now.0 - c.created.0 > hours * 3_600_000
}

pub fn draw(frame: &mut Frame, area: Rect, s: &State, t: &Theme) {
    let [board, detail] = Layout::vertical([Constraint::Min(5), Constraint::Length(7)]).areas(area);
    if s.complaints.is_empty() {
        frame.render_widget(
            Paragraph::new(format!(" {}", tr().no_open_complaints())).style(t.dim),
            board,
        );
        return;
    }
    let open = s
        .complaints
        .iter()
        .filter(|r| r.complaint.status == ComplaintStatus::Open)
        .count();
    let late = s
        .complaints
        .iter()
        .filter(|r| overdue(&r.complaint, s.now))
        .count();
    let age_w = super::when::age_width().max(4);
    // What is left for the description: the board less its borders, the other columns
    // and the one-cell gaps between the seven columns.
    let what_w =
        (board.width as usize).saturating_sub(2 + age_w as usize + 5 + 11 + 6 + 8 + 12 + 6);
    let rows = s.complaints.iter().map(|r| {
        let c = &r.complaint;
        let mark = if overdue(c, s.now) {
            format!("!{}", tr().late_mark())
        } else {
            String::new()
        };
        let who = r
            .member_name
            .as_deref()
            .map_or_else(|| "-".to_string(), |n| fit(n, 12));
        let row = Row::new(vec![
            super::when::age(c.created, s.now),
            mark,
            tr().complaint_status(c.status).to_string(),
            tr().severity(c.severity).to_string(),
            tr().category(c.category).to_string(),
            who,
            fit(&c.description, what_w.clamp(10, 60)),
        ]);
        if overdue(c, s.now) {
            row.style(t.alert)
        } else {
            row
        }
    });
    let widths = [
        Constraint::Length(age_w),
        Constraint::Length(5),
        Constraint::Length(11),
        Constraint::Length(6),
        Constraint::Length(8),
        Constraint::Length(12),
        Constraint::Min(10),
    ];
    let [age, status, sev, category, member, what] = tr().complaint_headers();
    let header = Row::new([age, "", status, sev, category, member, what]).style(t.header);
    let title = format!(
        " {} ",
        tr().complaint_board_title(s.complaints.len(), open, late)
    );
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(t.selected)
        .block(Block::bordered().title(title));
    let mut ts = TableState::default().with_selected(Some(s.complaints_selected));
    frame.render_stateful_widget(table, board, &mut ts);

    if let Some(c) = s.selected_complaint() {
        let mut lines = vec![Line::from(tr().complaint_detail(
            c.status,
            if c.assignee.is_empty() {
                tr().nobody_yet()
            } else {
                &c.assignee
            },
            if c.resolution.is_empty() {
                "-"
            } else {
                &c.resolution
            },
            if c.compensation.is_empty() {
                "-"
            } else {
                &c.compensation
            },
        ))];
        for e in c.history.iter().rev().take(4) {
            let step = e
                .status
                .map_or(tr().step_note(), |x| tr().complaint_status(x));
            lines.push(Line::styled(
                tr().complaint_step(
                    &super::when::short(e.at, s.now),
                    step,
                    &e.operator,
                    &safe(&super::recorded::step_note(e)),
                ),
                t.dim,
            ));
        }
        let p = Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().title(format!(" {} ", fit(&c.description, 60))));
        frame.render_widget(p, detail);
    }
}
