use dioxus::prelude::*;

use crate::app::components::{ButtonLink, Page};
use crate::app::{use_i18n, Route};

/// An unknown link (an old bookmark, a typo) lands here instead of a blank screen.
#[component]
pub fn NotFound(segments: Vec<String>) -> Element {
    let i18n = use_i18n();
    rsx! {
        Page { title_id: "not-found-title",
            p { {i18n.t("not-found-text")} }
            p { ButtonLink { to: Route::Home {}, {i18n.t("not-found-home")} } }
        }
    }
}
