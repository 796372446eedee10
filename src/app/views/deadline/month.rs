//! One month of a count as a table, and the legend that explains its marks. Each kind of day has a mark
//! and a border style as well as a colour, and a description for screen readers.

use dioxus::prelude::*;
use rumbo::deadline::{Certainty, DayCell, DayKind, MonthView};
use rumbo::i18n::{dates, Localizer};

use crate::app::{msg, use_i18n, I18n};

/// The class, visible mark and legend message of a day.
fn look(cell: &DayCell) -> (&'static str, &'static str, Option<&'static str>) {
    if cell.earliest {
        return ("day earliest", "!", Some(msg("deadline-legend-earliest")));
    }
    if cell.latest {
        return ("day latest", "!!", Some(msg("deadline-legend-latest")));
    }
    match cell.kind {
        DayKind::Outside => ("day outside", "", None),
        DayKind::Start { counts: false } => ("day start", "•", Some(msg("deadline-legend-start"))),
        DayKind::Start { counts: true } => ("day start", "•", Some(msg("deadline-legend-start-strict"))),
        DayKind::Counted => ("day counted", "", None),
        DayKind::NotCounted(Certainty::Certain) => ("day certain", "×", Some(msg("deadline-legend-certain"))),
        DayKind::NotCounted(Certainty::Uncertain) => ("day uncertain", "?", Some(msg("deadline-legend-uncertain"))),
    }
}

#[component]
pub fn Month(view: MonthView) -> Element {
    let i18n = use_i18n();
    let localizer = Localizer::embedded();
    let caption = format!("{} {}", dates::month_name(localizer, i18n.lang(), view.month), view.year);
    rsx! {
        table { class: "month",
            caption { {caption} }
            thead {
                tr {
                    for weekday in 1..=7u32 {
                        th { key: "{weekday}", scope: "col", abbr: dates::weekday_name(localizer, i18n.lang(), weekday),
                            {dates::weekday_short(localizer, i18n.lang(), weekday)}
                        }
                    }
                }
            }
            tbody {
                for (w, week) in view.weeks.iter().enumerate() {
                    tr { key: "{w}",
                        for (d, cell) in week.iter().enumerate() {
                            Day { key: "{d}", cell: *cell, i18n }
                        }
                    }
                }
            }
        }
    }
}

#[component]
fn Day(cell: Option<DayCell>, i18n: I18n) -> Element {
    let Some(cell) = cell else {
        return rsx! { td { class: "day empty" } };
    };
    let (class, mark, description) = look(&cell);
    let number = chrono::Datelike::day(&cell.date);
    rsx! {
        td { class,
            span { class: "number", "{number}" }
            if !mark.is_empty() {
                span { class: "mark", "aria-hidden": "true", "{mark}" }
            }
            if let Some(id) = description {
                span { class: "visually-hidden", {i18n.t(id)} }
            }
        }
    }
}

/// The marks, each shown on a sample day exactly as in the tables.
/// `start_counts`: the start day is day 1 on the strict reading of this count.
#[component]
pub fn Legend(start_counts: bool) -> Element {
    let i18n = use_i18n();
    let start = if start_counts { msg("deadline-legend-start-strict") } else { msg("deadline-legend-start") };
    let samples = [
        ("day start", "•", start),
        ("day counted", "", msg("deadline-legend-counted")),
        ("day certain", "×", msg("deadline-legend-certain")),
        ("day uncertain", "?", msg("deadline-legend-uncertain")),
        ("day earliest", "!", msg("deadline-legend-earliest")),
        ("day latest", "!!", msg("deadline-legend-latest")),
    ];
    rsx! {
        ul { class: "legend", role: "list",
            for (class, mark, id) in samples {
                li { key: "{id}",
                    span { class: "{class} sample", "aria-hidden": "true",
                        span { class: "number", "7" }
                        if !mark.is_empty() {
                            span { class: "mark", "{mark}" }
                        }
                    }
                    span { {i18n.t(id)} }
                }
            }
        }
    }
}
