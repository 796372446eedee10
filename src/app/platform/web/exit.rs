//! Quick exit in the browser: the flag, discreet mode and the exit site in `localStorage`, the neutral title and
//! `location.replace`, and the events that must cover Rumbo again.

use wasm_bindgen::closure::{Closure, WasmClosure};
use wasm_bindgen::{JsCast, JsValue};

use super::{local, session};

// Under the `rumbo.` prefix, so "Delete my data" removes them with the rest; `boot.js` reads the first two.
const FLAG: &str = "rumbo.exited";
const DISCREET: &str = "rumbo.discreet";
const SITE: &str = "rumbo.exit-site";

fn has(storage: Option<web_sys::Storage>, key: &str) -> bool {
    storage.and_then(|s| s.get_item(key).ok()?).is_some()
}

/// Also in `sessionStorage`, where Rumbo up to 3f92d3b kept the exit, for one browser session only.
pub fn exited() -> bool {
    has(local(), FLAG) || has(session(), FLAG)
}

pub fn clear_exited() {
    for storage in [local(), session()].into_iter().flatten() {
        let _ = storage.remove_item(FLAG);
    }
}

/// Where storage refuses the flag (a private window that allows none), the cover still lasts as long as the
/// page, and the entry itself is replaced.
pub fn leave(url: &str, neutral_title: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(FLAG, "1");
    }
    let Some(w) = web_sys::window() else { return };
    // The history may already hold this entry's title and address; what it records last is neutral. The
    // entry itself is then replaced by the neutral site.
    if let Some(d) = w.document() {
        d.set_title(neutral_title);
    }
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, neutral_title, Some("#/"));
    }
    let _ = w.location().replace(url);
}

pub fn load_discreet() -> bool {
    has(local(), DISCREET)
}

pub fn save_discreet(on: bool) {
    if let Some(s) = local() {
        let _ = if on { s.set_item(DISCREET, "1") } else { s.remove_item(DISCREET) };
    }
}

pub fn load_site() -> String {
    local().and_then(|s| s.get_item(SITE).ok()?).unwrap_or_default()
}

pub fn save_site(id: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(SITE, id);
    }
}

/// Adds a listener to the window for the page's lifetime.
fn listen<E: ?Sized + WasmClosure>(event: &str, closure: Closure<E>) {
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    }
    closure.forget();
}

/// Runs `f` when another tab changes Rumbo's storage (the browser tells every other tab, never the one that
/// wrote). A cleared storage has no key.
pub fn on_stored_elsewhere(mut f: impl FnMut() + 'static) {
    let closure = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
        if e.key().is_none_or(|k| k == FLAG || k == DISCREET) {
            f();
        }
    });
    listen("storage", closure);
}

/// Runs `f` whenever the browser shows the page again, including from its back-forward cache.
pub fn on_page_shown(f: impl FnMut() + 'static) {
    listen("pageshow", Closure::<dyn FnMut()>::new(f));
}

/// Calls `f` with every key pressed anywhere in the page: its name, whether it is a held key's repeat, and when
/// (milliseconds).
pub fn on_key_down(mut f: impl FnMut(&str, bool, f64) + 'static) {
    let closure = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
        f(&e.key(), e.repeat(), js_sys::Date::now());
    });
    listen("keydown", closure);
}
