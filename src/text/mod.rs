//! Text helpers every layer may use, with nothing of Rumbo's below them: a file's byte-order mark, the folding
//! that makes search and name checks ignore case and accents, and HTML escaping.

mod bom;
mod fold;
mod html;

pub use bom::strip_bom;
pub use fold::fold;
pub use html::escape_html;
