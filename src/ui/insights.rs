//! Insights: today at a glance — arrivals by hour, guests, and where complaints stand.

use super::complaints::overdue;
use super::theme::Theme;
use crate::app::state::State;
use crate::catalog::text as tr;
use crate::domain::ComplaintStatus;
use chrono::Timelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{BarChart, Block, Paragraph};

/// Opening hours shown on the chart; arrivals outside them are counted in the first/last bar.
const FIRST_HOUR: u32 = 8;
const LAST_HOUR: u32 = 23;

pub fn arrivals_by_hour(s: &State) -> Vec<(u32, u64)> {
    let mut counts: Vec<(u32, u64)> = (FIRST_HOUR..=LAST_HOUR).map(|h| (h, 0)).collect();
    for a in &s.arrivals {
        let h = a.at.local().hour().clamp(FIRST_HOUR, LAST_HOUR);
        counts[(h - FIRST_HOUR) as usize].1 += u64::from(a.party);
    }
    counts
}

pub fn draw(frame: &mut Frame, area: Rect, s: &State, t: &Theme) {
    let [chart, summary] =
        Layout::vertical([Constraint::Min(6), Constraint::Length(6)]).areas(area);
    let by_hour = arrivals_by_hour(s);
    let labels: Vec<String> = by_hour.iter().map(|(h, _)| format!("{h:02}")).collect();
    let data: Vec<(&str, u64)> = labels
        .iter()
        .map(String::as_str)
        .zip(by_hour.iter().map(|(_, n)| *n))
        .collect();
    let bar_width = ((chart.width.saturating_sub(2)) / by_hour.len() as u16)
        .saturating_sub(1)
        .clamp(2, 6);
    let bars = BarChart::default()
        .block(Block::bordered().title(format!(" {} ", tr().insights_chart_title())))
        .data(data.as_slice())
        .bar_width(bar_width)
        .bar_gap(1);
    frame.render_widget(bars, chart);

    let guests: u32 = s.arrivals.iter().map(|a| u32::from(a.party)).sum();
    let walk_ins = s.arrivals.iter().filter(|a| a.name.is_none()).count();
    let count = |st: ComplaintStatus| {
        s.complaints
            .iter()
            .filter(|r| r.complaint.status == st)
            .count()
    };
    let late = s
        .complaints
        .iter()
        .filter(|r| overdue(&r.complaint, s.now))
        .count();
    let mut lines = vec![
        Line::from(tr().insights_today(s.arrivals.len(), guests, walk_ins)),
        Line::from(tr().insights_complaints(
            count(ComplaintStatus::Open),
            count(ComplaintStatus::InProgress),
            count(ComplaintStatus::Resolved),
            count(ComplaintStatus::FollowedUp),
        )),
        Line::styled(
            format!(
                "{}{}",
                if late > 0 { "! " } else { "" },
                tr().insights_overdue(late)
            ),
            if late > 0 { t.alert } else { t.dim },
        ),
    ];
    if let Some(c) = &s.care {
        lines.push(Line::from(tr().insights_care(
            c.birthdays.len(),
            c.lapsing.len(),
            c.followups.len(),
        )));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(Block::bordered().title(format!(" {} ", tr().insights_summary_title()))),
        summary,
    );
}
