use dioxus::prelude::*;

use crate::app::platform;

/// Sets the window's title. Dioxus's own `Title` does it through `eval`, which the web build's Content
/// Security Policy forbids; this goes through the DOM instead.
#[component]
pub fn DocumentTitle(text: String) -> Element {
    use_effect(use_reactive!(|text| platform::set_title(&text)));
    rsx! {}
}
