//! Offline search over the guides and the directory in the chosen language: every word of the query must
//! appear, case and accents do not matter, and each hit shows the sentence that matched. The index is built
//! once per language and kept; a keystroke finds each word's places by binary search in a sorted list of word starts. It sits above
//! content and directory, which know nothing of it.

mod documents;
mod index;
#[cfg(test)]
mod prop_tests;

pub use documents::{entry_documents, guide_documents};
pub use index::{searchable, Document, Found, Hit, Index, Target, MIN_QUERY_CHARS};
