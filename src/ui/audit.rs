//! The audit trail overlay: who did what, when, on which desk; newest at the bottom,
//! opened at the newest.

use super::text::{fit, safe};
use super::theme::Theme;
use crate::app::state::AuditView;
use crate::catalog::people::audit_action;
use crate::domain::Timestamp;
use crate::tr;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn draw(frame: &mut Frame, area: Rect, v: &AuditView, t: &Theme) {
    let r = super::centered(area, area.width.min(100), area.height);
    let inner = (r.width as usize).saturating_sub(2);
    let rows = (r.height as usize).saturating_sub(2).max(1);
    let mut lines = Vec::new();
    // The cursor row is the last one shown, so Up walks back in time.
    let end = (v.scroll + 1).min(v.entries.len());
    let start = end.saturating_sub(rows);
    for e in &v.entries[start..end] {
        let op = &e.op;
        let at = Timestamp(op.hlc.ms).local().format("%m-%d %H:%M");
        let desk = op.terminal.to_string();
        let line = tr!(
            "audit-row",
            at = at.to_string(),
            desk = desk.get(..4).unwrap_or(&desk),
            operator = safe(&op.operator).into_owned(),
            action = safe(&audit_action(op, e.member.as_deref())).into_owned()
        );
        lines.push(Line::raw(fit(&line, inner)));
    }
    if lines.is_empty() {
        lines.push(Line::styled(tr!("audit-empty"), t.dim));
    }
    let title = match v.member {
        Some(id) => tr!("audit-title-member", member = id.to_string()),
        None => tr!("audit-title"),
    };
    frame.render_widget(Clear, r);
    let block = Block::bordered().title(format!(" {} ", fit(&title, inner.saturating_sub(2))));
    frame.render_widget(Paragraph::new(lines).block(block), r);
}
