//! One service's hours on a card: "open now" or "closed now" only where the reading allows it; otherwise
//! "according to a source of DATE it opened…", and on an office's non-working day, a word that it may be closed.

use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use rumbo::deadline::Certainty;
use rumbo::directory::{Directory, Hours, Openness};
use rumbo::i18n::{dates, FluentArgs, Lang, Localizer};
use rumbo::sources::SourceDate;

use super::entry::value_date;
use crate::app::components::source_date;
use crate::app::use_i18n;

/// The `index`th service's hours of entry `id`, read at `now`.
#[component]
pub fn ServiceHours(id: String, index: usize, now: DateTime<Utc>) -> Element {
    let i18n = use_i18n();
    let data = Directory::shipped();
    let Some(entry) = data.entry(&id) else { return rsx! {} };
    let Some(hours) = entry.hours.get(index) else { return rsx! {} };
    let lang = i18n.lang();
    let mut reading = data.read_hours(entry, hours, now);
    // Outside the app the page is read on days nobody knows: no "open now", no word about today.
    if !crate::app::target::use_target().is_app() {
        reading.now = Openness::Unknown;
        reading.fresh = false;
        reading.non_working = None;
    }
    let table = weekly(lang, hours);
    let line = if table.is_empty() {
        None
    } else if reading.fresh {
        Some(format!("{table} {}", value_date(lang, reading.source_date)))
    } else {
        let mut args = FluentArgs::new();
        args.set("hours", table.clone());
        let id = if reading.source_date == SourceDate::Undated {
            "entry-hours-undated"
        } else {
            args.set("date", source_date(lang, reading.source_date));
            "entry-hours-dated"
        };
        Some(Localizer::embedded().format(lang, id, Some(&args)))
    };
    let non_working = reading.non_working.map(|c| match c {
        Certainty::Certain => "entry-hours-non-working",
        Certainty::Uncertain => "entry-hours-maybe-non-working",
    });
    rsx! {
        p { class: "hours",
            strong { class: "hours-service", {i18n.t(&hours.service_id)} }
            ": "
            match reading.now {
                Openness::Open => rsx! { strong { class: "open", {i18n.t("entry-open-now")} } " " },
                Openness::Closed => rsx! { strong { class: "closed", {i18n.t("entry-closed-now")} } " " },
                Openness::Unknown => rsx! {},
            }
            if let Some(id) = non_working {
                span { class: "non-working", {i18n.t(id)} }
                " "
            }
            if let Some(line) = line {
                "{line}"
            }
            if let Some(note) = &hours.note_id {
                " "
                {i18n.t(note)}
                if table.is_empty() {
                    " "
                    {value_date(lang, reading.source_date)}
                }
            }
        }
    }
}

/// The weekly table in words, e.g. "lu–vi 09:00–18:00 (hora de la Ciudad de México)"; empty without a table.
fn weekly(lang: Lang, hours: &Hours) -> String {
    let l = Localizer::embedded();
    let slots: Vec<String> = hours
        .weekly
        .iter()
        .map(|slot| format!("{} {}–{}", days(lang, &slot.days), slot.open.format("%H:%M"), slot.close.format("%H:%M")))
        .collect();
    if slots.is_empty() {
        return String::new();
    }
    let mut args = FluentArgs::new();
    args.set("hours", slots.join(", "));
    l.format(lang, hours.tz.hours_message_id(), Some(&args))
}

/// Days 1 (Monday) to 7 as words: "every day", or runs such as "lu–vi" and "ma, ju" (never a range over a gap).
fn days(lang: Lang, list: &[u8]) -> String {
    let l = Localizer::embedded();
    let mut sorted = list.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    if sorted == [1, 2, 3, 4, 5, 6, 7] {
        return l.text(lang, "entry-every-day");
    }
    let name = |d: u8| dates::weekday_short(l, lang, d.into());
    let mut runs: Vec<(u8, u8)> = Vec::new();
    for day in sorted {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == day => *last = day,
            _ => runs.push((day, day)),
        }
    }
    runs.iter()
        .map(|&(first, last)| match last - first {
            0 => name(first),
            1 => format!("{}, {}", name(first), name(last)),
            _ => format!("{}–{}", name(first), name(last)),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
