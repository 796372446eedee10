use dioxus::prelude::*;
use rumbo::content::Guides as Content;

use super::search::SearchBox;
use crate::app::components::{ButtonLink, Icon, IconName, Page, ScreenLink, Variant};
use crate::app::{use_i18n, Route};

/// Every section with its one-line summary, in the guides' order, and search above them.
#[component]
pub fn Guides() -> Element {
    let i18n = use_i18n();
    rsx! {
        Page { title_id: "guides-title",
            p { class: "lead", {i18n.t("guides-lead")} }
            SearchBox {}
            h2 { class: "visually-hidden", {i18n.t("guides-all")} }
            ol { class: "cards guide-list", role: "list",
                for section in Content::shipped().sections.iter() {
                    li { key: "{section.id}",
                        ScreenLink { class: "card", to: Route::Guide { id: section.id.clone() },
                            span { class: "card-text",
                                span { class: "card-title", {i18n.t(&section.title_id())} }
                                span { class: "card-body", {i18n.t(&section.summary_id())} }
                            }
                        }
                    }
                }
            }
            p {
                ButtonLink { variant: Variant::Secondary, to: Route::Official {},
                    Icon { name: IconName::Book }
                    {i18n.t("official-title")}
                }
            }
            p { class: "disclaimer", {i18n.t("not-legal-advice")} }
        }
    }
}
