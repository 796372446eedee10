use dioxus::prelude::*;

use crate::app::components::{Coming, Page};
use crate::app::{use_i18n, Route};

#[component]
pub fn Guides() -> Element {
    rsx! {
        Page { title_id: "guides-title",
            Coming { text_id: "guides-coming" }
        }
    }
}

/// One guide section, by its stable id (links and bookmarks keep working across versions).
#[component]
pub fn Guide(id: String) -> Element {
    let i18n = use_i18n();
    rsx! {
        Page { title_id: "guide-title",
            Coming { text_id: "guide-coming" }
            p { Link { class: "button secondary", to: Route::Guides {}, {i18n.t("guide-back")} } }
        }
    }
}
