//! The deadline calculator: which term, its start date in three unambiguous fields, the date repeated in
//! words, then the result.

mod keep;
mod month;
mod result;

use chrono::NaiveDate;
use dioxus::prelude::*;
use rumbo::deadline::{compute, days_in_month, parse_start_fields, Calendar, DateError, Term, TERMS};
use rumbo::i18n::{dates, Localizer};

use crate::app::components::{Button, DateField, Page};
use crate::app::{platform, use_i18n, I18n};
use result::DeadlineResult;

#[component]
pub fn Deadline() -> Element {
    // Without a script, the deadline on paper: the same count as a table (only `rumbo-cli` renders that).
    #[cfg(feature = "export")]
    if crate::app::target::use_target() == crate::app::target::RenderTarget::Static {
        return rsx! { crate::app::export::StaticDeadline {} };
    }
    let i18n = use_i18n();
    let today = use_hook(platform::today);
    let mut term = use_signal(|| Term::Asylum);
    let day = use_signal(String::new);
    let month = use_signal(|| 0u32);
    let year = use_signal(String::new);
    // What was computed: cleared as soon as the input changes, so a result never stands beside other input.
    let mut computed = use_signal(|| None::<(Term, NaiveDate)>);

    let entered = read_date(term(), &day(), month(), &year(), today);
    rsx! {
        Page { title_id: "deadline-title",
            p { class: "lead", {i18n.t("deadline-lead")} }
            p { class: "source", {i18n.t("deadline-lead-source")} }
            form {
                class: "deadline-form",
                onsubmit: move |event| {
                    event.prevent_default();
                    if let Some(Ok(date)) = read_date(term(), &day(), month(), &year(), today) {
                        computed.set(Some((term(), date)));
                    }
                },
                fieldset {
                    legend { {i18n.t("deadline-term-label")} }
                    for rule in TERMS {
                        label { class: "choice", key: "{rule.id}",
                            input {
                                r#type: "radio",
                                name: "term",
                                value: rule.id,
                                checked: term() == rule.term,
                                onchange: move |_| {
                                    term.set(rule.term);
                                    computed.set(None);
                                },
                            }
                            span { {i18n.t(&rule.term.label_id())} }
                        }
                    }
                }
                fieldset {
                    legend { {i18n.t(&term().start_id())} }
                    p { class: "help", {i18n.t(&term().help_id())} }
                    DateField { id: "deadline", day, month, year, onchange: move |_| computed.set(None) }
                }
                p { class: "date-words", "aria-live": "polite",
                    match &entered {
                        Some(Ok(date)) => rsx! { strong { {i18n.t_with("deadline-you-entered", [("date", long_date(i18n, *date))])} } },
                        Some(Err(error)) => rsx! { span { class: "error", {error_text(i18n, error)} } },
                        None => rsx! {},
                    }
                }
                Button { submit: true, disabled: !matches!(entered, Some(Ok(_))), {i18n.t("deadline-calculate")} }
            }
            if let Some((term, start)) = computed() {
                DeadlineResult { term, start, today }
            }
        }
    }
}

/// The three fields as a start date, also refused when the term counted from it would end beyond the calendar.
fn read_date(term: Term, day: &str, month: u32, year: &str, today: NaiveDate) -> Option<Result<NaiveDate, DateError>> {
    parse_start_fields(day, month, year, today)
        .map(|read| read.and_then(|date| compute(Calendar::shipped(), term, date).map(|_| date)))
}

fn long_date(i18n: I18n, date: NaiveDate) -> String {
    dates::long_date(Localizer::embedded(), i18n.lang(), date)
}

pub(super) fn error_text(i18n: I18n, error: &DateError) -> String {
    match error {
        DateError::Format(_) => i18n.t("deadline-error-format"),
        DateError::Impossible { year, month, .. } => match days_in_month(*year, *month) {
            Some(days) => i18n.t_with("deadline-error-impossible", [("days", days)]),
            None => i18n.t("deadline-error-format"),
        },
        DateError::BeforeLaw(_) => i18n.t("deadline-error-before-law"),
        DateError::AfterToday { .. } => i18n.t("deadline-error-after-today"),
        DateError::BeyondCalendar(_) => i18n.t("deadline-error-beyond"),
        DateError::EndsBeyondCalendar(_) => i18n.t("deadline-error-ends-beyond"),
    }
}

#[cfg(test)]
mod tests;
