//! Opening the database without ever losing what it holds.
//! - A crash mid-write leaves a hot journal: SQLite rolls it back when the file is opened read-write, so that is
//!   how every file is opened first (a read-only open cannot roll back and fails: SQLITE_READONLY_ROLLBACK).
//! - A file is judged damaged only when SQLite says so on a read (not a database, or corrupt) and
//!   `PRAGMA integrity_check` confirms it. There is no check at every start. A damaged file is moved aside with its
//!   `-journal`, `-wal` and `-shm` (renamed with a timestamp, never deleted) and a fresh one is made.
//! - The schema version is read before anything can judge the file: a database from a newer Rumbo, even one whose
//!   schema this SQLite cannot parse, is opened read-only and never changed.
//! - Another program's SQLite file is refused, never migrated (`PRAGMA application_id`, see `schema.rs`).

#[cfg(not(target_arch = "wasm32"))]
use std::path::Path;
use std::path::PathBuf;

#[cfg(not(target_arch = "wasm32"))]
use rusqlite::OpenFlags;
use rusqlite::{Connection, ErrorCode, MAIN_DB};

use super::bookmarks::{self, Bookmark, Kind};
use super::case::{self, StoredCase};
use super::schema::{migrations, APPLICATION_ID, SCHEMA_VERSION};

pub struct Store {
    conn: Connection,
    read_only: bool,
}

/// What the person is told once after opening.
#[derive(Debug, PartialEq, Eq)]
pub enum Notice {
    /// The old file was damaged or not a database; it is kept under this name (with its side files beside it).
    SetAside(PathBuf),
    /// Written by a newer Rumbo (schema `found`): shown, never changed.
    Newer { found: usize },
}

pub struct Opened {
    pub store: Store,
    pub notice: Option<Notice>,
}

/// Why a database could not be opened. Nothing was changed or moved.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// Another program's SQLite file (its `application_id`, or its tables, are not Rumbo's).
    #[error("{0}: not a Rumbo database (another program's file?); left as it is")]
    Foreign(PathBuf),
    /// The folder or the file cannot be made, read or written (permissions, a full disk, another program holding
    /// it locked).
    #[error("{path}: {source}")]
    Sqlite { path: PathBuf, source: rusqlite::Error },
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: could not bring the database up to this version of Rumbo: {source}")]
    Migration { path: PathBuf, source: rusqlite_migration::Error },
}

impl OpenError {
    /// What kind of failure, for the message shown to the person.
    pub fn cause(&self) -> OpenCause {
        let code = match self {
            OpenError::Foreign(_) => return OpenCause::Foreign,
            OpenError::Migration { .. } => return OpenCause::Other,
            OpenError::Io { source, .. } => {
                return match source.kind() {
                    std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                        OpenCause::Permission
                    }
                    std::io::ErrorKind::StorageFull => OpenCause::Full,
                    _ => OpenCause::Other,
                }
            }
            OpenError::Sqlite { source, .. } => source.sqlite_error_code(),
        };
        match code {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => OpenCause::Busy,
            Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied | ErrorCode::CannotOpen) => OpenCause::Permission,
            Some(ErrorCode::DiskFull) => OpenCause::Full,
            _ => OpenCause::Other,
        }
    }
}

/// The person-facing kind of an [`OpenError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenCause {
    Foreign,
    Permission,
    Busy,
    Full,
    Other,
}

/// Why a read or write of an open database did not happen. Nothing changed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("this database was written by a newer version of Rumbo: it is read-only here")]
    ReadOnly,
    /// SQLite refused (a full disk, a file another program locked, damage found mid-session).
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// The message that tells the person, in their language.
    pub fn message_id(&self) -> &'static str {
        match self {
            StoreError::ReadOnly => "saved-notice-newer",
            StoreError::Sqlite(e) if e.sqlite_error_code() == Some(ErrorCode::DiskFull) => "storage-off-full",
            StoreError::Sqlite(_) => "storage-import-not-saved",
        }
    }
}

/// Why the database could not be kept as bytes.
#[derive(Debug, thiserror::Error)]
pub enum SerializeError {
    #[error("SQLite could not serialise the database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Zero bytes, or fewer than the database's pages: never to be stored in place of the last good copy.
    #[error("the database serialised to {got} bytes instead of {expected}")]
    Short { got: usize, expected: usize },
}

/// What a read of a healthy file found.
enum Layout {
    /// Rumbo's schema at this version or older (migrate it); `stamp` when it still lacks the application id.
    Ours {
        stamp: bool,
    },
    Newer(usize),
    Foreign,
}

/// Reads what can be read without judging: the header (which also makes SQLite roll back a hot journal), then, for
/// a schema this version knows, every row. An error here is a read failure, to be confirmed before any verdict.
fn inspect(conn: &Connection) -> rusqlite::Result<Layout> {
    // Both come from the file's header, without parsing the schema: a newer schema is recognised even when this
    // SQLite cannot read it.
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |row| row.get(0))?;
    if app_id != 0 && app_id != APPLICATION_ID {
        return Ok(Layout::Foreign);
    }
    let version = usize::try_from(version).unwrap_or(usize::MAX);
    if version > SCHEMA_VERSION {
        if app_id == APPLICATION_ID {
            return Ok(Layout::Newer(version));
        }
        // Unstamped and newer: only Rumbo's if its own table is there (an unreadable schema is not recognised).
        return Ok(if has_bookmark_table(conn).unwrap_or(false) { Layout::Newer(version) } else { Layout::Foreign });
    }
    let objects: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if app_id == 0 {
        let empty = objects.is_empty() && version == 0;
        // Rumbo before the application id: schema 1, exactly the bookmark table with its columns.
        let legacy =
            version == 1 && objects == ["bookmark"] && bookmark_columns(conn)? == ["kind", "target", "data", "created"];
        if !empty && !legacy {
            return Ok(Layout::Foreign);
        }
    }
    if objects.iter().any(|o| o == "bookmark") {
        // A read of every row: a damaged page shows here rather than later on screen.
        bookmarks::list(conn)?;
    }
    if objects.iter().any(|o| o == "my_case") {
        case::load(conn)?;
    }
    Ok(Layout::Ours { stamp: app_id == 0 })
}

fn has_bookmark_table(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'bookmark'", [], |row| {
        row.get::<_, i64>(0)
    })
    .map(|n| n == 1)
}

fn bookmark_columns(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    conn.prepare("SELECT name FROM pragma_table_info('bookmark') ORDER BY cid")?
        .query_map([], |row| row.get(0))?
        .collect()
}

/// Whether a read failure means damage: SQLite called the file not a database or corrupt, and a full
/// `integrity_check` (which, unlike `quick_check`, checks every index against its table) does not say "ok".
/// Anything else (busy, locked, no permission, out of memory) is not damage, and the file stays where it is.
fn confirmed_damaged(conn: &Connection, error: &rusqlite::Error) -> bool {
    if !is_damage(error) {
        return false;
    }
    match conn.query_row("PRAGMA integrity_check", [], |row| row.get::<_, String>(0)) {
        Ok(first) => first != "ok",
        Err(e) => is_damage(&e),
    }
}

fn is_damage(error: &rusqlite::Error) -> bool {
    matches!(error.sqlite_error_code(), Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt))
}

/// Makes the schema current and stamps Rumbo's application id.
fn finish(conn: &mut Connection, stamp: bool) -> Result<(), rusqlite_migration::Error> {
    migrations().to_latest(conn)?;
    if stamp {
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    Ok(())
}

/// Opens a database kept as bytes (the web keeps the whole small file in IndexedDB), in memory. `None` is a
/// first run. Damaged bytes give a fresh database and `Notice::SetAside(name)`; the caller keeps the old bytes
/// under that name. Bytes from a newer Rumbo give a read-only store: the caller must never write them back.
pub fn open_bytes(bytes: Option<&[u8]>, stamp: &str) -> Result<Opened, rusqlite::Error> {
    let Some(bytes) = bytes.filter(|b| !b.is_empty()) else {
        return Ok(Opened { store: open_in_memory(), notice: None });
    };
    let aside = || Opened {
        store: open_in_memory(),
        notice: Some(Notice::SetAside(PathBuf::from(format!("damaged-{stamp}")))),
    };
    let mut conn = Connection::open_in_memory()?;
    if let Err(e) = conn.deserialize_read_exact(MAIN_DB, bytes, bytes.len(), false) {
        return if is_damage(&e) { Ok(aside()) } else { Err(e) };
    }
    match inspect(&conn) {
        Ok(Layout::Newer(found)) => Ok(Opened { store: newer_store(conn), notice: Some(Notice::Newer { found }) }),
        // Rumbo's own IndexedDB slot cannot hold another program's file unless it was damaged: kept aside.
        Ok(Layout::Foreign) => Ok(aside()),
        Ok(Layout::Ours { stamp }) => match finish(&mut conn, stamp) {
            Ok(()) => Ok(Opened { store: Store { conn, read_only: false }, notice: None }),
            Err(_) => Ok(aside()),
        },
        Err(e) if confirmed_damaged(&conn, &e) => Ok(aside()),
        Err(e) => Err(e),
    }
}

/// A newer Rumbo's database, read-only; when this SQLite cannot even read its schema, an empty read-only store
/// stands in (nothing to show, nothing written).
fn newer_store(conn: Connection) -> Store {
    if bookmarks::list(&conn).is_ok() {
        Store { conn, read_only: true }
    } else {
        Store { conn: Connection::open_in_memory().expect("SQLite opens in memory"), read_only: true }
    }
}

/// Opens (or creates) the database at `path`. The path is injected: the desktop passes its data folder, a
/// phone's platform passes its own.
#[cfg(not(target_arch = "wasm32"))]
pub fn open_file(path: &Path) -> Result<Opened, OpenError> {
    let sqlite = |source| OpenError::Sqlite { path: path.to_path_buf(), source };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|source| OpenError::Io { path: parent.to_path_buf(), source })?;
    }
    // A folder where the file should be is not a database: kept aside like a damaged file.
    if path.is_dir() {
        let aside = set_aside(path)?;
        return fresh(path, Some(Notice::SetAside(aside)));
    }
    // Read-write first: SQLite rolls back a hot journal left by a crash (a read-only open cannot).
    let conn = match Connection::open(path) {
        Ok(conn) => conn,
        Err(e) => {
            // Damaged only if a read-only look confirms it; otherwise (no permission, locked) nothing moves.
            let damaged = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
                .is_ok_and(|ro| inspect(&ro).err().is_some_and(|read| confirmed_damaged(&ro, &read)));
            if !damaged {
                return Err(sqlite(e));
            }
            let aside = set_aside(path)?;
            return fresh(path, Some(Notice::SetAside(aside)));
        }
    };
    match inspect(&conn) {
        Ok(Layout::Foreign) => Err(OpenError::Foreign(path.to_path_buf())),
        Ok(Layout::Newer(found)) => {
            drop(conn);
            let ro = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(sqlite)?;
            Ok(Opened { store: newer_store(ro), notice: Some(Notice::Newer { found }) })
        }
        Ok(Layout::Ours { stamp }) => {
            let mut conn = conn;
            finish(&mut conn, stamp).map_err(|source| OpenError::Migration { path: path.to_path_buf(), source })?;
            Ok(Opened { store: Store { conn, read_only: false }, notice: None })
        }
        Err(e) if confirmed_damaged(&conn, &e) => {
            drop(conn);
            let aside = set_aside(path)?;
            fresh(path, Some(Notice::SetAside(aside)))
        }
        Err(e) => Err(sqlite(e)),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn fresh(path: &Path, notice: Option<Notice>) -> Result<Opened, OpenError> {
    let mut conn = Connection::open(path).map_err(|source| OpenError::Sqlite { path: path.to_path_buf(), source })?;
    finish(&mut conn, true).map_err(|source| OpenError::Migration { path: path.to_path_buf(), source })?;
    Ok(Opened { store: Store { conn, read_only: false }, notice })
}

/// The files SQLite keeps beside a database, which belong to it: moved, kept and deleted with it.
pub const SIDE_FILES: &[&str] = &["-journal", "-wal", "-shm"];

/// Moves a damaged database aside under `NAME.damaged-STAMP`, its side files with it under the matching names
/// (`NAME.damaged-STAMP-journal`), so the pair still opens together. The side files go first: a journal must never
/// be left next to a new, empty database, which SQLite would take as orphaned and delete.
#[cfg(not(target_arch = "wasm32"))]
fn set_aside(path: &Path) -> Result<PathBuf, OpenError> {
    let io = |source| OpenError::Io { path: path.to_path_buf(), source };
    let aside = set_aside_name(path);
    let side = |p: &Path, suffix: &str| {
        let mut name = p.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    let mut moved = Vec::new();
    for suffix in SIDE_FILES {
        let (from, to) = (side(path, suffix), side(&aside, suffix));
        if from.exists() {
            if let Err(e) = std::fs::rename(&from, &to) {
                // Put back what moved: the database and its side files stay together, in place.
                for (from, to) in moved.iter().rev() {
                    let _ = std::fs::rename(to, from);
                }
                return Err(io(e));
            }
            moved.push((from, to));
        }
    }
    if let Err(e) = std::fs::rename(path, &aside) {
        for (from, to) in moved.iter().rev() {
            let _ = std::fs::rename(to, from);
        }
        return Err(io(e));
    }
    Ok(aside)
}

/// A name that is not taken yet, even for two set-asides within the same second.
#[cfg(not(target_arch = "wasm32"))]
fn set_aside_name(path: &Path) -> PathBuf {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "rumbo.sqlite".into());
    let mut candidate = path.with_file_name(format!("{name}.damaged-{stamp}"));
    let mut n = 1;
    while candidate.exists() {
        n += 1;
        candidate = path.with_file_name(format!("{name}.damaged-{stamp}-{n}"));
    }
    candidate
}

/// Serialised bytes that hold every page, or the reason they may not be stored.
fn whole(bytes: Vec<u8>, expected: usize) -> Result<Vec<u8>, SerializeError> {
    if bytes.is_empty() || bytes.len() != expected {
        return Err(SerializeError::Short { got: bytes.len(), expected });
    }
    Ok(bytes)
}

/// A database that lives only as long as the app (tests; a device with no place to write).
pub fn open_in_memory() -> Store {
    let mut conn = Connection::open_in_memory().expect("SQLite opens in memory");
    finish(&mut conn, true).expect("the migrations are validated by a test");
    Store { conn, read_only: false }
}

impl Store {
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// The whole database as bytes, to keep where the platform keeps things. Never empty or partial: the length
    /// is checked against the database's own page count.
    pub fn to_bytes(&self) -> Result<Vec<u8>, SerializeError> {
        let data = self.conn.serialize(MAIN_DB)?;
        let pages: i64 = self.conn.pragma_query_value(None, "page_count", |row| row.get(0))?;
        let page_size: i64 = self.conn.pragma_query_value(None, "page_size", |row| row.get(0))?;
        whole(data.to_vec(), usize::try_from(pages * page_size).unwrap_or(0))
    }

    pub fn schema_version(&self) -> usize {
        migrations().current_version(&self.conn).map(|v| usize::from(&v)).unwrap_or(SCHEMA_VERSION)
    }

    pub fn add(&self, bookmark: &Bookmark) -> Result<bool, StoreError> {
        self.writable()?;
        Ok(bookmarks::add(&self.conn, bookmark)?)
    }

    pub fn remove(&self, kind: Kind, target: &str) -> Result<bool, StoreError> {
        self.writable()?;
        Ok(bookmarks::remove(&self.conn, kind, target)?)
    }

    pub fn contains(&self, kind: Kind, target: &str) -> bool {
        bookmarks::contains(&self.conn, kind, target).unwrap_or(false)
    }

    pub fn list(&self) -> Result<Vec<Bookmark>, StoreError> {
        Ok(bookmarks::list(&self.conn)?)
    }

    /// Adds many in one transaction: all of them, or none if one fails. Returns how many were new.
    pub fn add_all(&mut self, items: &[Bookmark]) -> Result<usize, StoreError> {
        self.add_all_with_case(items, None)
    }

    /// The person's case, if one is saved.
    pub fn case(&self) -> Result<Option<StoredCase>, StoreError> {
        Ok(case::load(&self.conn)?)
    }

    /// Saves the case, replacing the one before. The caller has checked the facts (the case module).
    pub fn save_case(&self, stored: &StoredCase) -> Result<(), StoreError> {
        self.writable()?;
        Ok(case::save(&self.conn, stored)?)
    }

    /// Deletes the case; whether there was one.
    pub fn delete_case(&self) -> Result<bool, StoreError> {
        self.writable()?;
        Ok(case::delete(&self.conn)?)
    }

    /// Adds bookmarks and, if given, saves a case, in one transaction: all of it or nothing.
    pub fn add_all_with_case(&mut self, items: &[Bookmark], stored: Option<&StoredCase>) -> Result<usize, StoreError> {
        self.writable()?;
        let tx = self.conn.transaction()?;
        let mut added = 0;
        for item in items {
            added += usize::from(bookmarks::add(&tx, item)?);
        }
        if let Some(stored) = stored {
            case::save(&tx, stored)?;
        }
        tx.commit()?;
        Ok(added)
    }

    fn writable(&self) -> Result<(), StoreError> {
        if self.read_only {
            Err(StoreError::ReadOnly)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
#[path = "open_tests.rs"]
mod tests;
