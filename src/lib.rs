//! Rumbo's platform-free core: everything that can be tested without a window or a browser.
//! It never depends on Dioxus; the views in `src/app/` call into it.

pub mod content;
pub mod deadline;
pub mod directory;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod offline;
pub mod storage;
