//! The search box of Home and Guides: results as the person types, from an index built once per language.

use dioxus::prelude::*;
use rumbo::search::{searchable, Found, Hit, Index, Target};

use crate::app::components::{Button, NeedsApp, Variant};
use crate::app::{use_i18n, Route};

/// Results drawn before the person asks for all: a two-letter query can match most sections, and drawing
/// cards is most of what a keystroke costs on a cheap phone. Six are two and a half screens at 320 px.
const FIRST_RESULTS: usize = 6;

#[component]
pub fn SearchBox() -> Element {
    let i18n = use_i18n();
    match crate::app::target::use_target() {
        crate::app::target::RenderTarget::App => {}
        // The static page says search needs the app; while the app loads, a line of the field's size holds the
        // field's place under the same label, so that what follows does not move when the field comes.
        crate::app::target::RenderTarget::Static => {
            return rsx! {
                div { class: "search search-static",
                    p { class: "field-label", {i18n.t("search-label")} }
                    NeedsApp { text_id: "static-needs-app-search" }
                    // Shown instead while the app loads (boot.js marks the page; static.css).
                    p { class: "search-loading", {i18n.t("static-search-loading")} }
                }
            };
        }
        crate::app::target::RenderTarget::File => return rsx! {},
    }
    let mut query = use_signal(String::new);
    let mut show_all = use_signal(|| false);
    // The history's prefix ("#" for the web's hash routes), asked once rather than by every card.
    let prefix = use_hook(|| router().prefix().unwrap_or_default());
    // No index until there is something to search: building it on start or on a language switch would slow both.
    // Only the results drawn are written out: the count is all a keystroke needs of the others.
    let found = use_memo(move || {
        let query = query.read();
        let limit = if show_all() { usize::MAX } else { FIRST_RESULTS };
        if searchable(&query) {
            Index::shipped(i18n.lang()).find(&query, limit)
        } else {
            Found::default()
        }
    });
    let searching = searchable(&query.read());
    let total = found.read().total;
    rsx! {
        div { class: "search", role: "search",
            label { r#for: "search", class: "field-label", {i18n.t("search-label")} }
            input {
                id: "search",
                r#type: "search",
                autocomplete: "off",
                spellcheck: "false",
                // No `value`: only the person writes this field, and the desktop webview delivers input events
                // late, so a value written back on each render put older text over keys typed since.
                // The index is built while the keyboard opens, not on the first letter.
                onfocus: move |_| {
                    Index::shipped(i18n.lang());
                },
                oninput: move |e| {
                    show_all.set(false);
                    query.set(e.value());
                },
            }
            p { class: "search-count", "aria-live": "polite",
                if searching {
                    {i18n.t_with("search-count", [("count", total)])}
                }
            }
            if searching {
                ul { class: "search-results", role: "list",
                    for hit in found.read().hits.iter().cloned() {
                        SearchResult { key: "{hit.target:?}", hit, prefix: prefix.clone() }
                    }
                }
                // The button stays and changes its words, so focus stays on it instead of falling to the page.
                if total > FIRST_RESULTS {
                    Button {
                        variant: Variant::Secondary,
                        class: "search-more",
                        expanded: show_all(),
                        onclick: move |_| show_all.toggle(),
                        if show_all() {
                            {i18n.t_with("search-fewer", [("count", FIRST_RESULTS)])}
                        } else {
                            {i18n.t_with("search-more", [("count", total)])}
                        }
                    }
                }
            }
        }
    }
}

/// One hit as a card. A plain link rather than the router's `Link`, which asks the browser for its location
/// twice per render to mark the current screen (a result is never the current screen): with a dozen cards
/// redrawn on each keystroke that was most of the time a keystroke took on a slow phone.
#[component]
fn SearchResult(hit: Hit, prefix: String) -> Element {
    let to = match &hit.target {
        Target::Guide(id) => Route::Guide { id: id.clone() },
        Target::Entry(id) => Route::Entry { id: id.clone() },
    };
    let href = format!("{prefix}{to}");
    rsx! {
        li {
            a {
                class: "card stack",
                href,
                onclick: move |event: MouseEvent| {
                    // A click with a modifier opens a tab, as the browser does for any link.
                    if event.modifiers().is_empty() {
                        event.prevent_default();
                        navigator().push(to.clone());
                    }
                },
                span { class: "card-title", {marked(&hit.title, &hit.title_marks)} }
                span { class: "result-snippet", {marked(&hit.snippet, &hit.marks)} }
            }
        }
    }
}

/// Text with the matched words in `mark` elements (a function, not a component: one scope less per card).
fn marked(text: &str, marks: &[(usize, usize)]) -> Element {
    let mut pieces = Vec::new();
    let mut at = 0;
    for &(start, end) in marks {
        pieces.push((false, &text[at..start]));
        pieces.push((true, &text[start..end]));
        at = end;
    }
    pieces.push((false, &text[at..]));
    rsx! {
        for (marked, piece) in pieces {
            if marked {
                mark { "{piece}" }
            } else {
                "{piece}"
            }
        }
    }
}
