use dioxus::prelude::*;

use crate::app::components::{Coming, Page};
use crate::app::use_i18n;

#[component]
pub fn Deadline() -> Element {
    let i18n = use_i18n();
    rsx! {
        Page { title_id: "deadline-title",
            p { class: "lead", {i18n.t("deadline-lead")} }
            p { class: "source", {i18n.t("deadline-lead-source")} }
            Coming { text_id: "deadline-coming" }
        }
    }
}
