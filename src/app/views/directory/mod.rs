//! The directory screen: help lines first, then places filtered by city, kind and who they serve, or by name.

mod entry;
mod help_lines;
mod hours;

use dioxus::prelude::*;
use rumbo::directory::{City, Directory as Data, Filter, Kind, Serves, FILTER_CITIES};

pub use entry::EntryCard;
pub use help_lines::HelpLines;

use crate::app::components::{ButtonLink, DocumentTitle, Page, ScreenLink, Variant};
use crate::app::target::use_target;
use crate::app::{use_i18n, Route};

#[component]
pub fn Directory() -> Element {
    let i18n = use_i18n();
    let mut filter = use_signal(Filter::default);
    let app = use_target().is_app();
    let data = Data::shipped();
    let shown = filter.read().apply(&data.entries);
    rsx! {
        Page { title_id: "directory-title",
            p { class: "lead", {i18n.t("directory-lead")} }
            HelpLines {}
            // Filtering needs the app; outside it the whole list is there.
            if app {
                div { class: "filters", role: "search",
                    Choice {
                        id: "filter-city",
                        label_id: "directory-filter-city",
                        options: FILTER_CITIES.iter().map(|c| (c.id(), i18n.t(&c.message_id()))).collect::<Vec<_>>(),
                        onchange: move |v: String| filter.write().city = City::from_id(&v),
                    }
                    Choice {
                        id: "filter-kind",
                        label_id: "directory-filter-kind",
                        options: Kind::ALL.iter().map(|k| (k.id(), i18n.t(&k.message_id()))).collect::<Vec<_>>(),
                        onchange: move |v: String| filter.write().kind = Kind::from_id(&v),
                    }
                    Choice {
                        id: "filter-serves",
                        label_id: "directory-filter-serves",
                        options: Serves::ALL.iter().map(|s| (s.id(), i18n.t(&s.message_id()))).collect::<Vec<_>>(),
                        onchange: move |v: String| filter.write().serves = Serves::from_id(&v),
                    }
                    label { r#for: "filter-name", class: "field-label", {i18n.t("directory-filter-name")} }
                    input {
                        id: "filter-name",
                        r#type: "search",
                        autocomplete: "off",
                        // No `value`: only the person writes this field (see SearchBox: the desktop app's late
                        // input events would have older text written back over new keys).
                        oninput: move |e| filter.write().name = e.value(),
                    }
                }
            }
            p { class: "search-count", role: "status", {i18n.t_with("directory-count", [("count", shown.len())])} }
            ul { class: "entries", role: "list",
                for entry in shown {
                    li { key: "{entry.id}", EntryCard { id: entry.id.clone() } }
                }
            }
            p { class: "help", {i18n.t("directory-few-phones")} }
        }
    }
}

/// A labelled select whose first option, "all", clears the filter.
#[component]
fn Choice(
    id: &'static str,
    label_id: &'static str,
    options: Vec<(&'static str, String)>,
    onchange: EventHandler<String>,
) -> Element {
    let i18n = use_i18n();
    rsx! {
        label { r#for: id, class: "field-label", {i18n.t(label_id)} }
        select { id, class: "filter", onchange: move |e| onchange.call(e.value()),
            option { value: "", {i18n.t("directory-all")} }
            for (value, text) in options {
                option { value, "{text}" }
            }
        }
    }
}

/// One entry on its own page, where search results and bookmarks lead.
#[component]
pub fn Entry(id: String) -> Element {
    let i18n = use_i18n();
    let Some(entry) = Data::shipped().entry(&id) else {
        // Only that it is not there (an old link or bookmark): "coming soon" above it would promise a place back.
        return rsx! {
            Page { title_id: "directory-title",
                p { class: "notice missing", {i18n.t("entry-missing")} }
                p { ButtonLink { variant: Variant::Secondary, to: Route::Directory {}, {i18n.t("directory-back")} } }
            }
        };
    };
    rsx! {
        DocumentTitle { text: "{entry.name} · Rumbo" }
        div { class: "page",
            p { class: "crumb", ScreenLink { to: Route::Directory {}, {i18n.t("directory-back")} } }
            EntryCard { id, page: true }
        }
    }
}

#[cfg(test)]
mod tests;
