//! The result of a count, rendered with dioxus-ssr in every language.

use chrono::NaiveDate;
use dioxus::prelude::*;
use rumbo::deadline::Term;
use rumbo::i18n::{dates, Lang, Localizer};

use super::result::DeadlineResult;
use crate::app::ssr::render_view;

fn render(lang: Lang, term: Term, start: &str, today: &str) -> String {
    let (start, today): (NaiveDate, NaiveDate) = (start.parse().unwrap(), today.parse().unwrap());
    render_view(lang, move || rsx! { DeadlineResult { term, start, today } })
}

fn words(lang: Lang, date: &str) -> String {
    dates::long_date(Localizer::embedded(), lang, date.parse().unwrap())
}

#[test]
fn both_last_days_appear_in_words_in_every_language() {
    for lang in Lang::all() {
        let html = render(lang, Term::Asylum, "2025-03-03", "2025-03-10");
        assert!(html.contains(&words(lang, "2025-04-15")), "{lang}: earliest in words");
        assert!(html.contains(&words(lang, "2025-04-16")), "{lang}: latest in words");
        let l = Localizer::embedded();
        for id in ["deadline-status-open", "deadline-legend-uncertain", "deadline-next-apply"] {
            assert!(html.contains(&l.text(lang, id)), "{lang}: {id}");
        }
        assert!(!html.contains(&l.text(lang, "deadline-next-late")), "{lang}: no late advice while open");
    }
}

#[test]
fn past_the_deadline_the_late_route_is_explained() {
    let lang = Lang::EN;
    let html = render(lang, Term::Asylum, "2025-03-03", "2025-05-20");
    let l = Localizer::embedded();
    assert!(html.contains(&l.text(lang, "deadline-status-past-latest")));
    assert!(html.contains(&l.text(lang, "deadline-next-late")));
    assert!(html.contains("amparos en revisión 353/2019 and 399/2019"), "the late route names its sources");
}

#[test]
fn the_calendar_marks_days_by_shape_and_words_not_colour_alone() {
    let html = render(Lang::ES, Term::Asylum, "2025-03-03", "2025-03-10");
    assert_eq!(html.matches("<table class=\"month\"").count(), 2, "March and April 2025");
    assert!(html.contains("<caption>marzo 2025</caption>"));
    // 21 March (certain) and 17 March (uncertain) carry a mark and a description.
    let l = Localizer::embedded();
    assert!(html.contains(&format!("<span class=\"number\">21</span><span class=\"mark\" aria-hidden=\"true\">×</span><span class=\"visually-hidden\">{}</span>", l.text(Lang::ES, "deadline-legend-certain"))));
    assert!(html.contains(&format!("<span class=\"number\">17</span><span class=\"mark\" aria-hidden=\"true\">?</span><span class=\"visually-hidden\">{}</span>", l.text(Lang::ES, "deadline-legend-uncertain"))));
}

#[test]
fn an_unbounded_closure_warns_that_the_real_date_may_be_later() {
    let ru = Lang::from_code("ru").unwrap();
    let html = render(ru, Term::Asylum, "2025-12-19", "2026-01-10");
    assert!(html.contains(&Localizer::embedded().text(ru, "deadline-unbounded")));
    assert!(html.contains(&words(ru, "2026-02-11")));
}

#[test]
fn the_decision_term_shows_the_extended_date() {
    let html = render(Lang::EN, Term::Decision, "2025-03-03", "2025-03-10");
    assert!(html.contains("If COMAR extends the term:"));
}

#[test]
fn the_result_can_be_kept_as_a_calendar_file_and_as_text() {
    let html = render(Lang::EN, Term::Asylum, "2025-03-03", "2025-03-10");
    assert!(html.contains("href=\"data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR"));
    assert!(html.contains("DTSTART%3BVALUE%3DDATE%3A20250415"), "the event is on the safe last day");
    assert!(html.contains("SUMMARY%3AAppointment"), "a neutral title unless the person asks otherwise");
    assert!(html.contains("download=\"rumbo.ics\""));
    let textarea = &html[html.find("<textarea").unwrap()..];
    assert!(textarea.contains(&words(Lang::EN, "2025-04-15")), "the text holds the safe last day");
}

/// H1: each of the two dates says, in the person's language, which reading of the start rule and of the
/// calendar gave it. Ratification filed Fri 14 Nov 2025: safe Tue 18 Nov (strict, doubtful days counted),
/// latest Fri 21 Nov (next day, doubtful days skipped).
#[test]
fn each_date_says_which_reading_gave_it_in_every_language() {
    let l = Localizer::embedded();
    for lang in Lang::all() {
        let html = render(lang, Term::Ratify, "2025-11-14", "2025-11-14");
        let from = l.text(lang, "deadline-from");
        let safe = format!(
            "{from} {} {}",
            l.text(lang, "deadline-why-ratify-same-day"),
            l.text(lang, "deadline-calendar-certain-only")
        );
        let latest = format!(
            "{from} {} {}",
            l.text(lang, "deadline-why-ratify-next-day"),
            l.text(lang, "deadline-calendar-certain-and-uncertain")
        );
        assert!(html.contains(&html_text(&safe)), "{lang}: the safe day's reading");
        assert!(html.contains(&html_text(&latest)), "{lang}: the latest day's reading");
        assert!(html.contains(&words(lang, "2025-11-18")) && html.contains(&words(lang, "2025-11-21")), "{lang}");
        assert!(
            html.contains(&html_text(&l.text(lang, "deadline-legend-start-strict"))),
            "{lang}: the filing day counts"
        );
    }
}

/// Every term on the screen lists every reading with its date, and the law's words behind each.
#[test]
fn every_reading_of_every_term_is_listed() {
    for (term, start, dates) in [
        (Term::Asylum, "2025-03-03", &["2025-04-15", "2025-04-16"][..]),
        (Term::Decision, "2025-03-03", &["2025-05-08", "2025-05-13"][..]),
        (Term::Appeal, "2025-11-10", &["2025-12-01", "2025-12-02", "2025-12-03", "2025-12-04"][..]),
        (Term::Ratify, "2025-11-14", &["2025-11-18", "2025-11-19", "2025-11-21"][..]),
    ] {
        let html = render(Lang::EN, term, start, start);
        let readings = &html[html.find("<details class=\"readings\"").unwrap()..];
        for date in dates {
            assert!(readings.contains(&words(Lang::EN, date)), "{term:?}: {date}");
        }
        for reading in term.rule().readings {
            assert!(readings.contains(&html_text(reading.source)), "{term:?}: {}", reading.source);
        }
    }
}

/// Text as dioxus-ssr escapes it.
fn html_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// Not a check: writes each term's result in each language as a page with the app's styles, for looking at
/// in a browser at 320 px (`RUMBO_SSR_OUT=dir cargo test --lib deadline_pages -- --ignored`).
#[test]
#[ignore]
fn deadline_pages() {
    let Ok(dir) = std::env::var("RUMBO_SSR_OUT") else { return };
    let css = [include_str!("../../../../assets/main.css"), include_str!("../../../../assets/guides.css")].join("\n");
    for lang in Lang::all() {
        for (term, start, today) in [
            (Term::Asylum, "2025-11-15", "2025-11-20"),
            (Term::Appeal, "2025-11-10", "2025-11-12"),
            (Term::Decision, "2025-12-01", "2025-12-10"),
            (Term::Ratify, "2025-11-14", "2025-11-14"),
        ] {
            let body = render(lang, term, start, today);
            let page = format!(
                "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
                 content=\"width=device-width\"><style>{css}</style></head><body><main class=\"page\">{body}\
                 </main></body></html>"
            );
            std::fs::write(format!("{dir}/{lang}-{}.html", term.rule().id), page).unwrap();
        }
    }
}
