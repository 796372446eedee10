use dioxus::prelude::*;

use super::DocumentTitle;
use crate::app::use_i18n;

/// A screen's frame: its heading (also the window title) and its content.
#[component]
pub fn Page(title_id: &'static str, children: Element) -> Element {
    let i18n = use_i18n();
    let title = i18n.t(title_id);
    rsx! {
        DocumentTitle { text: "{title} · Rumbo" }
        article { class: "page",
            h1 { "{title}" }
            {children}
        }
    }
}
