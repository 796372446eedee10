use dioxus::prelude::*;
use rumbo::i18n::{Lang, Localizer};

use super::{Icon, IconName};
use crate::app::use_i18n;

/// A language's name as its speakers write it (Español, Kreyòl ayisyen, Русский).
fn native_name(lang: Lang) -> String {
    Localizer::embedded().native_name(lang)
}

/// The first thing a new person sees: every language, each in its own words, in large buttons.
/// The device's language is only pre-selected; nothing is shown until the person chooses.
#[component]
pub fn LanguageChoice() -> Element {
    rsx! {
        main { class: "first-run",
            div { class: "brand-mark", Icon { name: IconName::Globe } }
            // "Choose your language" in every language: it must not depend on which one is pre-selected.
            h1 { class: "first-run-title",
                for lang in Lang::all() {
                    span { key: "{lang}", lang: lang.code(), {Localizer::embedded().text(lang, "first-run-title")} }
                }
            }
            LanguageButtons { autofocus: true }
            LanguageLoading {}
            LanguageUnavailable {}
        }
    }
}

/// One large button per language. The current one is marked (with a check, not by colour alone).
#[component]
pub fn LanguageButtons(#[props(default)] autofocus: bool) -> Element {
    let i18n = use_i18n();
    let current = i18n.lang();
    rsx! {
        ul { class: "language-buttons", role: "list",
            for lang in Lang::all() {
                li { key: "{lang}",
                    button {
                        class: "language-button",
                        r#type: "button",
                        lang: lang.code(),
                        "aria-pressed": if lang == current { "true" } else { "false" },
                        "aria-busy": (i18n.pending() == Some(lang)).then_some("true"),
                        autofocus: autofocus && lang == current,
                        onclick: move |_| i18n.choose(lang),
                        span { class: "language-name", {native_name(lang)} }
                        span { class: "language-action", {Localizer::embedded().text(lang, "language-continue")} }
                    }
                }
            }
        }
    }
}

/// A chosen language whose texts are on their way (the web app, before they have been fetched in the
/// background), said in that language: a tap on a slow network otherwise seems to do nothing for seconds. A live
/// region that is always there, so screen readers say it as it fills; shown only after a moment (main.css), so a
/// file the worker answers at once does not flash it.
#[component]
pub fn LanguageLoading() -> Element {
    let i18n = use_i18n();
    // A static page never waits for texts: nothing to say there.
    if !crate::app::target::use_target().is_app() {
        return rsx! {};
    }
    let pending = i18n.pending();
    rsx! {
        p { class: "language-loading", role: "status", lang: pending.map(|lang| lang.code()),
            if let Some(lang) = pending {
                {Localizer::embedded().text(lang, "language-loading")}
            }
        }
    }
}

/// A chosen language whose texts could not be fetched (the web app, offline without its worker), said in that
/// language: the person who tapped Русский reads why the screen is still in Spanish.
#[component]
pub fn LanguageUnavailable() -> Element {
    let i18n = use_i18n();
    let Some(lang) = i18n.unavailable() else { return rsx! {} };
    rsx! {
        p { class: "notice language-unavailable", role: "status", lang: lang.code(),
            {Localizer::embedded().text(lang, "language-unavailable")}
        }
    }
}

/// The language switch in the header: one tap from every screen, each language in its own name.
#[component]
pub fn LanguageSwitch() -> Element {
    let i18n = use_i18n();
    let current = i18n.lang();
    rsx! {
        // Busy while a chosen language's texts are on their way (on the region, not the select: on a control,
        // some screen readers hold back its value); the loading line says why.
        div { class: "language-switch", "aria-busy": i18n.pending().is_some().then_some("true"),
            // A label tied by id rather than wrapped around the select, so the select's name is just "Language".
            label { r#for: "language-switch",
                Icon { name: IconName::Globe }
                span { class: "visually-hidden", {i18n.t("language-switch-label")} }
            }
            // Drawn afresh each time a choice could not be made, so it shows the language in use again.
            for refused in [i18n.refused()] {
                select {
                    key: "{refused}",
                    id: "language-switch",
                    onchange: move |event| {
                        if let Some(lang) = Lang::from_code(&event.value()) {
                            i18n.choose(lang);
                        }
                    },
                    for lang in Lang::all() {
                        option { key: "{lang}", value: lang.code(), lang: lang.code(), selected: lang == current, {native_name(lang)} }
                    }
                }
            }
        }
    }
}

/// Outside the app, the language switch is a row of links to the same screen in each language, each language
/// in its own name, at the very top of the page. The app shows the same row, of buttons that choose, on a first
/// visit over the root page's static home, so the languages stay where the person saw them and one tap away.
#[component]
pub fn LanguageLinks() -> Element {
    let i18n = use_i18n();
    let current = i18n.lang();
    let app = crate::app::target::use_target().is_app();
    let page = if app { String::new() } else { crate::app::target::current_page() };
    rsx! {
        nav { class: "language-links", "aria-label": i18n.t("language-switch-label"),
            ul { role: "list",
                for lang in Lang::all() {
                    li { key: "{lang}",
                        if app {
                            button {
                                r#type: "button",
                                lang: lang.code(),
                                "aria-current": if lang == current { Some("true") } else { None },
                                "aria-busy": (i18n.pending() == Some(lang)).then_some("true"),
                                onclick: move |_| i18n.choose(lang),
                                {native_name(lang)}
                            }
                        } else {
                            a {
                                href: crate::app::target::language_href(lang, &page),
                                lang: lang.code(),
                                hreflang: lang.code(),
                                "aria-current": if lang == current { Some("page") } else { None },
                                {native_name(lang)}
                            }
                        }
                    }
                }
            }
        }
    }
}
