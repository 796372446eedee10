//! Opening the database. A file that is not a database, or fails `PRAGMA quick_check`, is moved aside (renamed
//! with a timestamp, never deleted) and a fresh one is made; a database from a newer Rumbo is never migrated down
//! or overwritten: it is opened read-only. Either way the app keeps working and tells the person once.

#[cfg(not(target_arch = "wasm32"))]
use std::path::Path;
use std::path::PathBuf;

#[cfg(not(target_arch = "wasm32"))]
use rusqlite::OpenFlags;
use rusqlite::{Connection, MAIN_DB};
use rusqlite_migration::SchemaVersion;

use super::bookmarks::{self, Bookmark, Kind};
use super::schema::{migrations, SCHEMA_VERSION};

pub struct Store {
    conn: Connection,
    read_only: bool,
}

/// What the person is told once after opening.
#[derive(Debug, PartialEq, Eq)]
pub enum Notice {
    /// The old file was damaged or not a database; it is kept under this name.
    SetAside(PathBuf),
    /// Written by a newer Rumbo (schema `found`): shown, never changed.
    Newer { found: usize },
}

pub struct Opened {
    pub store: Store,
    pub notice: Option<Notice>,
}

/// Opens a database kept as bytes (the web keeps the whole small file in IndexedDB), in memory. `None` is a
/// first run. Damaged bytes give a fresh database and `Notice::SetAside(name)`; the caller keeps the old bytes
/// under that name.
pub fn open_bytes(bytes: Option<&[u8]>, stamp: &str) -> Opened {
    let Some(bytes) = bytes.filter(|b| !b.is_empty()) else { return Opened { store: open_in_memory(), notice: None } };
    let mut conn = Connection::open_in_memory().expect("SQLite opens in memory");
    let loaded = conn.deserialize_read_exact(MAIN_DB, bytes, bytes.len(), false).is_ok()
        && conn.query_row("PRAGMA quick_check", [], |row| row.get::<_, String>(0)).is_ok_and(|r| r == "ok");
    if !loaded {
        return Opened {
            store: open_in_memory(),
            notice: Some(Notice::SetAside(PathBuf::from(format!("damaged-{stamp}")))),
        };
    }
    match migrations().current_version(&conn) {
        Ok(SchemaVersion::Outside(found)) => {
            Opened { store: Store { conn, read_only: true }, notice: Some(Notice::Newer { found: found.get() }) }
        }
        Ok(_) if migrations().to_latest(&mut conn).is_ok() => {
            Opened { store: Store { conn, read_only: false }, notice: None }
        }
        _ => Opened {
            store: open_in_memory(),
            notice: Some(Notice::SetAside(PathBuf::from(format!("damaged-{stamp}")))),
        },
    }
}

/// Opens (or creates) the database at `path`. The path is injected: the desktop passes its data folder, a
/// phone's platform passes its own.
#[cfg(not(target_arch = "wasm32"))]
pub fn open_file(path: &Path) -> Result<Opened, String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    let mut notice = None;
    if path.exists() && !healthy(path) {
        let aside = set_aside_name(path);
        std::fs::rename(path, &aside).map_err(|e| format!("{}: {e}", path.display()))?;
        notice = Some(Notice::SetAside(aside));
    }
    let conn = Connection::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let version = migrations().current_version(&conn).map_err(|e| e.to_string())?;
    if let SchemaVersion::Outside(found) = version {
        drop(conn);
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        return Ok(Opened {
            store: Store { conn, read_only: true },
            notice: Some(Notice::Newer { found: found.get() }),
        });
    }
    let mut conn = conn;
    migrations().to_latest(&mut conn).map_err(|e| e.to_string())?;
    Ok(Opened { store: Store { conn, read_only: false }, notice })
}

/// A database that lives only as long as the app (tests; a device with no place to write).
pub fn open_in_memory() -> Store {
    let mut conn = Connection::open_in_memory().expect("SQLite opens in memory");
    migrations().to_latest(&mut conn).expect("the migrations are validated by a test");
    Store { conn, read_only: false }
}

/// Whether the file is a readable SQLite database whose pages check out.
#[cfg(not(target_arch = "wasm32"))]
fn healthy(path: &Path) -> bool {
    let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) else { return false };
    conn.query_row("PRAGMA quick_check", [], |row| row.get::<_, String>(0)).is_ok_and(|r| r == "ok")
}

#[cfg(not(target_arch = "wasm32"))]
fn set_aside_name(path: &Path) -> PathBuf {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "rumbo.sqlite".into());
    path.with_file_name(format!("{name}.damaged-{stamp}"))
}

impl Store {
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// The whole database as bytes, to keep where the platform keeps things.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.conn.serialize(MAIN_DB).map(|data| data.to_vec()).unwrap_or_default()
    }

    pub fn schema_version(&self) -> usize {
        migrations().current_version(&self.conn).map(|v| usize::from(&v)).unwrap_or(SCHEMA_VERSION)
    }

    pub fn add(&self, bookmark: &Bookmark) -> Result<bool, String> {
        self.writable()?;
        bookmarks::add(&self.conn, bookmark).map_err(|e| e.to_string())
    }

    pub fn remove(&self, kind: Kind, target: &str) -> Result<bool, String> {
        self.writable()?;
        bookmarks::remove(&self.conn, kind, target).map_err(|e| e.to_string())
    }

    pub fn contains(&self, kind: Kind, target: &str) -> bool {
        bookmarks::contains(&self.conn, kind, target).unwrap_or(false)
    }

    pub fn list(&self) -> Result<Vec<Bookmark>, String> {
        bookmarks::list(&self.conn).map_err(|e| e.to_string())
    }

    /// Adds many in one transaction: all of them, or none if one fails. Returns how many were new.
    pub fn add_all(&mut self, items: &[Bookmark]) -> Result<usize, String> {
        self.writable()?;
        let tx = self.conn.transaction().map_err(|e| e.to_string())?;
        let mut added = 0;
        for item in items {
            added += usize::from(bookmarks::add(&tx, item).map_err(|e| e.to_string())?);
        }
        tx.commit().map_err(|e| e.to_string())?;
        Ok(added)
    }

    fn writable(&self) -> Result<(), String> {
        if self.read_only {
            Err("this database was written by a newer version of Rumbo: it is read-only here".into())
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rumbo-store-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("rumbo.sqlite")
    }

    fn guide(target: &str, created: i64) -> Bookmark {
        Bookmark { kind: Kind::Guide, target: target.into(), data: None, created }
    }

    #[test]
    fn every_kind_round_trips_newest_first_and_survives_reopening() {
        let path = temp("round-trip");
        let deadline = Bookmark {
            kind: Kind::Deadline,
            target: "asylum:2025-03-03".into(),
            data: Some(serde_json::json!({"earliest": "2025-04-15", "latest": "2025-04-16", "calendar": "2026-11-27"})),
            created: 30,
        };
        {
            let opened = open_file(&path).unwrap();
            assert_eq!(opened.notice, None);
            opened.store.add(&guide("tvrh", 10)).unwrap();
            opened.store.add(&Bookmark { kind: Kind::Entry, target: "ciam".into(), data: None, created: 20 }).unwrap();
            opened.store.add(&deadline).unwrap();
        }
        let store = open_file(&path).unwrap().store;
        let list = store.list().unwrap();
        assert_eq!(list.iter().map(|b| b.target.as_str()).collect::<Vec<_>>(), ["asylum:2025-03-03", "ciam", "tvrh"]);
        assert_eq!(list[0], deadline);
        assert!(store.contains(Kind::Entry, "ciam"));
        assert!(store.remove(Kind::Entry, "ciam").unwrap());
        assert!(!store.contains(Kind::Entry, "ciam"));
        assert_eq!(store.schema_version(), SCHEMA_VERSION);
    }

    #[test]
    fn saving_twice_keeps_one() {
        let store = open_in_memory();
        assert!(store.add(&guide("rights", 1)).unwrap());
        assert!(!store.add(&guide("rights", 2)).unwrap());
        assert_eq!(store.list().unwrap().len(), 1);
    }

    #[test]
    fn random_bytes_and_a_truncated_database_are_set_aside_and_a_fresh_one_is_made() {
        let path = temp("random");
        std::fs::write(&path, b"this is not a database, just bytes that happen to be here").unwrap();
        let opened = open_file(&path).unwrap();
        let Some(Notice::SetAside(aside)) = &opened.notice else { panic!("told once: {:?}", opened.notice) };
        assert!(aside.exists(), "the old file is kept");
        assert!(aside.file_name().unwrap().to_string_lossy().starts_with("rumbo.sqlite.damaged-"));
        opened.store.add(&guide("rights", 1)).unwrap();

        let path = temp("truncated");
        {
            let store = open_file(&path).unwrap().store;
            for i in 0..200 {
                store.add(&guide(&format!("section-{i}"), i)).unwrap();
            }
        }
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        let opened = open_file(&path).unwrap();
        assert!(matches!(opened.notice, Some(Notice::SetAside(_))), "{:?}", opened.notice);
        assert!(opened.store.list().unwrap().is_empty(), "a fresh database");
    }

    #[test]
    fn bytes_round_trip_and_damaged_bytes_give_a_fresh_database() {
        let store = open_in_memory();
        store.add(&guide("rights", 1)).unwrap();
        let bytes = store.to_bytes();
        let opened = open_bytes(Some(&bytes), "x");
        assert_eq!(opened.notice, None);
        assert_eq!(opened.store.list().unwrap().len(), 1);
        let opened = open_bytes(Some(&bytes[..bytes.len() / 2]), "20261127");
        assert_eq!(opened.notice, Some(Notice::SetAside("damaged-20261127".into())));
        assert!(opened.store.list().unwrap().is_empty());
        assert!(open_bytes(Some(b"not a database"), "x").notice.is_some());
        assert!(open_bytes(None, "x").notice.is_none());
    }

    #[test]
    fn a_database_from_a_newer_rumbo_is_read_but_never_changed() {
        let path = temp("newer");
        {
            let store = open_file(&path).unwrap().store;
            store.add(&guide("rights", 1)).unwrap();
            store.conn.pragma_update(None, "user_version", 99).unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let opened = open_file(&path).unwrap();
        assert_eq!(opened.notice, Some(Notice::Newer { found: 99 }));
        assert!(opened.store.read_only());
        assert_eq!(opened.store.list().unwrap().len(), 1, "what it holds is still shown");
        assert!(opened.store.add(&guide("tvrh", 2)).unwrap_err().contains("newer version"));
        drop(opened);
        assert_eq!(std::fs::read(&path).unwrap(), before, "not a byte changed");
    }
}
