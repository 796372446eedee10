//! The one-file edition of Rumbo in one language (`rumbo-cli export html`): the guides, the official texts,
//! the directory and the deadline on paper, in one HTML file with its styles inline, no script and nothing
//! loaded from elsewhere. Made from the app's own screens (`dioxus-ssr`), so it never drifts from the app.
//! It opens from a file on any phone, travels through a messaging app, and prints as a pocket guide.

mod card;
mod deadline;
mod html;
mod pages;

pub use deadline::StaticDeadline;
pub use pages::{root_page, static_pages, RootPageError, STATIC_CSS_FILE};

use rumbo::content::Guides;
use rumbo::edition::Edition;
use rumbo::i18n::{FluentArgs, Lang, Localizer, TranslationStatus};
use rumbo::pack::edition;

use super::platform;
use super::ssr::{self, Render};
use super::target::RenderTarget;
pub use card::card;
use html::escape;

/// Print rules and the few styles only the file needs, after the app's own.
const EXPORT_CSS: &str = include_str!("../../../assets/export.css");

/// The whole edition for `lang`, as one HTML document, made from the content in use, whose version is
/// `content_version` (`rumbo::pack::EMBEDDED_VERSION` for the content compiled in). It starts unsigned, with the
/// lines `rumbo::pack::edition` reads and `rumbo-cli pack sign-edition` signs.
pub fn one_file(lang: Lang, content_version: u64) -> String {
    let l = Localizer::embedded();
    let t = |id: &str| escape(&l.text(lang, id));
    let edition = Edition::shipped();
    let made = edition::Made { version: content_version, compiled: edition.reviewed };
    let mut args = FluentArgs::new();
    args.set("version", content_version.to_string());
    let made_from = l.format(lang, "edition-file-content", Some(&args));
    let edition_line = format!("{} · {}", escape(&edition.line(lang)), escape(&made_from));
    let guides = Guides::shipped();

    let part = |id: String, path: &str| {
        let render = Render { target: RenderTarget::File, id_scope: id.clone(), at_root: false };
        let html = ssr::render_for(&render, lang, path).0;
        (id, html)
    };
    let mut parts: Vec<(String, String)> =
        guides.sections.iter().map(|s| part(format!("guide-{}", s.id), &format!("/guide/{}", s.id))).collect();
    parts.push(part("official".into(), "/official"));
    parts.push(part("directory".into(), "/directory"));
    parts.push(("deadline".into(), deadline::render(lang)));

    let contents: String = guides
        .sections
        .iter()
        .map(|s| (format!("guide-{}", s.id), l.text(lang, &s.title_id())))
        .chain([
            ("official".into(), l.text(lang, "official-title")),
            ("directory".into(), l.text(lang, "directory-title")),
            ("deadline".into(), l.text(lang, "deadline-title")),
            ("edition".into(), l.text(lang, "export-edition-title")),
        ])
        .map(|(id, title)| format!("<li><a href=\"#{id}\">{}</a></li>", escape(&title)))
        .collect();
    let draft = if l.status(lang) == TranslationStatus::Draft {
        format!("<p class=\"notice draft\">{}</p>", t("guide-draft"))
    } else {
        String::new()
    };
    let body: String =
        parts.iter().map(|(id, html)| format!("<section class=\"part\" id=\"{id}\">{html}</section>\n")).collect();
    let css: String = platform::CSS.iter().chain([&EXPORT_CSS]).map(|css| strip_comments(css)).collect();

    format!(
        "{doctype}{stamp}<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"generator\" content=\"Rumbo {version}\">\n<title>Rumbo · {title}</title>\n<style>{css}</style>\n</head>\n\
         <body class=\"one-file\">\n<header class=\"part cover\" id=\"guides\">\n<p class=\"brand\">Rumbo</p>\n<h1>{title}</h1>\n\
         <p class=\"lead\">{intro}</p>\n<p class=\"edition\">{edition_line}</p>\n{draft}<p class=\"notice\">{advice}</p>\n\
         <nav aria-label=\"{contents_label}\"><h2>{contents_label}</h2><ol class=\"contents\">{contents}</ol></nav>\n</header>\n\
         <main>\n{body}</main>\n{last_page}</body>\n</html>\n",
        doctype = edition::doctype(),
        stamp = edition::header(made),
        code = lang.code(),
        version = edition.version,
        title = t("home-title"),
        intro = t("export-intro"),
        advice = t("not-legal-advice"),
        contents_label = t("export-contents"),
        last_page = last_page(lang, &edition_line),
    )
}

/// The last page: this edition's version and review date, the state of its translation, and every source.
fn last_page(lang: Lang, edition_line: &str) -> String {
    let l = Localizer::embedded();
    let t = |id: &str| escape(&l.text(lang, id));
    let sources: String = Guides::shipped()
        .sources
        .iter()
        .map(|s| {
            let publisher = s.publisher.as_deref().map(|p| format!(", {}", escape(p))).unwrap_or_default();
            let url =
                s.url.as_deref().map(|u| format!(" <span class=\"url\">{}</span>", escape(u))).unwrap_or_default();
            format!("<li><cite lang=\"es\">{}</cite>{publisher}.{url}</li>", escape(&s.title))
        })
        .collect();
    format!(
        "<footer class=\"part edition-page\" id=\"edition\">\n<h2>{title}</h2>\n<p>{edition_line}</p>\n<p>{check}</p>\n<p>{status}</p>\n\
         <p>{privacy}</p>\n<p>{licence}</p>\n<h3>{sources_title}</h3>\n<ul class=\"sources\">{sources}</ul>\n</footer>\n",
        title = t("export-edition-title"),
        check = t("edition-file-check"),
        status = t(l.status(lang).message_id()),
        privacy = t("about-privacy"),
        licence = t("about-licence"),
        sources_title = t("guide-sources"),
    )
}

pub(crate) fn strip_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod pages_tests;
#[cfg(test)]
mod tests;
