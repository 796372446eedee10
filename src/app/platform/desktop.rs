//! The desktop app: a native window with a webview (WebKitGTK, WebView2, WKWebView). Its files are in the
//! platform's data folder (`folders`); quick exit closes the window; it can share Rumbo over the Wi-Fi. What it
//! does as headless does (the clock, the style sheets in the binary, no share sheet, no speech yet) comes from
//! there.

mod folders;

use std::fs;
use std::path::PathBuf;

use dioxus::prelude::*;

pub use super::headless::{
    can_share, mark_interactive, now, register_offline_worker, share_text, speech, static_home_shown, today, Styles,
};
use super::Copy;

pub fn launch(app: fn() -> Element) {
    use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
    let window = WindowBuilder::new().with_title("Rumbo").with_inner_size(LogicalSize::new(420.0, 800.0));
    let mut config = Config::new().with_window(window).with_menu(None);
    if let Some(dir) = folders::webview_dir() {
        config = config.with_data_directory(dir);
    }
    // WebKitGTK prints everything a little larger than its CSS size: this brings the pocket card back to 85.6 mm.
    #[cfg(target_os = "linux")]
    {
        config =
            config.with_custom_head(format!("<style>{}</style>", include_str!("../../../assets/print-webkitgtk.css")));
    }
    dioxus::LaunchBuilder::desktop().with_cfg(config).launch(app);
}

fn lang_file() -> Option<PathBuf> {
    folders::data_dir().map(|d| d.join("language"))
}

pub fn device_languages() -> Vec<String> {
    sys_locale::get_locales().collect()
}

pub fn load_lang() -> Option<String> {
    fs::read_to_string(lang_file()?).ok().map(|s| s.trim().to_string())
}

pub fn save_lang(code: &str) {
    if let Some(path) = lang_file() {
        let _ = path.parent().map(fs::create_dir_all);
        let _ = fs::write(path, code);
    }
}

pub fn set_document_lang(code: &str) {
    // `code` comes from Rumbo's own list of languages, never from input.
    if dioxus::core::Runtime::try_current().is_some() {
        document::eval(&format!("document.documentElement.lang = '{code}'"));
    }
}

pub fn select_text(id: &str) {
    // `id` is made by Rumbo from its own constants and data ids (letters, digits, hyphens), never input.
    document::eval(&format!("document.getElementById('{id}')?.select()"));
}

/// The webview's print dialog (WebKitGTK shows the system's, with "Print to file").
pub fn print_page() {
    document::eval("window.print()");
}

pub fn scroll_to_top() {
    document::eval("window.scrollTo(0, 0)");
}

pub fn set_title(title: &str) {
    document::document().set_title(title.to_string());
}

/// The webview selects the text; copying is left to the person (no clipboard crate for one button).
pub async fn copy_text(_text: String, fallback_id: impl AsRef<str>) -> Copy {
    select_text(fallback_id.as_ref());
    Copy::Selected
}

/// A window has no history to cover and nowhere neutral to go: quick exit closes it, and nothing is kept.
pub mod exit {
    pub use crate::app::platform::headless::exit::{
        clear_exited, exited, load_discreet, load_site, on_page_shown, on_stored_elsewhere, save_discreet, save_site,
    };

    pub fn leave(_url: &str, _neutral_title: &str) {
        dioxus::desktop::window().close();
    }

    /// The webview's key presses reach Rust through a listener in the page; the desktop app has no CSP, and
    /// this is the one script Rumbo evaluates (the web build uses web-sys instead).
    pub fn on_key_down(mut f: impl FnMut(&str, bool, f64) + 'static) {
        dioxus::prelude::spawn(async move {
            let mut keys = dioxus::document::eval(
                "window.addEventListener('keydown', (e) => dioxus.send([e.key, e.repeat, Date.now()]));",
            );
            while let Ok((key, repeat, now)) = keys.recv::<(String, bool, f64)>().await {
                f(&key, repeat, now);
            }
        });
    }
}

/// A file in the data folder, one connection for the session, closed before "Delete my data". If it cannot be
/// opened, saving is off and the person is told why (never a database in memory that would vanish on exit).
pub mod store {
    use rumbo::storage::{OpenCause, Store};

    use super::folders;
    pub use crate::app::platform::headless::store::{ask_persist, close, on_change_elsewhere, persist_status, wiped};
    use crate::app::platform::headless::store::{open_file, update_with, Opened};
    use crate::app::saved::{Failure, Loaded};

    fn open() -> Result<Opened, OpenCause> {
        let dir = folders::data_dir().ok_or(OpenCause::Other)?;
        open_file(&dir.join("rumbo.sqlite"))
    }

    pub async fn update<T, E>(f: impl FnOnce(&mut Store) -> Result<T, E>) -> Result<(Loaded, T), Failure<E>> {
        update_with(open, f)
    }

    pub async fn load() -> Result<Loaded, Failure<()>> {
        update(|_| Ok::<(), ()>(())).await.map(|(loaded, ())| loaded)
    }
}

/// Imported content packs: two files beside the database, each written to a temporary file and renamed over
/// its target (`rumbo::pack::store::PackStore`).
pub mod packs {
    use rumbo::pack::{device::Stored, store::PackStore};

    use super::folders;
    use crate::app::platform::DeviceError;

    fn store() -> Result<PackStore, DeviceError> {
        folders::data_dir().map(PackStore::new).ok_or(DeviceError::NoStorage)
    }

    pub async fn load() -> Result<Stored, DeviceError> {
        Ok(store()?.stored())
    }

    pub async fn save(next: Stored) -> Result<(), DeviceError> {
        Ok(store()?.write(&next)?)
    }

    /// What the files hold after a wipe: a pack that could be neither deleted nor emptied is still there.
    pub fn left_after_wipe() -> Stored {
        store().map(|store| store.stored()).unwrap_or_default()
    }

    /// One window: no other to tell.
    pub fn announce(_change: crate::app::platform::PackChange) {}

    pub fn on_change_elsewhere(_f: impl FnMut(crate::app::platform::PackChange) + 'static) {}
}

/// The files in the data folder; every file is tried even if another fails, and what failed is returned.
pub mod wipe {
    use super::folders;

    use std::path::{Path, PathBuf};

    use rumbo::pack::store::PackStore;

    /// The imported content packs first (the folder goes once it is empty), then Rumbo's other files.
    fn remove(dir: &Path, webview: bool) -> Vec<String> {
        let mut failed: Vec<PathBuf> = PackStore::new(dir).remove_all().into_iter().map(|(path, _)| path).collect();
        failed.extend(rumbo::storage::remove_data(dir, webview).failed.into_iter().map(|(path, _)| path));
        failed.iter().map(|path| path.display().to_string()).collect()
    }

    /// The database with its side files and set-aside copies, the language, and the imported content packs.
    pub async fn delete_my_data() -> Vec<String> {
        folders::data_dir().map(|dir| remove(&dir, false)).unwrap_or_default()
    }

    /// Also the webview's storage and cache.
    pub async fn remove_everything() -> Vec<String> {
        let mut failed = folders::data_dir().map(|dir| remove(&dir, true)).unwrap_or_default();
        for dir in folders::cache_dirs() {
            match std::fs::remove_dir_all(&dir) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => failed.push(dir.display().to_string()),
                _ => {}
            }
        }
        failed
    }
}

/// Serving the web bundle to the phones on this Wi-Fi, as `rumbo-cli share` does. Sharing goes on while the
/// person moves around the app, until they stop it or close Rumbo.
pub mod wifi {
    use std::sync::Mutex;

    use rumbo::share;

    use super::folders;
    use crate::app::platform::{SharedPack, WifiShare};

    /// The server, while sharing, with the addresses it answers on and the pack it offers.
    struct Sharing {
        running: share::Running,
        addresses: Vec<String>,
        pack: Option<SharedPack>,
    }

    static SHARING: Mutex<Option<Sharing>> = Mutex::new(None);

    /// The first free port of these is used. The same port every time, as far as it is free: what a phone
    /// saves in Rumbo belongs to the address it was opened at (scheme, host and port), so a new port would
    /// hide it.
    const PORTS: std::ops::RangeInclusive<u16> = 8080..=8090;

    fn on(addresses: Vec<String>, pack: Option<SharedPack>) -> WifiShare {
        let qr = addresses.first().and_then(|first| share::qr_modules(first));
        WifiShare::On { loopback_only: share::only_loopback(&addresses), qr, addresses, pack }
    }

    pub fn current() -> WifiShare {
        match &*SHARING.lock().expect("not poisoned") {
            Some(sharing) => on(sharing.addresses.clone(), sharing.pack.clone()),
            None => WifiShare::Off,
        }
    }

    /// The applied pack, checked again as the phones will check it; none when the content is the compiled one.
    fn applied_pack() -> Option<share::OfferedPack> {
        let file = rumbo::pack::store::PackStore::new(folders::data_dir()?).current_file();
        let bytes = std::fs::read(&file).ok()?;
        share::OfferedPack::check(&file, &bytes, &rumbo::pack::Trust::built_in()).ok()
    }

    pub fn start() -> WifiShare {
        let Some(dir) = folders::share_dir() else { return WifiShare::Missing };
        let offered = applied_pack();
        let pack = offered.as_ref().map(|p| SharedPack { version: p.version, fingerprint: p.fingerprint.clone() });
        for port in PORTS {
            let Ok(site) = share::site_offering(&dir, offered.as_ref()) else { return WifiShare::Missing };
            if let Ok(running) = share::start(site, ("0.0.0.0", port), share::Limits::default()) {
                let addresses = share::addresses(running.port());
                let sharing = Sharing { running, addresses: addresses.clone(), pack: pack.clone() };
                *SHARING.lock().expect("not poisoned") = Some(sharing);
                return on(addresses, pack);
            }
        }
        WifiShare::Failed
    }

    pub fn stop() -> WifiShare {
        if let Some(sharing) = SHARING.lock().expect("not poisoned").take() {
            sharing.running.stop();
        }
        WifiShare::Off
    }
}
