//! Guide text, rendered from its markup as elements: locale text is never injected as HTML.

use dioxus::prelude::*;
use rumbo::content::markup::{self, Block, Inline, Screen, Target};

use crate::app::components::ScreenLink;
use crate::app::Route;

/// A message's text with its headings, paragraphs, lists, emphasis and links.
#[component]
pub fn GuideText(text: String) -> Element {
    let blocks = markup::parse(&text);
    rsx! {
        for block in blocks {
            match block {
                // A heading may name a Spanish term too ("El programa _México te abraza_"): never show it raw.
                Block::Heading(heading) => rsx! { h3 { Inlines { parts: markup::inlines(&heading) } } },
                Block::Paragraph(parts) => rsx! { p { Inlines { parts } } },
                Block::List(items) => rsx! {
                    ul {
                        for parts in items {
                            li { Inlines { parts } }
                        }
                    }
                },
            }
        }
    }
}

#[component]
fn Inlines(parts: Vec<Inline>) -> Element {
    rsx! {
        for part in parts {
            match part {
                Inline::Text(text) => rsx! { "{text}" },
                Inline::Strong(text) => rsx! { strong { "{text}" } },
                Inline::Term(text) => rsx! { i { lang: "es", class: "term", "{text}" } },
                Inline::Link { text, target } => rsx! { TextLink { text, target } },
            }
        }
    }
}

#[component]
fn TextLink(text: String, target: Target) -> Element {
    let to = match target {
        Target::Tel(number) => return rsx! { a { class: "tel", href: "tel:{number}", "{text}" } },
        Target::Guide(id) => Route::Guide { id },
        Target::Screen(Screen::Deadline) => Route::Deadline {},
        Target::Screen(Screen::Directory) => Route::Directory {},
        Target::Screen(Screen::Official) => Route::Official {},
        Target::Screen(Screen::Guides) => Route::Guides {},
        Target::Screen(Screen::Settings) => Route::Settings {},
    };
    rsx! { ScreenLink { to, "{text}" } }
}
