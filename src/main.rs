//! Launches Rumbo on the platform chosen by cargo feature (web by default); the app lives in the library's
//! `app` module.

use rumbo::app;

fn main() {
    #[cfg(all(feature = "web", target_arch = "wasm32"))]
    {
        // Hash routing: every deep link is the same document, so it works from any static host and from
        // the offline cache without server rewrites.
        let history = std::rc::Rc::new(dioxus::web::HashHistory::new(false));
        dioxus::LaunchBuilder::web().with_cfg(dioxus::web::Config::new().history(history)).launch(app::App);
    }

    #[cfg(all(feature = "desktop", not(target_arch = "wasm32")))]
    {
        use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
        let window = WindowBuilder::new().with_title("Rumbo").with_inner_size(LogicalSize::new(420.0, 800.0));
        let mut config = Config::new().with_window(window).with_menu(None);
        if let Some(dir) = app::folders::webview_dir() {
            config = config.with_data_directory(dir);
        }
        dioxus::LaunchBuilder::desktop().with_cfg(config).launch(app::App);
    }

    #[cfg(not(any(
        all(feature = "web", target_arch = "wasm32"),
        all(feature = "desktop", not(target_arch = "wasm32"))
    )))]
    dioxus::launch(app::App);
}
