use dioxus::prelude::*;

use crate::app::components::Variant;
use crate::app::target::scoped_id;
use crate::app::use_i18n;

/// 911 and 089, one tap away, on every screen that talks about danger. The consular line is not here: it is
/// for Mexican citizens only, and shown with the deportees' guide.
#[component]
pub fn HelpLines() -> Element {
    let i18n = use_i18n();
    let title_id = scoped_id("help-lines-title");
    rsx! {
        aside { class: "help-lines", "aria-labelledby": "{title_id}",
            h2 { id: "{title_id}", {i18n.t("help-lines-title")} }
            ul { role: "list",
                li {
                    a { class: Variant::Call.class(), href: "tel:911", "911" }
                    span { {i18n.t("help-lines-911")} }
                }
                li {
                    a { class: Variant::Call.class(), href: "tel:089", "089" }
                    span { {i18n.t("help-lines-089")} }
                }
            }
        }
    }
}
