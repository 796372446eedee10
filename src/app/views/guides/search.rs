//! The search box of Home and Guides: results as the person types, from an index built once per language.

use dioxus::prelude::*;
use rumbo::search::{searchable, Hit, Index, Target};

use crate::app::components::{Button, NeedsApp, ScreenLink, Variant};
use crate::app::{use_i18n, Route};

/// Results drawn before the person asks for all: a two-letter query can match most sections, and drawing
/// them all on each keystroke is what made typing slow on a cheap phone.
const FIRST_RESULTS: usize = 12;

#[component]
pub fn SearchBox() -> Element {
    match crate::app::target::use_target() {
        crate::app::target::RenderTarget::App => {}
        crate::app::target::RenderTarget::Static => return rsx! { NeedsApp { text_id: "static-needs-app-search" } },
        crate::app::target::RenderTarget::File => return rsx! {},
    }
    let i18n = use_i18n();
    let mut query = use_signal(String::new);
    let mut show_all = use_signal(|| false);
    // No index until there is something to search: building it on start or on a language switch would slow both.
    let hits = use_memo(move || {
        let query = query.read();
        if searchable(&query) {
            Index::shipped(i18n.lang()).search(&query)
        } else {
            Vec::new()
        }
    });
    let searching = searchable(&query.read());
    let total = hits.read().len();
    let shown = if show_all() { total } else { total.min(FIRST_RESULTS) };
    rsx! {
        div { class: "search", role: "search",
            label { r#for: "search", class: "field-label", {i18n.t("search-label")} }
            input {
                id: "search",
                r#type: "search",
                autocomplete: "off",
                spellcheck: "false",
                value: "{query}",
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
                    for hit in hits.read().iter().take(shown).cloned() {
                        SearchResult { key: "{hit.target:?}", hit }
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

#[component]
fn SearchResult(hit: Hit) -> Element {
    let to = match &hit.target {
        Target::Guide(id) => Route::Guide { id: id.clone() },
        Target::Entry(id) => Route::Entry { id: id.clone() },
    };
    rsx! {
        li {
            ScreenLink { class: "card stack", to,
                span { class: "card-title", Marked { text: hit.title.clone(), marks: hit.title_marks.clone() } }
                span { class: "result-snippet", Marked { text: hit.snippet.clone(), marks: hit.marks.clone() } }
            }
        }
    }
}

/// Text with the matched words in `mark` elements.
#[component]
fn Marked(text: String, marks: Vec<(usize, usize)>) -> Element {
    let mut pieces = Vec::new();
    let mut at = 0;
    for &(start, end) in &marks {
        pieces.push((false, text[at..start].to_string()));
        pieces.push((true, text[start..end].to_string()));
        at = end;
    }
    pieces.push((false, text[at..].to_string()));
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
