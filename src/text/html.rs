//! Text made safe inside HTML, for the few pages Rumbo writes as strings (the one-file edition, the share page).
//! Text from locale and data files is text, never markup: every such string goes through here.

/// `text` with the characters HTML gives a meaning escaped, so it shows as written in an element or an
/// attribute value in double quotes.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn markup_in_a_text_stays_text() {
        assert_eq!(escape_html(r#"<b class="x">A & B</b>"#), "&lt;b class=&quot;x&quot;&gt;A &amp; B&lt;/b&gt;");
        assert_eq!(escape_html("&amp;"), "&amp;amp;", "an entity is escaped too, so it shows as typed");
    }
}
