//! Every screen rendered to HTML with `dioxus-ssr`, in every language, without a browser.

use rumbo::i18n::{Lang, Localizer};

use super::ssr::render;

/// Every route, with the message id of its heading.
const ROUTES: &[(&str, &str)] = &[
    ("/", "home-title"),
    ("/guides", "guides-title"),
    ("/guide/no-such-section", "guide-title"),
    ("/guide/rights", "guide-rights-title"),
    ("/guide/deadline", "guide-deadline-title"),
    ("/official", "official-title"),
    ("/case", "case-screen-title"),
    ("/case/card", "case-card-title"),
    ("/deadline", "deadline-title"),
    ("/directory", "directory-title"),
    ("/saved", "saved-title"),
    ("/settings", "settings-title"),
    ("/no/such/page", "not-found-title"),
];

fn h1_text(html: &str) -> &str {
    let start = html.find("<h1").expect("a heading");
    let open_end = start + html[start..].find('>').unwrap() + 1;
    let close = open_end + html[open_end..].find("</h1>").unwrap();
    &html[open_end..close]
}

/// Every message id of the Spanish locale, which every other locale must have too.
fn spanish_ids() -> Vec<String> {
    let source = include_str!("../../locales/es/rumbo.ftl");
    source
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim().to_string()))
        .filter(|id| !id.starts_with('#') && !id.contains(' '))
        .collect()
}

#[test]
fn every_route_shows_its_heading_in_every_language() {
    let localizer = Localizer::embedded();
    for lang in Lang::all() {
        for (path, heading) in ROUTES {
            let html = render(lang, path, true);
            let expected = localizer.format_in(lang, heading, None).unwrap_or_else(|| panic!("{lang} lacks {heading}"));
            assert_eq!(h1_text(&html), expected, "{path} in {lang}");
        }
    }
}

#[test]
fn no_screen_shows_a_raw_message_id_or_the_missing_text_notice() {
    let localizer = Localizer::embedded();
    let ids = spanish_ids();
    assert!(ids.len() > 20, "the Spanish ids were read");
    for lang in Lang::all() {
        let missing = localizer.text(lang, rumbo::i18n::MISSING_TEXT);
        for (path, _) in ROUTES {
            let html = render(lang, path, true);
            for id in &ids {
                assert!(!html.contains(&format!(">{id}<")), "{path} in {lang} shows the id {id}");
            }
            assert!(!html.contains(&missing), "{path} in {lang} has a message no locale defines");
        }
    }
}

#[test]
fn the_navigation_marks_the_current_place() {
    for (path, label) in [("/guide/rights", "Guides"), ("/deadline", "Deadline"), ("/", "Home")] {
        let html = render(Lang::EN, path, true);
        let nav = &html[html.find("<nav").unwrap()..html.find("</nav>").unwrap()];
        let marks: Vec<usize> = nav.match_indices("aria-current=\"page\"").map(|(i, _)| i).collect();
        assert_eq!(marks.len(), 1, "exactly one current place on {path}: {nav}");
        let link_end = marks[0] + nav[marks[0]..].find("</a>").unwrap();
        assert!(nav[marks[0]..link_end].contains(label), "{label} is current on {path}");
    }
}

#[test]
fn the_first_run_offers_every_language_in_its_own_name_before_anything_else() {
    let html = render(Lang::ES, "/deadline", false);
    for name in ["Español", "English", "Kreyòl ayisyen", "Русский"] {
        assert!(html.contains(name), "{name} offered");
    }
    assert!(!html.contains("<nav"), "nothing else is shown before the choice");
    assert!(html.contains("aria-pressed=\"true\""), "the pre-selected language is marked");
}

#[test]
fn a_first_visit_over_the_static_home_keeps_the_home_with_the_languages_in_a_row_at_the_top() {
    use super::ssr::render_over_page;
    let l = Localizer::embedded();
    for lang in Lang::all() {
        let html = unescape(&render_over_page(lang, "/"));
        // The same screen as after a choice, not the choice screen: the text the person was reading stays.
        assert_eq!(h1_text(&html), l.text(lang, "home-title"), "{lang}");
        assert!(html.contains("<nav class=\"main-nav\""), "{lang}: the navigation stays");
        assert!(!html.contains("first-run"), "{lang}: no choice screen");
        // The row of languages comes first after the exit button, before the header, as on the static page.
        let row = html.find("<nav class=\"language-links\"").expect("the row of languages");
        assert!(row < html.find("<header").unwrap(), "{lang}: the row above the header");
        let row = &html[row..row + html[row..].find("</nav>").unwrap()];
        assert_eq!(row.matches("<button").count(), Lang::all().count(), "{lang}: one button per language");
        for other in Lang::all() {
            let name = l.text(other, "language-name");
            assert!(row.contains(&format!(">{name}</button>")), "{lang}: {name} as a button");
        }
        assert_eq!(row.matches("aria-current").count(), 1, "{lang}: only the shown language is marked");
        assert!(row.contains(&format!("lang=\"{}\" aria-current=\"true\"", lang.code())), "{lang}: marked");
        // One way to pick, as on the static page: not the header's select as well.
        assert!(!html.contains("<select"), "{lang}: no second language switch");
    }
}

#[test]
fn after_a_choice_the_row_of_languages_gives_way_to_the_header_switch() {
    for lang in Lang::all() {
        let html = render(lang, "/", true);
        assert!(!html.contains("language-links"), "{lang}");
        assert!(html.contains("<select"), "{lang}");
    }
}

#[test]
fn the_header_switch_lists_each_language_in_its_own_name() {
    let html = render(Lang::from_code("ru").unwrap(), "/", true);
    let select = &html[html.find("<select").unwrap()..html.find("</select>").unwrap()];
    for lang in Lang::all() {
        let name = Localizer::embedded().text(lang, "language-name");
        assert!(select.contains(&name), "{name} in the switch");
    }
}

/// The text of an HTML page, without its tags.
fn text_only(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn unescape(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn every_guide_section_shows_its_text_sources_and_review_date_in_every_language() {
    use rumbo::content::{markup, Guides};
    use rumbo::i18n::dates;
    let l = Localizer::embedded();
    let guides = Guides::shipped();
    assert!(guides.sections.len() >= 11, "the eleven sections of the guide");
    for lang in Lang::all() {
        for section in &guides.sections {
            let html = unescape(&render(lang, &format!("/guide/{}", section.id), true));
            let page = format!("{} in {lang}", section.id);
            let words = text_only(&html);
            assert_eq!(h1_text(&html), l.format_in(lang, &section.title_id(), None).unwrap(), "{page}");
            for block in &section.blocks {
                let text = markup::plain_text(&markup::parse(&l.text(lang, &section.block_id(block))));
                let first_line = text.lines().next().unwrap().trim_start_matches("- ");
                // A heading's plain text keeps its term markup; the screen shows the term without it.
                let first_words: String = first_line.replace('_', "").chars().take(30).collect();
                assert!(words.contains(&first_words), "{page}: block {} is shown", block.id);
                if let Some(label) = block.kind.label_id() {
                    assert!(html.contains(&l.text(lang, label)), "{page}: block {} is labelled", block.id);
                }
            }
            for cite in &section.sources {
                let source = guides.source(&cite.source).unwrap();
                assert!(html.contains(&format!("{}</cite>, {}", source.title, cite.cite)), "{page}: {}", cite.source);
            }
            assert!(html.contains(&dates::day_date(l, lang, section.compiled)), "{page}: the compile date");
            assert!(html.contains(&l.text(lang, "guide-not-lawyer-reviewed")), "{page}: not reviewed by a lawyer");
        }
    }
}

#[test]
fn draft_translations_say_so_and_offer_the_spanish_text() {
    for lang in Lang::all() {
        let html = render(lang, "/guide/tvrh", true);
        let draft = Localizer::embedded().status(lang) == rumbo::i18n::TranslationStatus::Draft;
        assert_eq!(html.contains("notice draft"), draft, "{lang}");
        assert_eq!(html.contains("Leer esta sección en español"), draft, "{lang}");
    }
}

#[test]
fn the_official_screen_shows_the_law_in_spanish_whatever_the_language() {
    use rumbo::content::Guides;
    let guides = Guides::shipped();
    assert!(guides.official.iter().any(|o| o.id == "lm-68"), "LM art. 68 is there");
    for lang in Lang::all() {
        let html = unescape(&render(lang, "/official", true));
        for text in &guides.official {
            assert!(html.contains(&text.text), "{} in {lang}", text.id);
            let meaning = Localizer::embedded().format_in(lang, &text.meaning_id(), None).unwrap();
            assert!(html.contains(&meaning), "meaning of {} in {lang}", text.id);
        }
        assert!(html.contains("<div lang=\"es\"><blockquote>"), "the law is marked as Spanish in {lang}");
    }
}

#[test]
fn the_directory_lists_every_entry_with_its_trust_and_the_help_lines_in_every_language() {
    use rumbo::directory::{Directory, Verification};
    let data = Directory::shipped();
    assert!(data.entries.len() >= 20, "the directory has its entries");
    let l = Localizer::embedded();
    for lang in Lang::all() {
        let html = unescape(&render(lang, "/directory", true));
        assert!(html.contains("href=\"tel:911\"") && html.contains("href=\"tel:089\""), "help lines in {lang}");
        for entry in &data.entries {
            assert!(html.contains(&format!(">{}</h2>", entry.name)), "{} in {lang}", entry.id);
            for number in entry.phones.iter().filter_map(|p| p.number.as_ref()) {
                assert!(html.contains(&format!("href=\"tel:{number}\"")), "{} calls {number}", entry.id);
            }
        }
        let old = data
            .entries
            .iter()
            .filter(|e| matches!(data.verification(e, super::platform::now().date_naive()), Verification::Old(_)))
            .count();
        let warnings = html.matches("trust old").count();
        assert_eq!(warnings, old, "every old entry warns in {lang}");
        assert!(old > 0 && old < data.entries.len(), "some entries are old, some recent");
        let no_phone = l.text(lang, "entry-no-phone");
        assert!(html.contains(&no_phone), "entries without a phone say so in {lang}");
    }
}

#[test]
fn an_entry_has_a_page_of_its_own_and_the_consular_line_is_for_mexicans_only() {
    use rumbo::directory::{Directory, Serves};
    let data = Directory::shipped();
    for entry in &data.entries {
        let html = unescape(&render(Lang::EN, &format!("/directory/{}", entry.id), true));
        assert_eq!(unescape(h1_text(&html)), entry.name);
    }
    let ciam = data.entry("ciam").expect("the consular line");
    assert_eq!(ciam.serves, [Serves::Mexicans]);
    let html = render(Lang::EN, "/guide/deportees", true);
    assert!(html.contains("Mexican citizens only"), "labelled where it is shown");
    let safety = render(Lang::EN, "/guide/safety", true);
    assert!(safety.contains("href=\"tel:911\"") && !safety.contains("Mexican citizens only"));
}

/// The search field and the directory's name filter are written only by the person: a `value` written back by
/// each render put older text over keys typed since in the desktop app, whose input events arrive late.
#[test]
fn the_free_text_fields_are_never_written_by_the_app() {
    for (path, id) in [("/", "search"), ("/guides", "search"), ("/directory", "filter-name")] {
        let html = render(Lang::ES, path, true);
        let at = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("{path} has #{id}"));
        let tag = &html[html[..at].rfind('<').unwrap()..at + html[at..].find('>').unwrap()];
        assert!(!tag.contains("value="), "{path}: {tag}");
    }
}
