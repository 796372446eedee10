//! Saved items and the person's own case on the device, in SQLite through `rusqlite`: the schema and its migrations, bookmarks, opening a
//! database file that may be damaged or from a newer Rumbo, and moving saved items between devices.
//! No Dioxus here. On the web the database lives in memory (SQLite compiled to WebAssembly) and is kept as bytes.

mod bookmarks;
mod case;
mod open;
mod schema;
mod target;
mod transfer;
#[cfg(not(target_arch = "wasm32"))]
mod wipe;

pub use bookmarks::{Bookmark, Kind};
pub use case::{StoredCase, MAX_CASE_BYTES};
#[cfg(not(target_arch = "wasm32"))]
pub use open::open_file;
pub use open::{
    open_bytes, open_in_memory, Notice, OpenCause, OpenError, Opened, SerializeError, Store, StoreError, SIDE_FILES,
};
pub use schema::{migrations, APPLICATION_ID, SCHEMA_VERSION};
pub use target::{check_target, SavedTarget, TargetError, MAX_TARGET_BYTES};
pub use transfer::{
    export_json, export_json_of, export_json_with_case, import_file, import_json, parse_import, parse_import_with_case,
    CaseImport, ImportError, Imported, FORMAT, MAX_DATA_BYTES, MAX_IMPORT_BOOKMARKS, MAX_IMPORT_BYTES,
};
#[cfg(not(target_arch = "wasm32"))]
pub use wipe::{remove_data, WipeReport, WEBVIEW_DIR};
