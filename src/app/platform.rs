//! What differs between platforms: the device's languages, where the language choice is kept, the
//! document's `lang`, and the offline worker. Elsewhere (render tests, export) these do nothing.

pub use imp::*;

/// What a copy button achieved.
#[derive(Clone, Copy, PartialEq, Debug)]
#[allow(dead_code)] // each platform constructs only some of them
pub enum Copy {
    Copied,
    /// The text is selected; the person copies it with the phone's own menu.
    Selected,
    Failed,
}

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

    /// Copies `text`, or, where the browser withholds the clipboard (plain HTTP on a local network), selects
    /// the text area `fallback_id` so the person can copy it by hand.
    pub async fn copy_text(text: String, fallback_id: impl AsRef<str>) -> super::Copy {
        use wasm_bindgen::JsCast;
        let Some(window) = web_sys::window() else { return super::Copy::Failed };
        if window.is_secure_context() {
            let promise = window.navigator().clipboard().write_text(&text);
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                return super::Copy::Copied;
            }
        }
        let area = window
            .document()
            .and_then(|d| d.get_element_by_id(fallback_id.as_ref()))
            .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
        match area {
            Some(area) => {
                area.select();
                super::Copy::Selected
            }
            None => super::Copy::Failed,
        }
    }

    /// Selects the text of the text area `id`, for a person to copy by hand.
    pub fn select_text(id: &str) {
        use wasm_bindgen::JsCast;
        let area = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
        if let Some(area) = area {
            area.select();
        }
    }

    pub fn set_title(title: &str) {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    }

    /// A new screen starts at its top, as a new page would.
    pub fn scroll_to_top() {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Whether the system share sheet exists here (phones; not desktop Linux, not plain HTTP).
    pub fn can_share() -> bool {
        web_sys::window()
            .filter(|w| w.is_secure_context())
            .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
    }

    /// Opens the system share sheet with `text`; false if the person cancelled or it failed.
    pub async fn share_text(text: String) -> bool {
        let Some(window) = web_sys::window() else { return false };
        let data = web_sys::ShareData::new();
        data.set_text(&text);
        wasm_bindgen_futures::JsFuture::from(window.navigator().share_with_data(&data)).await.is_ok()
    }

    /// Now on the device's clock.
    pub fn now() -> chrono::DateTime<chrono::Utc> {
        chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
    }

    /// Today on the device's clock, in its own time zone.
    pub fn today() -> chrono::NaiveDate {
        let now = js_sys::Date::new_0();
        chrono::NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
            .expect("the browser's date is a real date")
    }

    /// Marks the moment the first screen can be used, for the benchmarks (`make bench`) to read.
    pub fn mark_interactive() {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("rumbo-interactive");
        }
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
        crate::app::folders::data_dir().map(|d| d.join("language"))
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

    pub fn mark_interactive() {}

    pub fn today() -> chrono::NaiveDate {
        chrono::Local::now().date_naive()
    }

    pub fn now() -> chrono::DateTime<chrono::Utc> {
        chrono::Utc::now()
    }

    pub fn select_text(id: &str) {
        // `id` is made by Rumbo from its own constants and data ids (letters, digits, hyphens), never input.
        dioxus::document::eval(&format!("document.getElementById('{id}')?.select()"));
    }

    pub fn scroll_to_top() {
        dioxus::document::eval("window.scrollTo(0, 0)");
    }

    pub fn set_title(title: &str) {
        dioxus::document::document().set_title(title.to_string());
    }

    pub fn can_share() -> bool {
        false
    }

    pub async fn share_text(_text: String) -> bool {
        false
    }

    /// The webview selects the text; copying is left to the person (no clipboard crate for one button).
    pub async fn copy_text(_text: String, fallback_id: impl AsRef<str>) -> super::Copy {
        // `fallback_id` is made by Rumbo from its own constants and data ids, never input.
        dioxus::document::eval(&format!("document.getElementById('{}')?.select()", fallback_id.as_ref()));
        super::Copy::Selected
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

    pub fn mark_interactive() {}
    pub fn today() -> chrono::NaiveDate {
        chrono::Local::now().date_naive()
    }

    pub fn now() -> chrono::DateTime<chrono::Utc> {
        chrono::Utc::now()
    }
    pub async fn copy_text(_text: String, _fallback_id: impl AsRef<str>) -> super::Copy {
        super::Copy::Failed
    }
    pub fn select_text(_id: &str) {}
    pub fn scroll_to_top() {}
    pub fn set_title(_title: &str) {}
    pub fn can_share() -> bool {
        false
    }

    pub async fn share_text(_text: String) -> bool {
        false
    }
}
