use dioxus::prelude::*;

use crate::app::components::{Coming, Page};
use crate::app::use_i18n;

#[component]
pub fn Saved() -> Element {
    let i18n = use_i18n();
    rsx! {
        Page { title_id: "saved-title",
            p { class: "lead", {i18n.t("saved-lead")} }
            Coming { text_id: "saved-coming" }
        }
    }
}
