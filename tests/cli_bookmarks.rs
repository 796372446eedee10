//! `rumbo-cli bookmarks` round trip: export from one database, import into another, twice.

mod common;

use common::{cli, scratch};

#[test]
fn export_import_and_list_move_bookmarks_between_databases_without_duplicates() {
    let scratch = scratch();
    let dir = scratch.path();
    let file = dir.join("saved.json");
    std::fs::write(
        &file,
        r#"{"format": "rumbo-bookmarks", "version": 1, "bookmarks": [
            {"kind": "guide", "target": "tvrh", "created": 1},
            {"kind": "entry", "target": "ciam", "created": 2}]}"#,
    )
    .unwrap();
    let (a, b) = (dir.join("a.sqlite"), dir.join("b.sqlite"));
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let (ok, out, err) = cli(&["bookmarks", "import", "--db", a, file.to_str().unwrap()]);
    assert!(ok && out.contains("2 new bookmarks"), "{out}{err}");
    let (ok, exported, _) = cli(&["bookmarks", "export", "--db", a]);
    assert!(ok);
    let copy = dir.join("copy.json");
    std::fs::write(&copy, exported).unwrap();
    for expected in ["2 new bookmarks", "0 new bookmarks"] {
        let (ok, out, _) = cli(&["bookmarks", "import", "--db", b, copy.to_str().unwrap()]);
        assert!(ok && out.contains(expected), "{out}");
    }
    let (_, list, _) = cli(&["bookmarks", "list", "--db", b]);
    assert_eq!(list, "entry\tciam\nguide\ttvrh\n");
    std::fs::write(&copy, "{\"format\": \"rumbo-bookmarks\"").unwrap();
    let (ok, _, err) = cli(&["bookmarks", "import", "--db", b, copy.to_str().unwrap()]);
    assert!(!ok && err.contains("not a Rumbo bookmarks file"), "{err}");
}

#[test]
fn a_poison_deadline_is_refused_with_the_reason_and_nothing_saved_changes() {
    let scratch = scratch();
    let dir = scratch.path();
    let db = dir.join("a.sqlite");
    let db = db.to_str().unwrap();
    let good = dir.join("good.json");
    // Windows Notepad's byte-order mark is accepted.
    std::fs::write(&good, "\u{feff}{\"format\": \"rumbo-bookmarks\", \"version\": 1, \"bookmarks\": [{\"kind\": \"guide\", \"target\": \"tvrh\", \"created\": 1}]}").unwrap();
    let (ok, out, err) = cli(&["bookmarks", "import", "--db", db, good.to_str().unwrap()]);
    assert!(ok && out.contains("1 new bookmarks"), "{out}{err}");
    let poison = dir.join("poison.json");
    std::fs::write(
        &poison,
        r#"{"format": "rumbo-bookmarks", "version": 1, "bookmarks": [
            {"kind": "guide", "target": "rights", "created": 2},
            {"kind": "deadline", "target": "asylum:+262142-12-31", "created": 3}]}"#,
    )
    .unwrap();
    let (ok, _, err) = cli(&["bookmarks", "import", "--db", db, poison.to_str().unwrap()]);
    assert!(!ok && err.contains("asylum:+262142-12-31"), "{err}");
    let (_, list, _) = cli(&["bookmarks", "list", "--db", db]);
    assert_eq!(list, "guide\ttvrh\n", "nothing changed");
}

#[test]
fn another_programs_database_is_refused_and_left_as_it_is() {
    let scratch = scratch();
    let dir = scratch.path();
    let db = dir.join("notes.sqlite");
    write_foreign_database(&db);
    let before = std::fs::read(&db).unwrap();
    let (ok, _, err) = cli(&["bookmarks", "list", "--db", db.to_str().unwrap()]);
    assert!(!ok && err.contains("not a Rumbo database"), "{err}");
    assert_eq!(std::fs::read(&db).unwrap(), before, "not migrated");
}

/// Another app's database, written with the same bundled SQLite.
fn write_foreign_database(path: &std::path::Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');").unwrap();
}
