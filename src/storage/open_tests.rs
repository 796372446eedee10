use super::*;

/// A database path in a folder of its own, removed with the returned guard.
fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rumbo.sqlite");
    (dir, path)
}

fn guide(target: &str, created: i64) -> Bookmark {
    Bookmark { kind: Kind::Guide, target: target.into(), data: None, created }
}

/// The names in the database's folder, sorted.
fn names(path: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_kind_round_trips_newest_first_and_survives_reopening() {
    let (_dir, path) = temp();
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
    let (_dir, path) = temp();
    std::fs::write(&path, b"this is not a database, just bytes that happen to be here").unwrap();
    let opened = open_file(&path).unwrap();
    let Some(Notice::SetAside(aside)) = &opened.notice else { panic!("told once: {:?}", opened.notice) };
    assert!(aside.exists(), "the old file is kept");
    assert!(aside.file_name().unwrap().to_string_lossy().starts_with("rumbo.sqlite.damaged-"));
    opened.store.add(&guide("rights", 1)).unwrap();

    let (_dir, path) = temp();
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

/// SQLite itself discards side files it finds meaningless when it opens a damaged file (a journal whose header is
/// not a journal's, a WAL it checkpoints on close); whatever is still there when the file is set aside goes with it,
/// under the matching names, so the pair still opens together.
#[test]
fn a_damaged_database_is_set_aside_with_its_side_files() {
    let (_dir, path) = temp();
    std::fs::write(&path, vec![7u8; 8192]).unwrap();
    for suffix in SIDE_FILES {
        std::fs::write(format!("{}{suffix}", path.display()), format!("side {suffix}")).unwrap();
    }
    let aside = set_aside(&path).unwrap();
    let aside = aside.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(
        names(&path),
        [aside.clone(), format!("{aside}-journal"), format!("{aside}-shm"), format!("{aside}-wal")],
        "nothing left at the old names"
    );
    let wal = path.with_file_name(format!("{aside}-wal"));
    assert_eq!(std::fs::read_to_string(wal).unwrap(), "side -wal", "moved, not rewritten");

    // Through open_file: a damaged database with a -shm beside it (SQLite leaves a lone -shm alone).
    let (_dir, path) = temp();
    std::fs::write(&path, vec![7u8; 8192]).unwrap();
    std::fs::write(format!("{}-shm", path.display()), "side").unwrap();
    let opened = open_file(&path).unwrap();
    let Some(Notice::SetAside(aside)) = &opened.notice else { panic!("{:?}", opened.notice) };
    assert!(PathBuf::from(format!("{}-shm", aside.display())).exists(), "{:?}", names(&path));
}

/// What a crash leaves: the database with pages of an unfinished transaction already written and a hot journal
/// beside it. Made by copying both files while a large transaction is open and spilling to disk.
#[test]
fn a_hot_journal_is_rolled_back_by_sqlite_and_nothing_is_set_aside() {
    let (_dir, path) = temp();
    let mut store = open_file(&path).unwrap().store;
    let committed: Vec<Bookmark> = (0..500).map(|i| guide(&format!("kept-{i}"), i)).collect();
    store.add_all(&committed).unwrap();
    store.conn.pragma_update(None, "cache_size", 10).unwrap();
    let tx = store.conn.transaction().unwrap();
    for i in 0..5000 {
        bookmarks::add(&tx, &guide(&format!("torn-{i:05}-{}", "x".repeat(100)), i)).unwrap();
    }
    let (_crashed_dir, crashed) = temp();
    let journal = format!("{}-journal", path.display());
    assert!(std::fs::metadata(&journal).unwrap().len() > 0, "the transaction is under way");
    std::fs::copy(&path, &crashed).unwrap();
    std::fs::copy(&journal, format!("{}-journal", crashed.display())).unwrap();
    drop(tx);

    let opened = open_file(&crashed).unwrap();
    assert_eq!(opened.notice, None, "not judged damaged");
    let list = opened.store.list().unwrap();
    assert_eq!(list.len(), 500, "every committed item, nothing of the torn transaction");
    assert!(list.iter().all(|b| b.target.starts_with("kept-")));
    assert_eq!(names(&crashed), ["rumbo.sqlite"], "nothing set aside, the journal played back");
}

#[test]
fn bytes_round_trip_and_damaged_bytes_give_a_fresh_database() {
    let store = open_in_memory();
    store.add(&guide("rights", 1)).unwrap();
    let bytes = store.to_bytes().unwrap();
    let opened = open_bytes(Some(&bytes), "x").unwrap();
    assert_eq!(opened.notice, None);
    assert_eq!(opened.store.list().unwrap().len(), 1);
    let opened = open_bytes(Some(&bytes[..bytes.len() / 2]), "20261127").unwrap();
    assert_eq!(opened.notice, Some(Notice::SetAside("damaged-20261127".into())));
    assert!(opened.store.list().unwrap().is_empty());
    assert!(open_bytes(Some(b"not a database"), "x").unwrap().notice.is_some());
    assert!(open_bytes(None, "x").unwrap().notice.is_none());
}

#[test]
fn zero_or_partial_bytes_are_never_handed_out_to_be_stored() {
    assert!(matches!(whole(Vec::new(), 0), Err(SerializeError::Short { got: 0, .. })));
    assert!(matches!(whole(vec![0; 4096], 8192), Err(SerializeError::Short { got: 4096, expected: 8192 })));
    let bytes = open_in_memory().to_bytes().unwrap();
    assert!(bytes.len() >= 512 && bytes.starts_with(b"SQLite format 3\0"));
}

#[test]
fn a_database_from_a_newer_rumbo_is_read_but_never_changed() {
    let (_dir, path) = temp();
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
    let refused = opened.store.add(&guide("tvrh", 2)).unwrap_err();
    assert!(matches!(refused, StoreError::ReadOnly) && refused.to_string().contains("newer version"), "{refused}");
    assert_eq!(refused.message_id(), "saved-notice-newer", "told as read-only, not as a failure");
    drop(opened);
    assert_eq!(std::fs::read(&path).unwrap(), before, "not a byte changed");
}

/// A newer Rumbo may use SQL this SQLite cannot parse: the file is still recognised by its header.
fn newer_unparseable(path: &Path) {
    let store = open_file(path).unwrap().store;
    store.add(&guide("rights", 1)).unwrap();
    store.conn.pragma_update(None, "user_version", 7).unwrap();
    store.conn.pragma_update(None, "writable_schema", "ON").unwrap();
    store
        .conn
        .execute(
            "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql)
             VALUES ('table', 'future', 'future', 0, 'CREATE TABLE future (a SYNTAX OF 2030 (((')",
            [],
        )
        .unwrap();
}

#[test]
fn a_newer_schema_this_sqlite_cannot_parse_is_left_untouched() {
    let (_dir, path) = temp();
    newer_unparseable(&path);
    let before = std::fs::read(&path).unwrap();
    let opened = open_file(&path).unwrap();
    assert_eq!(opened.notice, Some(Notice::Newer { found: 7 }));
    assert!(opened.store.read_only());
    assert!(opened.store.add(&guide("tvrh", 2)).is_err());
    drop(opened);
    assert_eq!(std::fs::read(&path).unwrap(), before, "not a byte changed");
    assert_eq!(names(&path), ["rumbo.sqlite"], "nothing set aside");

    let opened = open_bytes(Some(&before), "x").unwrap();
    assert_eq!(opened.notice, Some(Notice::Newer { found: 7 }), "the web's bytes too");
    assert!(opened.store.read_only());
}

#[test]
fn another_programs_sqlite_file_is_refused_and_left_as_it_is() {
    for (name, app_id) in [("foreign-unstamped", 0), ("foreign-stamped", 0x0F05_5112)] {
        let (_dir, path) = temp();
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');").unwrap();
            conn.pragma_update(None, "application_id", app_id).unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        assert!(matches!(open_file(&path), Err(OpenError::Foreign(_))), "{name}");
        assert_eq!(std::fs::read(&path).unwrap(), before, "{name}: not migrated");
        assert_eq!(names(&path), ["rumbo.sqlite"]);
    }
    // Rumbo's table name, but not a state Rumbo ever leaves (the table without its schema version).
    let (_dir, path) = temp();
    Connection::open(&path).unwrap().execute_batch(crate::storage::schema::STEPS[0]).unwrap();
    assert!(matches!(open_file(&path), Err(OpenError::Foreign(_))));
}

#[test]
fn a_rumbo_database_from_before_the_application_id_is_accepted_and_stamped_once() {
    let (_dir, path) = temp();
    {
        let mut conn = Connection::open(&path).unwrap();
        // Databases without the id were all of schema 1.
        migrations().to_version(&mut conn, 1).unwrap();
        bookmarks::add(&conn, &guide("tvrh", 1)).unwrap();
        assert_eq!(conn.pragma_query_value(None, "application_id", |r| r.get::<_, i32>(0)).unwrap(), 0);
    }
    let opened = open_file(&path).unwrap();
    assert_eq!(opened.notice, None);
    assert_eq!(opened.store.list().unwrap(), [guide("tvrh", 1)]);
    let id: i32 = opened.store.conn.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    assert_eq!(id, APPLICATION_ID);
    assert_eq!(opened.store.schema_version(), SCHEMA_VERSION, "and migrated");
    drop(opened);
    // A new, empty file is stamped too.
    let (_dir, path) = temp();
    std::fs::write(&path, b"").unwrap();
    let opened = open_file(&path).unwrap();
    let id: i32 = opened.store.conn.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    assert_eq!(id, APPLICATION_ID);
}

#[cfg(unix)]
#[test]
fn a_file_that_cannot_be_written_is_not_judged_damaged() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path) = temp();
    open_file(&path).unwrap().store.add(&guide("tvrh", 1)).unwrap();
    let dir = path.parent().unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let result = open_file(&path);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    // Root reads any file: the point is only that nothing is ever set aside for lack of permission.
    if let Err(e) = result {
        assert_eq!(e.cause(), OpenCause::Permission, "{e}");
    }
    assert_eq!(names(&path), ["rumbo.sqlite"], "nothing set aside in {}", dir.display());
}
