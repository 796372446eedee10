//! Reading a section aloud, and sharing or copying it as plain text.

use dioxus::prelude::*;
use rumbo::i18n::Lang;

use crate::app::components::{Button, CopyButton, Variant};
use crate::app::platform::{self, speech};
use crate::app::use_i18n;

/// Shown only where the device has a local voice for the language.
#[component]
pub fn Listen(text: String, lang: Lang) -> Element {
    if !crate::app::target::use_target().is_app() {
        // Outside the app there is no script to act on it.
        return rsx! {};
    }
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
        Button { variant: Variant::Secondary, class: "listen", pressed: speaking(), onclick: toggle,
            if speaking() { {i18n.t("guide-listen-stop")} } else { {i18n.t("guide-listen")} }
        }
    }
}

/// The system share sheet where there is one; elsewhere copying (with its own fallback for plain HTTP).
#[component]
pub fn ShareSection(text: String) -> Element {
    if !crate::app::target::use_target().is_app() {
        // Outside the app there is no script to act on it.
        return rsx! {};
    }
    let i18n = use_i18n();
    let can_share = use_hook(platform::can_share);
    if !can_share {
        return rsx! { CopyButton { id: "guide-text", text, label: i18n.t("guide-copy") } };
    }
    rsx! {
        Button {
            variant: Variant::Secondary,
            onclick: move |_| {
                let text = text.clone();
                async move {
                    platform::share_text(text).await;
                }
            },
            {i18n.t("guide-share")}
        }
    }
}
