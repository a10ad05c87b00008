//! Phone numbers: mainland mobiles (11 digits starting with 1) and international
//! numbers written with a leading +. Stored normalized: "13812345678", "+447700900123".

/// Why a typed phone number is not one. No wording: the edges say it
/// (`Catalog::phone_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    /// What was typed.
    Format(String),
}

/// Normalize what a person typed: spaces, dashes, dots and brackets are dropped,
/// a +86 or 0086 prefix on a mainland mobile is dropped.
pub fn normalize_phone(text: &str) -> Result<String, PhoneError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(PhoneError::Empty);
    }
    let plus = t.starts_with('+');
    let mut digits = String::with_capacity(t.len());
    for (i, c) in t.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            '+' if i == 0 => {}
            _ => return Err(PhoneError::Format(t.to_string())),
        }
    }
    let intl = if plus {
        Some(digits.as_str())
    } else {
        digits.strip_prefix("00")
    };
    if let Some(rest) = intl {
        if let Some(mainland) = rest.strip_prefix("86")
            && is_mainland_mobile(mainland)
        {
            return Ok(mainland.to_string());
        }
        // E.164: country code and number, 8 to 15 digits in all.
        if (8..=15).contains(&rest.len()) && !rest.starts_with('0') {
            return Ok(format!("+{rest}"));
        }
        return Err(PhoneError::Format(t.to_string()));
    }
    if is_mainland_mobile(&digits) {
        Ok(digits)
    } else {
        Err(PhoneError::Format(t.to_string()))
    }
}

fn is_mainland_mobile(d: &str) -> bool {
    d.len() == 11
        && d.starts_with('1')
        && d.as_bytes()[1].is_ascii_digit()
        && d.as_bytes()[1] >= b'3'
}

/// 138****5678: masked for the screen, the last 4 digits kept for the desk to confirm.
pub fn mask_phone(phone: &str) -> String {
    let chars: Vec<char> = phone.chars().collect();
    if chars.len() <= 7 {
        return phone.to_string();
    }
    let head: String = chars[..3].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}{}{tail}", "*".repeat(chars.len() - 7))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn normalizes_common_ways_of_writing_a_number() {
        assert_eq!(normalize_phone("138 1234 5678").unwrap(), "13812345678");
        assert_eq!(normalize_phone("+86 138-1234-5678").unwrap(), "13812345678");
        assert_eq!(normalize_phone("008613812345678").unwrap(), "13812345678");
        assert_eq!(normalize_phone("+44 7700 900123").unwrap(), "+447700900123");
        assert!(normalize_phone("12345").is_err());
        assert!(normalize_phone("1381234567a").is_err());
        assert!(normalize_phone("+12").is_err());
        assert_eq!(mask_phone("13812345678"), "138****5678");
    }
}
