//! Care (客户关怀): birthdays today and this week with the tier's birthday benefit,
//! regulars away longer than their own rhythm, and complaint follow-up calls due.

use super::text::{fit, safe, width};
use super::theme::Theme;
use crate::app::state::State;
use crate::catalog::text as tr;
use crate::domain::phone::mask_phone;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph};

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
    let rest = (area.width as usize).saturating_sub(name_w + 4 + 13 + 9 + 1);
    let row = |name: &str, second: &str, third: &str, detail: &str| {
        format!(
            "{} {} {} {}",
            col(name, name_w),
            col(second, 12),
            col(third, 8),
            fit(detail, rest)
        )
    };
    let birthdays: Vec<String> = care
        .birthdays
        .iter()
        .map(|b| {
            let when = tr().care_when(b.days_until, &super::when::day(b.date));
            let turns = b
                .turns
                .map(|a| crate::tr!("care-when-turns", turns = tr().care_turns(a)))
                .unwrap_or_default();
            row(
                &b.name,
                &mask_phone(&b.phone),
                &b.tier,
                &format!("{when}{turns} · {}", safe(&b.benefit)),
            )
        })
        .collect();
    let lapsing: Vec<String> = care
        .lapsing
        .iter()
        .map(|l| {
            row(
                &l.name,
                &mask_phone(&l.phone),
                &l.tier,
                &tr().care_rhythm(l.visits, l.median_gap_days, l.days_since),
            )
        })
        .collect();
    let followups: Vec<String> = care
        .followups
        .iter()
        .map(|f| {
            let detail = format!(
                "{} · {}",
                tr().care_resolved_ago(f.days_since),
                f.complaint.description
            );
            row(
                f.member_name.as_deref().unwrap_or("-"),
                tr().category(f.complaint.category),
                "",
                &detail,
            )
        })
        .collect();
    // Every section stays on screen; each scrolls on its own to keep the cursor visible.
    let sections = [
        (
            tr().care_birthdays(birthdays.len(), s.settings.care.birthday_days_ahead),
            birthdays,
        ),
        (tr().care_lapsing(lapsing.len()), lapsing),
        (tr().care_followups(followups.len()), followups),
    ];
    let heights = sections
        .each_ref()
        .map(|(_, rows)| Constraint::Min(rows.len().clamp(1, 3) as u16 + 2));
    let areas = Layout::vertical(heights).split(area);
    let mut first = 0;
    for ((title, rows), r) in sections.into_iter().zip(areas.iter()) {
        let n = rows.len();
        let selected = (s.care_selected >= first && s.care_selected < first + n)
            .then(|| s.care_selected - first);
        let items: Vec<ListItem> = if rows.is_empty() {
            vec![ListItem::new(Line::styled(tr().care_empty(), t.dim))]
        } else {
            rows.into_iter().map(ListItem::new).collect()
        };
        let list = List::new(items)
            .highlight_style(t.selected)
            .block(Block::bordered().title(format!(" {title} ")));
        let mut ls = ListState::default().with_selected(selected);
        frame.render_stateful_widget(list, *r, &mut ls);
        first += n;
    }
}
