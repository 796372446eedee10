use dioxus::prelude::*;

use super::{Button, Variant};
use crate::app::platform::{self, Copy};
use crate::app::use_i18n;

/// Copies `text` with one tap. Where the browser withholds the clipboard (plain HTTP on a local network),
/// it shows the text, selected, for the person to copy by hand. `id` names that text box; unique per screen.
#[component]
pub fn CopyButton(id: String, text: String, label: String) -> Element {
    if !crate::app::target::use_target().is_app() {
        // Outside the app there is no script to act on it.
        return rsx! {};
    }
    let i18n = use_i18n();
    let mut copied = use_signal(|| None::<Copy>);
    let mut show_text = use_signal(|| false);
    let shown = text.clone();
    let field = id.clone();
    let on_copy = move |_| {
        let (text, field) = (text.clone(), field.clone());
        async move {
            let result = platform::copy_text(text, field).await;
            if result != Copy::Copied {
                show_text.set(true);
            }
            copied.set(Some(result));
        }
    };
    let select = id.clone();
    rsx! {
        Button { variant: Variant::Secondary, class: "copy", onclick: on_copy, "{label}" }
        span { class: "copy-status", role: "status",
            match copied() {
                Some(Copy::Copied) => i18n.t("copy-done"),
                Some(_) => i18n.t("copy-by-hand"),
                None => String::new(),
            }
        }
        if show_text() {
            textarea {
                id,
                class: "summary",
                readonly: true,
                rows: if shown.len() > 80 { "8" } else { "2" },
                value: "{shown}",
                onmounted: move |_| platform::select_text(&select),
            }
        }
    }
}
