//! The computed deadline: both last days in words, where the count stands today, the month calendars,
//! and what to do next.

use chrono::NaiveDate;
use dioxus::prelude::*;
use rumbo::deadline::{compute, months, Calendar, ReadingDate, Status, Term};
use rumbo::i18n::{dates, FluentValue, Localizer};

use super::keep::Keep;
use super::month::{Legend, Month};
use crate::app::{msg, use_i18n};

#[component]
pub fn DeadlineResult(term: Term, start: NaiveDate, today: NaiveDate) -> Element {
    let i18n = use_i18n();
    let calendar = Calendar::shipped();
    // The form only offers dates that can be counted; any other shows why, never a made-up date.
    let result = match compute(calendar, term, start) {
        Ok(result) => result,
        Err(error) => return rsx! { p { class: "error", {super::error_text(i18n, &error)} } },
    };
    let rule = term.rule();
    // Which reading of the start rule and of the calendar gave a date, in the person's language.
    let from = |r: &ReadingDate| {
        format!("{} {}", i18n.t(&rule.reading_message_id(r.start_reading)), i18n.t(r.calendar.message_id()))
    };
    let progress = result.progress(calendar, today);
    let words = |date: NaiveDate| dates::long_date(Localizer::embedded(), i18n.lang(), date);
    let with_date = |id: &str, date: NaiveDate| i18n.t_with(id, [("date", words(date))]);
    let progress_text = i18n.t_with(
        "deadline-progress",
        [
            ("today", FluentValue::from(words(today))),
            ("elapsed", progress.elapsed.into()),
            ("left", progress.left.into()),
        ],
    );
    let status_id = match progress.status {
        Status::Open => msg("deadline-status-open"),
        Status::LastDays => msg("deadline-status-last-days"),
        Status::PastEarliest => msg("deadline-status-past-earliest"),
        Status::PastLatest => msg("deadline-status-past-latest"),
    };
    let late = matches!(progress.status, Status::PastEarliest | Status::PastLatest);
    let summary = [
        i18n.t(&term.label_id()),
        format!("{}: {}", i18n.t(&term.start_id()), words(start)),
        with_date("deadline-earliest", result.earliest),
        format!("{} {}", i18n.t("deadline-from"), from(&result.earliest_reading)),
        with_date("deadline-latest", result.latest),
        format!("Rumbo. {}", i18n.t("not-legal-advice")),
    ]
    .join("\n");

    rsx! {
        section { class: "deadline-result", "aria-labelledby": "deadline-result-title",
            h2 {
                id: "deadline-result-title",
                tabindex: "-1",
                // Move to the result, which appears below the button, out of sight on a phone.
                onmounted: move |event| async move {
                    let _ = event.set_focus(true).await;
                },
                {i18n.t("deadline-result-title")}
            }
            div { class: "last-days",
                p { class: "earliest",
                    strong { {with_date("deadline-earliest", result.earliest)} }
                    br {}
                    {i18n.t("deadline-earliest-help")}
                }
                p { class: "reading", {format!("{} {}", i18n.t("deadline-from"), from(&result.earliest_reading))} }
                p { class: "latest",
                    strong { {with_date("deadline-latest", result.latest)} }
                    br {}
                    {i18n.t("deadline-latest-help")}
                }
                p { class: "reading", {format!("{} {}", i18n.t("deadline-from"), from(&result.latest_reading))} }
                if let Some(extended) = result.extended_latest {
                    p { class: "extended", {with_date("deadline-extended", extended)} }
                }
            }
            p { class: if late { "status status-late" } else { "status" }, {i18n.t(status_id)} }
            p { {progress_text} }
            if !result.unbounded_periods.is_empty() {
                p { class: "notice", {i18n.t("deadline-unbounded")} }
            }
            if result.no_declared_closures {
                p { class: "source", {i18n.t("deadline-no-closures")} }
            }
            if term == Term::Asylum {
                h3 { {i18n.t("deadline-next-title")} }
                p { {i18n.t("deadline-next-apply")} }
                p { class: "source", {i18n.t("deadline-next-apply-source")} }
                p { {i18n.t("deadline-next-bring")} }
                if late {
                    p { {i18n.t("deadline-next-late")} }
                    p { class: "source", {i18n.t("deadline-next-late-source")} }
                }
            }
            details { class: "readings",
                summary { {i18n.t("deadline-readings-title")} }
                p { {i18n.t("deadline-readings-help")} }
                ul {
                    for (i, r) in result.readings.iter().enumerate() {
                        li { key: "{i}",
                            strong { {words(r.last)} }
                            ": "
                            {from(r)}
                        }
                    }
                }
                p { class: "source", {i18n.t("deadline-reading-law")} }
                ul { class: "source",
                    for reading in rule.readings {
                        li { key: "{reading.start.id()}", lang: "es", {reading.source} }
                    }
                }
            }
            Keep { result: result.clone(), summary, today }
            h3 { {i18n.t("deadline-calendar-title")} }
            Legend { start_counts: result.start_may_count() }
            div { class: "months",
                for view in months(calendar, &result) {
                    Month { key: "{view.year}-{view.month}", view }
                }
            }
            p { class: "source", {i18n.t("deadline-art29")} }
            p { class: "source", {with_date("deadline-calendar-source", calendar.reviewed)} }
        }
    }
}
