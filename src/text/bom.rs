//! Text as it arrives from a file someone edited: a byte-order mark is not part of it.

/// The text without a leading UTF-8 byte-order mark. Windows Notepad and some editors write one at the start of
/// a file; it is not part of the JSON or Fluent it precedes, and both parsers refuse it with a baffling message.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::strip_bom;

    #[test]
    fn only_one_leading_mark_goes() {
        assert_eq!(strip_bom("\u{feff}{}"), "{}");
        assert_eq!(strip_bom("{}"), "{}");
        assert_eq!(strip_bom("\u{feff}\u{feff}a"), "\u{feff}a");
        assert_eq!(strip_bom("a\u{feff}"), "a\u{feff}");
    }
}
