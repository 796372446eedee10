use dioxus::prelude::*;

use crate::app::exit::Exit;
use crate::app::platform;

/// Sets the window's title: `text`, or the neutral title while Rumbo is covered or in discreet mode. Dioxus's own
/// `Title` does it through `eval`, which the web build's Content Security Policy forbids; this goes through the
/// DOM instead.
#[component]
pub fn DocumentTitle(text: String) -> Element {
    let title = match try_use_context::<Exit>() {
        Some(exit) => exit.title(text),
        None => text,
    };
    use_effect(use_reactive!(|title| platform::set_title(&title)));
    rsx! {}
}
