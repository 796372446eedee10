//! The form of "My case": every part optional, in any order. "Save" checks everything with the core first; a
//! problem is said in the person's language beside the form, and nothing is stored.

use chrono::{NaiveDate, Weekday};
use dioxus::prelude::*;
use rumbo::case::{field_message_id, weekday_message_id, MonthPart, Outcome, CASE_FACTS_VERSION};
use rumbo::i18n::{FluentArgs, Localizer};
use rumbo::storage::StoredCase;

use super::fields::{DateFields, PlaceFields};
use super::form::{CaseForm, DateInput, Precision, Problem};
use crate::app::components::TypedInput;
use crate::app::saved::Saved;
use crate::app::{use_i18n, I18n};

const WEEKDAYS: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

#[derive(Clone, Copy, PartialEq)]
enum Outcome2 {
    Saved,
    NotSaved,
}

pub fn problem_text(i18n: I18n, problem: &Problem) -> String {
    match problem {
        Problem::Incomplete(field) => {
            let mut args = FluentArgs::new();
            args.set("field", i18n.t(field_message_id(*field)));
            i18n.t_args("case-screen-incomplete", &args)
        }
        Problem::Case(error) => error.message().render(Localizer::embedded(), i18n.lang()),
    }
}

#[component]
pub fn CaseEdit(initial: CaseForm, today: NaiveDate) -> Element {
    let i18n = use_i18n();
    let saved = use_context::<Saved>();
    let form = use_signal(|| initial.clone());
    let mut problem = use_signal(|| None::<Problem>);
    let mut done = use_signal(|| None::<Outcome2>);
    let f = form();
    // Copies of the signals inside, so `set` is one Copy closure every field can call.
    let set = move |change: Box<dyn FnOnce(&mut CaseForm)>| {
        let (mut form, mut problem, mut done) = (form, problem, done);
        change(&mut form.write());
        problem.set(None);
        done.set(None);
    };
    let on_submit = move |event: FormEvent| async move {
        event.prevent_default();
        match form.read().to_facts(today) {
            Err(p) => {
                problem.set(Some(p));
                done.set(None);
            }
            Ok(facts) => {
                let stored = StoredCase { version: CASE_FACTS_VERSION, facts: facts.to_json(), updated: 0 };
                let kept = saved.save_case(Some(stored)).await;
                done.set(Some(if kept { Outcome2::Saved } else { Outcome2::NotSaved }));
            }
        }
    };
    let precision_choice = move |p: Precision, id: &'static str| {
        rsx! {
            label { class: "choice",
                input {
                    r#type: "radio",
                    name: "case-precision",
                    checked: f.precision == p,
                    onchange: move |_| set(Box::new(move |f| f.precision = p)),
                }
                span { {i18n.t(id)} }
            }
        }
    };
    rsx! {
        form { class: "case-form", id: "case-form", onsubmit: on_submit,
            fieldset {
                legend { {i18n.t("case-screen-entry")} }
                p { class: "help", {i18n.t("case-screen-entry-help")} }
                {precision_choice(Precision::Day, "case-screen-precision-day")}
                {precision_choice(Precision::Month, "case-screen-precision-month")}
                {precision_choice(Precision::Part, "case-screen-precision-part")}
                DateFields {
                    id: "case-entry",
                    value: f.entry.clone(),
                    day: f.precision == Precision::Day,
                    on_change: move |d| set(Box::new(move |f| f.entry = d)),
                }
                if f.precision == Precision::Part {
                    div { class: "field",
                        label { r#for: "case-entry-part", {i18n.t("case-screen-part")} }
                        select {
                            id: "case-entry-part",
                            onchange: move |e| {
                                let part = MonthPart::from_id(&e.value());
                                set(Box::new(move |f| f.part = part))
                            },
                            option { value: "", selected: f.part.is_none(), "—" }
                            for p in MonthPart::ALL {
                                option { key: "{p.id()}", value: p.id(), selected: f.part == Some(p),
                                    {i18n.t(p.label_id())}
                                }
                            }
                        }
                    }
                }
            }
            fieldset {
                legend { {i18n.t("case-screen-filed")} }
                DateFields {
                    id: "case-filed",
                    value: f.filed.clone(),
                    day: true,
                    on_change: move |d| set(Box::new(move |f| f.filed = d)),
                }
                PlaceFields {
                    id: "case-filed",
                    office: f.filed_office,
                    city: f.filed_city.clone(),
                    on_office: move |o| set(Box::new(move |f| f.filed_office = o)),
                    on_city: move |c| set(Box::new(move |f| f.filed_city = c)),
                }
                label { class: "choice",
                    input {
                        id: "case-third-party",
                        r#type: "checkbox",
                        checked: f.third_party,
                        onchange: move |e| {
                            let on = e.checked();
                            set(Box::new(move |f| f.third_party = on))
                        },
                    }
                    span { {i18n.t("case-screen-third-party")} }
                }
            }
            fieldset {
                legend { {i18n.t("case-screen-sign-in")} }
                div { class: "field",
                    label { r#for: "case-weekday", {i18n.t("case-screen-weekday")} }
                    select {
                        id: "case-weekday",
                        onchange: move |e| {
                            let day = WEEKDAYS.into_iter().find(|w| w.number_from_monday().to_string() == e.value());
                            set(Box::new(move |f| f.weekday = day))
                        },
                        option { value: "", selected: f.weekday.is_none(), "—" }
                        for w in WEEKDAYS {
                            option { key: "{w.number_from_monday()}", value: "{w.number_from_monday()}", selected: f.weekday == Some(w),
                                {i18n.t(&weekday_message_id(w))}
                            }
                        }
                    }
                }
                PlaceFields {
                    id: "case-sign-in",
                    office: f.sign_in_office,
                    city: f.sign_in_city.clone(),
                    on_office: move |o| set(Box::new(move |f| f.sign_in_office = o)),
                    on_city: move |c| set(Box::new(move |f| f.sign_in_city = c)),
                }
            }
            fieldset {
                legend { {i18n.t("case-screen-appointments")} }
                for (i, (date, note)) in f.appointments.iter().cloned().enumerate() {
                    div { key: "{i}", class: "appointment",
                        DateFields {
                            id: "case-appointment-{i}",
                            value: date,
                            day: true,
                            on_change: move |d| set(Box::new(move |f| if let Some(a) = f.appointments.get_mut(i) { a.0 = d })),
                        }
                        div { class: "field",
                            label { r#for: "case-appointment-{i}-note", {i18n.t("case-screen-appointment-note")} }
                            TypedInput {
                                id: "case-appointment-{i}-note",
                                value: note,
                                maxlength: 120,
                                on_input: move |text: String| {
                                    set(Box::new(move |f| if let Some(a) = f.appointments.get_mut(i) { a.1 = text }))
                                },
                            }
                        }
                        button {
                            class: "button secondary",
                            r#type: "button",
                            onclick: move |_| set(Box::new(move |f| { if i < f.appointments.len() { f.appointments.remove(i); } })),
                            {i18n.t("case-screen-appointment-remove")}
                        }
                    }
                }
                button {
                    class: "button secondary",
                    r#type: "button",
                    onclick: move |_| set(Box::new(|f| f.appointments.push((DateInput::default(), String::new())))),
                    {i18n.t("case-screen-appointment-add")}
                }
            }
            fieldset {
                legend { {i18n.t("case-screen-decision")} }
                div { class: "field",
                    label { r#for: "case-outcome", {i18n.t("case-screen-outcome")} }
                    select {
                        id: "case-outcome",
                        onchange: move |e| {
                            let outcome = Outcome::from_id(&e.value());
                            set(Box::new(move |f| f.outcome = outcome))
                        },
                        option { value: "", selected: f.outcome.is_none(), "—" }
                        for o in Outcome::ALL {
                            option { key: "{o.id()}", value: o.id(), selected: f.outcome == Some(o),
                                {i18n.t(o.label_id())}
                            }
                        }
                    }
                }
                p { class: "help", {i18n.t("case-screen-notified")} }
                DateFields {
                    id: "case-notified",
                    value: f.notified.clone(),
                    day: true,
                    on_change: move |d| set(Box::new(move |f| f.notified = d)),
                }
            }
            if let Some(p) = problem() {
                p { class: "error", role: "alert", id: "case-problem",
                    {problem_text(i18n, &p)}
                    " "
                    {i18n.t("case-screen-nothing-stored")}
                }
            }
            match done() {
                Some(Outcome2::Saved) => rsx! { p { class: "notice", role: "status", {i18n.t("case-screen-saved")} } },
                Some(Outcome2::NotSaved) => rsx! { p { class: "error", role: "alert", {i18n.t("case-screen-not-saved")} } },
                None => rsx! {},
            }
            button { class: "button", r#type: "submit", id: "case-save", {i18n.t("case-screen-save")} }
        }
    }
}
