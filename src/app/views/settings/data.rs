//! What Rumbo keeps on this device, where quick exit goes, and erasing it all, each with a confirmation that
//! says what will go, and an honest list of what an app cannot erase.

use dioxus::prelude::*;

use crate::app::components::{Button, Variant};
use crate::app::content::ContentState;
use crate::app::exit::{load_site, save_site, Exit, SITES};
use crate::app::platform::{self, DataLocation};
use crate::app::saved::{persist_status, PersistStatus, Saved};
use crate::app::{use_i18n, wipe};

/// Where quick exit goes; the desktop app closes its window instead, so it has nothing to choose.
#[component]
pub fn ExitSite() -> Element {
    let i18n = use_i18n();
    if platform::CLOSES_WINDOW_ON_EXIT {
        return rsx! {};
    }
    let mut chosen = use_signal(|| {
        let saved = load_site();
        if SITES.iter().any(|site| site.id == saved) {
            saved
        } else {
            SITES[0].id.to_string()
        }
    });
    rsx! {
        section { "aria-labelledby": "settings-exit",
            h2 { id: "settings-exit", {i18n.t("settings-exit")} }
            p { {i18n.t("settings-exit-help")} }
            fieldset {
                legend { {i18n.t("settings-exit-site")} }
                for site in SITES.iter() {
                    label { class: "choice", key: "{site.id}",
                        input {
                            r#type: "radio",
                            name: "exit-site",
                            value: site.id,
                            checked: chosen() == site.id,
                            onchange: move |_| {
                                save_site(site.id);
                                chosen.set(site.id.to_string());
                            },
                        }
                        span { {i18n.t(site.label_id)} }
                    }
                }
            }
        }
    }
}

/// The desktop app keeps files on a computer, where an installed program stays, rather than a browser's
/// storage with a history and a home-screen icon around it.
const ON_COMPUTER: bool = matches!(platform::data_location(), DataLocation::Folder);

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Idle,
    ConfirmData,
    ConfirmAll,
    DataDeleted,
    AllRemoved,
}

#[component]
pub fn Data() -> Element {
    let i18n = use_i18n();
    let saved = use_context::<Saved>();
    let mut step = use_signal(|| Step::Idle);
    // What could not be deleted (each other step still ran).
    let mut failed = use_signal(Vec::<String>::new);
    // Discreet mode is one of the settings deleted: this tab stops using it too, as other tabs do.
    let mut discreet = use_context::<Exit>().discreet;
    let content = use_context::<ContentState>();
    let delete_data = move |_| async move {
        failed.set(wipe::delete_my_data().await);
        // Nothing deleted stays on screen.
        saved.clear();
        content.forget_stored();
        discreet.set(false);
        step.set(Step::DataDeleted);
    };
    let remove_all = move |_| async move {
        failed.set(wipe::remove_everything().await);
        saved.clear();
        content.forget_stored();
        discreet.set(false);
        step.set(Step::AllRemoved);
    };
    let partial = rsx! {
        div { class: "notice", role: "alert",
            p { {i18n.t("storage-wipe-partial")} }
            ul {
                for name in failed() {
                    li { key: "{name}", "{name}" }
                }
            }
        }
    };
    rsx! {
        section { "aria-labelledby": "settings-data",
            h2 { id: "settings-data", {i18n.t("settings-data")} }
            p { {i18n.t("settings-data-stored")} }
            Persistence {}
            match step() {
                Step::Idle => rsx! {
                    p { Button { variant: Variant::Secondary, onclick: move |_| step.set(Step::ConfirmData), {i18n.t("wipe-data")} } }
                    p { Button { variant: Variant::Secondary, onclick: move |_| step.set(Step::ConfirmAll), {i18n.t(if ON_COMPUTER { "wipe-all-desktop" } else { "wipe-all" })} } }
                },
                Step::ConfirmData => rsx! {
                    div { class: "notice confirm", role: "alertdialog", "aria-labelledby": "wipe-confirm",
                        p { id: "wipe-confirm", {i18n.t("wipe-data-confirm")} }
                        Button { variant: Variant::Danger, onclick: delete_data, {i18n.t("wipe-data-yes")} }
                        Button { variant: Variant::Secondary, onclick: move |_| step.set(Step::Idle), {i18n.t("wipe-cancel")} }
                    }
                },
                Step::ConfirmAll => rsx! {
                    div { class: "notice confirm", role: "alertdialog", "aria-labelledby": "wipe-confirm",
                        p { id: "wipe-confirm", {i18n.t(if ON_COMPUTER { "wipe-all-desktop-confirm" } else { "wipe-all-confirm" })} }
                        Button { variant: Variant::Danger, onclick: remove_all, {i18n.t("wipe-all-yes")} }
                        Button { variant: Variant::Secondary, onclick: move |_| step.set(Step::Idle), {i18n.t("wipe-cancel")} }
                    }
                },
                Step::DataDeleted if !failed.read().is_empty() => partial,
                Step::DataDeleted => rsx! {
                    p { class: "notice", role: "status", {i18n.t("wipe-data-done")} }
                    p {
                        // Back to the first screen, as on a first visit: the language choice is gone too.
                        Button { onclick: move |_| i18n.forget_choice(), {i18n.t("wipe-start-again")} }
                    }
                },
                Step::AllRemoved if !failed.read().is_empty() => partial,
                Step::AllRemoved => rsx! {
                    p { class: "notice", role: "status", {i18n.t(if ON_COMPUTER { "wipe-all-desktop-done" } else { "wipe-all-done" })} }
                },
            }
            h3 { {i18n.t("wipe-cannot")} }
            ul {
                if !ON_COMPUTER {
                    li { {i18n.t("wipe-cannot-history")} }
                }
                li { {i18n.t("wipe-cannot-files")} }
                li { {i18n.t("wipe-cannot-calendar")} }
                li { {i18n.t(if ON_COMPUTER { "wipe-cannot-program" } else { "wipe-cannot-icon" })} }
            }
        }
    }
}

/// Whether the browser promised to keep saved items (`navigator.storage.persist()`), in plain words.
#[component]
fn Persistence() -> Element {
    let i18n = use_i18n();
    let status = use_resource(persist_status);
    let id = match *status.read() {
        Some(PersistStatus::Granted) => "storage-persist-granted",
        Some(PersistStatus::Refused) => "storage-persist-refused",
        Some(PersistStatus::NotAsked) => "storage-persist-not-asked",
        Some(PersistStatus::Unavailable) => "storage-persist-unavailable",
        Some(PersistStatus::NotApplicable) | None => return rsx! {},
    };
    rsx! {
        p { class: "help storage-persist", {i18n.t(id)} }
    }
}
