//! A guide message's words without any markup, headings included, for reading aloud, sharing and search.
//! (`markup::plain_text` keeps a heading's text as written, so a term in it would keep its underscores.)

use super::markup::{self, Block};

/// `text` parsed and flattened: "## El programa _México te abraza_" reads "El programa México te abraza".
pub fn plain(text: &str) -> String {
    let blocks: Vec<Block> = markup::parse(text)
        .into_iter()
        .map(|block| match block {
            Block::Heading(heading) => Block::Paragraph(markup::inlines(&heading)),
            other => other,
        })
        .collect();
    markup::plain_text(&blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_loses_its_markup_like_any_paragraph() {
        assert_eq!(
            plain("## El programa _México te abraza_\nTe da **apoyo**."),
            "El programa México te abraza\n\nTe da apoyo."
        );
    }
}
