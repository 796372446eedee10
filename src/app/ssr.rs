//! Any screen of the app rendered to HTML with `dioxus-ssr`, as the router would show it, or one view alone: for
//! the render tests of every view, the one-file editions of `rumbo-cli export html` and the static pages of
//! `rumbo-cli export static`.

use std::cell::RefCell;
use std::rc::Rc;

use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use dioxus::router::components::HistoryProvider;
use rumbo::i18n::Lang;
#[cfg(test)]
use rumbo::storage::Bookmark;

use super::target::{IdScope, RenderTarget, StaticRoot};
use super::{I18n, Route};

/// What a render is for (see `RenderTarget`), and where its page lies.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Render {
    pub target: RenderTarget,
    /// The one-file edition's part (`guide-rights`): the prefix of its ids.
    pub id_scope: String,
    /// The static page at the site's root, above the language folders.
    pub at_root: bool,
}

/// The window title a screen asked for while rendered outside the app (by `DocumentTitle`).
#[derive(Clone, Default)]
pub struct PageTitle(pub Rc<RefCell<String>>);

impl PartialEq for PageTitle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the root draws inside the contexts every view may read.
#[derive(Clone)]
enum Content {
    /// The router at this path.
    Path(String),
    /// One view alone, without the router.
    View(Rc<dyn Fn() -> Element>),
}

#[derive(Clone)]
struct RootProps {
    lang: Lang,
    chosen: bool,
    /// A first visit over the root page's static home (with `chosen` false).
    #[cfg(test)]
    over_page: bool,
    /// What the saved-items store holds; None for an empty store as on a first visit.
    #[cfg(test)]
    saved: Option<Vec<Bookmark>>,
    render: Render,
    title: PageTitle,
    content: Content,
}

impl RootProps {
    fn new(lang: Lang, content: Content) -> Self {
        RootProps {
            lang,
            chosen: true,
            #[cfg(test)]
            over_page: false,
            #[cfg(test)]
            saved: None,
            render: Render::default(),
            title: PageTitle::default(),
            content,
        }
    }
}

// A plain function, not a #[component]: the root is rendered once and its props never compared.
fn root(props: RootProps) -> Element {
    let i18n = I18n::provide(props.lang);
    // Contexts are provided on every render of this root alike, so the hooks keep their order.
    use_context_provider(|| props.render.target);
    use_context_provider(|| IdScope(props.render.id_scope.clone()));
    use_context_provider(|| props.title.clone());
    if props.render.at_root {
        use_context_provider(|| StaticRoot(props.lang));
    }
    super::exit::provide_exit();
    #[cfg(test)]
    if let Some(items) = props.saved.clone() {
        super::saved::provide_saved_with(items);
    } else {
        super::saved::provide_saved();
    }
    #[cfg(not(test))]
    super::saved::provide_saved();
    super::content::provide_content();
    #[cfg(test)]
    if !props.chosen && props.over_page {
        use_hook(|| i18n.forget_choice_over_page());
    }
    #[cfg(test)]
    let forget = !props.chosen && !props.over_page;
    #[cfg(not(test))]
    let forget = !props.chosen;
    if forget {
        use_hook(|| i18n.forget_choice());
    }
    match props.content {
        Content::Path(path) => rsx! {
            HistoryProvider {
                history: move |_| Rc::new(MemoryHistory::with_initial_path(path.clone())) as Rc<dyn History>,
                Router::<Route> {}
            }
        },
        Content::View(view) => view(),
    }
}

/// The page and the title it asked for.
fn render_root(props: RootProps) -> (String, String) {
    let title = props.title.clone();
    let mut vdom = VirtualDom::new_with_props(root, props);
    vdom.rebuild_in_place();
    let html = dioxus_ssr::render(&vdom);
    let title = title.0.borrow().clone();
    (html, title)
}

/// The whole page at `path` in `lang`, as the app shows it; `chosen` is false for a first visit, before a
/// language is picked.
#[cfg(test)]
pub fn render(lang: Lang, path: &str, chosen: bool) -> String {
    render_root(RootProps { chosen, ..RootProps::new(lang, Content::Path(path.to_string())) }).0
}

/// The whole page at `path` in `lang` on a first visit over the root page's static home, before a language is
/// picked.
#[cfg(test)]
pub fn render_over_page(lang: Lang, path: &str) -> String {
    render_root(RootProps { chosen: false, over_page: true, ..RootProps::new(lang, Content::Path(path.to_string())) }).0
}

/// The whole page at `path` in `lang`, with these items saved.
#[cfg(test)]
pub fn render_saved(lang: Lang, path: &str, items: Vec<Bookmark>) -> String {
    render_root(RootProps { saved: Some(items), ..RootProps::new(lang, Content::Path(path.to_string())) }).0
}

/// The screen at `path` in `lang` rendered for `render`'s target, with the title it asked for.
#[cfg(feature = "export")]
pub fn render_for(render: &Render, lang: Lang, path: &str) -> (String, String) {
    render_root(RootProps { render: render.clone(), ..RootProps::new(lang, Content::Path(path.to_string())) })
}

/// One view alone in `lang`, e.g. `render_view(lang, move || rsx! { DeadlineResult { term, start, today } })`.
#[cfg(test)]
pub fn render_view(lang: Lang, view: impl Fn() -> Element + 'static) -> String {
    render_root(RootProps::new(lang, Content::View(Rc::new(view)))).0
}

/// One view alone in `lang`, rendered for `render`'s target.
#[cfg(feature = "export")]
pub fn render_view_for(render: &Render, lang: Lang, view: impl Fn() -> Element + 'static) -> String {
    render_root(RootProps { render: render.clone(), ..RootProps::new(lang, Content::View(Rc::new(view))) }).0
}
