//! The person's own case ("My case"): one per device, kept as the core's facts in JSON text with the version of
//! that format, so a newer Rumbo knows what an older one wrote. Storage does not read the facts: the case module
//! checks them before they are saved and when an import carries them.

use rusqlite::{params, Connection, OptionalExtension};

/// The largest case kept, as JSON text: a case with every field and a few dozen appointments is about 2 KiB.
/// The schema's CHECK holds the same limit.
pub const MAX_CASE_BYTES: usize = 16 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredCase {
    /// The version of the facts' JSON format (the case module's).
    pub version: u32,
    /// The facts as JSON text.
    pub facts: String,
    /// When it was last saved: seconds since 1970, UTC.
    pub updated: i64,
}

pub fn load(conn: &Connection) -> rusqlite::Result<Option<StoredCase>> {
    conn.query_row("SELECT version, facts, updated FROM my_case WHERE id = 1", [], |row| {
        Ok(StoredCase { version: row.get(0)?, facts: row.get(1)?, updated: row.get(2)? })
    })
    .optional()
}

/// Replaces the case in one statement: a crash leaves the old one or the new one, never half of each.
pub fn save(conn: &Connection, case: &StoredCase) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO my_case (id, version, facts, updated) VALUES (1, ?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET version = excluded.version, facts = excluded.facts, updated = excluded.updated",
        params![case.version, case.facts, case.updated],
    )?;
    Ok(())
}

pub fn delete(conn: &Connection) -> rusqlite::Result<bool> {
    Ok(conn.execute("DELETE FROM my_case", [])? > 0)
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use super::*;
    use crate::storage::{migrations, open_bytes, open_file, open_in_memory, remove_data, Bookmark, Kind};

    fn facts(entry: &str) -> StoredCase {
        StoredCase { version: 1, facts: format!(r#"{{"entry":"{entry}"}}"#), updated: 5 }
    }

    fn temp(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("rumbo-case-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn one_case_saves_replaces_survives_reopening_and_deletes() {
        let dir = temp("round-trip");
        let path = dir.join("rumbo.sqlite");
        {
            let store = open_file(&path).unwrap().store;
            assert_eq!(store.case().unwrap(), None);
            store.save_case(&facts("2025-03-03")).unwrap();
            store.save_case(&facts("2025-03-04")).unwrap();
        }
        let store = open_file(&path).unwrap().store;
        assert_eq!(store.case().unwrap(), Some(facts("2025-03-04")), "the second replaced the first");
        assert!(store.delete_case().unwrap());
        assert_eq!(store.case().unwrap(), None);
        assert!(!store.delete_case().unwrap());
        drop(store);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_schema_1_database_keeps_its_bookmarks_and_gains_the_case() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrations().to_version(&mut conn, 1).unwrap();
        conn.pragma_update(None, "application_id", crate::storage::APPLICATION_ID).unwrap();
        crate::storage::bookmarks::add(
            &conn,
            &Bookmark { kind: Kind::Guide, target: "tvrh".into(), data: None, created: 1 },
        )
        .unwrap();
        let bytes = conn.serialize(rusqlite::MAIN_DB).unwrap().to_vec();
        let opened = open_bytes(Some(&bytes), "x").unwrap();
        assert_eq!(opened.notice, None);
        assert_eq!(opened.store.schema_version(), crate::storage::SCHEMA_VERSION);
        assert_eq!(opened.store.list().unwrap().len(), 1, "bookmarks kept");
        opened.store.save_case(&facts("2025-03-03")).unwrap();
        // And the web's bytes carry it.
        let again = open_bytes(Some(&opened.store.to_bytes().unwrap()), "x").unwrap();
        assert_eq!(again.store.case().unwrap(), Some(facts("2025-03-03")));
    }

    #[test]
    fn the_schema_refuses_what_is_not_json_or_too_large() {
        let store = open_in_memory();
        let bad = StoredCase { version: 1, facts: "{not json".into(), updated: 1 };
        assert!(store.save_case(&bad).is_err());
        let huge = StoredCase { version: 1, facts: format!(r#"{{"x":"{}"}}"#, "a".repeat(MAX_CASE_BYTES)), updated: 1 };
        assert!(store.save_case(&huge).is_err());
        let zero = StoredCase { version: 0, ..facts("2025-03-03") };
        assert!(store.save_case(&zero).is_err());
        assert_eq!(store.case().unwrap(), None, "nothing stored");
    }

    #[test]
    fn a_newer_rumbos_database_keeps_its_case_unchanged() {
        let store = open_in_memory();
        store.save_case(&facts("2025-03-03")).unwrap();
        let mut bytes = store.to_bytes().unwrap();
        // user_version sits at bytes 60..64 of the header.
        bytes[60..64].copy_from_slice(&99u32.to_be_bytes());
        let opened = open_bytes(Some(&bytes), "x").unwrap();
        assert!(opened.store.read_only());
        assert_eq!(opened.store.case().unwrap(), Some(facts("2025-03-03")), "shown");
        assert!(opened.store.save_case(&facts("2026-01-01")).is_err());
        assert!(opened.store.delete_case().is_err());
    }

    #[test]
    fn delete_my_data_on_the_desktop_leaves_no_case() {
        let dir = temp("wipe");
        let path = dir.join("rumbo.sqlite");
        open_file(&path).unwrap().store.save_case(&facts("2025-03-03")).unwrap();
        assert!(remove_data(&dir, false).is_complete());
        assert!(!dir.exists());
        assert_eq!(open_file(&path).unwrap().store.case().unwrap(), None, "a new database has no case");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
