//! Text made safe inside the HTML the exports write around the rendered screens.

pub use rumbo::text::escape_html as escape;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape(r#"<b>"A & B"</b>"#), "&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;");
    }
}
