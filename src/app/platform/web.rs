//! The browser: what the page can ask of it through `web-sys`. The web build's Content Security Policy forbids
//! `eval`, so nothing here goes through Dioxus's `document::eval`.

mod channel;
pub mod exit;
mod idb;
pub mod packs;
pub mod speech;
pub mod store;
pub mod texts;
pub mod wipe;

use dioxus::prelude::*;
use wasm_bindgen::JsCast;

use super::Copy;

const LANG_KEY: &str = "rumbo.lang";

/// Hash routing: every deep link is the same document, so it works from any static host and from the offline
/// cache without server rewrites.
pub fn launch(app: fn() -> Element) {
    let history = std::rc::Rc::new(dioxus::web::HashHistory::new(false));
    dioxus::LaunchBuilder::web().with_cfg(dioxus::web::Config::new().history(history)).launch(app);
}

/// The page's `localStorage`. It can be missing or refuse writes (private windows, full disks): whatever needs
/// it then simply asks again, or lasts as long as the page.
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The page's `sessionStorage`.
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn device_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    window.navigator().languages().iter().filter_map(|v| v.as_string()).collect()
}

pub fn load_lang() -> Option<String> {
    local()?.get_item(LANG_KEY).ok()?
}

pub fn save_lang(code: &str) {
    if let Some(storage) = local() {
        let _ = storage.set_item(LANG_KEY, code);
    }
}

/// Whether the root page's static home (`#static`, which boot.js removes once the app has drawn) is there.
pub fn static_home_shown() -> bool {
    document().and_then(|d| d.get_element_by_id("static")).is_some()
}

pub fn set_document_lang(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

fn text_area(id: &str) -> Option<web_sys::HtmlTextAreaElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Copies `text`, or, where the browser withholds the clipboard (plain HTTP on a local network), selects the
/// text area `fallback_id` so the person can copy it by hand.
pub async fn copy_text(text: String, fallback_id: impl AsRef<str>) -> Copy {
    let Some(window) = web_sys::window() else { return Copy::Failed };
    if window.is_secure_context() {
        let promise = window.navigator().clipboard().write_text(&text);
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            return Copy::Copied;
        }
    }
    match text_area(fallback_id.as_ref()) {
        Some(area) => {
            area.select();
            Copy::Selected
        }
        None => Copy::Failed,
    }
}

/// Selects the text of the text area `id`, for a person to copy by hand.
pub fn select_text(id: &str) {
    if let Some(area) = text_area(id) {
        area.select();
    }
}

pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// A new screen starts at its top, as a new page would.
/// The browser's print dialog, which also saves a PDF.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

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

/// dx's hashed, minified copies of the style sheets, linked relative to the document.
#[component]
pub fn Styles() -> Element {
    const MAIN: Asset = asset!("/assets/main.css");
    const GUIDES: Asset = asset!("/assets/guides.css");
    const DIRECTORY: Asset = asset!("/assets/directory.css");
    const CASE: Asset = asset!("/assets/case.css");
    rsx! {
        Stylesheet { href: relative(MAIN) }
        Stylesheet { href: relative(GUIDES) }
        Stylesheet { href: relative(DIRECTORY) }
        Stylesheet { href: relative(CASE) }
    }
}

/// dx makes asset URLs from the site's root (`/assets/…`, or `/./assets/…`). Relative to the document instead,
/// one bundle works at a site's root and under a sub-path such as `https://example.org/rumbo/` (hash routing
/// keeps the document's path fixed).
fn relative(asset: Asset) -> String {
    format!("./{}", asset.to_string().trim_start_matches('/').trim_start_matches("./"))
}
