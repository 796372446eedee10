//! `rumbo-cli bookmarks` round trip: export from one database, import into another, twice.

use std::process::Command;

fn cli(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rumbo-cli")).args(args).output().expect("rumbo-cli runs");
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn export_import_and_list_move_bookmarks_between_databases_without_duplicates() {
    let dir = std::env::temp_dir().join(format!("rumbo-cli-bookmarks-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
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
    std::fs::remove_dir_all(&dir).unwrap();
}
