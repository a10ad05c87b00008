//! Views: `draw(frame, state, keymap)` reads the state and nothing else, so every
//! screen can be tested on a `TestBackend`. One file per pane.

pub mod actions;
mod audit;
mod card;
mod care;
mod checkin;
mod complaints;
pub mod form;
mod help;
mod insights;
mod lookup;
mod messages;
pub mod recorded;
mod service;
mod shift;
pub mod status;
pub mod text;
pub mod theme;
mod wallet;
pub mod when;

use crate::app::note::StatusKind;
use crate::app::state::{Pane, State};
use crate::catalog::text as tr;
use crate::keymap::action::Action;
use crate::keymap::{Context, Keymap};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use theme::Theme;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

pub fn draw(frame: &mut Frame, s: &State, keymap: &Keymap, contexts: &[Context]) {
    let t = Theme::current();
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = tr().window_too_small(area.width, area.height, MIN_WIDTH, MIN_HEIGHT);
        frame.render_widget(
            Paragraph::new(msg).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    }
    let said = status_line(s);
    let said_lines = said.as_ref().map_or(1, |(text, _)| {
        text::wrap(text, area.width as usize, 2).len()
    });
    let [title, tabs, body, status, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(said_lines as u16),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_title(frame, title, s, &t);
    draw_tabs(frame, tabs, s, keymap, &t);
    // A locked desk shows nothing of the last operator's work: only the sign-in form.
    let pane = if s.staff.locked() { None } else { Some(s.pane) };
    match pane {
        None => {}
        Some(Pane::Lookup) if s.card.is_some() => card::draw(frame, body, s, &t),
        Some(Pane::Lookup) => lookup::draw(frame, body, s, keymap, &t),
        Some(Pane::Checkin) => checkin::draw(frame, body, s, keymap, &t),
        Some(Pane::Service) => service::draw(frame, body, s, keymap, &t),
        Some(Pane::Complaints) => complaints::draw(frame, body, s, &t),
        Some(Pane::Insights) => insights::draw(frame, body, s, &t),
        Some(Pane::Care) => care::draw(frame, body, s, &t),
    }
    if let Some(f) = &s.form {
        form::draw(frame, body, f, &t);
    }
    if s.help {
        help::draw(frame, body, s, keymap, &t);
    }
    if s.messages {
        messages::draw(frame, body, s, &t);
    }
    if let Some(v) = &s.audit {
        audit::draw(frame, body, v, &t);
    }
    if let Some(slip) = &s.slip {
        shift::draw(frame, body, slip, &t);
    }
    draw_status(frame, status, said, &t);
    draw_hints(frame, hints, s, keymap, contexts);
}

fn draw_title(frame: &mut Frame, area: Rect, s: &State, t: &Theme) {
    let clock = when::clock(s.now);
    let last = s.sync.last.map(|t| when::short(t, s.now));
    let right = format!(
        " {} │ {clock} ",
        tr().sync_state(last.as_deref(), s.sync.unexported)
    );
    let mut desk = format!(
        " {} │ {} │ {}",
        text::safe(&s.store_label),
        text::safe(&crate::catalog::people::desk_name(&s.terminal_name)),
        text::safe(&s.operator)
    );
    if let Some(shift) = &s.shift {
        let owner = crate::catalog::shift::shift_owner(shift);
        desk.push_str(&format!(" │ {}", text::safe(&owner)));
    }
    let width = area.width as usize;
    let room = width.saturating_sub(text::width(&right));
    // Narrow screens drop the app's name first, then shorten the desk's details.
    let with_name = format!(" {} │{desk}", tr().app_name());
    let left = if text::width(&with_name) <= room {
        with_name
    } else {
        text::fit(&desk, room)
    };
    let pad = width.saturating_sub(text::width(&left) + text::width(&right));
    let line = Line::from(vec![
        Span::raw(left),
        Span::raw(" ".repeat(pad)),
        Span::raw(right),
    ]);
    frame.render_widget(Paragraph::new(line).style(t.title), area);
}

fn draw_tabs(frame: &mut Frame, area: Rect, s: &State, keymap: &Keymap, t: &Theme) {
    let tabs = [
        (Pane::Lookup, Action::PaneLookup, tr().tab_lookup()),
        (Pane::Checkin, Action::PaneCheckin, tr().tab_checkin()),
        (Pane::Service, Action::PaneService, tr().tab_service()),
        (
            Pane::Complaints,
            Action::PaneComplaints,
            tr().tab_complaints(),
        ),
        (Pane::Insights, Action::PaneInsights, tr().tab_insights()),
        (Pane::Care, Action::PaneCare, tr().tab_care()),
    ];
    let pieces = |compact: bool| -> Vec<(String, bool)> {
        tabs.iter()
            .map(|(pane, action, label)| {
                let key = keymap.key_label(action).unwrap_or_default();
                let active = s.pane == *pane;
                // Narrow screens keep every key and name only the pane in front.
                let text = match (active, compact) {
                    (true, _) => format!("[{key} {label}]"),
                    (false, false) => format!(" {key} {label} "),
                    (false, true) => key,
                };
                (text, active)
            })
            .collect()
    };
    let wide = pieces(false);
    let width: usize = wide.iter().map(|(p, _)| text::width(p) + 1).sum::<usize>() + 1;
    let shown = if width <= area.width as usize {
        wide
    } else {
        pieces(true)
    };
    let mut spans = vec![Span::raw(" ")];
    for (text, active) in shown {
        spans.push(Span::styled(
            text,
            if active { t.tab_active } else { t.tab },
        ));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// What the status line says now, and how it is marked: slow work under way, else the
/// last message.
fn status_line(s: &State) -> Option<(String, StatusKind)> {
    if let Some(b) = &s.busy {
        return Some((format!(" … {}", status::busy_text(b)), StatusKind::Info));
    }
    let st = s.status.as_ref()?;
    Some((
        format!(" {} {}", status::mark(st.kind), status::note_text(&st.note)),
        st.kind,
    ))
}

/// The status line, wrapped onto a second line when it is long; what does not fit ends
/// in '…' and is there in full in the recent-messages overlay.
fn draw_status(frame: &mut Frame, area: Rect, said: Option<(String, StatusKind)>, t: &Theme) {
    let Some((text, kind)) = said else {
        return;
    };
    let style = status::style(kind, t);
    let lines: Vec<Line> = text::wrap(&text, area.width as usize, area.height as usize)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_hints(frame: &mut Frame, area: Rect, s: &State, keymap: &Keymap, contexts: &[Context]) {
    let t = Theme::current();
    let mut spans = Vec::new();
    let mut used = 0usize;
    // A locked desk offers only what works there.
    let works = |a: &Action| {
        !s.staff.locked()
            || matches!(
                a,
                Action::FormSubmit | Action::Help | Action::Quit | Action::Language
            )
    };
    for (key, action) in keymap.hints(contexts).into_iter().filter(|(_, a)| works(a)) {
        let label = actions::short_label(action);
        let piece = format!(" {key} {label} ");
        let w = text::width(&piece) + 1;
        if used + w > area.width as usize {
            break;
        }
        used += w;
        spans.push(Span::styled(key, t.key));
        spans.push(Span::styled(format!(" {label}  "), t.hint));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A word that depends on the trade (table, chair or room; 桌号, 座位, 房号), formatted
/// once per trade and language.
pub(crate) fn trade_label(id: &str, trade: crate::domain::Trade) -> &'static str {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("trade", trade.key());
    crate::catalog::lang().messages().fixed_with(id, &args)
}

/// A rectangle of at most `w` x `h` centred in `area`.
pub(crate) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}
