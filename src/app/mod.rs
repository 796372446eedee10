//! The Dioxus app: routes, the shell around every screen, and one file per view.

mod components;
mod content;
mod exit;
mod i18n;
mod platform;
mod routes;
mod saved;
mod shell;
mod target;
mod views;
mod wipe;

#[cfg(feature = "export")]
pub mod export;
#[cfg(test)]
mod render_tests;
#[cfg(any(test, feature = "export"))]
mod ssr;

use dioxus::prelude::*;

pub use i18n::{msg, use_i18n, I18n};
pub use routes::Route;

/// Opens the app on the platform it was built for (`platform`).
pub fn launch() {
    // The first screen is drawn in the start's language, not in Spanish until its texts arrive.
    platform::texts::then(i18n::Start::from_device().lang, || platform::launch(App));
}

#[component]
pub fn App() -> Element {
    I18n::provide_from_device();
    exit::provide_exit();
    saved::provide_saved();
    let content = content::provide_content();
    use_hook(platform::register_offline_worker);
    // Effects run once the screen is in the document and its handlers are attached.
    use_effect(platform::mark_interactive);
    use_hook(platform::texts::load_the_rest);
    rsx! {
        platform::Styles {}
        // Drawn again from scratch whenever other content is put in use: every screen reads it afresh.
        for generation in [(content.generation)()] {
            Router::<Route> { key: "{generation}" }
        }
    }
}
