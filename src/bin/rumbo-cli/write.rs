//! Every file rumbo-cli makes is whole or absent: an edition, a pack, a calendar file, a static page or the
//! service worker half written by a crash or a full disk would be shared, or served, as if it were whole.

use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
};

/// `path` with `suffix` added to its name (`rumbo-es.html` → `rumbo-es.html.part`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Whole or not at all: the bytes go to a temporary file beside `path`, on disk before it is renamed over
/// `path`, so until then the previous file stays as it was. The error names `path`.
pub fn replace(path: &Path, bytes: &[u8]) -> Result<(), String> {
    // A device or a pipe (`--out /dev/stdout`) cannot be replaced by a rename: it is written as it is.
    if fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        return fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()));
    }
    let temp = with_suffix(path, ".part");
    let written = fs::File::create(&temp).and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()));
    if let Err(e) = written.and_then(|()| fs::rename(&temp, path)) {
        let _ = fs::remove_file(&temp);
        return Err(format!("{}: {e}", path.display()));
    }
    Ok(())
}
