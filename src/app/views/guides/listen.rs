//! Reading a section aloud, and sharing or copying it as plain text.

use dioxus::prelude::*;
use rumbo::i18n::Lang;

use crate::app::platform::{self, Copy};
use crate::app::{speech, use_i18n};

const TEXT_ID: &str = "guide-text";

/// Shown only where the device has a local voice for the language.
#[component]
pub fn Listen(text: String, lang: Lang) -> Element {
    let i18n = use_i18n();
    let code = lang.code();
    let voice = use_resource(move || speech::has_voice(code));
    let mut speaking = use_signal(|| false);
    use_drop(speech::stop);
    if voice() != Some(true) {
        return rsx! {};
    }
    let toggle = move |_| {
        if speaking() {
            speech::stop();
            speaking.set(false);
        } else if speech::speak(&text, code, move || {
            // The page may be gone when the voice ends.
            if let Ok(mut s) = speaking.try_write() {
                *s = false;
            }
        }) {
            speaking.set(true);
        }
    };
    rsx! {
        button { class: "button secondary listen", r#type: "button", "aria-pressed": speaking(), onclick: toggle,
            if speaking() { {i18n.t("guide-listen-stop")} } else { {i18n.t("guide-listen")} }
        }
    }
}

/// The system share sheet where there is one; elsewhere copying, and where the browser withholds the
/// clipboard (plain HTTP), the text itself, selected, to copy by hand.
#[component]
pub fn ShareSection(text: String) -> Element {
    let i18n = use_i18n();
    let can_share = use_hook(platform::can_share);
    let mut copied = use_signal(|| None::<Copy>);
    let mut show_text = use_signal(|| false);
    let shared = text.clone();
    let area_text = text.clone();
    let on_copy = move |_| {
        let text = text.clone();
        async move {
            let result = platform::copy_text(text, TEXT_ID).await;
            if result != Copy::Copied {
                // No clipboard here: show the text, selected (when it mounts), to copy by hand.
                show_text.set(true);
            }
            copied.set(Some(result));
        }
    };
    rsx! {
        if can_share {
            button {
                class: "button secondary",
                r#type: "button",
                onclick: move |_| {
                    let text = shared.clone();
                    async move {
                        platform::share_text(text).await;
                    }
                },
                {i18n.t("guide-share")}
            }
        } else {
            button { class: "button secondary", r#type: "button", onclick: on_copy, {i18n.t("guide-copy")} }
        }
        p { class: "copy-status", "aria-live": "polite",
            match copied() {
                Some(Copy::Copied) => i18n.t("guide-copied"),
                Some(Copy::Selected) | Some(Copy::Failed) => i18n.t("guide-copy-by-hand"),
                None => String::new(),
            }
        }
        if show_text() {
            textarea { id: TEXT_ID, class: "summary", readonly: true, rows: "8", value: "{area_text}",
                onmounted: move |_| platform::select_text(TEXT_ID),
            }
        }
    }
}
