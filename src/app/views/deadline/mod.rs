//! The deadline calculator: which term, its start date in three unambiguous fields, the date repeated in
//! words, then the result.

mod keep;
mod month;
mod result;

use chrono::NaiveDate;
use dioxus::prelude::*;
use rumbo::deadline::{compute, days_in_month, parse_date, Calendar, DateError, Term, TERMS};
use rumbo::i18n::{dates, FluentArgs, Localizer};

use crate::app::components::Page;
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
    let mut day = use_signal(String::new);
    let mut month = use_signal(|| 0u32);
    let mut year = use_signal(String::new);
    // What was computed: cleared as soon as the input changes, so a result never stands beside other input.
    let mut computed = use_signal(|| None::<(Term, NaiveDate)>);

    let entered = read_date(term(), &day(), month(), &year(), today);
    let id = term().rule().id;
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
                            span { {i18n.t(&format!("deadline-term-{}", rule.id))} }
                        }
                    }
                }
                fieldset {
                    legend { {i18n.t(&format!("deadline-start-{id}"))} }
                    p { class: "help", {i18n.t(&format!("deadline-help-{id}"))} }
                    div { class: "date-fields",
                        div { class: "field day",
                            label { r#for: "deadline-day", {i18n.t("deadline-day")} }
                            input {
                                id: "deadline-day",
                                r#type: "text",
                                inputmode: "numeric",
                                autocomplete: "off",
                                maxlength: "2",
                                value: "{day}",
                                oninput: move |e| {
                                    day.set(e.value());
                                    computed.set(None);
                                },
                            }
                        }
                        div { class: "field month",
                            label { r#for: "deadline-month", {i18n.t("deadline-month")} }
                            select {
                                id: "deadline-month",
                                onchange: move |e| {
                                    month.set(e.value().parse().unwrap_or(0));
                                    computed.set(None);
                                },
                                option { value: "0", selected: month() == 0, "—" }
                                for m in 1..=12u32 {
                                    option { key: "{m}", value: "{m}", selected: month() == m,
                                        {dates::month_name(Localizer::embedded(), i18n.lang(), m)}
                                    }
                                }
                            }
                        }
                        div { class: "field year",
                            label { r#for: "deadline-year", {i18n.t("deadline-year")} }
                            input {
                                id: "deadline-year",
                                r#type: "text",
                                inputmode: "numeric",
                                autocomplete: "off",
                                maxlength: "4",
                                value: "{year}",
                                oninput: move |e| {
                                    year.set(e.value());
                                    computed.set(None);
                                },
                            }
                        }
                    }
                }
                p { class: "date-words", "aria-live": "polite",
                    match &entered {
                        Some(Ok(date)) => rsx! { strong { {i18n.t_args("deadline-you-entered", &date_args(i18n, *date))} } },
                        Some(Err(error)) => rsx! { span { class: "error", {error_text(i18n, error)} } },
                        None => rsx! {},
                    }
                }
                button { class: "button", r#type: "submit", disabled: !matches!(entered, Some(Ok(_))),
                    {i18n.t("deadline-calculate")}
                }
            }
            if let Some((term, start)) = computed() {
                DeadlineResult { term, start, today }
            }
        }
    }
}

/// The three fields as a date: None while incomplete, or the reason it cannot be used (also when the term
/// counted from it would end beyond the calendar).
fn read_date(term: Term, day: &str, month: u32, year: &str, today: NaiveDate) -> Option<Result<NaiveDate, DateError>> {
    let (day, year) = (day.trim(), year.trim());
    if day.is_empty() || month == 0 || year.len() < 4 {
        return None;
    }
    let date = match parse_date(&format!("{year}-{month}-{day}")) {
        Ok(date) => date,
        Err(error) => return Some(Err(error)),
    };
    if date > today {
        return Some(Err(DateError::AfterToday { date, today }));
    }
    Some(compute(Calendar::shipped(), term, date).map(|_| date))
}

fn date_args(i18n: I18n, date: NaiveDate) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("date", dates::long_date(Localizer::embedded(), i18n.lang(), date));
    args
}

pub(super) fn error_text(i18n: I18n, error: &DateError) -> String {
    match error {
        DateError::Format(_) => i18n.t("deadline-error-format"),
        DateError::Impossible { year, month, .. } => match days_in_month(*year, *month) {
            Some(days) => {
                let mut args = FluentArgs::new();
                args.set("days", days);
                i18n.t_args("deadline-error-impossible", &args)
            }
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
