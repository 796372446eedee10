//! Localization: the languages, choosing one from the device, and Fluent messages with fallback.

#[cfg(not(target_arch = "wasm32"))]
pub mod check;
pub mod dates;
mod entries;
mod languages;
mod localizer;
mod negotiate;
#[cfg(not(target_arch = "wasm32"))]
mod nesting;
pub mod outside;
#[cfg(not(target_arch = "wasm32"))]
pub mod status;

pub use fluent_bundle::{FluentArgs, FluentValue};
pub use languages::{Lang, ALIASES, LANGUAGES};
pub use localizer::{embedded_sources, Localizer, TranslationStatus, MISSING_TEXT, STATUS_ID};
pub use negotiate::preselect;
