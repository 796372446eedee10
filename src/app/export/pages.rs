//! The static pages (`rumbo-cli export static`): every screen in each language as its own HTML page,
//! `<lang>/<screen>.html` (see `target::page_file`), rendered by the app's own views for `RenderTarget::Static`.
//! They need no script: a browser without JavaScript or WebAssembly, or a folder opened from a USB stick, reads
//! every guide, the directory and the deadline table, and moves between them by plain relative links.
//! The page at the site's root, the app's own `index.html`, gets the Spanish home with the four languages at the
//! top, so a slow first visit is readable at once; the app takes that page over once it runs (boot.js).

use rumbo::content::Guides;
use rumbo::directory::Directory;
use rumbo::i18n::{Lang, Localizer};

use super::html::escape;
use super::strip_comments;
use crate::app::platform;
use crate::app::ssr::{self, Render};
use crate::app::target::{page_file, RenderTarget};
use crate::app::Route;

/// The one style sheet of the static pages, at the site's root: the app's own, then what only they need.
pub const STATIC_CSS_FILE: &str = "static.css";
const STATIC_CSS: &str = include_str!("../../../assets/static.css");

/// Every screen a static page is made for. A new screen is one line here.
pub fn screens() -> Vec<Route> {
    let mut routes = vec![Route::Home {}, Route::Guides {}];
    routes.extend(Guides::shipped().sections.iter().map(|s| Route::Guide { id: s.id.clone() }));
    routes.extend([Route::Official {}, Route::Deadline {}, Route::Directory {}]);
    routes.extend(Directory::shipped().entries.iter().map(|e| Route::Entry { id: e.id.clone() }));
    // My case and its card say that they need the app: nothing personal is ever in a static page.
    routes.extend([Route::MyCase {}, Route::CaseCard {}, Route::Saved {}, Route::Settings {}]);
    routes
}

/// Every static page as (path under the site's root, contents), and the style sheet they share.
pub fn static_pages() -> Vec<(String, String)> {
    let mut files = vec![(STATIC_CSS_FILE.to_string(), style_sheet())];
    for lang in Lang::all() {
        for route in screens() {
            files.push((format!("{}/{}", lang.code(), page_file(&route)), page(lang, &route)));
        }
    }
    files
}

fn style_sheet() -> String {
    platform::CSS.iter().chain([&STATIC_CSS]).map(|css| strip_comments(css)).collect()
}

/// The screen as the app's frame shows it (exit link, languages, header, navigation), in a page of its own.
fn page(lang: Lang, route: &Route) -> String {
    let render = Render { target: RenderTarget::Static, ..Render::default() };
    let (body, title) = ssr::render_for(&render, lang, &route.to_string());
    let l = Localizer::embedded();
    let open_app = format!(
        "<p class=\"open-app\"><a href=\"../index.html?lang={code}#{route}\">{}</a></p>",
        escape(&l.text(lang, "static-open-app")),
        code = lang.code()
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'\">\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"../{STATIC_CSS_FILE}\">\n\
         <link rel=\"icon\" href=\"../icons/icon.svg\" type=\"image/svg+xml\">\n</head>\n\
         <body class=\"static-page\">\n{body}\n{open_app}\n</body>\n</html>\n",
        code = lang.code(),
        title = escape(&title),
    )
}

const MOUNT: &str = "<div id=\"main\"></div>";
const NOSCRIPT: &str = "<noscript>";
const BOOT: &str = "<script src=\"./boot.js\">";

/// Why the app's `index.html` cannot take the static home; the file is left as it was.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum RootPageError {
    #[error("it already has its static page: build the app again")]
    AlreadyDone,
    #[error("it has no {MOUNT}, {NOSCRIPT} or {BOOT}: is it the app's page?")]
    NotTheApp,
}

/// The site's `index.html` with the Spanish home before the app's root, read before any script runs, and a
/// `<noscript>` that says what works without JavaScript. `template` is the app's page as the build wrote it;
/// `wasm` the app's WebAssembly file, relative to it (`assets/rumbo_bg-….wasm`), named for `boot.js` to preload.
pub fn root_page(template: &str, wasm: &str) -> Result<String, RootPageError> {
    if template.contains("id=\"static\"") {
        return Err(RootPageError::AlreadyDone);
    }
    let (Some(_), Some(noscript), Some(_)) = (template.find(MOUNT), template.find(NOSCRIPT), template.find(BOOT))
    else {
        return Err(RootPageError::NotTheApp);
    };
    let render = Render { target: RenderTarget::Static, at_root: true, ..Render::default() };
    let (home, _) = ssr::render_for(&render, Lang::ES, "/");
    let l = Localizer::embedded();
    let said: String = Lang::all()
        .map(|lang| format!("<p lang=\"{}\">{}</p>", lang.code(), escape(&l.text(lang, "static-noscript"))))
        .collect();
    let end = noscript + template[noscript..].find("</noscript>").map_or(0, |i| i + "</noscript>".len());
    let page = format!("{}<noscript>{said}</noscript>{}", &template[..noscript], &template[end..]);
    let page = page.replacen(MOUNT, &format!("<div id=\"static\">{home}</div>\n    {MOUNT}"), 1);
    // boot.js starts the wasm's download at once, where the app can run (not without script or WebAssembly,
    // nor from file://), instead of after the JavaScript loader has arrived: the name comes before it.
    // So is, for a person who reads another language, the file of its texts, which the wasm does not carry.
    let texts: String = Lang::all()
        .filter_map(|lang| {
            let file = rumbo::i18n::outside::file_name(lang)?;
            Some(format!("<meta name=\"rumbo-texts-{}\" content=\"./{}\">\n    ", lang.code(), escape(&file)))
        })
        .collect();
    let page = page.replacen(
        BOOT,
        &format!("<meta name=\"rumbo-wasm\" content=\"./{}\">\n    {texts}{BOOT}", escape(wasm)),
        1,
    );
    // The static home is styled before the app's own style sheets arrive.
    Ok(page.replacen("</head>", &format!("<link rel=\"stylesheet\" href=\"./{STATIC_CSS_FILE}\">\n</head>"), 1))
}
