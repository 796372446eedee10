//! The pocket card: four credit-card panels (85.6 × 54 mm) on one page, cut out as one piece and folded. The top
//! row is for an official, in Spanish: "Quiero solicitar asilo" (or "He solicitado asilo" once a filing date is
//! entered), the articles of the "show an official" screen that back it, quoted exactly as that screen quotes them
//! with its provenance note, and 911 and 089. The bottom row is in the person's language: what those articles
//! mean, labelled as an explanation, beside their Spanish names. The person's dates go on it only if they ask.
//! The same component prints from the app and from `rumbo-cli export card` (dioxus-ssr).

use chrono::NaiveDate;
use dioxus::prelude::*;
use rumbo::case::CaseFacts;
use rumbo::content::{Guides, OfficialText};
use rumbo::edition::Edition;
use rumbo::i18n::{dates, FluentArgs, Lang, Localizer, TranslationStatus};

use super::{stored_facts, CaseNeedsApp};
use crate::app::components::{Checkbox, Page};
use crate::app::saved::Saved;
use crate::app::target::use_target;
use crate::app::{platform, use_i18n};

/// Which official texts each side quotes. Before filing: the right to seek asylum (Constitution art. 11), the
/// duty of any authority that learns of it to tell COMAR (LRPCAP art. 21), and that the application may be made
/// orally and is free (LRPCAP art. 18). After filing: art. 11, the stay as a humanitarian visitor while the
/// application is decided (LM art. 52 fr. V c), and that a migration procedure for irregular entry is suspended
/// (LRPCAP art. 7).
const WANT: &[&str] = &["cpeum-11", "lrpcap-21", "lrpcap-18"];
const FILED: &[&str] = &["cpeum-11", "lm-52-v-c", "lrpcap-7"];

fn texts(ids: &[&str]) -> Vec<&'static OfficialText> {
    let guides = Guides::shipped();
    ids.iter().filter_map(|id| guides.official.iter().find(|t| t.id == *id)).collect()
}

fn cite(text: &OfficialText) -> String {
    let title = Guides::shipped().source(&text.source).map(|s| s.title.as_str()).unwrap_or_default();
    format!("{title}, {}", text.article)
}

/// How many of the quoted articles go on each side's first panel; the rest follow on the second. Two of three
/// leaves each panel about half the text in every language, before and after filing, with the person's dates (the
/// browser test measures every panel).
const FIRST_PANEL_QUOTES: usize = 2;

/// The printable card. `facts` decide which statement it makes; with `personal`, the person's dates and office
/// are printed too. `made` is the day it is printed.
///
/// Each side (Spanish for an official above, the person's language below) is two separate panel boxes, its text
/// split between them here at block boundaries: no CSS columns, because WebKitGTK (the desktop app) does not print
/// them and left each second panel empty.
#[component]
pub fn PocketCard(lang: Lang, facts: Option<CaseFacts>, personal: bool, made: NaiveDate) -> Element {
    let l = Localizer::embedded();
    let es = |id: &str| l.text(Lang::ES, id);
    let t = |id: &str| l.text(lang, id);
    let filed = facts.as_ref().is_some_and(|f| f.filed.is_some());
    let quoted = texts(if filed { FILED } else { WANT });
    let (first, rest) = quoted.split_at(FIRST_PANEL_QUOTES.min(quoted.len()));
    let (statement_es, statement_meaning) = if filed {
        ("case-card-es-filed", "case-card-says-filed")
    } else {
        ("case-card-es-want", "case-card-says-want")
    };
    // When and from which content the card was made, once, on the person's side (the Spanish side has no room).
    let made_line = {
        let mut args = FluentArgs::new();
        args.set("date", dates::day_date(l, lang, made));
        args.set("edition", Edition::shipped().line(lang));
        l.format(lang, "case-card-made", Some(&args))
    };
    let phones = |lang: Lang| {
        let (emergency, report) = (l.text(lang, "case-card-911"), l.text(lang, "case-card-089"));
        rsx! {
            p { class: "card-phones",
                strong { "911" }
                " {emergency} · "
                strong { "089" }
                " {report}"
            }
        }
    };
    let quotes = |texts: &[&OfficialText]| {
        rsx! {
            for text in texts.iter() {
                blockquote { key: "{text.id}", class: "card-quote",
                    "{text.text} "
                    cite { class: "card-cite", {cite(text)} }
                }
            }
        }
    };
    let meanings = |texts: &[&OfficialText]| {
        rsx! {
            for text in texts.iter() {
                p { key: "{text.id}", class: "card-meaning",
                    "{t(&text.meaning_id())} "
                    cite { class: "card-cite", lang: "es", {cite(text)} }
                }
            }
        }
    };
    let personal_lines = personal.then(|| facts.as_ref().map(personal_es)).flatten().unwrap_or_default();
    let draft = l.status(lang) == TranslationStatus::Draft;
    rsx! {
        // Wider than a phone (two 85.6 mm panels side by side): it scrolls sideways, so it takes focus and a name
        // for people who scroll with a keyboard or a screen reader.
        div { class: "pocket-card", id: "pocket-card", tabindex: "0", role: "region", "aria-label": t("case-card-title"),
            p { class: "card-instructions", {t("case-card-instructions")} }
            div { class: "card-sheet",
                section { class: "side es", lang: "es", "aria-label": es("case-card-es-side"),
                    div { class: "panel",
                        p { class: "card-statement", {es(statement_es)} }
                        {quotes(first)}
                    }
                    div { class: "panel",
                        {quotes(rest)}
                        if !personal_lines.is_empty() {
                            p { class: "card-personal", {personal_lines.join(" · ")} }
                        }
                        p { class: "card-note", {es("case-card-es-caution")} }
                        {phones(Lang::ES)}
                    }
                }
                section { class: "side mine", lang: lang.code(), "aria-label": t("case-card-explanation"),
                    div { class: "panel",
                        p { class: "card-label", {t("case-card-explanation")} }
                        if draft {
                            p { class: "card-draft", {t("guide-draft")} }
                        }
                        p { {t(statement_meaning)} }
                        {meanings(first)}
                    }
                    div { class: "panel",
                        {meanings(rest)}
                        {phones(lang)}
                        p { class: "card-note", {t("case-card-not-advice")} }
                        p { class: "card-made", "{made_line}" }
                    }
                }
            }
        }
    }
}

/// The person's dates and office, in Spanish for the official: only what they entered.
fn personal_es(facts: &CaseFacts) -> Vec<String> {
    let l = Localizer::embedded();
    let line = |id: &str, name: &str, value: String| {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), value);
        l.format(Lang::ES, id, Some(&args))
    };
    let mut lines = Vec::new();
    if let Some(date) = facts.entry.and_then(|e| e.is_exact().then(|| e.earliest()).flatten()) {
        lines.push(line("case-card-es-entry", "date", dates::day_date(l, Lang::ES, date)));
    }
    if let Some(date) = facts.filed {
        lines.push(line("case-card-es-filed-on", "date", dates::day_date(l, Lang::ES, date)));
    }
    if let Some(place) = &facts.filed_at {
        let mut args = FluentArgs::new();
        args.set("office", l.text(Lang::ES, place.office.label_id()));
        args.set("city", card_city(&place.city));
        let place = l.format(Lang::ES, "case-place", Some(&args)).trim().to_string();
        lines.push(line("case-card-es-where", "place", place));
    }
    lines
}

/// Longest city printed on the card: the form takes up to 120 characters (an office's name and street, say), which
/// would push the Spanish side's last lines off its panels. Real city names are shorter than this.
const CARD_CITY_CHARS: usize = 40;

fn card_city(city: &str) -> String {
    let city = city.trim();
    match city.char_indices().nth(CARD_CITY_CHARS) {
        Some((end, _)) => format!("{}…", city[..end].trim_end()),
        None => city.to_string(),
    }
}

/// The card's route: the choice of dates on the card (off by default), the print button, and the card.
#[component]
pub fn CaseCard() -> Element {
    let i18n = use_i18n();
    if !use_target().is_app() {
        return rsx! {
            CaseNeedsApp { title_id: "case-card-title", text_id: "static-needs-app-card" }
        };
    }
    let saved = use_context::<Saved>();
    let today = use_hook(platform::today);
    let personal = use_signal(|| false);
    let facts = stored_facts(&saved).and_then(|r| r.ok());
    let has_personal = facts.as_ref().is_some_and(|f| f.filed.is_some() || f.filed_at.is_some() || f.entry.is_some());
    rsx! {
        Page { title_id: "case-card-title",
            div { class: "card-controls",
                p { class: "lead", {i18n.t("case-card-lead")} }
                if has_personal {
                    Checkbox { id: "card-personal", checked: personal, label: i18n.t("case-card-personal") }
                    p { class: "help", {i18n.t("case-card-personal-help")} }
                }
                p { class: "help", {i18n.t("case-card-print-help")} }
                p {
                    button { class: "button", r#type: "button", id: "card-print", onclick: move |_| platform::print_page(), {i18n.t("case-card-print")} }
                }
            }
            PocketCard { lang: i18n.lang(), facts, personal: personal(), made: today }
        }
    }
}
