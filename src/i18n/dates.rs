//! Dates in words, in each language (fluent-rs has no DATETIME(): the names are messages).

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentArgs;

use super::{Lang, Localizer};

/// e.g. "lunes 3 de marzo de 2025", "Monday 3 March 2025", "понедельник, 3 марта 2025".
pub fn long_date(localizer: &Localizer, lang: Lang, date: NaiveDate) -> String {
    let mut args = FluentArgs::new();
    args.set("weekday", weekday_name(localizer, lang, date.weekday().number_from_monday()));
    args.set("day", date.day().to_string());
    args.set("month", localizer.text(lang, &format!("month-of-{}", date.month())));
    args.set("year", date.year().to_string());
    localizer.format(lang, "date-long", Some(&args))
}

/// e.g. "7 de febrero de 2025", "7 February 2025": a date without its weekday (sources, review dates).
pub fn day_date(localizer: &Localizer, lang: Lang, date: NaiveDate) -> String {
    let mut args = FluentArgs::new();
    args.set("day", date.day().to_string());
    args.set("month", localizer.text(lang, &format!("month-of-{}", date.month())));
    args.set("year", date.year().to_string());
    localizer.format(lang, "date-day", Some(&args))
}

/// e.g. "febrero de 2025", "February 2025": a source dated only by its month.
pub fn month_year(localizer: &Localizer, lang: Lang, year: i32, month: u32) -> String {
    let mut args = FluentArgs::new();
    args.set("month", month_name(localizer, lang, month));
    args.set("year", year.to_string());
    localizer.format(lang, "date-month", Some(&args))
}

/// The month's name on its own (a list of months, a calendar's caption).
pub fn month_name(localizer: &Localizer, lang: Lang, month: u32) -> String {
    localizer.text(lang, &format!("month-{month}"))
}

/// A weekday's whole name; Monday is 1.
pub fn weekday_name(localizer: &Localizer, lang: Lang, weekday: u32) -> String {
    localizer.text(lang, &format!("weekday-{weekday}"))
}

/// Monday is 1.
pub fn weekday_short(localizer: &Localizer, lang: Lang, weekday: u32) -> String {
    localizer.text(lang, &format!("weekday-short-{weekday}"))
}

/// Every message id these functions build, so tests can check that each locale has them.
pub fn message_ids() -> Vec<String> {
    let mut ids = vec!["date-long".to_string(), "date-day".to_string(), "date-month".to_string()];
    ids.extend((1..=7).flat_map(|d| [format!("weekday-{d}"), format!("weekday-short-{d}")]));
    ids.extend((1..=12).flat_map(|m| [format!("month-{m}"), format!("month-of-{m}")]));
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_every_language() {
        let l = Localizer::embedded();
        let date = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap();
        let text = |code| long_date(l, Lang::from_code(code).unwrap(), date);
        assert_eq!(text("es"), "lunes 3 de marzo de 2025");
        assert_eq!(text("en"), "Monday 3 March 2025");
        assert_eq!(text("ht"), "lendi 3 mas 2025");
        assert_eq!(text("ru"), "понедельник, 3 марта 2025");
        let short = |code| day_date(l, Lang::from_code(code).unwrap(), date);
        assert_eq!(short("es"), "3 de marzo de 2025");
        assert_eq!(short("ru"), "3 марта 2025");
        let month = |code| month_year(l, Lang::from_code(code).unwrap(), 2025, 2);
        assert_eq!(month("es"), "febrero de 2025");
        assert_eq!(month("en"), "February 2025");
        assert_eq!(month("ru"), "февраль 2025");
    }

    /// Sentences put their own full stop after a date ("…собрано { $date }."): a date that ended with one
    /// (Russian "2025 г.") showed two.
    #[test]
    fn no_date_ends_with_a_full_stop() {
        let l = Localizer::embedded();
        let date = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap();
        for lang in Lang::all() {
            for text in [long_date(l, lang, date), day_date(l, lang, date), month_year(l, lang, 2025, 2)] {
                assert!(!text.ends_with('.'), "{lang}: {text}");
            }
        }
    }

    #[test]
    fn every_locale_has_every_date_word() {
        let l = Localizer::embedded();
        for lang in Lang::all() {
            for id in message_ids() {
                assert!(l.has(lang, &id), "{lang} lacks {id}");
            }
        }
    }
}
