//! What a screen is rendered for: the running app, the one-file edition (`rumbo-cli export html`), or the static
//! pages that are readable before the app loads and without JavaScript (`rumbo-cli export static`). Views read it
//! so that, outside the app, what needs a script is left out or says so in one line, links to screens are plain
//! links to the same content, and nothing that depends on today (open now, a date's status, saved items) shows.

use dioxus::prelude::*;

use rumbo::i18n::Lang;

use super::Route;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum RenderTarget {
    #[default]
    App,
    /// One HTML file with every part in it: screens are `#anchors`.
    File,
    /// One HTML page per screen and language: screens are `<name>.html` files beside each other.
    Static,
}

impl RenderTarget {
    pub fn is_app(self) -> bool {
        self == RenderTarget::App
    }

    /// Where a link to `route` leads outside the app, if that screen is there.
    pub fn href(self, route: &Route) -> Option<String> {
        match self {
            RenderTarget::App => None,
            RenderTarget::File => anchor(route),
            RenderTarget::Static => Some(format!("{}{}", static_dir(), page_file(route))),
        }
    }
}

/// The render target of the screen being rendered: the app unless an export provided another.
pub fn use_target() -> RenderTarget {
    try_consume_context::<RenderTarget>().unwrap_or_default()
}

/// The prefix of every id a part of the one-file edition gives its elements (`guide-rights--`), so that a box
/// shown by several parts (the help lines, an entry) keeps its ids unique in the one document.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct IdScope(pub String);

/// `id` with the scope's prefix; `id` itself in the app and the static pages.
pub fn scoped_id(id: &str) -> String {
    match try_consume_context::<IdScope>() {
        Some(IdScope(prefix)) if !prefix.is_empty() => format!("{prefix}--{id}"),
        _ => id.to_string(),
    }
}

/// Provided while rendering the page at the site's root (beside `index.html`, above the language folders), whose
/// links lead into its language's folder.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct StaticRoot(pub Lang);

/// The folder of the static pages, relative to the page being rendered.
fn static_dir() -> String {
    try_consume_context::<StaticRoot>().map(|StaticRoot(lang)| format!("{}/", lang.code())).unwrap_or_default()
}

/// The static page of the screen being rendered (`index.html` outside a router).
pub fn current_page() -> String {
    try_consume_context::<dioxus::router::RouterContext>()
        .map(|router| page_file(&router.current::<Route>()))
        .unwrap_or_else(|| "index.html".into())
}

/// The same page in `lang`, relative to the page being rendered.
pub fn language_href(lang: Lang, page: &str) -> String {
    let up = if try_consume_context::<StaticRoot>().is_some() { "" } else { "../" };
    format!("{up}{}/{page}", lang.code())
}

/// Where a screen is inside the one-file edition (the parts' ids), if it is there.
pub fn anchor(route: &Route) -> Option<String> {
    match route {
        Route::Guides {} | Route::Home {} => Some("#guides".into()),
        Route::Guide { id } => Some(format!("#guide-{id}")),
        Route::Official {} => Some("#official".into()),
        Route::Deadline {} => Some("#deadline".into()),
        Route::Directory {} => Some("#directory".into()),
        Route::Entry { id } => Some(format!("#directory--entry-{id}")),
        Route::MyCase {} | Route::CaseCard {} | Route::Saved {} | Route::Settings {} | Route::NotFound { .. } => None,
    }
}

/// The static page of a screen, relative to the other pages of its language: the route's path with `/` made `-`
/// (`/guide/rights` is `guide-rights.html`), the home screen `index.html`. The first `-` turns back into the
/// route (no screen's name has one), which is how the app finds the screen of the page it takes over.
pub fn page_file(route: &Route) -> String {
    let path = route.to_string();
    let name = path.trim_start_matches('/').replace('/', "-");
    if name.is_empty() {
        "index.html".into()
    } else {
        format!("{name}.html")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_screen_has_its_own_page_and_anchor() {
        let guide = Route::Guide { id: "tvrh".into() };
        assert_eq!(page_file(&guide), "guide-tvrh.html");
        assert_eq!(page_file(&Route::Home {}), "index.html");
        assert_eq!(page_file(&Route::Entry { id: "ciam".into() }), "directory-ciam.html");
        assert_eq!(RenderTarget::File.href(&guide).as_deref(), Some("#guide-tvrh"));
        assert_eq!(
            RenderTarget::File.href(&Route::Entry { id: "ciam".into() }).as_deref(),
            Some("#directory--entry-ciam")
        );
        assert_eq!(RenderTarget::File.href(&Route::Settings {}), None);
        assert_eq!(RenderTarget::App.href(&guide), None);
    }
}
