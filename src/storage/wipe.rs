//! Erasing what the desktop app wrote in its data folder, and only that: the folder may be one the person
//! chose (`RUMBO_DATA_DIR`), holding files that are not Rumbo's.

use std::{fs, io, path::Path, path::PathBuf};

use super::open::SIDE_FILES;

/// The database (with any damaged copies set aside beside it, named `rumbo.sqlite.damaged-…`) and the language
/// choice.
const DATA_FILES: &[&str] = &["rumbo.sqlite", "language"];
/// The webview's own storage, which Rumbo keeps inside its data folder.
pub const WEBVIEW_DIR: &str = "webview";
/// What WebKitGTK writes beside that folder, whatever it is told (seen with WebKitGTK 2.50).
const WEBVIEW_FILES: &[&str] = &["hsts-storage.sqlite"];

/// What could not be deleted; every other step still ran.
#[derive(Debug, Default)]
pub struct WipeReport {
    pub failed: Vec<(PathBuf, io::Error)>,
}

impl WipeReport {
    pub fn is_complete(&self) -> bool {
        self.failed.is_empty()
    }
}

/// Whether `name` is one of Rumbo's data files: the database, its `-journal`, `-wal` and `-shm`, the copies set
/// aside (and theirs), the language.
fn is_data_file(name: &str) -> bool {
    DATA_FILES.iter().any(|file| {
        name == *file
            || name.starts_with(&format!("{file}."))
            || (*file == "rumbo.sqlite" && SIDE_FILES.iter().any(|side| name == format!("{file}{side}")))
    })
}

/// Deletes the person's data: the database with its side files, its set-aside copies and the language choice.
/// With `webview`, also the webview's storage. Each file is tried even when another could not be deleted (as in
/// Tella's quick delete), and what failed is reported. The folder itself goes too once nothing else is in it. The
/// caller closes its connection to the database first.
pub fn remove_data(dir: &Path, webview: bool) -> WipeReport {
    let mut report = WipeReport::default();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return report,
        Err(e) => {
            report.failed.push((dir.to_path_buf(), e));
            return report;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                report.failed.push((dir.to_path_buf(), e));
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy().into_owned();
        let result = if is_data_file(&name) {
            fs::remove_file(entry.path())
        } else if webview && name == WEBVIEW_DIR {
            fs::remove_dir_all(entry.path())
        } else if webview && WEBVIEW_FILES.iter().any(|file| name == *file || name.starts_with(&format!("{file}-"))) {
            fs::remove_file(entry.path())
        } else {
            continue;
        };
        if let Err(e) = result {
            report.failed.push((entry.path(), e));
        }
    }
    // Fails harmlessly when other files remain.
    let _ = fs::remove_dir(dir);
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::open_file;

    fn folder() -> tempfile::TempDir {
        tempfile::tempdir().unwrap()
    }

    #[test]
    fn removing_data_leaves_nothing_rumbo_wrote() {
        let folder = folder();
        let dir = folder.path();
        fs::write(dir.join("rumbo.sqlite"), b"not a database").unwrap();
        // Opening sets the damaged file aside and makes a fresh one: both must go.
        open_file(&dir.join("rumbo.sqlite")).unwrap();
        fs::write(dir.join("language"), "ht").unwrap();
        fs::create_dir_all(dir.join("webview/localstorage")).unwrap();
        fs::write(dir.join("webview/localstorage/x"), "1").unwrap();
        fs::write(dir.join("hsts-storage.sqlite"), "").unwrap();

        assert!(remove_data(dir, false).is_complete());
        let left: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        let mut left: Vec<_> = left.iter().map(|n| n.to_string_lossy().into_owned()).collect();
        left.sort();
        assert_eq!(left, ["hsts-storage.sqlite", WEBVIEW_DIR], "only the webview's files stay");

        assert!(remove_data(dir, true).is_complete());
        assert!(!dir.exists(), "the empty folder goes too");
    }

    #[test]
    fn files_that_are_not_rumbos_stay() {
        let folder = folder();
        let dir = folder.path();
        fs::write(dir.join("rumbo.sqlite"), b"").unwrap();
        fs::write(dir.join("notes.txt"), "mine").unwrap();
        fs::write(dir.join("rumbo.sqlite-notes"), "mine too").unwrap();
        assert!(remove_data(dir, true).is_complete());
        assert_eq!(fs::read_to_string(dir.join("notes.txt")).unwrap(), "mine");
        assert!(dir.join("rumbo.sqlite-notes").exists());
        assert!(!dir.join("rumbo.sqlite").exists());
    }

    #[test]
    fn a_missing_folder_is_nothing_to_do() {
        assert!(remove_data(&std::env::temp_dir().join("rumbo-wipe-never-made"), true).is_complete());
    }

    #[test]
    fn the_database_goes_with_every_side_file_and_each_step_runs_past_a_failure() {
        let folder = folder();
        let dir = folder.path();
        for name in [
            "rumbo.sqlite",
            "rumbo.sqlite-journal",
            "rumbo.sqlite-shm",
            "rumbo.sqlite.damaged-20261203T080916Z",
            "rumbo.sqlite.damaged-20261203T080916Z-journal",
            "language",
        ] {
            fs::write(dir.join(name), "x").unwrap();
        }
        // A folder where the -wal file would be cannot be removed as a file: that step fails, the others run.
        fs::create_dir(dir.join("rumbo.sqlite-wal")).unwrap();
        let report = remove_data(dir, false);
        assert_eq!(report.failed.len(), 1, "{:?}", report.failed);
        assert!(report.failed[0].0.ends_with("rumbo.sqlite-wal"));
        let left: Vec<_> =
            fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert_eq!(left, ["rumbo.sqlite-wal"], "everything else went");
    }

    #[test]
    fn a_hot_journal_goes_with_its_database() {
        let folder = folder();
        let dir = folder.path();
        let path = dir.join("rumbo.sqlite");
        let mut store = open_file(&path).unwrap().store;
        store
            .add_all(&[crate::storage::Bookmark {
                kind: crate::storage::Kind::Guide,
                target: "tvrh".into(),
                data: None,
                created: 1,
            }])
            .unwrap();
        drop(store);
        fs::write(dir.join("rumbo.sqlite-journal"), vec![0xd9u8; 4096]).unwrap();
        assert!(remove_data(dir, false).is_complete());
        assert!(!dir.exists(), "nothing left, the folder went too");
    }
}
