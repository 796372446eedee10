//! Saved items on the device, in SQLite through `rusqlite`: the schema and its migrations, bookmarks, opening a
//! database file that may be damaged or from a newer Rumbo, and moving saved items between devices.
//! No Dioxus here. On the web the database lives in memory (SQLite compiled to WebAssembly) and is kept as bytes.

mod bookmarks;
mod open;
mod schema;
mod transfer;
#[cfg(not(target_arch = "wasm32"))]
mod wipe;

pub use bookmarks::{Bookmark, Kind};
#[cfg(not(target_arch = "wasm32"))]
pub use open::open_file;
pub use open::{open_bytes, open_in_memory, Notice, Opened, Store};
pub use schema::{migrations, SCHEMA_VERSION};
pub use transfer::{export_json, export_json_of, import_json, FORMAT};
#[cfg(not(target_arch = "wasm32"))]
pub use wipe::{remove_data, WEBVIEW_DIR};
