//! The member card: profile, alerts, and the history below it.

use super::text::{fit, safe};
use super::theme::Theme;
use crate::app::state::State;
use crate::catalog::text as tr;
use crate::desk::Card;
use crate::domain::loyalty::ledger_rows;
use crate::domain::phone::mask_phone;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// The packages the card lists (newest first); `frontdesk package list` shows them all.
const MAX_PACKAGE_LINES: usize = 3;

pub fn draw(frame: &mut Frame, area: Rect, s: &State, t: &Theme) {
    let Some(card) = &s.card else { return };
    let profile_lines = profile(card, s, t);
    // The history lists keep at least 8 rows; the profile takes what it needs of the rest.
    let h = (profile_lines.len() as u16).min(area.height.saturating_sub(8));
    let [profile, lists] =
        Layout::vertical([Constraint::Length(h), Constraint::Min(4)]).areas(area);
    frame.render_widget(Paragraph::new(profile_lines), profile);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(lists);
    let [visits, services] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(left);
    // With a stored value ledger, the right column holds three boxes.
    let thirds = [Constraint::Ratio(1, 3); 3];
    let (complaints, ledger, wallet) = if card.wallet.is_empty() {
        let [c, l] = Layout::vertical([Constraint::Percentage(50); 2]).areas(right);
        (c, l, None)
    } else {
        let [c, l, w] = Layout::vertical(thirds).areas(right);
        (c, l, Some(w))
    };
    let h = &card.history;
    let w = |r: Rect| r.width.saturating_sub(2) as usize;

    let lines = h.visits.iter().map(|v| {
        tr().card_visit(
            &super::when::short(v.at, s.now),
            v.party,
            &safe(&v.location),
            &safe(&v.staff),
        )
    });
    list(
        frame,
        visits,
        format!(" {} ", tr().card_visits_title(h.visits.len())),
        lines,
        w(visits),
        (s.card_scroll, t),
    );

    let lines = h.services.iter().map(|x| {
        let how: Vec<String> = x
            .payments
            .iter()
            .map(|p| paid_by_short(&p.method))
            .collect();
        let amount = x.amount.to_string();
        let mut line = format!("{} {amount:>9} ", super::when::short(x.at, s.now));
        if !how.is_empty() {
            line.push_str(&how.join("+"));
            line.push(' ');
        }
        line.push_str(&x.items.join(", "));
        line
    });
    list(
        frame,
        services,
        format!(" {} ", tr().card_services_title(h.services.len())),
        lines,
        w(services),
        (s.card_scroll, t),
    );

    let lines = h.complaints.iter().map(|c| {
        format!(
            "{} {} {} {}",
            super::when::short(c.created, s.now),
            tr().complaint_status(c.status),
            tr().category(c.category),
            c.description
        )
    });
    list(
        frame,
        complaints,
        format!(" {} ", tr().card_complaints_title(h.complaints.len())),
        lines,
        w(complaints),
        (s.card_scroll, t),
    );

    // Newest first, each with the balance after it.
    let mut rows = ledger_rows(&h.ledger);
    rows.reverse();
    let lines = rows.iter().map(|(e, bal)| {
        format!(
            "{} {:>+6} ={:>6} {} {}: {}",
            super::when::short(e.at, s.now),
            e.delta,
            bal,
            tr().points_kind(e.kind),
            e.operator,
            super::recorded::ledger_reason(e)
        )
    });
    let title = match card.next_expiry {
        Some((when, points)) => tr().card_ledger_title_expiry(
            card.view.stats.points,
            points,
            &super::when::short(when, s.now),
        ),
        None => tr().card_ledger_title(card.view.stats.points),
    };
    list(
        frame,
        ledger,
        format!(" {title} "),
        lines,
        w(ledger),
        (s.card_scroll, t),
    );
    if let Some(area) = wallet {
        let (title, lines) = super::wallet::ledger(card, s.now);
        let scroll = (s.card_scroll, t);
        list(
            frame,
            area,
            format!(" {title} "),
            lines.into_iter(),
            w(area),
            scroll,
        );
    }
}

/// One history box, scrolled by the card's scroll (each box stops at its own end).
fn list(
    frame: &mut Frame,
    area: Rect,
    title: String,
    lines: impl Iterator<Item = String>,
    width: usize,
    (scroll, t): (usize, &Theme),
) {
    let max = area.height.saturating_sub(2) as usize;
    let all: Vec<String> = lines.collect();
    let from = scroll.min(all.len().saturating_sub(max));
    let text: Vec<Line> = all
        .iter()
        .skip(from)
        .take(max)
        .map(|l| Line::from(fit(l, width)))
        .collect();
    let body = if text.is_empty() {
        vec![Line::styled(tr().none_yet(), t.dim)]
    } else {
        text
    };
    frame.render_widget(
        Paragraph::new(body).block(Block::bordered().title(title)),
        area,
    );
}

fn profile<'a>(card: &'a Card, s: &State, t: &Theme) -> Vec<Line<'a>> {
    let m = &card.view.member;
    let v = &card.view;
    let mut lines = vec![
        Line::from(vec![
            Span::styled(safe(&m.name).into_owned(), t.label),
            Span::raw(format!(
                "  {}  {}  ",
                card.tier,
                tr().points_count(v.stats.points)
            )),
            Span::styled(
                tr().card_number(&if m.card.is_empty() {
                    "-".into()
                } else {
                    safe(&m.card)
                }),
                t.dim,
            ),
        ]),
        Line::from(
            tr().card_contact(
                &match &s.revealed {
                    Some((id, phone)) if *id == m.id => safe(phone).into_owned(),
                    _ => safe(&mask_phone(&m.phone)).into_owned(),
                },
                tr().gender(m.gender),
                &m.birthday
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "-".into()),
                m.marketing_consent,
            ),
        ),
        Line::from(tr().card_stats(
            v.stats.visits,
            crate::domain::Money(v.stats.spend),
            &if m.tags.is_empty() {
                "-".to_string()
            } else {
                m.tags
                    .iter()
                    .map(|x| format!("#{}", safe(x)))
                    .collect::<Vec<_>>()
                    .join(" ")
            },
        )),
    ];
    if m.alerts.is_empty() {
        lines.push(Line::styled(tr().no_alerts(), t.dim));
    } else {
        lines.push(Line::styled(
            format!("! {}", safe(&m.alerts.join("; "))),
            t.alert,
        ));
    }
    lines.extend(super::wallet::profile_line(card, t));
    if v.open_complaints > 0 {
        lines.push(Line::styled(
            format!("! {}", tr().open_complaints(v.open_complaints)),
            t.alert,
        ));
    }
    if !m.notes.is_empty() {
        lines.push(Line::from(tr().card_notes(&safe(&m.notes))));
    }
    lines.push(Line::styled(
        tr().tier_benefits(&card.tier, &card.benefits),
        t.info,
    ));
    let st = &card.standing;
    let next = st
        .next
        .as_ref()
        .map(|t| (t.name.as_str(), crate::catalog::threshold(t)));
    let standing = tr().standing(st.spend, st.visits, st.months, next);
    lines.push(Line::styled(standing, t.dim));
    if !card.packages.is_empty() {
        let title = crate::catalog::packages::card_title(card.packages.len());
        lines.push(Line::styled(title, t.label));
    }
    for p in card.packages.iter().take(MAX_PACKAGE_LINES) {
        let style = match p.status.state {
            crate::domain::package::PackageState::Usable if p.status.overused == 0 => t.info,
            _ if p.status.overused > 0 => t.alert,
            _ => t.dim,
        };
        lines.push(Line::styled(
            format!("  {}", safe(&crate::catalog::packages::line(p))),
            style,
        ));
    }
    if let Some(e) = card.history.tiers.first() {
        lines.push(Line::styled(
            tr().tier_event_line(
                &tr().tier_headline(e.upgrade, &e.to),
                &super::when::short(e.at, s.now),
                &e.operator,
                &tr().tier_event_reason(e),
            ),
            t.dim,
        ));
    }
    lines
}

/// A payment method in a word or two, for a bill's line on the card.
fn paid_by_short(key: &str) -> String {
    crate::tr!("payment-method-short", key = key)
}
