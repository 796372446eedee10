//! Render tests of "My case" and the pocket card in every language (dioxus-ssr).

use std::rc::Rc;

use chrono::{NaiveDate, Weekday};
use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use dioxus::router::components::HistoryProvider;
use rumbo::case::{CaseFacts, Decision, EntryDate, Office, Outcome, Place, SignIn, CASE_FACTS_VERSION};
use rumbo::content::Guides;
use rumbo::i18n::{Lang, Localizer};
use rumbo::storage::StoredCase;

use super::card::PocketCard;
use crate::app::saved::provide_saved_with_case;
use crate::app::target::RenderTarget;
use crate::app::{I18n, Route};

#[derive(Props, Clone, PartialEq)]
struct Case {
    lang: Lang,
    path: String,
    case: Option<StoredCase>,
    target: RenderTarget,
}

#[allow(non_snake_case)]
fn Root(case: Case) -> Element {
    I18n::provide(case.lang);
    use_context_provider(|| case.target);
    crate::app::exit::provide_exit();
    provide_saved_with_case(Vec::new(), case.case.clone());
    rsx! {
        HistoryProvider {
            history: move |_| Rc::new(MemoryHistory::with_initial_path(case.path.clone())) as Rc<dyn History>,
            Router::<Route> {}
        }
    }
}

/// The page as text a person reads: entities turned back into characters, so messages compare as written.
fn render(lang: Lang, path: &str, case: Option<StoredCase>) -> String {
    render_for(RenderTarget::App, lang, path, case)
}

fn render_for(target: RenderTarget, lang: Lang, path: &str, case: Option<StoredCase>) -> String {
    let mut vdom = VirtualDom::new_with_props(Root, Case { lang, path: path.into(), case, target });
    vdom.rebuild_in_place();
    unescape(&dioxus_ssr::render(&vdom))
}

fn unescape(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn facts() -> CaseFacts {
    CaseFacts {
        entry: Some(EntryDate::Day { date: date("2025-03-03") }),
        filed: Some(date("2025-03-20")),
        filed_at: Some(Place { office: Office::Comar, city: "Tijuana".into() }),
        sign_in: Some(SignIn { weekday: Weekday::Tue, place: None }),
        ..CaseFacts::default()
    }
}

fn stored(facts: &CaseFacts) -> StoredCase {
    StoredCase { version: CASE_FACTS_VERSION, facts: facts.to_json(), updated: 1 }
}

/// Text that is a message id (`case-screen-…`, `case-card-…`) means a message is missing somewhere.
fn assert_no_ids(html: &str, lang: Lang) {
    for prefix in
        ["case-screen-", "case-card-", "case-export-", "case-import-", "nav-case", "case-step-", "case-state-"]
    {
        for (at, _) in html.match_indices(prefix) {
            // Ids are fine inside attributes (id="case-…", for="case-…"); never as text between tags.
            let before = &html[..at];
            let in_tag = before.rfind('<') > before.rfind('>');
            assert!(
                in_tag,
                "{lang}: a raw id as text near {}",
                &html[at.saturating_sub(40)..(at + 60).min(html.len())]
            );
        }
    }
}

#[test]
fn the_empty_screen_asks_for_dates_in_every_language_and_is_in_the_navigation() {
    for lang in Lang::all() {
        let html = render(lang, "/case", None);
        let l = Localizer::embedded();
        assert!(html.contains(&l.text(lang, "case-screen-lead")), "{lang}");
        assert!(html.contains(&l.text(lang, "nav-case")), "{lang}: in the navigation");
        assert!(html.contains("href=\"/case\""), "{lang}: one tap away");
        assert!(html.contains("id=\"case-form\""), "{lang}: the form");
        assert!(!html.contains("id=\"case-sign-in\""), "{lang}: no sign-in without a weekday");
        assert_no_ids(&html, lang);
    }
}

#[test]
fn a_saved_case_shows_the_next_sign_in_first_then_the_timeline_and_neutral_reminders() {
    for lang in Lang::all() {
        let html = render(lang, "/case", Some(stored(&facts())));
        let l = Localizer::embedded();
        let sign_in = html.find("id=\"case-sign-in\"").expect("the sign-in");
        let timeline = html.find("case-timeline").expect("the timeline");
        assert!(sign_in < timeline, "{lang}: the sign-in is on top");
        assert!(html.contains(&l.text(lang, "case-sign-in-advice-constancia")), "{lang}: the guides' advice");
        assert!(html.contains(&l.text(lang, "case-step-asylum")), "{lang}");
        assert!(html.contains("LRPCAP") || html.contains("Ley sobre Refugiados"), "{lang}: the article");
        assert!(html.contains("class=\"step past\""), "{lang}: past steps greyed");
        // Neutral by default: the file's name is neutral and the box is ticked.
        assert!(
            html.contains("download=\"calendar.ics\""),
            "{lang}: {}",
            &html[html.find("case-ics").unwrap_or(0)..][..200]
        );
        assert!(html.contains(&l.text(lang, "case-ics-warning")), "{lang}: what a calendar does with it");
        assert!(html.contains("/case/card"), "{lang}: the card");
        assert!(!html.contains("case-old-series"), "{lang}: no decision, no word about an old series");
        assert_no_ids(&html, lang);
    }
}

/// A new file cannot take the weekly series out of a calendar that has it: after a decision the screen says so.
#[test]
fn after_a_decision_the_screen_says_to_check_the_calendar_for_the_old_weekly_series() {
    let decided = CaseFacts {
        decision: Some(Decision { outcome: Outcome::Refused, notified: Some(date("2025-06-02")) }),
        ..facts()
    };
    for lang in Lang::all() {
        let html = render(lang, "/case", Some(stored(&decided)));
        let note = Localizer::embedded().text(lang, "case-ics-decided-old-series");
        assert!(html.contains(&note), "{lang}: {}", &html[html.find("case-keep").unwrap_or(0)..][..300]);
        assert_no_ids(&html, lang);
    }
}

#[test]
fn the_card_has_the_spanish_statement_the_articles_as_quoted_911_089_and_no_dates_by_default() {
    let guides = Guides::shipped();
    for lang in Lang::all() {
        let l = Localizer::embedded();
        let html = render(lang, "/case/card", None);
        assert!(html.contains("Quiero solicitar asilo"), "{lang}: the default statement");
        assert!(!html.contains("He solicitado asilo"), "{lang}");
        for id in ["cpeum-11", "lrpcap-21", "lrpcap-18"] {
            let text = guides.official.iter().find(|t| t.id == id).unwrap();
            assert!(html.contains(&text.text), "{lang}: {id} quoted exactly as the official screen quotes it");
            assert!(html.contains(&l.text(lang, &text.meaning_id())), "{lang}: {id}'s meaning");
        }
        assert!(html.contains("[...]"), "{lang}: the marks of words left out");
        assert!(html.contains(&l.text(Lang::ES, "case-card-es-caution")), "{lang}: the provenance note, in Spanish");
        assert!(html.contains(&l.text(lang, "case-card-not-advice")), "{lang}: not legal advice, in their language");
        assert!(html.contains("911") && html.contains("089"), "{lang}");
        assert!(html.contains(&l.text(lang, "case-card-explanation")), "{lang}: labelled as an explanation");
        let draft = l.text(lang, "guide-draft");
        assert_eq!(html.contains(&draft), matches!(lang.code(), "ht" | "ru"), "{lang}: draft label");
        assert_no_ids(&html, lang);
    }
}

#[test]
fn the_card_after_filing_says_so_and_shows_dates_only_when_asked() {
    let today = date("2026-12-06");
    let made = |personal| {
        let mut vdom = VirtualDom::new_with_props(
            CardOnly,
            CardOnlyProps { lang: Lang::EN, facts: Some(facts()), personal, made: today },
        );
        vdom.rebuild_in_place();
        unescape(&dioxus_ssr::render(&vdom))
    };
    let off = made(false);
    assert!(off.contains("He solicitado asilo"));
    assert!(!off.contains("Tijuana") && !off.contains("2025"), "no dates or office unless asked: {off}");
    assert!(off.contains("2026"), "when it was made");
    let on = made(true);
    assert!(on.contains("Tijuana") && on.contains("20 de marzo de 2025"), "{on}");
}

/// The card has no room for the official screen's whole note: it prints the note's provenance sentences word for
/// word in Spanish, and its "not legal advice" sentence in the person's language.
#[test]
fn the_card_quotes_the_official_screens_note_as_that_screen_words_it() {
    let l = Localizer::embedded();
    let note = l.text(Lang::ES, "official-caution");
    assert!(note.starts_with(&l.text(Lang::ES, "case-card-es-caution")), "the provenance, word for word: {note}");
    for lang in Lang::all() {
        let note = l.text(lang, "official-caution");
        assert!(note.ends_with(&l.text(lang, "case-card-not-advice")), "{lang}: the advice line, word for word");
    }
}

#[test]
fn a_long_city_is_cut_on_the_card_so_the_spanish_side_still_fits() {
    let mut long = facts();
    long.filed_at.as_mut().unwrap().city = "Tijuana, Baja California, oficina de la calle ".repeat(2);
    let mut vdom = VirtualDom::new_with_props(
        CardOnly,
        CardOnlyProps { lang: Lang::ES, facts: Some(long.clone()), personal: true, made: date("2026-12-06") },
    );
    vdom.rebuild_in_place();
    let html = unescape(&dioxus_ssr::render(&vdom));
    let city = long.filed_at.unwrap().city;
    assert!(!html.contains(city.trim()), "the whole 90-character city is not printed");
    assert!(html.contains("Tijuana, Baja California, oficina de la…"), "its first 40 characters are, marked as cut");
}

/// WebKitGTK (the desktop app) prints no CSS columns: a side that flowed through two columns came out with its
/// second panel empty and its first cut. So each side is two panel boxes holding their own text, in every language,
/// before and after filing, and the style sheet lays nothing out in columns.
#[test]
fn each_side_of_the_card_is_two_panel_boxes_that_each_hold_text() {
    for lang in Lang::all() {
        for facts in [None, Some(facts())] {
            let mut vdom = VirtualDom::new_with_props(
                CardOnly,
                CardOnlyProps { lang, facts: facts.clone(), personal: true, made: date("2026-12-06") },
            );
            vdom.rebuild_in_place();
            let html = unescape(&dioxus_ssr::render(&vdom));
            let sides: Vec<&str> = html.split("<section class=\"side ").skip(1).collect();
            assert_eq!(sides.len(), 2, "{lang}: two sides");
            for side in sides {
                let panels: Vec<&str> = side.split("<div class=\"panel\">").skip(1).collect();
                assert_eq!(panels.len(), 2, "{lang}: two panels on a side: {side}");
                for panel in panels {
                    assert!(panel.contains("card-cite"), "{lang}: every panel quotes or explains an article: {panel}");
                }
            }
        }
    }
    let sheets = [
        include_str!("../../../../assets/main.css"),
        include_str!("../../../../assets/case.css"),
        include_str!("../../../../assets/export.css"),
    ];
    for css in sheets {
        for rule in ["column-count", "column-width", " columns:"] {
            assert!(!css.contains(rule), "a style sheet uses {rule}, which WebKitGTK does not print");
        }
    }
}

#[derive(Props, Clone, PartialEq)]
struct CardOnlyProps {
    lang: Lang,
    facts: Option<CaseFacts>,
    personal: bool,
    made: NaiveDate,
}

#[allow(non_snake_case)]
fn CardOnly(props: CardOnlyProps) -> Element {
    rsx! {
        PocketCard { lang: props.lang, facts: props.facts, personal: props.personal, made: props.made }
    }
}

/// A static page is the same for everyone: even where a case is stored, My case and its card outside the app say
/// in one line that they need it, offer the guides, and show no date, office or form.
#[test]
fn outside_the_app_my_case_and_its_card_say_they_need_it_and_show_nothing_personal() {
    let l = Localizer::embedded();
    for lang in Lang::all() {
        for (path, line) in [("/case", "static-needs-app-case"), ("/case/card", "static-needs-app-card")] {
            let html = render_for(RenderTarget::Static, lang, path, Some(stored(&facts())));
            assert!(html.contains(&l.text(lang, line)), "{lang} {path}");
            assert!(html.contains("href=\"guides.html\""), "{lang} {path}: the guides offered");
            for personal in ["Tijuana", "2025", "<input", "<button"] {
                assert!(!html.contains(personal), "{lang} {path}: {personal}");
            }
            assert_no_ids(&html, lang);
        }
    }
}
