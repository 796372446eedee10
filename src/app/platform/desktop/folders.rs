//! Where the desktop app keeps its files. `RUMBO_DATA_DIR` overrides the platform's data folder: for tests,
//! for a portable copy on a USB stick, and for platforms with no standard answer (Android).

use std::path::PathBuf;

fn project() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("org", "Rumbo", "Rumbo")
}

/// The database, the language choice and the webview's storage, all under one folder.
pub fn data_dir() -> Option<PathBuf> {
    match std::env::var_os("RUMBO_DATA_DIR") {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => project().map(|d| d.data_dir().to_path_buf()),
    }
}

/// The webview's own storage (local storage, IndexedDB, cookies), kept inside Rumbo's data folder so that
/// "Remove Rumbo" finds it; by default WebKitGTK and WebView2 would pick a folder of their own.
pub fn webview_dir() -> Option<PathBuf> {
    data_dir().map(|d| d.join(rumbo::storage::WEBVIEW_DIR))
}

/// Folders the webview fills that Rumbo cannot choose: WebKitGTK's cache follows the program's name
/// (`~/.cache/rumbo` on Linux), which is the platform's cache folder for Rumbo.
pub fn cache_dirs() -> Vec<PathBuf> {
    project().map(|d| vec![d.cache_dir().to_path_buf()]).unwrap_or_default()
}

/// Where the files to share over Wi-Fi are (what `make dist` writes, which the `.deb` installs): the first of
/// `RUMBO_SHARE_DIR`, the package's `/usr/share/rumbo`, `../share/rumbo` beside the program, and `./dist`.
pub fn share_dir() -> Option<PathBuf> {
    let exe_dir = std::env::current_exe().ok().and_then(|e| e.parent().map(|p| p.join("../share/rumbo")));
    std::env::var_os("RUMBO_SHARE_DIR")
        .map(PathBuf::from)
        .into_iter()
        .chain([PathBuf::from("/usr/share/rumbo")])
        .chain(exe_dir)
        .chain([PathBuf::from("dist")])
        .find(|dir| dir.join("web").join("index.html").is_file())
}
