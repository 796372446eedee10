//! The guides: their structure and sources (data in `assets/guides.json`), the small markup their texts use,
//! and what they must say about their own certainty. No Dioxus here; views call into it. Search over them is in
//! `search`, the edition stamp in `edition`.

pub mod honesty;
pub mod markup;
mod model;
mod plain;

pub use model::{
    is_stale, BlockKind, BlockRef, Citation, Cut, Guides, OfficialText, Section, Tool, ELLIPSIS, STALE_AFTER_MONTHS,
};
pub use plain::plain;
