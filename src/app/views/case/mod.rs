//! "My case": the person's own dates, in any order and each optional, and every term that follows from them,
//! worked out by the core (`rumbo::case`). Stored on this device only, with saved items; gone with "Delete my
//! data"; hidden by quick exit like every screen. The pocket card to print is its own route (card.rs).

mod card;
mod edit;
mod fields;
mod form;
mod keep;
mod timeline;

#[cfg(test)]
mod tests;

use dioxus::prelude::*;
use rumbo::case::{timeline as case_timeline, CaseFacts};
use rumbo::deadline::Calendar;

pub use card::CaseCard;
#[cfg(feature = "export")]
pub use card::PocketCard;
use edit::CaseEdit;
use form::CaseForm;
use keep::CaseKeep;
use timeline::{SignInTop, TimelineView};

use crate::app::components::{ButtonLink, NeedsApp, Page, Variant};
use crate::app::saved::Saved;
use crate::app::target::use_target;
use crate::app::{platform, use_i18n, Route};

/// The stored case as facts: None when there is none, Err when it cannot be read here (a newer Rumbo's).
pub fn stored_facts(saved: &Saved) -> Option<Result<CaseFacts, rumbo::case::CaseError>> {
    saved.case.read().as_ref().map(|c| CaseFacts::from_json(&c.facts))
}

#[component]
pub fn MyCase() -> Element {
    let i18n = use_i18n();
    if !use_target().is_app() {
        return rsx! {
            CaseNeedsApp { title_id: "case-screen-title", text_id: "static-needs-app-case" }
        };
    }
    let saved = use_context::<Saved>();
    let today = use_hook(platform::today);
    let stored = stored_facts(&saved);
    let facts = stored.as_ref().and_then(|r| r.as_ref().ok()).cloned();
    let timeline = facts.as_ref().map(|f| case_timeline(f, today, Calendar::shipped()));
    // The form starts from what is stored; it is made again when the stored case changes (saved, deleted,
    // another tab), so it never shows a case that is gone.
    let initial = facts.as_ref().map(CaseForm::from_facts).unwrap_or_default();
    let form_key = saved.case.read().as_ref().map(|c| format!("{}-{}", c.updated, c.facts.len())).unwrap_or_default();
    rsx! {
        Page { title_id: "case-screen-title",
            p { class: "lead", {i18n.t("case-screen-lead")} }
            p { class: "help", {i18n.t("case-screen-private")} }
            if let Some(Err(_)) = &stored {
                p { class: "notice", role: "status", {i18n.t("case-screen-unreadable")} }
            }
            if let Some(day) = timeline.as_ref().and_then(|t| t.sign_in.clone()) {
                SignInTop { day }
            }
            if let Some(timeline) = timeline.clone() {
                TimelineView { timeline }
            }
            details { class: "case-edit", open: facts.is_none(),
                summary { {i18n.t(if facts.is_some() { "case-screen-change" } else { "case-screen-add" })} }
                if (saved.loaded)() && !(saved.read_only)() {
                    CaseEdit { key: "{form_key}", initial, today }
                } else if (saved.read_only)() {
                    p { class: "notice", {i18n.t("saved-notice-newer")} }
                }
            }
            if let Some(timeline) = timeline {
                CaseKeep { timeline }
            }
        }
    }
}

/// My case and its card outside the app (the static pages): the person's dates live on their phone only, so the
/// page says in one line that this needs the app and offers the guides, which explain every step.
#[component]
pub fn CaseNeedsApp(title_id: &'static str, text_id: &'static str) -> Element {
    let i18n = use_i18n();
    rsx! {
        Page { title_id,
            NeedsApp { text_id }
            p { ButtonLink { variant: Variant::Secondary, to: Route::Guides {}, {i18n.t("guides-title")} } }
        }
    }
}
