//! The deadline on paper: how the count works, a table of the last day for every entry date around the
//! calendar's review date, and the days that do not count. The same calendar and count as the calculator.

use chrono::{Datelike, Months, NaiveDate, Weekday};
use dioxus::prelude::*;
use rumbo::deadline::{compute, Calendar, Certainty, NonWorkingDay, Term};
use rumbo::i18n::{dates, FluentArgs, Lang, Localizer};

use crate::app::components::{DocumentTitle, NeedsApp};
use crate::app::ssr::{render_view_for, Render};
use crate::app::target::RenderTarget;
use crate::app::use_i18n;

/// The entry dates in the table: from two months before the calendar's review to three after it.
pub fn table_dates(reviewed: NaiveDate) -> Vec<NaiveDate> {
    let first = reviewed.with_day(1).expect("day 1 exists") - Months::new(2);
    let end = first + Months::new(6);
    first.iter_days().take_while(|d| *d < end).collect()
}

/// The deadline screen of the static pages: the sheet, saying that the calculator needs the app.
#[component]
pub fn StaticDeadline() -> Element {
    let i18n = use_i18n();
    let title = i18n.t("deadline-title");
    rsx! {
        DocumentTitle { text: "{title} · Rumbo" }
        article { class: "page", DeadlineSheet { needs_app: true } }
    }
}

#[component]
pub fn DeadlineSheet(#[props(default)] needs_app: bool) -> Element {
    let i18n = use_i18n();
    let (lang, l) = (i18n.lang(), Localizer::embedded());
    let calendar = Calendar::shipped();
    let date = |d: NaiveDate| dates::day_date(l, lang, d);
    // The table's dates lie around the calendar's compile date, far inside the calendar's years.
    let rows: Vec<_> =
        table_dates(calendar.reviewed).into_iter().filter_map(|d| compute(calendar, Term::Asylum, d).ok()).collect();
    let (Some(first), Some(last)) = (rows.first().map(|r| r.start), rows.last().map(|r| r.latest)) else {
        return rsx! {};
    };
    // Weekends go without saying; the other days each carry their reason.
    let skipped: Vec<NonWorkingDay> = first
        .iter_days()
        .take_while(|d| *d <= last)
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .filter_map(|d| calendar.non_working(d))
        .collect();
    let mut reviewed = FluentArgs::new();
    reviewed.set("date", date(calendar.reviewed));
    rsx! {
        h1 { {i18n.t("deadline-title")} }
        p { class: "lead", {i18n.t("deadline-lead")} }
        p { class: "source", {i18n.t("deadline-lead-source")} }
        if needs_app {
            NeedsApp { text_id: "static-needs-app-calculator" }
        }
        p { {i18n.t("export-deadline-how")} }
        p { {i18n.t("deadline-art29")} }
        h2 { {i18n.t("export-deadline-table-title")} }
        p { {i18n.t_args("export-deadline-table-help", &reviewed)} }
        table { class: "deadline-table",
            thead {
                tr {
                    th { scope: "col", {i18n.t("export-entered")} }
                    th { scope: "col", {i18n.t("deadline-legend-earliest")} }
                    th { scope: "col", {i18n.t("deadline-legend-latest")} }
                }
            }
            tbody {
                for row in rows {
                    tr { key: "{row.start}",
                        th { scope: "row", {weekday_date(l, lang, row.start)} }
                        td { {date(row.earliest)} }
                        td { if row.latest == row.earliest { "=" } else { {date(row.latest)} } }
                    }
                }
            }
        }
        h2 { {i18n.t("export-non-working-title")} }
        ul { class: "non-working",
            for day in skipped {
                li { key: "{day.date}",
                    {date(day.date)}
                    if day.certainty == Certainty::Uncertain { " (?)" }
                    ": "
                    span { lang: "es", "{day.basis}" }
                }
            }
        }
        p { class: "source", {i18n.t_args("deadline-calendar-source", &reviewed)} }
        h2 { {i18n.t("deadline-next-title")} }
        p { {i18n.t("deadline-next-apply")} }
        p { class: "source", {i18n.t("deadline-next-apply-source")} }
        p { {i18n.t("deadline-next-late")} }
        p { class: "source", {i18n.t("deadline-next-late-source")} }
    }
}

fn weekday_date(l: &Localizer, lang: Lang, d: NaiveDate) -> String {
    format!("{} {}", dates::weekday_short(l, lang, d.weekday().number_from_monday()), dates::day_date(l, lang, d))
}

/// The sheet alone, in `lang`.
pub fn render(lang: Lang) -> String {
    let render = Render { target: RenderTarget::File, ..Render::default() };
    render_view_for(&render, lang, || rsx! { DeadlineSheet {} })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_covers_six_whole_months_around_the_review() {
        let days = table_dates(NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
        assert_eq!(days.first(), NaiveDate::from_ymd_opt(2026, 9, 1).as_ref());
        assert_eq!(days.last(), NaiveDate::from_ymd_opt(2027, 2, 28).as_ref());
    }
}
