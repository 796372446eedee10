//! The fields of the "My case" form: a date in three parts, and an office with its city.

use dioxus::prelude::*;
use rumbo::case::Office;
use rumbo::i18n::{dates, Localizer};

use super::form::DateInput;
use crate::app::components::TypedInput;
use crate::app::use_i18n;

/// Day (typed), month (by name), year (typed), as on the deadline screen. Without `day`, only month and year.
#[component]
pub fn DateFields(id: String, value: DateInput, day: bool, on_change: EventHandler<DateInput>) -> Element {
    let i18n = use_i18n();
    let (d, m, y) = (value.clone(), value.clone(), value.clone());
    rsx! {
        div { class: "date-fields",
            if day {
                div { class: "field day",
                    label { r#for: "{id}-day", {i18n.t("deadline-day")} }
                    TypedInput {
                        id: "{id}-day",
                        value: value.day.clone(),
                        maxlength: 2,
                        numeric: true,
                        on_input: move |day| on_change.call(DateInput { day, ..d.clone() }),
                    }
                }
            }
            div { class: "field month",
                label { r#for: "{id}-month", {i18n.t("deadline-month")} }
                select {
                    id: "{id}-month",
                    onchange: move |e| on_change.call(DateInput { month: e.value().parse().unwrap_or(0), ..m.clone() }),
                    option { value: "0", selected: value.month == 0, "—" }
                    for n in 1..=12u32 {
                        option { key: "{n}", value: "{n}", selected: value.month == n,
                            {dates::month_name(Localizer::embedded(), i18n.lang(), n)}
                        }
                    }
                }
            }
            div { class: "field year",
                label { r#for: "{id}-year", {i18n.t("deadline-year")} }
                TypedInput {
                    id: "{id}-year",
                    value: value.year.clone(),
                    maxlength: 4,
                    numeric: true,
                    on_input: move |year| on_change.call(DateInput { year, ..y.clone() }),
                }
            }
        }
    }
}

/// COMAR or INM (or not said), and the city as the person writes it.
#[component]
pub fn PlaceFields(
    id: String,
    office: Option<Office>,
    city: String,
    on_office: EventHandler<Option<Office>>,
    on_city: EventHandler<String>,
) -> Element {
    let i18n = use_i18n();
    rsx! {
        div { class: "place-fields",
            div { class: "field",
                label { r#for: "{id}-office", {i18n.t("case-screen-office")} }
                select {
                    id: "{id}-office",
                    onchange: move |e| on_office.call(Office::from_id(&e.value())),
                    option { value: "", selected: office.is_none(), "—" }
                    for o in Office::ALL {
                        option { key: "{o.id()}", value: o.id(), selected: office == Some(o),
                            {i18n.t(o.label_id())}
                        }
                    }
                }
            }
            div { class: "field",
                label { r#for: "{id}-city", {i18n.t("case-screen-city")} }
                TypedInput { id: "{id}-city", value: city, maxlength: 120, on_input: move |c| on_city.call(c) }
            }
        }
    }
}
