//! Rumbo's platform-free core: everything that can be tested without a window or a browser, with no Dioxus in
//! it. With the `ui` feature, also the Dioxus app (`app`), which the `rumbo` binary launches and `rumbo-cli
//! export` renders to one HTML file per language, so both come from the same templates.
//!
//! The modules are in layers, lowest first; each imports only modules of the layers below it
//! (docs/architecture.md, enforced by tests/layers.rs).

// The app's modules name the core as `rumbo::…`, as an outside user of the library would.
extern crate self as rumbo;

// 0: shared by all.
pub mod active;
pub mod data;
#[cfg(not(target_arch = "wasm32"))]
pub mod file_picker;
pub mod sources;
pub mod text;
// 1: languages and messages.
pub mod i18n;
// 2: the calendar and its terms.
pub mod deadline;
// 3: what Rumbo knows.
pub mod case;
pub mod content;
pub mod directory;
// 4: across them.
#[cfg(not(target_arch = "wasm32"))]
pub mod checks;
pub mod edition;
pub mod search;
pub mod storage;
// 5: for outreach.
#[cfg(not(target_arch = "wasm32"))]
pub mod offline;
pub mod pack;
#[cfg(not(target_arch = "wasm32"))]
pub mod share;
// 6: the app.
#[cfg(feature = "ui")]
pub mod app;
