//! The search box of Home and Guides: results as the person types, from an index built once per language.

use dioxus::prelude::*;
use rumbo::content::search::{Hit, Index, Target};
use rumbo::i18n::FluentArgs;

use crate::app::{use_i18n, Route};

#[component]
pub fn SearchBox() -> Element {
    let i18n = use_i18n();
    let mut query = use_signal(String::new);
    let hits = use_memo(move || Index::shipped(i18n.lang()).search(&query.read()));
    let searching = !query.read().trim().is_empty();
    let mut count = FluentArgs::new();
    count.set("count", hits.read().len());
    rsx! {
        div { class: "search", role: "search",
            label { r#for: "search", class: "field-label", {i18n.t("search-label")} }
            input {
                id: "search",
                r#type: "search",
                autocomplete: "off",
                spellcheck: "false",
                value: "{query}",
                oninput: move |e| query.set(e.value()),
            }
            p { class: "search-count", "aria-live": "polite",
                if searching {
                    {i18n.t_args("search-count", &count)}
                }
            }
            if searching {
                ul { class: "search-results", role: "list",
                    for hit in hits.read().iter().cloned() {
                        SearchResult { hit }
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
            Link { class: "card stack", to,
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
