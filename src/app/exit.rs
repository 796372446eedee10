//! Quick exit: one tap on the Exit button, or Shift pressed three times, hides Rumbo at once and leaves for a
//! neutral site with `location.replace`, so Back does not return to the page that was showing. Hash routing makes
//! every screen a history entry and `replace` removes only the last one, so the exit is also remembered for the
//! rest of the browser session: while it is, Rumbo starts covered (and covers itself again when the browser
//! restores it from its back-forward cache) until the person opens it on purpose. Modelled on the GOV.UK Design
//! System's "Exit this page". On desktop the same actions close the window.

use dioxus::prelude::*;

use super::use_i18n;

/// Where Rumbo goes, by default and as the person may choose in Settings.
pub const SITES: &[(&str, &str)] = &[
    ("weather", "https://www.google.com/search?q=clima"),
    ("wikipedia", "https://es.wikipedia.org/"),
    ("blank", "about:blank"),
];

/// Whether Rumbo is covered after a quick exit, shared by the shell and the cover.
#[derive(Clone, Copy)]
pub struct Exit {
    pub covered: Signal<bool>,
}

/// Provides the exit state and listens for Shift×3 and for the page being shown again.
pub fn provide_exit() -> Exit {
    let exit = use_context_provider(|| Exit { covered: Signal::new(imp::exited()) });
    use_hook(move || {
        let mut covered = exit.covered;
        imp::on_page_shown(move || {
            if imp::exited() {
                covered.set(true);
            }
        });
        imp::on_shift_presses(move |count| {
            if count >= 3 {
                leave(exit);
            }
        });
    });
    exit
}

/// Hides everything at once, then leaves.
pub fn leave(mut exit: Exit) {
    exit.covered.set(true);
    imp::leave(site_url(&imp::load_site()));
}

fn site_url(id: &str) -> &'static str {
    SITES.iter().find(|(key, _)| *key == id).map_or(SITES[0].1, |(_, url)| url)
}

pub use imp::{load_site, save_site};

/// The Exit button, at the top of every screen.
#[component]
pub fn ExitButton() -> Element {
    let i18n = use_i18n();
    let exit = use_context::<Exit>();
    rsx! {
        div { class: "exit-bar",
            button {
                class: "exit-button",
                r#type: "button",
                "aria-describedby": "exit-hint",
                onclick: move |_| leave(exit),
                {i18n.t("exit-button")}
            }
            span { id: "exit-hint", class: "visually-hidden", {i18n.t("exit-hint")} }
        }
    }
}

/// What shows instead of Rumbo after a quick exit: nothing that says what the app is.
#[component]
pub fn ExitCover() -> Element {
    let i18n = use_i18n();
    let mut exit = use_context::<Exit>();
    rsx! {
        div { class: "exit-cover",
            button {
                class: "button secondary",
                r#type: "button",
                onclick: move |_| {
                    imp::clear_exited();
                    exit.covered.set(false);
                },
                {i18n.t("exit-reopen")}
            }
        }
    }
}

#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod imp {
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::{closure::Closure, JsCast};

    const FLAG: &str = "rumbo.exited";
    const SITE: &str = "rumbo.exit-site";

    fn session() -> Option<web_sys::Storage> {
        web_sys::window()?.session_storage().ok()?
    }

    pub fn exited() -> bool {
        session().and_then(|s| s.get_item(FLAG).ok()?).is_some()
    }

    pub fn clear_exited() {
        if let Some(s) = session() {
            let _ = s.remove_item(FLAG);
        }
    }

    pub fn leave(url: &str) {
        if let Some(s) = session() {
            let _ = s.set_item(FLAG, "1");
        }
        if let Some(w) = web_sys::window() {
            let _ = w.location().replace(url);
        }
    }

    pub fn load_site() -> String {
        let local = web_sys::window().and_then(|w| w.local_storage().ok()?);
        local.and_then(|s| s.get_item(SITE).ok()?).unwrap_or_default()
    }

    pub fn save_site(id: &str) {
        if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok()?) {
            let _ = s.set_item(SITE, id);
        }
    }

    /// Runs `f` whenever the browser shows the page again, including from its back-forward cache.
    pub fn on_page_shown(f: impl FnMut() + 'static) {
        let Some(window) = web_sys::window() else { return };
        let closure = Closure::<dyn FnMut()>::new(f);
        let _ = window.add_event_listener_with_callback("pageshow", closure.as_ref().unchecked_ref());
        // Lives as long as the page.
        closure.forget();
    }

    /// Counts presses of Shift alone, restarting after five seconds without one (as GOV.UK does).
    pub fn on_shift_presses(mut f: impl FnMut(u32) + 'static) {
        let Some(window) = web_sys::window() else { return };
        let count = Rc::new(Cell::new((0u32, 0f64)));
        let closure = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
            if e.key() != "Shift" || e.repeat() {
                return;
            }
            let now = js_sys::Date::now();
            let (n, last) = count.get();
            let n = if now - last > 5000.0 { 1 } else { n + 1 };
            count.set((n, now));
            f(n);
        });
        let _ = window.add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref());
        closure.forget();
    }
}

#[cfg(all(feature = "desktop", not(target_arch = "wasm32")))]
mod imp {
    pub fn exited() -> bool {
        false
    }
    pub fn clear_exited() {}
    /// A window has nowhere neutral to go: it closes.
    pub fn leave(_url: &str) {
        dioxus::desktop::window().close();
    }
    pub fn load_site() -> String {
        String::new()
    }
    pub fn save_site(_id: &str) {}
    pub fn on_page_shown(_f: impl FnMut() + 'static) {}
    // Not yet on desktop: the window-wide key listener needs the webview's own events.
    pub fn on_shift_presses(_f: impl FnMut(u32) + 'static) {}
}

#[cfg(not(any(all(feature = "web", target_arch = "wasm32"), all(feature = "desktop", not(target_arch = "wasm32")))))]
mod imp {
    pub fn exited() -> bool {
        false
    }
    pub fn clear_exited() {}
    pub fn leave(_url: &str) {}
    pub fn load_site() -> String {
        String::new()
    }
    pub fn save_site(_id: &str) {}
    pub fn on_page_shown(_f: impl FnMut() + 'static) {}
    pub fn on_shift_presses(_f: impl FnMut(u32) + 'static) {}
}
