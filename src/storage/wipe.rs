//! Erasing what the desktop app wrote in its data folder, and only that: the folder may be one the person
//! chose (`RUMBO_DATA_DIR`), holding files that are not Rumbo's.

use std::{fs, io, path::Path};

/// The database (with any damaged copies set aside beside it) and the language choice.
const DATA_FILES: &[&str] = &["rumbo.sqlite", "language"];
/// The webview's own storage, which Rumbo keeps inside its data folder.
pub const WEBVIEW_DIR: &str = "webview";
/// What WebKitGTK writes beside that folder, whatever it is told (seen with WebKitGTK 2.50).
const WEBVIEW_FILES: &[&str] = &["hsts-storage.sqlite"];

/// Deletes the person's data: the database, its set-aside copies and the language choice. With `webview`,
/// also the webview's storage. The folder itself goes too once nothing else is in it.
pub fn remove_data(dir: &Path, webview: bool) -> io::Result<()> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if DATA_FILES.iter().any(|file| name == *file || name.starts_with(&format!("{file}."))) {
            fs::remove_file(entry.path())?;
        } else if webview && name == WEBVIEW_DIR {
            fs::remove_dir_all(entry.path())?;
        } else if webview && WEBVIEW_FILES.iter().any(|file| name == *file || name.starts_with(&format!("{file}-"))) {
            fs::remove_file(entry.path())?;
        }
    }
    // Fails harmlessly when other files remain.
    let _ = fs::remove_dir(dir);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::open_file;

    fn folder(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("rumbo-wipe-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn removing_data_leaves_nothing_rumbo_wrote() {
        let dir = folder("all");
        fs::write(dir.join("rumbo.sqlite"), b"not a database").unwrap();
        // Opening sets the damaged file aside and makes a fresh one: both must go.
        open_file(&dir.join("rumbo.sqlite")).unwrap();
        fs::write(dir.join("language"), "ht").unwrap();
        fs::create_dir_all(dir.join("webview/localstorage")).unwrap();
        fs::write(dir.join("webview/localstorage/x"), "1").unwrap();
        fs::write(dir.join("hsts-storage.sqlite"), "").unwrap();

        remove_data(&dir, false).unwrap();
        let left: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        let mut left: Vec<_> = left.iter().map(|n| n.to_string_lossy().into_owned()).collect();
        left.sort();
        assert_eq!(left, ["hsts-storage.sqlite", WEBVIEW_DIR], "only the webview's files stay");

        remove_data(&dir, true).unwrap();
        assert!(!dir.exists(), "the empty folder goes too");
    }

    #[test]
    fn files_that_are_not_rumbos_stay() {
        let dir = folder("foreign");
        fs::write(dir.join("rumbo.sqlite"), b"").unwrap();
        fs::write(dir.join("notes.txt"), "mine").unwrap();
        fs::write(dir.join("rumbo.sqlite-notes"), "mine too").unwrap();
        remove_data(&dir, true).unwrap();
        assert_eq!(fs::read_to_string(dir.join("notes.txt")).unwrap(), "mine");
        assert!(dir.join("rumbo.sqlite-notes").exists());
        assert!(!dir.join("rumbo.sqlite").exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_folder_is_nothing_to_do() {
        remove_data(&std::env::temp_dir().join("rumbo-wipe-never-made"), true).unwrap();
    }
}
