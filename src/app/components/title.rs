use dioxus::prelude::*;

use crate::app::exit::Exit;
use crate::app::{platform, Route};

/// Sets the window's title: `text`, or the neutral title while Rumbo is covered or in discreet mode. Dioxus's own
/// `Title` does it through `eval`, which the web build's Content Security Policy forbids; this goes through the
/// DOM instead.
#[component]
pub fn DocumentTitle(text: String) -> Element {
    let title = match try_use_context::<Exit>() {
        Some(exit) => exit.title(text),
        None => text,
    };
    // Rendered as a page (rumbo-cli), the page's writer takes the title.
    #[cfg(any(test, feature = "export"))]
    if let Some(page) = try_use_context::<crate::app::ssr::PageTitle>() {
        *page.0.borrow_mut() = title.clone();
    }
    // Again on every screen change, even when the text is the same (the cover stays over every screen).
    let route = use_route::<Route>();
    use_effect(use_reactive!(|title, route| {
        let _ = route;
        // When Back returns to an entry within the page, the browser shows the title that entry was recorded
        // with (the screen's name), and setting the same text again changes nothing: clear it first, so the
        // entry takes this title.
        platform::set_title("");
        platform::set_title(&title);
    }));
    rsx! {}
}
