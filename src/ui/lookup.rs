//! Lookup: one search box, results on every keystroke.

use super::text::{fit, safe};
use super::theme::Theme;
use crate::app::state::State;
use crate::catalog::text as tr;
use crate::desk::{Badge, DEMO_MEMBERS, MemberRow};
use crate::keymap::Keymap;
use crate::keymap::action::Action;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, TableState, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, s: &State, keymap: &Keymap, t: &Theme) {
    let [search, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    let l = &s.lookup;
    let status = if s.indexing {
        tr().indexing().to_string()
    } else if l.query.trim().is_empty() {
        String::new()
    } else if l.total > l.rows.len() {
        tr().shown_of(l.rows.len(), l.total)
    } else {
        tr().found(l.total)
    };
    let box_line = Line::from(vec![
        Span::styled(format!(" {} ", tr().find_label()), t.label),
        Span::raw(safe(&l.query).into_owned()),
        Span::styled("█", t.dim),
        Span::raw("   "),
        Span::styled(status, t.dim),
    ]);
    frame.render_widget(
        Paragraph::new(box_line).block(Block::default().borders(Borders::BOTTOM)),
        search,
    );

    if s.offer_demo {
        let demo = keymap
            .key_label(&Action::DemoLoad)
            .unwrap_or_else(|| "demo.load".into());
        let new = keymap
            .key_label(&Action::MemberNew)
            .unwrap_or_else(|| "member.new".into());
        let text = tr().welcome_empty_store(&demo, DEMO_MEMBERS, &new);
        let p = Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().title(format!(" {} ", tr().welcome_title())));
        frame.render_widget(p, super::centered(list, 64, 8));
        return;
    }
    if l.query.trim().is_empty() {
        let text = tr().lookup_start_hint();
        frame.render_widget(
            Paragraph::new(text).style(t.dim).wrap(Wrap { trim: true }),
            list,
        );
        return;
    }
    if l.rows.is_empty() {
        let new = keymap.key_label(&Action::MemberNew).unwrap_or_default();
        let msg = if s.indexing {
            tr().results_after_indexing().to_string()
        } else if l.answered == l.query {
            tr().no_member_matches(&safe(&l.query), &new)
        } else {
            tr().searching().to_string()
        };
        frame.render_widget(Paragraph::new(msg).style(t.dim), list);
        return;
    }
    let wide = area.width >= 100;
    let name_w: u16 = if wide { 24 } else { 16 };
    // Tier names come from the settings (普通会员 is eight columns): the column fits them.
    let tier_w = l
        .rows
        .iter()
        .map(|r| super::text::width(&r.tier))
        .max()
        .unwrap_or(0)
        .clamp(7, 12) as u16;
    let rows = l
        .rows
        .iter()
        .map(|r| row(r, s, name_w as usize, tier_w as usize, t));
    let widths = [
        Constraint::Length(name_w),
        Constraint::Length(12),
        Constraint::Length(tier_w),
        Constraint::Length(7),
        Constraint::Length(super::when::short_width(s.now).max(11)),
        Constraint::Min(8),
    ];
    let header = Row::new(tr().lookup_headers()).style(t.header);
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(t.selected)
        .highlight_symbol("›");
    let mut ts = TableState::default().with_selected(Some(l.selected));
    frame.render_stateful_widget(table, list, &mut ts);
}

fn row<'a>(r: &'a MemberRow, s: &State, name_w: usize, tier_w: usize, t: &Theme) -> Row<'a> {
    let badges: Vec<String> = r
        .badges
        .iter()
        .map(|b| match b {
            Badge::Allergy => format!("!{}", tr().badge_allergy()),
            Badge::OpenComplaint => format!("!{}", tr().badge_complaint()),
            Badge::Birthday => tr().badge_birthday().to_string(),
            Badge::Package => crate::catalog::label("badge-package").to_string(),
        })
        .collect();
    let last = r
        .last_visit
        .map(|v| super::when::short(v, s.now))
        .unwrap_or_else(|| "-".into());
    let quiet = badges.is_empty();
    let mut badges = badges;
    if let Some(b) = r.stored_value {
        badges.insert(0, crate::tr!("wallet-row", balance = b.to_string()));
    }
    Row::new(vec![
        ratatui::widgets::Cell::from(fit(&r.name, name_w)),
        r.phone.clone().into(),
        fit(&r.tier, tier_w).into(),
        r.points.to_string().into(),
        last.into(),
        ratatui::widgets::Cell::from(badges.join(" ")).style(if quiet { t.hint } else { t.alert }),
    ])
}
