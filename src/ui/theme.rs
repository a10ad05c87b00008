//! Styles. With NO_COLOR set only bold/reverse/underline are used; meaning is never
//! carried by colour alone (errors start with "!", alerts with "!", success with "✓").

use ratatui::style::{Color, Modifier, Style};

pub struct Theme {
    pub title: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub header: Style,
    pub selected: Style,
    pub alert: Style,
    pub error: Style,
    pub success: Style,
    pub info: Style,
    pub key: Style,
    pub hint: Style,
    pub dim: Style,
    pub label: Style,
    pub focus: Style,
    /// No colour: placeholders are bracketed as well as dimmed, so they never look typed.
    pub plain: bool,
}

impl Theme {
    /// A placeholder as shown in an empty field.
    pub fn placeholder(&self, hint: &str) -> String {
        if self.plain {
            format!("({hint})")
        } else {
            hint.to_string()
        }
    }

    pub fn current() -> Theme {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            Theme::plain()
        } else {
            Theme::colour()
        }
    }

    pub fn colour() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title: Style::new().fg(Color::Black).bg(Color::Cyan),
            tab: Style::new(),
            tab_active: bold.fg(Color::Cyan),
            header: bold.add_modifier(Modifier::UNDERLINED),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            alert: bold.fg(Color::Red),
            error: bold.fg(Color::Red),
            success: Style::new().fg(Color::Green),
            info: Style::new().fg(Color::Yellow),
            key: bold.fg(Color::Cyan),
            hint: Style::new(),
            dim: Style::new().fg(Color::DarkGray),
            label: bold,
            focus: Style::new().add_modifier(Modifier::REVERSED),
            plain: false,
        }
    }

    pub fn plain() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title: Style::new().add_modifier(Modifier::REVERSED),
            tab: Style::new(),
            tab_active: bold,
            header: bold.add_modifier(Modifier::UNDERLINED),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            alert: bold,
            error: bold,
            success: Style::new(),
            info: Style::new(),
            key: bold,
            hint: Style::new(),
            dim: Style::new().add_modifier(Modifier::DIM | Modifier::ITALIC),
            label: bold,
            focus: Style::new().add_modifier(Modifier::REVERSED),
            plain: true,
        }
    }
}
