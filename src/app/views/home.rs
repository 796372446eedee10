use dioxus::prelude::*;

use super::SearchBox;
use crate::app::components::{DocumentTitle, Icon, IconName, ScreenLink};
use crate::app::{use_i18n, Route};

#[component]
pub fn Home() -> Element {
    let i18n = use_i18n();
    rsx! {
        DocumentTitle { text: "Rumbo" }
        article { class: "page home",
            h1 { {i18n.t("home-title")} }
            p { class: "lead", {i18n.t("home-lead")} }
            p { class: "offline-note", {i18n.t("home-offline")} }
            SearchBox {}
            ul { class: "cards", role: "list",
                Card { to: Route::Guides {}, icon: IconName::Book, title_id: "nav-guides", text_id: "home-guides" }
                Card { to: Route::Deadline {}, icon: IconName::Calendar, title_id: "deadline-title", text_id: "home-deadline" }
                Card { to: Route::Directory {}, icon: IconName::Pin, title_id: "directory-title", text_id: "home-directory" }
                Card { to: Route::Saved {}, icon: IconName::Bookmark, title_id: "saved-title", text_id: "home-saved" }
            }
            p { class: "disclaimer", {i18n.t("not-legal-advice")} }
        }
    }
}

#[component]
fn Card(to: Route, icon: IconName, title_id: &'static str, text_id: &'static str) -> Element {
    let i18n = use_i18n();
    rsx! {
        li {
            ScreenLink { class: "card", to,
                Icon { name: icon }
                span { class: "card-text",
                    span { class: "card-title", {i18n.t(title_id)} }
                    span { class: "card-body", {i18n.t(text_id)} }
                }
            }
        }
    }
}
