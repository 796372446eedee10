//! The person's timeline as the core worked it out: the next sign-in on top, then every step in order, past
//! steps greyed but kept, each with its dates from the deadline engine, its article, where the count stands
//! and the one next thing to do, with a link to the guide that explains it.

use chrono::NaiveDate;
use dioxus::prelude::*;
use rumbo::case::{weekday_message_id, Link as CaseLink, Message, Place, SignInDay, Step, StepState, Timeline};
use rumbo::deadline::Status;
use rumbo::i18n::{dates, FluentArgs, Localizer};

use crate::app::components::ScreenLink;
use crate::app::{use_i18n, I18n, Route};

pub fn say(i18n: I18n, message: &Message) -> String {
    message.render(Localizer::embedded(), i18n.lang())
}

fn long(i18n: I18n, date: NaiveDate) -> String {
    dates::long_date(Localizer::embedded(), i18n.lang(), date)
}

pub fn place_text(i18n: I18n, place: &Place) -> String {
    let mut args = FluentArgs::new();
    args.set("office", i18n.t(place.office.label_id()));
    args.set("city", place.city.trim().to_string());
    i18n.t_args("case-place", &args).trim().to_string()
}

/// The next weekly sign-in, first on the screen, with the guides' advice and what the calendar knows of the day.
#[component]
pub fn SignInTop(day: SignInDay) -> Element {
    let i18n = use_i18n();
    let mut args = FluentArgs::new();
    args.set("date", long(i18n, day.date));
    args.set("weekday", i18n.t(&weekday_message_id(day.weekday)));
    args.set("place", day.place.as_ref().map(|p| place_text(i18n, p)).unwrap_or_default());
    rsx! {
        section { class: "case-sign-in", id: "case-sign-in", "aria-labelledby": "case-sign-in-title",
            h2 { id: "case-sign-in-title", {i18n.t("case-screen-sign-in-title")} }
            p { class: "case-sign-in-date", strong { {i18n.t_args("case-sign-in-next", &args)} } }
            for (i, note) in day.notes.iter().enumerate() {
                p { key: "n{i}", class: "notice", {say(i18n, note)} }
            }
            ul {
                for (i, advice) in day.advice.iter().enumerate() {
                    li { key: "a{i}", {say(i18n, advice)} }
                }
            }
        }
    }
}

fn state_id(state: StepState) -> &'static str {
    match state {
        StepState::Past => "case-state-past",
        StepState::Current => "case-state-current",
        StepState::Upcoming => "case-state-upcoming",
        StepState::Unknown => "case-state-unknown",
    }
}

fn link_route(link: CaseLink) -> Route {
    match link {
        CaseLink::Guide(id) => Route::Guide { id: id.to_string() },
        CaseLink::Screen("directory") => Route::Directory {},
        CaseLink::Screen(_) => Route::Deadline {},
    }
}

#[component]
pub fn TimelineView(timeline: Timeline) -> Element {
    let i18n = use_i18n();
    rsx! {
        section { class: "case-timeline", "aria-labelledby": "case-timeline-title",
            h2 { id: "case-timeline-title", {i18n.t("case-screen-timeline")} }
            if timeline.steps.is_empty() {
                p { class: "empty", {i18n.t("case-screen-timeline-empty")} }
            }
            ol { class: "steps", role: "list",
                for (i, step) in timeline.steps.iter().cloned().enumerate() {
                    li { key: "{i}", StepView { step } }
                }
            }
            p { class: "source", {i18n.t_args("case-summary-footer", &{
                let mut a = FluentArgs::new();
                a.set("reviewed", long(i18n, timeline.calendar_reviewed));
                a
            })} }
        }
    }
}

#[component]
fn StepView(step: Step) -> Element {
    let i18n = use_i18n();
    let class = match step.state {
        StepState::Past => "step past",
        StepState::Current => "step current",
        StepState::Upcoming => "step upcoming",
        StepState::Unknown => "step unknown",
    };
    let day = |id: &str, date: NaiveDate| {
        let mut args = FluentArgs::new();
        args.set("date", long(i18n, date));
        i18n.t_args(id, &args)
    };
    let standing = step.progress.map(|p| {
        let mut args = FluentArgs::new();
        args.set("elapsed", p.elapsed);
        args.set("left", p.left);
        let id = match p.status {
            Status::Open | Status::LastDays => "case-screen-count-left",
            Status::PastEarliest => "case-screen-count-past-safe",
            Status::PastLatest => "case-screen-count-past",
        };
        i18n.t_args(id, &args)
    });
    rsx! {
        article { class,
            h3 {
                {say(i18n, &step.title)}
                " "
                span { class: "state", "({i18n.t(state_id(step.state))})" }
            }
            if let (Some(date), None) = (step.date, step.deadline.as_ref()) {
                p { class: "step-date", {long(i18n, date)} }
            }
            if let Some(safe) = step.safe_day() {
                p { class: "step-date", strong { {day("case-screen-safe-day", safe)} } }
            }
            if let Some(latest) = step.latest_day() {
                p { class: "step-date", {day("case-screen-latest-day", latest)} }
            }
            if let Some(extended) = step.extended_day() {
                p { class: "step-date", {day("case-screen-extended-day", extended)} }
            }
            if let Some(text) = standing {
                p { class: "step-count", "{text}" }
            }
            p { {say(i18n, &step.status)} }
            if let Some(next) = &step.next {
                p { class: "step-next", strong { {i18n.t("case-screen-next")} " " } {say(i18n, next)} }
            }
            for (i, note) in step.notes.iter().enumerate() {
                p { key: "{i}", class: "help", {say(i18n, note)} }
            }
            if let Some(article) = step.article {
                p { class: "source", lang: "es", "{article}" }
            }
            if let Some(link) = step.link {
                p { ScreenLink { to: link_route(link), {i18n.t("case-screen-read-more")} } }
            }
        }
    }
}
