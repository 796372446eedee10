//! The Dioxus app: routes, the shell around every screen, and one file per view.

mod components;
mod exit;
mod i18n;
mod platform;
mod routes;
mod saved;
mod shell;
mod speech;
mod views;
mod wipe;

#[cfg(test)]
mod render_tests;

use dioxus::prelude::*;

pub use i18n::{msg, use_i18n, I18n};
pub use routes::Route;

const STYLE: Asset = asset!("/assets/main.css");
const GUIDES_STYLE: Asset = asset!("/assets/guides.css");
const DIRECTORY_STYLE: Asset = asset!("/assets/directory.css");

#[component]
pub fn App() -> Element {
    I18n::provide_from_device();
    exit::provide_exit();
    saved::provide_saved();
    use_hook(platform::register_offline_worker);
    rsx! {
        Stylesheet { href: STYLE }
        Stylesheet { href: GUIDES_STYLE }
        Stylesheet { href: DIRECTORY_STYLE }
        Router::<Route> {}
    }
}
