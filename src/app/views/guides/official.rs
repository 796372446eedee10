//! "Show this to an official": the exact words of a few articles, in large Spanish type whatever the
//! interface language, each with the law's name and date and one line in the person's language saying
//! what it means. The person opens the one they need and holds the phone out.

use dioxus::prelude::*;
use rumbo::content::Guides as Content;

use crate::app::components::Page;
use crate::app::use_i18n;

#[component]
pub fn Official() -> Element {
    let i18n = use_i18n();
    let content = Content::shipped();
    rsx! {
        Page { title_id: "official-title",
            p { class: "lead", {i18n.t("official-lead")} }
            // Closed, each one says in the person's language what it is for; opened, it shows the law.
            for text in content.official.iter() {
                if let Some(source) = content.source(&text.source) {
                    details { key: "{text.id}", class: "official-text", id: "official-{text.id}",
                        summary {
                            span { class: "meaning", {i18n.t(&text.meaning_id())} }
                            span { class: "article", lang: "es", "{source.title}, {text.article}" }
                        }
                        div { lang: "es",
                            blockquote { "{text.text}" }
                            if let Some(publisher) = &source.publisher {
                                p { class: "law-date", "{source.title}. {publisher}" }
                            }
                        }
                    }
                }
            }
            p { class: "help", {i18n.t("official-caution")} }
        }
    }
}
