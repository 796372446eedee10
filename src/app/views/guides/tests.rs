//! Render tests of the guide screens: headings without raw markup, an unknown section, a court's ruling
//! labelled as one, and the official screen's words about where its text comes from.

use dioxus::prelude::*;
use rumbo::content::{BlockKind, Guides};
use rumbo::i18n::{Lang, Localizer};

use super::text::GuideText;
use crate::app::ssr::render;

/// The text inside every `<tag ...>…</tag>` of `html`, without inner tags.
fn texts_of(html: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        // `<h2` must not match `<header`.
        if !after.starts_with(['>', ' ']) {
            rest = after;
            continue;
        }
        let body = &after[after.find('>').unwrap() + 1..];
        let end = body.find(&close).unwrap();
        let mut text = String::new();
        let mut in_tag = false;
        for c in body[..end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        found.push(text);
        rest = &body[end..];
    }
    found
}

const RAW_MARKUP: [&str; 4] = ["_", "*", "[", "]("];

#[test]
fn a_heading_with_a_term_shows_the_term_not_its_underscores() {
    let html = dioxus_ssr::render_element(rsx! { GuideText { text: "## El programa _México te abraza_\nTexto." } });
    assert!(html.contains(r#"<h3>El programa <i lang="es" class="term">México te abraza</i></h3>"#), "{html}");
}

#[test]
fn no_heading_of_any_section_shows_raw_markup_in_any_language() {
    let mut headings = 0;
    for lang in Lang::all() {
        for section in &Guides::shipped().sections {
            let html = render(lang, &format!("/guide/{}", section.id), true);
            for tag in ["h1", "h2", "h3"] {
                for heading in texts_of(&html, tag) {
                    headings += 1;
                    for raw in RAW_MARKUP {
                        assert!(!heading.contains(raw), "{} in {lang}: “{heading}” shows {raw}", section.id);
                    }
                }
            }
        }
    }
    assert!(headings > 300, "the headings were found ({headings})");
}

/// The words a "coming soon" notice used to say in each language (es, en, ht, ru), above "this does not exist".
const COMING_SOON: [&str; 4] = ["Muy pronto", "Coming soon", "Talè konsa", "Скоро"];

#[test]
fn an_unknown_section_says_only_that_it_does_not_exist() {
    let l = Localizer::embedded();
    for lang in Lang::all() {
        let html = render(lang, "/guide/no-such-section", true);
        assert!(html.contains(&l.text(lang, "guide-missing")), "{lang}");
        for soon in COMING_SOON {
            assert!(!html.contains(soon), "no “coming soon” in {lang}");
        }
    }
}

#[test]
fn a_courts_ruling_is_labelled_as_one_and_not_as_the_law() {
    let l = Localizer::embedded();
    let deadline = Guides::shipped().section("deadline").unwrap();
    assert!(deadline.blocks.iter().any(|b| b.kind == BlockKind::CaseLaw));
    for lang in Lang::all() {
        let html = render(lang, "/guide/deadline", true);
        let label = l.text(lang, "guide-kind-case-law");
        let block = &html[html.find("class=\"block case-law\"").expect("a case-law block")..];
        let block = &block[..block.find("</section>").unwrap()];
        assert!(block.contains(&label), "labelled in {lang}");
        assert!(block.contains("353/2019"), "the 2019 amparos are in it in {lang}");
        assert!(!block.contains(&l.text(lang, "guide-kind-law")), "not “what the law says” in {lang}");
        // And no block labelled as law cites the amparos.
        for law in html.split("class=\"block law\"").skip(1) {
            assert!(!law[..law.find("</section>").unwrap()].contains("353/2019"), "{lang}");
        }
    }
}

#[test]
fn the_official_screen_says_its_text_is_a_copy_not_yet_compared_and_marks_cuts() {
    let l = Localizer::embedded();
    for lang in Lang::all() {
        let html = render(lang, "/official", true).replace("&quot;", "\"").replace("&#34;", "\"");
        let caution = l.text(lang, "official-caution");
        assert!(html.contains(&caution), "{lang}");
        assert!(caution.contains("[...]"), "says what “[...]” means in {lang}: {caution}");
    }
    let es = l.text(Lang::ES, "official-caution");
    assert!(es.contains("copia") && es.contains("sin comparar"), "{es}");
    assert!(!es.contains("copiado de la versión vigente"), "{es}");
}
