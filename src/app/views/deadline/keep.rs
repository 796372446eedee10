//! Keeping a result: a calendar file with a reminder, and plain text to copy or send.

use chrono::NaiveDate;
use dioxus::prelude::*;
use rumbo::deadline::{calendar_event, Calendar, Deadline, SavedDeadline, SavedResult, REMINDER_WORKING_DAYS};

use crate::app::components::{Button, DownloadButton, Variant};
use crate::app::platform::{self, Copy};
use crate::app::saved::BookmarkButton;
use crate::app::{msg, use_i18n};
use rumbo::storage::SavedTarget;

const TEXT_ID: &str = "deadline-text";

#[derive(Clone, Copy)]
enum TextAction {
    Copy,
    Share,
}

#[component]
pub fn Keep(result: Deadline, summary: String, today: NaiveDate) -> Element {
    let i18n = use_i18n();
    let mut neutral = use_signal(|| true);
    // Only where the system share sheet exists; elsewhere copying is the way.
    let can_share = use_hook(platform::can_share);
    let mut copied = use_signal(|| None::<Copy>);

    let title = if neutral() {
        i18n.t("deadline-ics-neutral-title")
    } else {
        i18n.t_with("deadline-ics-title", [("term", i18n.t(&result.term.label_id()))])
    };
    let stamp = today.and_hms_opt(0, 0, 0).expect("midnight exists");
    let ics = calendar_event(Calendar::shipped(), &result, &title, &summary, stamp);
    let copy_message = copied().map(|c| match c {
        Copy::Copied => msg("deadline-copied"),
        Copy::Selected => msg("deadline-selected"),
        Copy::Failed => msg("deadline-copy-failed"),
    });

    // One handler for both text buttons: each click takes its own copy of the text into the async task.
    let on_text = |action: TextAction| {
        let text = summary.clone();
        move |_| {
            let text = text.clone();
            async move {
                match action {
                    TextAction::Copy => copied.set(Some(platform::copy_text(text, TEXT_ID).await)),
                    TextAction::Share => {
                        platform::share_text(text).await;
                    }
                }
            }
        }
    };

    let saved = SavedTarget::Deadline(SavedDeadline::of(&result));
    let data = SavedResult::of(&result).to_data();
    rsx! {
        h3 { {i18n.t("deadline-keep-title")} }
        p { BookmarkButton { kind: saved.kind(), target: saved.key(), data } }
        label { class: "choice",
            input {
                r#type: "checkbox",
                checked: neutral(),
                onchange: move |e| neutral.set(e.checked()),
            }
            span { {i18n.t("deadline-ics-neutral")} }
        }
        p { class: "help", {i18n.t_with("deadline-ics-warning", [("days", REMINDER_WORKING_DAYS)])} }
        p {
            DownloadButton { file: "rumbo.ics", mime: "text/calendar", text: ics, {i18n.t("deadline-ics-download")} }
        }
        label { r#for: TEXT_ID, class: "field-label", {i18n.t("deadline-text-label")} }
        textarea { id: TEXT_ID, class: "summary", readonly: true, rows: "9", value: "{summary}" }
        p {
            Button { variant: Variant::Secondary, onclick: on_text(TextAction::Copy), {i18n.t("deadline-copy")} }
        }
        if can_share {
            p {
                Button { variant: Variant::Secondary, onclick: on_text(TextAction::Share), {i18n.t("deadline-share")} }
            }
        }
        p { "aria-live": "polite",
            if let Some(id) = copy_message {
                {i18n.t(id)}
            }
        }
    }
}
