//! A date typed as day, month name and year: never an ambiguous 03/04, and the month in the person's language.

use dioxus::prelude::*;
use rumbo::i18n::{dates, Localizer};

use super::TypedInput;
use crate::app::use_i18n;

/// The three fields, side by side. Their ids are `{id}-day`, `{id}-month` and `{id}-year`, so each label
/// names its field; `onchange` runs after any of them changed.
#[component]
pub fn DateField(
    id: &'static str,
    day: Signal<String>,
    month: Signal<u32>,
    year: Signal<String>,
    #[props(default)] onchange: EventHandler<()>,
) -> Element {
    let i18n = use_i18n();
    rsx! {
        div { class: "date-fields",
            NumberField { id: "{id}-day", class: "day", label: i18n.t("deadline-day"), digits: 2, value: day, onchange }
            div { class: "field month",
                label { r#for: "{id}-month", {i18n.t("deadline-month")} }
                select {
                    id: "{id}-month",
                    onchange: move |e| {
                        month.set(e.value().parse().unwrap_or(0));
                        onchange.call(());
                    },
                    option { value: "0", selected: month() == 0, "—" }
                    for m in 1..=12u32 {
                        option { key: "{m}", value: "{m}", selected: month() == m,
                            {dates::month_name(Localizer::embedded(), i18n.lang(), m)}
                        }
                    }
                }
            }
            NumberField { id: "{id}-year", class: "year", label: i18n.t("deadline-year"), digits: 4, value: year, onchange }
        }
    }
}

/// A field of digits with its label: the phone shows its number pad, and nothing is suggested.
#[component]
fn NumberField(
    id: String,
    class: &'static str,
    label: String,
    digits: u8,
    mut value: Signal<String>,
    onchange: EventHandler<()>,
) -> Element {
    rsx! {
        div { class: "field {class}",
            label { r#for: "{id}", "{label}" }
            TypedInput {
                id: id.clone(),
                value: value(),
                maxlength: u32::from(digits),
                numeric: true,
                on_input: move |typed| {
                    value.set(typed);
                    onchange.call(());
                },
            }
        }
    }
}
