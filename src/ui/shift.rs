//! The shift slip overlay (交班单): shown when a shift closes, until Esc.

use super::text::{fit, safe};
use super::theme::Theme;
use crate::catalog::label;
use crate::catalog::shift::{slip_name, slip_text};
use crate::desk::Slip;
use crate::tr;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn draw(frame: &mut Frame, area: Rect, slip: &Slip, t: &Theme) {
    let text = slip_text(slip);
    // The title names the slip: the text's first line is left to the border.
    let mut body: Vec<&str> = text.lines().skip(1).collect();
    // A short screen keeps every figure and drops the blank lines between them.
    if body.len() + 3 > area.height as usize {
        body.retain(|l| !l.trim().is_empty());
    }
    let want = body
        .iter()
        .map(|l| super::text::width(l))
        .max()
        .unwrap_or(0)
        + 4;
    let h = (body.len() + 3) as u16;
    let r = super::centered(area, (want as u16).max(40), h);
    let inner = (r.width as usize).saturating_sub(2);
    let mut lines: Vec<Line> = body
        .iter()
        .map(|l| Line::raw(fit(&format!(" {}", safe(l)), inner)))
        .collect();
    lines.push(Line::styled(
        fit(&format!(" {}", label("shift-slip-hint")), inner),
        t.dim,
    ));
    let title = tr!("shift-slip-title", name = slip_name(slip));
    // A wide character just left of the slip would reach over its border: clear it too.
    let left = r.x.min(1);
    let cleared = Rect {
        x: r.x - left,
        width: r.width + left,
        ..r
    };
    frame.render_widget(Clear, cleared);
    let block =
        Block::bordered().title(format!(" {} ", fit(&safe(&title), inner.saturating_sub(2))));
    frame.render_widget(Paragraph::new(lines).block(block), r);
}
