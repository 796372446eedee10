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

/// An outreach worker moving someone's phone: the case travels only when asked, because anyone who sees the file
/// can read the dates, and it arrives whole in the new database.
#[test]
fn the_case_goes_into_the_export_only_with_with_case_and_imports_whole() {
    let scratch = scratch();
    let dir = scratch.path();
    let file = dir.join("with-case.json");
    std::fs::write(
        &file,
        r#"{"format": "rumbo-bookmarks", "version": 2, "bookmarks": [{"kind": "guide", "target": "tvrh", "created": 1}],
            "case": {"version": 1, "facts": {"version": 1, "entry": {"precision": "day", "date": "2025-03-03"}}}}"#,
    )
    .unwrap();
    let (a, b) = (dir.join("a.sqlite"), dir.join("b.sqlite"));
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let (ok, out, err) = cli(&["bookmarks", "import", "--db", a, file.to_str().unwrap()]);
    assert!(ok && out.contains("the file's case was added"), "{out}{err}");

    let (ok, plain, _) = cli(&["bookmarks", "export", "--db", a]);
    assert!(ok && plain.contains("tvrh"), "{plain}");
    assert!(!plain.contains("2025-03-03") && !plain.contains("\"case\""), "no case without the flag: {plain}");

    let (ok, with, _) = cli(&["bookmarks", "export", "--db", a, "--with-case"]);
    assert!(ok && with.contains("2025-03-03") && with.contains("\"version\": 2"), "{with}");
    let copy = dir.join("copy.json");
    std::fs::write(&copy, with).unwrap();
    let (ok, out, err) = cli(&["bookmarks", "import", "--db", b, copy.to_str().unwrap()]);
    assert!(ok && out.contains("1 new bookmarks") && out.contains("the file's case was added"), "{out}{err}");

    // A database without a case: the file holds the bookmarks, and the person is told.
    let (ok, only, err) =
        cli(&["bookmarks", "export", "--db", dir.join("empty.sqlite").to_str().unwrap(), "--with-case"]);
    assert!(ok && !only.contains("\"case\"") && err.contains("has no case"), "{only}{err}");
}
