//! The recent messages overlay: what the status line said lately, newest first, in full.

use super::status::{mark, note_text, style};
use super::text::wrap;
use super::theme::Theme;
use crate::app::state::State;
use crate::tr;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn draw(frame: &mut Frame, area: Rect, s: &State, t: &Theme) {
    let r = super::centered(area, area.width.min(90), area.height);
    let inner = (r.width as usize).saturating_sub(4);
    let mut lines = Vec::new();
    for st in s.recent.iter().rev() {
        let text = format!("{} {}", mark(st.kind), note_text(&st.note));
        for (i, l) in wrap(&text, inner, usize::MAX).into_iter().enumerate() {
            let l = if i == 0 { l } else { format!("  {l}") };
            lines.push(Line::styled(l, style(st.kind, t)));
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled(tr!("messages-none"), t.dim));
    }
    let max_scroll = lines
        .len()
        .saturating_sub(r.height.saturating_sub(2) as usize);
    let scroll = s.help_scroll.min(max_scroll) as u16;
    frame.render_widget(Clear, r);
    let block = Block::bordered().title(format!(" {} ", tr!("messages-title")));
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), r);
}
