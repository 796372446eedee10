//! The pocket card: four credit-card panels (85.6 × 54 mm) on one page, cut out as one piece and folded. The left
//! column is for an official, in Spanish: "Quiero solicitar asilo" (or "He solicitado asilo" once a filing date is
//! entered), the articles of the "show an official" screen that back it, quoted exactly as that screen quotes them
//! with its provenance note, and 911 and 089. The right column is in the person's language: what those articles
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

/// Which official texts each side quotes, panel by panel. Before filing: the right to seek asylum (Constitution
/// art. 11), the duty of any authority that learns of it to tell COMAR (LRPCAP art. 21), and that the
/// application may be made orally and is free (LRPCAP art. 18). After filing: art. 11, the stay as a humanitarian
/// visitor while the application is decided (LM art. 52 fr. V c), and that a migration procedure for irregular
/// entry is suspended (LRPCAP art. 7).
const WANT: [&[&str]; 2] = [&["cpeum-11", "lrpcap-21"], &["lrpcap-18"]];
const FILED: [&[&str]; 2] = [&["cpeum-11", "lm-52-v-c"], &["lrpcap-7"]];

fn texts(ids: &[&str]) -> Vec<&'static OfficialText> {
    let guides = Guides::shipped();
    ids.iter().filter_map(|id| guides.official.iter().find(|t| t.id == *id)).collect()
}

fn cite(text: &OfficialText) -> String {
    let title = Guides::shipped().source(&text.source).map(|s| s.title.as_str()).unwrap_or_default();
    format!("{title}, {}", text.article)
}

/// The printable card. `facts` decide which statement it makes; with `personal`, the person's dates and office
/// are printed too. `made` is the day it is printed.
#[component]
pub fn PocketCard(lang: Lang, facts: Option<CaseFacts>, personal: bool, made: NaiveDate) -> Element {
    let l = Localizer::embedded();
    let es = |id: &str| l.text(Lang::ES, id);
    let t = |id: &str| l.text(lang, id);
    let filed = facts.as_ref().is_some_and(|f| f.filed.is_some());
    let panels = if filed { FILED } else { WANT };
    let (statement_es, statement_meaning) = if filed {
        ("case-card-es-filed", "case-card-says-filed")
    } else {
        ("case-card-es-want", "case-card-says-want")
    };
    let edition = Edition::shipped();
    let mut made_args = FluentArgs::new();
    made_args.set("date", dates::long_date(l, lang, made));
    made_args.set("edition", edition.line(lang));
    let made_line = l.format(lang, "case-card-made", Some(&made_args));
    let mut made_es_args = FluentArgs::new();
    made_es_args.set("date", dates::long_date(l, Lang::ES, made));
    made_es_args.set("edition", edition.line(Lang::ES));
    let made_es = l.format(Lang::ES, "case-card-made", Some(&made_es_args));
    let personal_lines = personal.then(|| facts.as_ref().map(personal_es)).flatten().unwrap_or_default();
    let draft = l.status(lang) == TranslationStatus::Draft;
    let quote = |text: &OfficialText| {
        rsx! {
            blockquote { key: "{text.id}", class: "card-quote",
                p { "{text.text}" }
                p { class: "card-cite", {cite(text)} }
            }
        }
    };
    let meaning = |text: &OfficialText| {
        rsx! {
            div { key: "{text.id}", class: "card-meaning",
                p { {t(&text.meaning_id())} }
                p { class: "card-cite", lang: "es", {cite(text)} }
            }
        }
    };
    rsx! {
        // Wider than a phone (two 85.6 mm panels side by side): it scrolls sideways, so it takes focus and a name
        // for people who scroll with a keyboard or a screen reader.
        div { class: "pocket-card", id: "pocket-card", tabindex: "0", role: "region", "aria-label": t("case-card-title"),
            p { class: "card-instructions", {t("case-card-instructions")} }
            div { class: "card-sheet",
                section { class: "panel es", lang: "es", "aria-label": es("case-card-es-side"),
                    p { class: "card-statement", {es(statement_es)} }
                    p { class: "card-phones", strong { "911" } " " {es("help-lines-911")} " " strong { "089" } " " {es("help-lines-089")} }
                    for text in texts(panels[0]) {
                        {quote(text)}
                    }
                }
                section { class: "panel mine", lang: lang.code(), "aria-label": t("case-card-explanation"),
                    p { class: "card-label", {t("case-card-explanation")} }
                    if draft {
                        p { class: "card-draft", {t("guide-draft")} }
                    }
                    p { {t(statement_meaning)} }
                    for text in texts(panels[0]) {
                        {meaning(text)}
                    }
                }
                section { class: "panel es", lang: "es",
                    for text in texts(panels[1]) {
                        {quote(text)}
                    }
                    for (i, line) in personal_lines.iter().enumerate() {
                        p { key: "{i}", class: "card-personal", "{line}" }
                    }
                    p { class: "card-note", {es("official-caution")} }
                    p { class: "card-made", "{made_es}" }
                }
                section { class: "panel mine", lang: lang.code(),
                    for text in texts(panels[1]) {
                        {meaning(text)}
                    }
                    p { class: "card-phones", strong { "911" } " " {t("help-lines-911")} " " strong { "089" } " " {t("help-lines-089")} }
                    p { class: "card-made", "{made_line}" }
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
        lines.push(line("case-card-es-entry", "date", dates::long_date(l, Lang::ES, date)));
    }
    if let Some(date) = facts.filed {
        lines.push(line("case-card-es-filed-on", "date", dates::long_date(l, Lang::ES, date)));
    }
    if let Some(place) = &facts.filed_at {
        let mut args = FluentArgs::new();
        args.set("office", l.text(Lang::ES, &format!("case-office-{}", place.office.id())));
        args.set("city", place.city.trim().to_string());
        let place = l.format(Lang::ES, "case-place", Some(&args)).trim().to_string();
        lines.push(line("case-card-es-where", "place", place));
    }
    lines
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
                    button { class: "button", r#type: "button", id: "card-print", onclick: move |_| print(), {i18n.t("case-card-print")} }
                }
            }
            PocketCard { lang: i18n.lang(), facts, personal: personal(), made: today }
        }
    }
}

/// The browser's print dialog (which also saves a PDF).
fn print() {
    #[cfg(all(feature = "web", target_arch = "wasm32"))]
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
    #[cfg(not(all(feature = "web", target_arch = "wasm32")))]
    {
        let _ = document::eval("window.print()");
    }
}
