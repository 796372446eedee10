//! The page a phone sees first when Rumbo is shared over Wi-Fi, in the phone's language: what works over plain
//! local Wi-Fi (Rumbo while connected) and what to keep (the one-file edition).

use crate::edition::Edition;
use crate::i18n::{preselect, FluentArgs, Lang, Localizer};
use crate::text::escape_html as escape;

/// The one-file edition's file name for `lang`, as `make dist` writes it.
pub fn edition_name(lang: Lang) -> String {
    format!("rumbo-{}.html", lang.code())
}

/// The share page in `lang`: open Rumbo now, keep the one-file edition, other languages.
pub fn page(lang: Lang, editions: &[(Lang, String, usize)]) -> String {
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
            let language = escape(&l.text(*other, "language-name"));
            format!(
                "<li lang=\"{code}\"><a class=\"button\" href=\"./{name}\" download=\"{name}\">{language}: {label}</a></li>",
                code = other.code()
            )
        })
        .collect();
    let others: String = Lang::all()
        .filter(|other| *other != lang)
        .map(|other| {
            format!(
                "<li><a href=\"./{0}\" lang=\"{0}\" hreflang=\"{0}\">{1}</a></li>",
                other.code(),
                escape(&l.text(other, "language-name"))
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n\
         <section><h2>{open}</h2><p>{open_help}</p><p><a class=\"button main\" href=\"./app/\">{open}</a></p></section>\n\
         <section><h2>{keep}</h2><p>{keep_help}</p><ul>{downloads}</ul></section>\n\
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

/// The language a phone asks for in its `Accept-Language` header, among Rumbo's.
pub fn language_of(accept_language: &str) -> Lang {
    let wanted: Vec<String> = accept_language
        .split(',')
        .filter_map(|part| part.split(';').next())
        .map(|tag| tag.trim().to_string())
        .collect();
    preselect(&wanted)
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

    #[test]
    fn the_page_says_what_works_and_offers_each_edition() {
        let editions = [(Lang::EN, edition_name(Lang::EN), 240 * 1024)];
        let html = page(Lang::EN, &editions);
        let l = Localizer::embedded();
        assert!(html.contains(&escape(&l.text(Lang::EN, "share-open-help"))));
        assert!(html.contains("href=\"./app/\""));
        assert!(html.contains("href=\"./rumbo-en.html\" download=\"rumbo-en.html\""));
        assert!(html.contains("(240 KB)"));
        assert!(html.contains(env!("CARGO_PKG_VERSION")));
        assert!(!html.contains("<script"));
    }
}
