//! The app's buttons: one markup for every tap target that acts on the page, so size, type and state stay alike.

use dioxus::prelude::*;
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};

use super::ScreenLink;
use crate::app::Route;

/// How much a button stands out; each is a class of `main.css`'s `.button`.
#[derive(Clone, Copy, PartialEq, Default)]
pub enum Variant {
    /// The one main action of a screen.
    #[default]
    Primary,
    Secondary,
    /// Deletes something for good.
    Danger,
    /// Dials a phone number.
    Call,
}

impl Variant {
    /// The classes that give the look, before any class of the button's own.
    pub fn class(self) -> &'static str {
        match self {
            Variant::Primary => "button",
            Variant::Secondary => "button secondary",
            Variant::Danger => "button danger",
            Variant::Call => "button call",
        }
    }
}

fn classes(variant: Variant, extra: &str) -> String {
    if extra.is_empty() {
        variant.class().to_string()
    } else {
        format!("{} {extra}", variant.class())
    }
}

/// A `<button>`: never submits a form unless `submit` is set. `pressed` and `expanded` become
/// `aria-pressed` and `aria-expanded` when given; `lang` marks a label in another language than the page.
#[component]
pub fn Button(
    #[props(default)] variant: Variant,
    /// Classes of this button alone (`copy`, `listen`), after the variant's.
    #[props(default)]
    class: &'static str,
    #[props(default)] submit: bool,
    #[props(default)] disabled: bool,
    pressed: Option<bool>,
    expanded: Option<bool>,
    lang: Option<&'static str>,
    #[props(default)] onclick: EventHandler<MouseEvent>,
    children: Element,
) -> Element {
    rsx! {
        button {
            class: classes(variant, class),
            r#type: if submit { "submit" } else { "button" },
            disabled,
            "aria-pressed": pressed,
            "aria-expanded": expanded,
            lang,
            onclick: move |event| onclick.call(event),
            {children}
        }
    }
}

/// A link to another screen that looks like a button: a `ScreenLink`, so it leads to the same screen in the app,
/// the one-file edition and the static pages alike.
#[component]
pub fn ButtonLink(#[props(default)] variant: Variant, to: Route, children: Element) -> Element {
    rsx! {
        ScreenLink { class: variant.class(), to, {children} }
    }
}

/// A button that saves `text` as the file `file` (type `mime`) without any network: the text travels in the
/// link itself, as a `data:` URL. `id` lets a test or a label find it.
#[component]
pub fn DownloadButton(
    file: &'static str,
    mime: &'static str,
    text: String,
    id: Option<&'static str>,
    children: Element,
) -> Element {
    let encoded = utf8_percent_encode(&text, NON_ALPHANUMERIC);
    rsx! {
        a { class: Variant::Secondary.class(), id, download: file, href: "data:{mime};charset=utf-8,{encoded}", {children} }
    }
}
