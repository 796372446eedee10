//! The page a phone sees first when Rumbo is shared over Wi-Fi, in the phone's language: what works over plain
//! local Wi-Fi (Rumbo while connected) and what to keep (the one-file edition).

use super::offer::OfferedPack;
use crate::edition::Edition;
use crate::i18n::{dates, preselect, FluentArgs, Lang, Localizer};
use crate::text::escape_html as escape;

/// The one-file edition's file name for `lang`, as `make dist` writes it.
pub fn edition_name(lang: Lang) -> String {
    format!("rumbo-{}.html", lang.code())
}

/// The share page in `lang`: open Rumbo now, keep the one-file edition, a content update if one is offered,
/// other languages.
pub fn page(lang: Lang, editions: &[(Lang, String, usize)], pack: Option<&OfferedPack>) -> String {
    let l = Localizer::embedded();
    let t = |id: &str| escape(&l.text(lang, id));
    let edition = Edition::shipped();
    let edition_line = escape(&edition.line(lang));
    let downloads: String = editions
        .iter()
        .map(|(other, name, size)| {
            let mut args = FluentArgs::new();
            args.set("size", size.div_ceil(1024));
            let label = escape(&l.format_in(*other, "share-download", Some(&args)).unwrap_or_default());
            let language = escape(&l.native_name(*other));
            format!(
                "<li lang=\"{code}\"><a class=\"button\" href=\"./{name}\" download=\"{name}\">{language}: {label}</a></li>",
                code = other.code()
            )
        })
        .collect();
    let update = pack.map(|pack| update_section(l, lang, pack)).unwrap_or_default();
    let others: String = Lang::all()
        .filter(|other| *other != lang)
        .map(|other| {
            format!(
                "<li><a href=\"./{0}\" lang=\"{0}\" hreflang=\"{0}\">{1}</a></li>",
                other.code(),
                escape(&l.native_name(other))
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n\
         <section><h2>{open}</h2><p>{open_help}</p><p><a class=\"button main\" href=\"./app/\">{open}</a></p></section>\n\
         <section><h2>{keep}</h2><p>{keep_help}</p><ul>{downloads}</ul></section>\n{update}\
         <nav><h2>{languages}</h2><ul>{others}</ul></nav>\n<p class=\"edition\">{edition_line}</p>\n</body>\n</html>\n",
        code = lang.code(),
        title = t("share-title"),
        open = t("share-open"),
        open_help = t("share-open-help"),
        keep = t("share-keep"),
        keep_help = t("share-keep-help"),
        languages = t("share-languages"),
    )
}

/// The offered pack: its version and date, the download, how to use it, and where to compare the key.
fn update_section(l: &Localizer, lang: Lang, pack: &OfferedPack) -> String {
    let mut args = FluentArgs::new();
    args.set("version", pack.version);
    args.set("date", dates::day_date(l, lang, pack.compiled));
    args.set("size", pack.size.div_ceil(1024));
    args.set("fingerprint", pack.fingerprint.clone());
    let say = |id: &str| escape(&l.format(lang, id, Some(&args)));
    format!(
        "<section id=\"update\"><h2>{title}</h2><p>{help}</p>\
         <p><a class=\"button\" href=\".{path}\" download=\"{name}\">{download}</a></p>\
         <p>{how}</p><p class=\"edition\">{key}</p></section>\n",
        title = say("share-pack-title"),
        help = say("share-pack-help"),
        path = pack.url_path(),
        name = pack.file_name(),
        download = say("share-pack-download"),
        how = say("share-pack-how"),
        key = say("share-pack-key"),
    )
}

/// The language a phone asks for in its `Accept-Language` header, among Rumbo's. fluent-langneg reads each tag
/// but ignores the weights, so they are applied around it: most wanted first (a stable sort keeps the header's
/// order among equals), and `q=0`, which means "not this one", dropped. Each tag is handed over without the
/// spaces the header may have before its `;` ("ru ; q=0.3"), which fluent-langneg would not trim.
pub fn language_of(accept_language: &str) -> Lang {
    let mut wanted: Vec<(f32, String)> = accept_language
        .split(',')
        .filter_map(|part| {
            let q = weight(part)?;
            let tag = part.split(';').next().unwrap_or_default().trim();
            let tag = fluent_langneg::accepted_languages::parse(tag).into_iter().next()?;
            (q > 0.0).then(|| (q, tag.to_string()))
        })
        .collect();
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
    preselect(&wanted.into_iter().map(|(_, tag)| tag).collect::<Vec<_>>())
}

/// A part's `q` weight: 1 when none is given; `None` when it is not a number from 0 to 1 (the part is ignored).
fn weight(part: &str) -> Option<f32> {
    let Some(q) = part.split(';').skip(1).find_map(|p| p.trim().strip_prefix("q=").or(p.trim().strip_prefix("Q=")))
    else {
        return Some(1.0);
    };
    q.trim().parse::<f32>().ok().filter(|q| (0.0..=1.0).contains(q))
}

/// System fonts, thumb-sized links, readable at 320 px.
const STYLE: &str = "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:36rem;margin:0 auto;padding:1rem;\
color:#1d2327;background:#fbfaf7}h1{font-size:1.5rem}ul{list-style:none;padding:0}li{margin:.5rem 0}\
a{color:#0b5d6b}.button{display:inline-block;min-height:44px;box-sizing:border-box;padding:.6rem 1rem;border:2px solid \
#0b5d6b;border-radius:12px;font-weight:600;text-decoration:none}.main{background:#0b5d6b;color:#fff}\
nav a{display:inline-block;min-height:44px;padding:.6rem 0}.edition{font-size:.9rem;color:#4a5560}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_speaks_the_phones_language() {
        assert_eq!(language_of("ht-HT,ht;q=0.9,fr;q=0.8").code(), "ht");
        assert_eq!(language_of("ru-RU,ru;q=0.9,en-US;q=0.8").code(), "ru");
        assert_eq!(language_of("en-US,en;q=0.9").code(), "en");
        assert_eq!(language_of("").code(), "es");
    }

    /// The weights decide, not the order in which a browser happens to write them.
    #[test]
    fn the_most_wanted_language_wins_whatever_its_place() {
        assert_eq!(language_of("en;q=0.5,ru;q=0.9").code(), "ru");
        assert_eq!(language_of("de,en;q=0.2,ht;q=0.7").code(), "ht");
        // Equal weights keep the header's order.
        assert_eq!(language_of("ru;q=0.8,en;q=0.8").code(), "ru");
        assert_eq!(language_of("en;Q=0.1, ru ; q=0.3").code(), "ru");
    }

    /// `q=0` means "not this language": it is never chosen, even when it is the only one Rumbo has.
    #[test]
    fn a_language_refused_with_q_0_is_not_chosen() {
        assert_eq!(language_of("en;q=0,ru;q=0.1").code(), "ru");
        assert_eq!(language_of("en;q=0.000").code(), "es");
        assert_eq!(language_of("ru;q=0, en").code(), "en");
    }

    #[test]
    fn junk_in_the_header_is_skipped() {
        assert_eq!(language_of("not a tag!,;;,,ru").code(), "ru");
        assert_eq!(language_of("en;q=abc,ht;q=2,ru;q=-1,*;q=0.5").code(), "es");
        assert_eq!(language_of("en;q=abc,ru").code(), "ru");
        assert_eq!(language_of(",,,;q=1").code(), "es");
    }

    #[test]
    fn the_page_says_what_works_and_offers_each_edition() {
        let editions = [(Lang::EN, edition_name(Lang::EN), 240 * 1024)];
        let html = page(Lang::EN, &editions, None);
        let l = Localizer::embedded();
        assert!(html.contains(&escape(&l.text(Lang::EN, "share-open-help"))));
        assert!(html.contains("href=\"./app/\""));
        assert!(html.contains("href=\"./rumbo-en.html\" download=\"rumbo-en.html\""));
        assert!(html.contains("(240 KB)"));
        assert!(html.contains(env!("CARGO_PKG_VERSION")));
        assert!(!html.contains("<script"));
        assert!(!html.contains("id=\"update\""), "no update offered, none shown");
    }

    #[test]
    fn an_offered_pack_is_on_every_page_with_its_version_date_and_key() {
        let pack = OfferedPack {
            file: "/tmp/x.pack".into(),
            version: 3,
            compiled: chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(),
            fingerprint: "3F2A 9C01 0000 1111 2222 3333 4444 5555".into(),
            size: 600 * 1024,
        };
        let l = Localizer::embedded();
        for lang in Lang::all() {
            let html = page(lang, &[], Some(&pack));
            assert!(html.contains("href=\"./rumbo-content-3.pack\" download=\"rumbo-content-3.pack\""), "{lang}");
            assert!(html.contains(&escape(&dates::day_date(l, lang, pack.compiled))), "{lang}: the date in words");
            assert!(html.contains("3F2A 9C01"), "{lang}: the fingerprint as printed on the laptop");
            assert!(html.contains("(600 "), "{lang}: its size before the download");
            for id in ["share-pack-title", "share-pack-how"] {
                assert!(l.has(lang, id), "{lang} lacks {id}");
            }
        }
    }
}
