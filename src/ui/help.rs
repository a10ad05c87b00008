//! The help overlay, generated from the active keymap so it can never disagree with it.

use super::theme::Theme;
use crate::app::state::State;
use crate::catalog::text as tr;
use crate::keymap::Keymap;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn draw(frame: &mut Frame, area: Rect, s: &State, keymap: &Keymap, t: &Theme) {
    let entries = keymap.help_entries();
    let mut lines = Vec::new();
    let mut section = None;
    for e in &entries {
        if section != Some(e.section) {
            section = Some(e.section);
            lines.push(Line::styled(
                super::actions::section_title(e.section),
                t.header,
            ));
        }
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<18}", e.keys.join(", ")), t.key),
            Span::raw(super::actions::description(e.action)),
        ]));
    }
    let r = super::centered(area, area.width.min(90), area.height);
    let max_scroll = lines
        .len()
        .saturating_sub(r.height.saturating_sub(2) as usize);
    let scroll = s.help_scroll.min(max_scroll) as u16;
    frame.render_widget(Clear, r);
    let block = Block::bordered().title(format!(" {} ", tr().help_title()));
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), r);
}
