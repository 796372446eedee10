//! Saved items on the device, in SQLite through `rusqlite`: the schema and its migrations, bookmarks, opening a
//! database file that may be damaged or from a newer Rumbo, and moving saved items between devices.
//! No Dioxus here. (The web build's store, SQLite compiled to WebAssembly, is not wired up yet.)

mod bookmarks;
mod open;
mod schema;
mod transfer;

pub use bookmarks::{Bookmark, Kind};
pub use open::{open_file, open_in_memory, Notice, Opened, Store};
pub use schema::{migrations, SCHEMA_VERSION};
pub use transfer::{export_json, import_json, FORMAT};
