use dioxus::prelude::*;
use rumbo::storage::Kind;

use super::Saved;
use crate::app::components::{Button, Icon, IconName, Variant};
use crate::app::use_i18n;

/// Save or remove with one tap; the button says which it will do and shows the state (`aria-pressed`).
#[component]
pub fn BookmarkButton(kind: Kind, target: String, #[props(default)] data: Option<serde_json::Value>) -> Element {
    if !crate::app::target::use_target().is_app() {
        // Outside the app there is no script to act on it.
        return rsx! {};
    }
    let i18n = use_i18n();
    let saved = use_context::<Saved>();
    let is_saved = saved.has(kind, &target);
    if (saved.read_only)() {
        return rsx! {};
    }
    rsx! {
        Button {
            variant: Variant::Secondary,
            class: "bookmark",
            pressed: is_saved,
            onclick: move |_| saved.set(kind, target.clone(), data.clone(), !is_saved),
            Icon { name: IconName::Bookmark }
            if is_saved { {i18n.t("saved-yes")} } else { {i18n.t("saved-save")} }
        }
    }
}
