//! Rumbo's platform-free core: everything that can be tested without a window or a browser, with no Dioxus in
//! it. With the `ui` feature, also the Dioxus app (`app`), which the `rumbo` binary launches and `rumbo-cli
//! export` renders to one HTML file per language, so both come from the same templates.

// The app's modules name the core as `rumbo::…`, as an outside user of the library would.
extern crate self as rumbo;

#[cfg(feature = "ui")]
pub mod app;
pub mod content;
pub mod deadline;
pub mod directory;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod offline;
pub mod pack;
#[cfg(not(target_arch = "wasm32"))]
pub mod share;
pub mod storage;
pub mod text;
