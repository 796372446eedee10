//! Everything that differs between the platforms Rumbo runs on, behind one set of names: one file per back end
//! (`web.rs`, `desktop.rs`, `headless.rs`), chosen by the targets `build.rs` names (`#[cfg(web)]` and so on).
//! The rest of the app calls only what this file exports, and asks the capabilities below instead of testing a
//! cargo feature, so no view knows which platform it is on.
//!
//! - **web**: the browser (localStorage, IndexedDB, the service worker, the Web Speech and Web Share APIs).
//! - **desktop**: a native window with a webview; files in the platform's data folder, the Wi-Fi share.
//! - **headless**: no device at all, nothing kept. Only for the render tests and the one-file export, which
//!   show the screens as the web shows them. The desktop takes from it what the two share.
//!
//! A new back end is one file here and one line in `build.rs`.

// The headless back end is what would be left for a phone, and it keeps nothing: quick exit would not leave,
// "Delete my data" would delete nothing and saved items would vanish. Better no build than that one.
#[cfg(feature = "mobile")]
compile_error!(
    "the mobile back end does not exist yet: quick exit, wipe and saving would do nothing; build web or desktop"
);

#[cfg(desktop)]
mod desktop;
mod error;
// The desktop takes from it only what the two share.
#[cfg(not(web))]
#[cfg_attr(desktop, allow(dead_code))]
mod headless;
#[cfg(web)]
mod web;

#[cfg(desktop)]
use desktop as imp;
#[cfg(headless)]
use headless as imp;
#[cfg(web)]
use web as imp;

pub use error::DeviceError;

/// The device: its languages and clock, the language choice, the document, the clipboard and share sheet, and
/// the offline worker.
pub use imp::{
    can_share, copy_text, device_languages, launch, load_lang, mark_interactive, now, print_page,
    register_offline_worker, save_lang, scroll_to_top, select_text, set_document_lang, set_title, share_text,
    static_home_shown, today, Styles,
};
/// Quick exit's storage and listeners (`exit`), reading aloud (`speech`), where saved items are kept (`store`),
/// where imported content packs are kept (`packs`), erasing (`wipe`) and the desktop's Wi-Fi share (`wifi`).
pub use imp::{exit, packs, speech, store, wipe};

#[cfg(desktop)]
pub use desktop::wifi;

/// The texts the release web app fetches, every language's but Spanish's (`web/texts.rs`).
#[cfg(web)]
pub use web::texts;

/// Elsewhere every language's texts are built in.
#[cfg(not(web))]
pub mod texts {
    use rumbo::i18n::Lang;

    pub async fn load(_lang: Lang) -> bool {
        true
    }

    pub fn then(_lang: Lang, start: impl FnOnce() + 'static) {
        start()
    }

    pub fn load_the_rest() {}
}

/// Only the desktop runs a server: elsewhere Settings never offers the share, and this answers as if it failed.
#[cfg(not(desktop))]
pub mod wifi {
    use super::WifiShare;

    pub fn current() -> WifiShare {
        WifiShare::Off
    }

    pub fn start() -> WifiShare {
        WifiShare::Failed
    }

    pub fn stop() -> WifiShare {
        WifiShare::Off
    }
}

/// The style sheets as text, for the one-file export (which renders headless).
#[cfg(all(feature = "export", not(web)))]
pub use headless::CSS;

/// Quick exit closes the window (desktop) instead of leaving for a neutral site: there is no site to choose, and
/// no browser history whose titles discreet mode could keep neutral.
pub const CLOSES_WINDOW_ON_EXIT: bool = cfg!(desktop);

/// The desktop app on Linux opens its file chooser through the desktop's portal or zenity: where there is
/// neither, its import buttons open nothing, and the screens say so (`FilePickerHelp`). Looked up once: what
/// is installed while Rumbo runs counts from its next start, as the message says. Browsers have their own.
pub fn file_picker_missing() -> bool {
    #[cfg(all(desktop, target_os = "linux"))]
    {
        static MISSING: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
        let path = std::env::var_os("PATH");
        *MISSING.get_or_init(|| !rumbo::file_picker::available(std::path::Path::new("/"), path.as_deref()))
    }
    #[cfg(not(all(desktop, target_os = "linux")))]
    false
}

/// Rumbo can serve itself to the phones on this Wi-Fi (`wifi`): only the desktop app runs a server.
pub const CAN_SHARE_OVER_WIFI: bool = cfg!(desktop);

/// What one tab tells the others about the stored content packs (only the web has other tabs).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PackChange {
    /// A pack was applied or returned to: read what is stored now.
    Stored,
    /// "Delete my data" deleted them: use the content compiled in, without opening the deleted database again.
    Deleted,
}

/// Where what the person saves is kept, which says what Settings can promise to erase.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DataLocation {
    /// The browser's storage for this site: no file the person could find, beside a history and a home-screen icon.
    Browser,
    /// Files in a folder of this computer, beside an installed program.
    Folder,
}

/// Headless shows the screens as the web does.
pub const fn data_location() -> DataLocation {
    if cfg!(desktop) {
        DataLocation::Folder
    } else {
        DataLocation::Browser
    }
}

/// What a copy button achieved.
#[derive(Clone, Copy, PartialEq, Debug)]
#[allow(dead_code)] // each platform constructs only some of them
pub enum Copy {
    Copied,
    /// The text is selected; the person copies it with the phone's own menu.
    Selected,
    Failed,
}

/// Whether the browser keeps saved items even when space runs low (`navigator.storage.persist()`). Only the web
/// asks; the others say `NotApplicable`.
#[allow(dead_code)] // each platform builds only its own variants
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersistStatus {
    Granted,
    /// Asked when the person first saved something, and the browser said no.
    Refused,
    /// Not asked yet: Rumbo asks when the person first saves something.
    NotAsked,
    /// This address has no such thing (plain HTTP on the Wi-Fi share, or an old browser).
    Unavailable,
    /// Not a browser (the desktop app keeps a file).
    NotApplicable,
}

/// The Wi-Fi share, as Settings shows it.
#[allow(dead_code)] // only the desktop shares
#[derive(Clone, PartialEq, Debug)]
pub enum WifiShare {
    Off,
    /// Serving, at these addresses (the first one drawn as a QR code, one row of modules per `Vec`).
    On {
        addresses: Vec<String>,
        loopback_only: bool,
        qr: Option<Vec<Vec<bool>>>,
        /// The applied content pack, offered on the phones' page: its version and key fingerprint, shown here on
        /// the computer's own screen to compare.
        pack: Option<SharedPack>,
    },
    /// There are no files to share beside the program (`make dist` makes them).
    Missing,
    /// No port was free.
    Failed,
}

/// The content pack a Wi-Fi share offers, as its computer's screen shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedPack {
    pub version: u64,
    pub fingerprint: String,
}
