//! Directory cards rendered with dioxus-ssr at a fixed moment, in every language: the trust line speaks for the
//! oldest value a person acts on, and "open now" appears only where it is honest.

use chrono::{DateTime, TimeZone, Utc};
use dioxus::prelude::*;
use rumbo::i18n::{FluentArgs, Lang, Localizer};
use rumbo::sources::SourceDate;

use super::entry::value_date;
use super::EntryCard;
use crate::app::components::source_date;
use crate::app::ssr::render_view;

fn card(lang: Lang, id: &str, now: DateTime<Utc>) -> String {
    let entry = id.to_string();
    let html = render_view(lang, move || rsx! { EntryCard { id: entry.clone(), now: Some(now) } })
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    let missing = Localizer::embedded().text(lang, rumbo::i18n::MISSING_TEXT);
    assert!(!html.contains(&missing), "{id} in {lang} shows a message no locale defines");
    html
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

/// The text of the card's trust line.
fn trust_line(html: &str) -> &str {
    let start = html.find("class=\"trust").expect("a trust line");
    let open_end = start + html[start..].find('>').unwrap() + 1;
    &html[open_end..open_end + html[open_end..].find("</p>").unwrap()]
}

/// A message with its arguments; a message missing in `lang` fails the test instead of matching a notice.
fn text(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let mut fluent = FluentArgs::new();
    for (k, v) in args {
        fluent.set(*k, v.clone());
    }
    Localizer::embedded().format_in(lang, id, Some(&fluent)).unwrap_or_else(|| panic!("{lang} lacks {id}"))
}

fn msg(lang: Lang, id: &str) -> String {
    text(lang, id, &[])
}

#[test]
fn comar_tijuana_is_dated_by_its_2021_address_not_by_amnesty_2025() {
    let dec_2021 = SourceDate::Day("2021-12-18".parse().unwrap());
    for lang in Lang::all() {
        let html = card(lang, "comar-tijuana", utc(2026, 12, 3, 18, 0));
        let expected = text(lang, "entry-old", &[("date", source_date(lang, dec_2021))]);
        assert_eq!(trust_line(&html), expected, "{lang}");
        assert!(html.contains("class=\"trust old\""), "{lang}");
        assert!(html.contains(&value_date(lang, dec_2021)), "{lang}: the address shows its own date");
    }
}

#[test]
fn emergency_numbers_carry_a_national_number_status_not_a_doubt_flag() {
    for lang in Lang::all() {
        for id in ["emergencias-911", "denuncia-anonima-089"] {
            let html = card(lang, id, utc(2026, 12, 3, 18, 0));
            assert_eq!(trust_line(&html), msg(lang, "entry-national"), "{id} in {lang}");
            assert!(!html.contains("trust old"), "{id} in {lang}");
        }
        // Cruz Roja gives 911 next to an address: the address (May 2024) decides, not 911's undated source.
        let html = card(lang, "cruz-roja-tijuana", utc(2026, 12, 3, 18, 0));
        let may_2024 = source_date(lang, SourceDate::Day("2024-05-08".parse().unwrap()));
        assert_eq!(trust_line(&html), text(lang, "entry-old", &[("date", may_2024)]), "{lang}");
    }
}

#[test]
fn a_phone_the_facts_give_is_shown_with_its_date_and_never_as_not_found() {
    for lang in Lang::all() {
        let html = card(lang, "dif-tijuana-refugio-violencia", utc(2026, 12, 3, 18, 0));
        assert!(html.contains("608-8200, extensiones 8018 y 8019"), "{lang}");
        assert!(!html.contains("tel:"), "{lang}: no area code in the source, so nothing to dial");
        assert!(!html.contains(&msg(lang, "entry-no-phone")), "{lang}");
        assert!(html.contains(&value_date(lang, SourceDate::Day("2024-12-06".parse().unwrap()))), "{lang}");
        let cndh = card(lang, "cndh", utc(2026, 12, 3, 18, 0));
        assert!(cndh.contains("href=\"tel:+525556818125\"") && cndh.contains("(55) 54907400"), "{lang}");
        assert!(cndh.contains(&msg(lang, "dir-cndh-phone")), "{lang}: the 2019 numbers are labelled");
    }
}

#[test]
fn comar_cdmx_never_says_open_on_its_non_working_days() {
    let sept_2024 = SourceDate::Day("2024-09-19".parse().unwrap());
    // 11:00 in Mexico City (UTC-6): Christmas, New Year's Day, 16 September, and the December 2025 vacation.
    let days = [
        (utc(2025, 12, 25, 17, 0), "entry-hours-non-working"),
        (utc(2026, 1, 1, 17, 0), "entry-hours-non-working"),
        (utc(2026, 9, 16, 17, 0), "entry-hours-non-working"),
        (utc(2025, 12, 29, 17, 0), "entry-hours-maybe-non-working"),
        (utc(2025, 12, 31, 17, 0), "entry-hours-maybe-non-working"),
    ];
    for lang in Lang::all() {
        for (now, why) in days {
            let html = card(lang, "comar-cdmx", now);
            assert!(!html.contains(&msg(lang, "entry-open-now")), "{now} in {lang}");
            assert!(!html.contains(&msg(lang, "entry-closed-now")), "{now} in {lang}");
            assert!(html.contains(&msg(lang, why)), "{now} in {lang}: {why}");
            let dated =
                text(lang, "entry-hours-dated", &[("date", source_date(lang, sept_2024)), ("hours", String::new())]);
            let prefix = dated.split(':').next().unwrap();
            assert!(html.contains(prefix), "{now} in {lang}: the hours keep their source's date");
        }
    }
}

#[test]
fn old_hours_are_reported_with_their_date_not_as_open_now() {
    // Wednesday 9 December 2026, 10:00 in Tijuana (UTC-8): inside DMAM's weekly hours of December 2023.
    let now = utc(2026, 12, 9, 18, 0);
    for lang in Lang::all() {
        let html = card(lang, "dmam-tijuana", now);
        assert!(!html.contains(&msg(lang, "entry-open-now")), "{lang}");
        let date = source_date(lang, SourceDate::Day("2023-12-21".parse().unwrap()));
        let hours =
            text(lang, "entry-hours-tijuana", &[("hours", format!("{}–{} 08:00–16:00", wd(lang, 1), wd(lang, 5)))]);
        let expected = text(lang, "entry-hours-dated", &[("date", date), ("hours", hours)]);
        assert!(html.contains(&expected), "{lang}: {expected} in\n{html}");
    }
}

#[test]
fn the_breakfast_is_its_own_service_every_day_and_never_closed_on_a_saturday_morning() {
    // Saturday 5 December 2026, 07:45 in Tijuana (UTC-8).
    let now = utc(2026, 12, 5, 15, 45);
    for lang in Lang::all() {
        let html = card(lang, "casa-de-los-pobres", now);
        assert!(!html.contains(&msg(lang, "entry-closed-now")), "{lang}: the breakfast is served");
        let daily =
            text(lang, "entry-hours-tijuana", &[("hours", format!("{} 07:30–11:00", msg(lang, "entry-every-day")))]);
        let breakfast = text(lang, "entry-hours-undated", &[("hours", daily)]);
        assert!(html.contains(&breakfast), "{lang}: {breakfast}");
        assert!(html.contains(&msg(lang, "dir-hours-breakfast")) && html.contains(&msg(lang, "dir-hours-clinic")));
    }
}

fn wd(lang: Lang, day: u32) -> String {
    rumbo::i18n::dates::weekday_short(Localizer::embedded(), lang, day)
}

#[test]
fn an_unknown_entry_says_only_that_it_is_not_there() {
    for lang in Lang::all() {
        let html = crate::app::ssr::render(lang, "/directory/no-such-place", true);
        assert!(html.contains(&msg(lang, "entry-missing")), "{lang}");
        assert!(html.contains(&msg(lang, "directory-back")), "the way back, in {lang}");
        // The words the "coming soon" notice said above it (es, en, ht, ru).
        for soon in ["Muy pronto", "Coming soon", "Talè konsa", "Скоро"] {
            assert!(!html.contains(soon), "no “coming soon” in {lang}");
        }
    }
}
