//! Whether a Linux desktop can show the file chooser the desktop app's import buttons open. Dioxus opens it
//! through `rfd`, which asks the desktop's file-chooser portal and, where there is none, runs `zenity`; with
//! neither, a tap on "Import" opens nothing and nothing says why. The app says so beside the button instead.
//!
//! Read from the files a system has, not by asking D-Bus: a portal back end declares its interfaces in a
//! `.portal` file (`xdg-desktop-portal-gtk`, `-gnome` and `-kde` name `FileChooser`; `-wlr` does not).

use std::ffi::OsStr;
use std::fs;
use std::path::Path;

/// Where portal back ends declare themselves, under the system's root.
const PORTALS: [&str; 2] = ["usr/share/xdg-desktop-portal/portals", "usr/local/share/xdg-desktop-portal/portals"];
const FILE_CHOOSER: &str = "org.freedesktop.impl.portal.FileChooser";

/// True if a portal back end with a file chooser is installed under `root`, or `zenity` is on `path` (the
/// value of `PATH`).
pub fn available(root: &Path, path: Option<&OsStr>) -> bool {
    zenity_on(path) || PORTALS.iter().any(|dir| offers_file_chooser(&root.join(dir)))
}

fn zenity_on(path: Option<&OsStr>) -> bool {
    path.is_some_and(|path| std::env::split_paths(path).any(|dir| dir.join("zenity").is_file()))
}

fn offers_file_chooser(dir: &Path) -> bool {
    let Ok(entries) = fs::read_dir(dir) else { return false };
    let portals = entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "portal"));
    portals.filter_map(|p| fs::read_to_string(p).ok()).any(|text| declares_file_chooser(&text))
}

/// `Interfaces=org.freedesktop.impl.portal.FileChooser;org.freedesktop.impl.portal.AppChooser;…`
fn declares_file_chooser(text: &str) -> bool {
    let interfaces = text.lines().filter_map(|line| line.trim().strip_prefix("Interfaces="));
    interfaces.flat_map(|list| list.split(';')).any(|name| name.trim() == FILE_CHOOSER)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rumbo-file-picker-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn portal(root: &Path, name: &str, interfaces: &str) {
        let dir = root.join(PORTALS[0]);
        fs::create_dir_all(&dir).unwrap();
        let text = format!("[portal]\nDBusName=org.freedesktop.impl.portal.desktop.{name}\nInterfaces={interfaces}\n");
        fs::write(dir.join(format!("{name}.portal")), text).unwrap();
    }

    /// This test machine before zenity was installed: nothing opened when "Import a content pack" was tapped.
    #[test]
    fn a_system_with_no_portal_file_chooser_and_no_zenity_has_no_picker() {
        let root = scratch("none");
        let bin = root.join("usr/bin");
        fs::create_dir_all(&bin).unwrap();
        assert!(!available(&root, Some(bin.as_os_str())));
        assert!(!available(&root, None));
        // wlroots' portal has no file chooser.
        portal(&root, "wlr", "org.freedesktop.impl.portal.Screenshot;org.freedesktop.impl.portal.ScreenCast;");
        assert!(!available(&root, Some(bin.as_os_str())));
        let _ = fs::remove_dir_all(&root);
    }

    #[test]
    fn a_portal_with_a_file_chooser_or_zenity_on_the_path_is_a_picker() {
        let root = scratch("some");
        portal(&root, "gtk", "org.freedesktop.impl.portal.FileChooser;org.freedesktop.impl.portal.AppChooser;");
        assert!(available(&root, None));

        let other = scratch("zenity");
        let bin = other.join("usr/bin");
        fs::create_dir_all(&bin).unwrap();
        fs::write(bin.join("zenity"), b"").unwrap();
        let path = std::env::join_paths([other.join("nowhere"), bin]).unwrap();
        assert!(available(&other, Some(&path)));
        let _ = fs::remove_dir_all(&root);
        let _ = fs::remove_dir_all(&other);
    }
}
