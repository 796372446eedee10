//! What differs between platforms: the device's languages, where the language choice is kept, the
//! document's `lang`, and the offline worker. Elsewhere (render tests, export) these do nothing.

pub use imp::*;

#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod imp {
    const LANG_KEY: &str = "rumbo.lang";

    pub fn device_languages() -> Vec<String> {
        let Some(window) = web_sys::window() else { return Vec::new() };
        window.navigator().languages().iter().filter_map(|v| v.as_string()).collect()
    }

    // Storage can be missing or refuse writes (private windows, full disks): the app then simply asks again.
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    pub fn load_lang() -> Option<String> {
        storage()?.get_item(LANG_KEY).ok()?
    }

    pub fn save_lang(code: &str) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(LANG_KEY, code);
        }
    }

    pub fn set_document_lang(code: &str) {
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
        if let Some(root) = root {
            let _ = root.set_attribute("lang", code);
        }
    }

    /// Today on the device's clock, in its own time zone.
    pub fn today() -> chrono::NaiveDate {
        let now = js_sys::Date::new_0();
        chrono::NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
            .expect("the browser's date is a real date")
    }

    /// Release builds register the worker that precaches the whole app; `dx serve` builds do not.
    pub fn register_offline_worker() {
        if cfg!(debug_assertions) {
            return;
        }
        if let Some(window) = web_sys::window() {
            // Unavailable where the page is not a secure context (plain HTTP on a local network).
            if window.is_secure_context() {
                let _ = window.navigator().service_worker().register("./sw.js");
            }
        }
    }
}

#[cfg(all(feature = "desktop", not(target_arch = "wasm32")))]
mod imp {
    use std::{fs, path::PathBuf};

    fn lang_file() -> Option<PathBuf> {
        directories::ProjectDirs::from("org", "Rumbo", "Rumbo").map(|d| d.data_dir().join("language"))
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
            dioxus::document::eval(&format!("document.documentElement.lang = '{code}'"));
        }
    }

    pub fn register_offline_worker() {}

    pub fn today() -> chrono::NaiveDate {
        chrono::Local::now().date_naive()
    }
}

#[cfg(not(any(all(feature = "web", target_arch = "wasm32"), all(feature = "desktop", not(target_arch = "wasm32")))))]
mod imp {
    pub fn device_languages() -> Vec<String> {
        Vec::new()
    }
    pub fn load_lang() -> Option<String> {
        None
    }
    pub fn save_lang(_code: &str) {}
    pub fn set_document_lang(_code: &str) {}
    pub fn register_offline_worker() {}
    pub fn today() -> chrono::NaiveDate {
        chrono::Local::now().date_naive()
    }
}
