//! The guides: their structure and sources (data in `assets/guides.json`), the small markup their texts use,
//! and an offline search over them. No Dioxus here; views call into it.

mod edition;
pub mod honesty;
pub mod markup;
mod model;
mod plain;
pub mod search;

pub use edition::Edition;
pub use model::{
    is_stale, BlockKind, BlockRef, Citation, Cut, Guides, OfficialText, Section, Tool, ELLIPSIS, STALE_AFTER_MONTHS,
};
pub use plain::plain;
