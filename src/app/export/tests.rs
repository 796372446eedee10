//! What a person receiving the file relies on: it is whole, it needs nothing else, and its links work.

use std::collections::HashSet;

use rumbo::content::Guides;
use rumbo::i18n::{Lang, Localizer, MISSING_TEXT};

use rumbo::edition::Edition;
use rumbo::i18n::FluentArgs;
use rumbo::pack::{edition, trust::test_key, Trust, EMBEDDED_VERSION};

use super::{html::escape, one_file};

/// Every value of `attr` in `html`, in order.
pub(super) fn attribute_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let pattern = format!(" {attr}=\"");
    html.match_indices(&pattern)
        .map(|(i, _)| {
            let start = i + pattern.len();
            &html[start..start + html[start..].find('"').unwrap()]
        })
        .collect()
}

#[test]
fn each_edition_is_whole_and_needs_nothing_else() {
    let l = Localizer::embedded();
    for lang in Lang::all() {
        let html = one_file(lang, EMBEDDED_VERSION);
        assert!(
            html.starts_with("<!DOCTYPE html>\n<!-- rumbo-signature: none -->\n<!-- rumbo-content: version ")
                && html.contains(&format!("<html lang=\"{}\"", lang.code()))
        );
        for forbidden in ["<script", "<link", "<iframe", "<img", " src=", "<button", "<input", "<select", "<textarea"] {
            assert!(!html.contains(forbidden), "{lang}: {forbidden}");
        }
        // A resource from elsewhere could only come through CSS; the one image there is inline.
        for (i, _) in html.match_indices("url(") {
            assert!(html[i..].starts_with("url(\"data:"), "{lang}: {}", &html[i..i + 40]);
        }
        for section in &Guides::shipped().sections {
            assert!(html.contains(&format!("id=\"guide-{}\"", section.id)), "{lang}: {}", section.id);
            assert!(html.contains(&escape(&l.text(lang, &section.title_id()))), "{lang}: title of {}", section.id);
        }
        assert!(!html.contains(&l.text(lang, MISSING_TEXT)), "{lang}: a message no locale defines");
    }
}

#[test]
fn every_link_inside_the_file_leads_somewhere_and_ids_are_unique() {
    for lang in Lang::all() {
        let html = one_file(lang, EMBEDDED_VERSION);
        let ids = attribute_values(&html, "id");
        let unique: HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{lang}: repeated ids");
        for href in attribute_values(&html, "href") {
            match href.strip_prefix('#') {
                Some(target) => assert!(unique.contains(target), "{lang}: #{target} leads nowhere"),
                None => assert!(href.starts_with("tel:"), "{lang}: a link out of the file: {href}"),
            }
        }
        for reference in attribute_values(&html, "aria-labelledby") {
            assert!(unique.contains(reference), "{lang}: aria-labelledby {reference}");
        }
    }
}

#[test]
fn the_deadline_table_and_the_edition_page_are_there() {
    let l = Localizer::embedded();
    let html = one_file(Lang::EN, EMBEDDED_VERSION);
    assert!(html.contains("<table class=\"deadline-table\">"));
    // 181 entry dates from 1 September 2026 to 28 February 2027, one row each.
    assert_eq!(html.matches("<th scope=\"row\">").count(), 181);
    let last = &html[html.find("id=\"edition\"").expect("an edition page")..];
    assert!(last.contains(env!("CARGO_PKG_VERSION")));
    assert!(last.contains(&escape(&l.text(Lang::EN, "guide-sources"))));
    assert!(last.matches("<li><cite").count() >= Guides::shipped().sources.len());
    // The draft label is there for drafts only.
    let draft = escape(&l.text(Lang::from_code("ht").unwrap(), "guide-draft"));
    assert!(one_file(Lang::from_code("ht").unwrap(), EMBEDDED_VERSION)
        .contains(&format!("<p class=\"notice draft\">{draft}</p>")));
    assert!(!html.contains("class=\"notice draft\""));
}

/// A one-file edition says, visibly and in its fixed lines, which content it was made from; signed, it passes the
/// check a person relies on, and one phone number changed makes it fail.
#[test]
fn an_edition_names_its_content_and_carries_a_signature_that_checks() {
    let l = Localizer::embedded();
    for lang in Lang::all() {
        let html = one_file(lang, 7);
        let stamped = edition::read(html.as_bytes()).expect("the stamp lines");
        assert_eq!(stamped.signature, None, "{lang}: unsigned until signed, and says so");
        assert_eq!(stamped.made, edition::Made { version: 7, compiled: Edition::shipped().reviewed });
        let mut args = FluentArgs::new();
        args.set("version", "7");
        let visible = escape(&l.format(lang, "edition-file-content", Some(&args)));
        let cover = &html[html.find("<p class=\"edition\">").unwrap()..];
        assert!(cover[..cover.find("</p>").unwrap()].contains(&visible), "{lang}: the cover names version 7");
        assert!(html.contains(&escape(&l.text(lang, "edition-file-check"))), "{lang}: how to check it");
        assert_eq!(edition::check(&Trust::built_in(), html.as_bytes()), Err(edition::EditionError::Unsigned));

        let signed = edition::sign(&test_key(), html.as_bytes(), Vec::new()).unwrap();
        let checked = edition::check(&Trust::built_in(), &signed).unwrap();
        assert_eq!((checked.made.version, checked.verified.signer), (7, test_key().public()));
        let number = "911";
        let altered = String::from_utf8(signed).unwrap().replacen(number, "555", 1);
        assert!(edition::check(&Trust::built_in(), altered.as_bytes()).is_err(), "{lang}");
    }
}
