//! Taking the timeline along: the reminders as one calendar file (neutral by default, with what a calendar does
//! with them), the plain-text summary to copy or share, "Listen", and deleting the case.

use dioxus::prelude::*;
use rumbo::case::{reminders, summary, ReminderOptions, StepKind, Timeline, SIGN_IN_WEEKS};
use rumbo::deadline::Calendar;
use rumbo::i18n::Localizer;

use crate::app::components::{ButtonLink, Checkbox, CopyButton, DownloadButton, Variant};
use crate::app::saved::Saved;
use crate::app::views::guides::{Listen, ShareSection};
use crate::app::{platform, use_i18n, Route};

#[component]
pub fn CaseKeep(timeline: Timeline) -> Element {
    let i18n = use_i18n();
    let saved = use_context::<Saved>();
    // Neutral by default: a calendar can show events on the lock screen and sync them online.
    let neutral = use_signal(|| true);
    let mut confirm = use_signal(|| false);
    let lang = i18n.lang();
    let options =
        ReminderOptions { neutral: neutral(), lang, stamp: platform::now().naive_utc(), sign_in_weeks: SIGN_IN_WEEKS };
    let file = reminders(&timeline, Calendar::shipped(), Localizer::embedded(), &options);
    // After a decision the file no longer holds the weekly sign-in; a calendar may still have it from before.
    let old_series = timeline.sign_in.is_some() && timeline.step(StepKind::Decision).is_some();
    let text = summary(&timeline, Localizer::embedded(), lang);
    rsx! {
        section { class: "case-keep", "aria-labelledby": "case-keep-title",
            h2 { id: "case-keep-title", {i18n.t("case-screen-keep")} }
            p { class: "actions",
                Listen { text: text.clone(), lang }
                ShareSection { text: text.clone() }
            }
            CopyButton { id: "case-summary", text: text.clone(), label: i18n.t("case-screen-copy") }
            h3 { {i18n.t("case-screen-reminders")} }
            if file.events == 0 {
                p { class: "help", {i18n.t("case-screen-no-reminders")} }
            } else {
                Checkbox { id: "case-neutral", checked: neutral, label: i18n.t("case-screen-neutral") }
                p { class: "notice", {i18n.t("case-ics-warning")} }
                p {
                    DownloadButton { id: "case-ics", file: file.file_name, mime: "text/calendar", text: file.text,
                        {i18n.t("case-screen-download")}
                    }
                }
            }
            if old_series {
                p { class: "notice", id: "case-old-series", {i18n.t("case-ics-decided-old-series")} }
            }
            h3 { {i18n.t("case-screen-card")} }
            p { class: "help", {i18n.t("case-screen-card-help")} }
            p { ButtonLink { variant: Variant::Secondary, to: Route::CaseCard {}, {i18n.t("case-screen-card-open")} } }
            h3 { {i18n.t("case-screen-delete")} }
            if confirm() {
                div { class: "notice confirm", role: "alertdialog", "aria-labelledby": "case-delete-confirm",
                    p { id: "case-delete-confirm", {i18n.t("case-screen-delete-confirm")} }
                    button {
                        class: "button danger",
                        r#type: "button",
                        onclick: move |_| async move {
                            saved.save_case(None).await;
                            confirm.set(false);
                        },
                        {i18n.t("case-screen-delete-yes")}
                    }
                    button { class: "button secondary", r#type: "button", onclick: move |_| confirm.set(false), {i18n.t("wipe-cancel")} }
                }
            } else {
                p {
                    button { class: "button secondary", r#type: "button", id: "case-delete", onclick: move |_| confirm.set(true), {i18n.t("case-screen-delete")} }
                }
            }
        }
    }
}
