//! The guides: the list of sections with search, one section, and the screen to show an official.

mod list;
mod listen;
mod official;
mod search;
mod section;
mod sources;
mod text;

#[cfg(test)]
mod tests;

pub use list::Guides;
pub use listen::{Listen, ShareSection};
pub use official::Official;
pub use search::SearchBox;
pub use section::Guide;
