use dioxus::prelude::*;

use super::{Icon, IconName};
use crate::app::use_i18n;

/// Says plainly that a part of Rumbo is not built yet, instead of showing an empty screen.
#[component]
pub fn Coming(text_id: &'static str) -> Element {
    let i18n = use_i18n();
    rsx! {
        div { class: "notice coming",
            Icon { name: IconName::Clock }
            div {
                p { class: "notice-title", {i18n.t("coming-title")} }
                p { {i18n.t(text_id)} }
            }
        }
    }
}
