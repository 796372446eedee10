//! What a person reading the static pages relies on: every page is whole and needs no script, every link leads
//! to a page that is there, and a page says what the app says on the same screen.

use std::collections::{HashMap, HashSet};

use rumbo::i18n::{Lang, Localizer, MISSING_TEXT};

use super::pages::screens;
use super::tests::attribute_values;
use super::{root_page, static_pages, RootPageError, STATIC_CSS_FILE};
use crate::app::ssr;
use crate::app::target::page_file;

/// The text between tags, one piece per text node, entities left as they are.
fn texts(html: &str) -> Vec<String> {
    html.split('<')
        .filter_map(|piece| piece.split_once('>').map(|(_, text)| text.trim().to_string()))
        .filter(|t| !t.is_empty())
        .collect()
}

/// The screen's own content: what lies inside `<main id="content">`, without a service's hours (whose words
/// depend on the day they are read).
fn main_of(html: &str) -> String {
    let start = html.find("<main id=\"content\"").expect("a main");
    let end = html.rfind("</main>").expect("its end");
    let mut main = html[start..end].to_string();
    while let Some(at) = main.find("<p class=\"hours\"") {
        let close = at + main[at..].find("</p>").expect("a closed paragraph") + "</p>".len();
        main.replace_range(at..close, "");
    }
    main
}

#[test]
fn every_page_is_whole_needs_no_script_and_its_links_lead_to_pages_that_are_there() {
    let pages = static_pages();
    let paths: HashSet<&str> = pages.iter().map(|(p, _)| p.as_str()).collect();
    let l = Localizer::embedded();
    assert!(paths.contains(STATIC_CSS_FILE));
    for lang in Lang::all() {
        for route in screens() {
            let path = format!("{}/{}", lang.code(), page_file(&route));
            let html = &pages.iter().find(|(p, _)| *p == path).unwrap_or_else(|| panic!("no {path}")).1;
            assert!(html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{}\">", lang.code())), "{path}");
            for forbidden in ["<script", "<button", "<input", "<select", "<textarea", " onclick"] {
                assert!(!html.contains(forbidden), "{path}: {forbidden}");
            }
            assert!(!html.contains(&l.text(lang, MISSING_TEXT)), "{path}: a message no locale defines");
            let ids = attribute_values(html, "id");
            assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len(), "{path}: repeated ids");
            for href in attribute_values(html, "href") {
                if href.starts_with("tel:") || href.starts_with("geo:") || href.starts_with("https://") {
                    continue;
                }
                // The full app, in the page's language (boot.js makes it the person's choice).
                if let Some(route) = href.strip_prefix(&format!("../index.html?lang={}#/", lang.code())) {
                    assert!(route.is_empty() || !route.contains(".."), "{path}: {href}");
                    continue;
                }
                // Relative to the page's folder: a page of the same language, or one folder up.
                let target = match href.strip_prefix("../") {
                    Some(up) => up.to_string(),
                    None => format!("{}/{href}", lang.code()),
                };
                assert!(paths.contains(target.as_str()) || target == "icons/icon.svg", "{path}: {href} leads nowhere");
            }
            // The language links: all four, each in its own name, to the same screen.
            for other in Lang::all() {
                let link = format!("href=\"../{}/{}\" lang=\"{}\"", other.code(), page_file(&route), other.code());
                assert!(html.contains(&link), "{path}: no link to {other}");
            }
        }
    }
}

#[test]
fn a_static_page_says_what_the_app_says_on_the_same_screen_but_for_today_and_buttons() {
    let pages: HashMap<String, String> = static_pages().into_iter().collect();
    for lang in Lang::all() {
        for route in screens() {
            if matches!(
                route,
                crate::app::Route::Saved {}
                    | crate::app::Route::Settings {}
                    | crate::app::Route::Deadline {}
                    | crate::app::Route::MyCase {}
                    | crate::app::Route::CaseCard {}
            ) {
                continue; // They say that they need the app instead.
            }
            let path = format!("{}/{}", lang.code(), page_file(&route));
            let page = texts(&main_of(&pages[&path]));
            let app = texts(&main_of(&ssr::render(lang, &route.to_string(), true)));
            // Every piece of the page, in the app's order: the app adds buttons, search and today's word.
            let mut rest = app.iter();
            // What stands in the search field's place (the notice, or the line shown while the app loads).
            let in_place_of_search =
                ["static-needs-app-search", "static-search-loading"].map(|id| Localizer::embedded().text(lang, id));
            for piece in page.iter().filter(|p| !in_place_of_search.iter().any(|t| p.contains(t.as_str()))) {
                assert!(rest.any(|a| a == piece), "{path}: {piece:?} is not in the app's screen, or not in order");
            }
            assert!(page.len() * 2 > app.len(), "{path}: the page lacks most of the screen");
        }
    }
}

#[test]
fn the_root_page_reads_at_once_and_keeps_the_app_and_says_what_works_without_script() {
    let template = "<html><head><script src=\"./boot.js\"></script><link rel=\"stylesheet\" href=\"./boot.css\">\
                    </head><body><div id=\"main\"></div><noscript>Rumbo needs JavaScript.</noscript></body></html>";
    let page = root_page(template, "assets/rumbo_bg-dxh1.wasm").unwrap();
    // boot.js reads the wasm's name, so the name is before it.
    let named =
        page.find("<meta name=\"rumbo-wasm\" content=\"./assets/rumbo_bg-dxh1.wasm\">").expect("the wasm named");
    assert!(named < page.find("<script src=\"./boot.js\">").unwrap());
    // And the files of the texts the release wasm leaves outside, for the language boot.js knows.
    for lang in Lang::all().filter(|l| *l != Lang::ES) {
        let file = rumbo::i18n::outside::file_name(lang).unwrap();
        let meta = format!("<meta name=\"rumbo-texts-{}\" content=\"./{file}\">", lang.code());
        let at = page.find(&meta).unwrap_or_else(|| panic!("{meta}"));
        assert!(named < at && at < page.find("<script src=\"./boot.js\">").unwrap());
    }
    assert!(!page.contains("rumbo-texts-es"), "Spanish is in the wasm");
    let static_at = page.find("<div id=\"static\">").expect("the static home");
    assert!(static_at < page.find("<div id=\"main\"></div>").expect("the app's root"));
    assert!(page.contains("<link rel=\"stylesheet\" href=\"./static.css\">\n</head>"));
    // Its links lead into the Spanish folder; the languages are at the top, each by its own name.
    assert!(page.contains("href=\"es/guides.html\""));
    let languages = page.find("class=\"language-links\"").unwrap();
    for lang in Lang::all() {
        let name = Localizer::embedded().text(lang, "language-name");
        assert!(page[languages..].contains(&format!("href=\"{}/index.html\" lang=\"{}\"", lang.code(), lang.code())));
        assert!(page[languages..].contains(&name), "{name}");
    }
    assert!(!page.contains("Rumbo needs JavaScript."));
    assert!(page.contains(&Localizer::embedded().text(Lang::EN, "static-noscript")));
    assert_eq!(root_page(&page, "a.wasm"), Err(RootPageError::AlreadyDone), "a second run would put the home in twice");
    assert_eq!(root_page("<html></html>", "a.wasm"), Err(RootPageError::NotTheApp));
    assert_eq!(root_page(&template.replace("./boot.js", "./other.js"), "a.wasm"), Err(RootPageError::NotTheApp));
}
