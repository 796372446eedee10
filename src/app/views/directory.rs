use dioxus::prelude::*;

use crate::app::components::{Coming, Page};

#[component]
pub fn Directory() -> Element {
    rsx! {
        Page { title_id: "directory-title",
            Coming { text_id: "directory-coming" }
        }
    }
}
