//! Any screen of the app rendered to HTML with `dioxus-ssr`, as the router would show it, or one view alone:
//! for the render tests of every view and for the one-file editions of `rumbo-cli export html`.

use std::rc::Rc;

use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use dioxus::router::components::HistoryProvider;
use rumbo::i18n::Lang;
#[cfg(test)]
use rumbo::storage::Bookmark;

use super::{I18n, Route};

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
    /// What the saved-items store holds; None for an empty store as on a first visit.
    #[cfg(test)]
    saved: Option<Vec<Bookmark>>,
    content: Content,
}

// A plain function, not a #[component]: the root is rendered once and its props never compared.
fn root(props: RootProps) -> Element {
    let i18n = I18n::provide(props.lang);
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
    if !props.chosen {
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

fn render_root(props: RootProps) -> String {
    let mut vdom = VirtualDom::new_with_props(root, props);
    vdom.rebuild_in_place();
    dioxus_ssr::render(&vdom)
}

/// The whole page at `path` in `lang`; `chosen` is false for a first visit, before a language is picked.
pub fn render(lang: Lang, path: &str, chosen: bool) -> String {
    render_root(RootProps {
        lang,
        chosen,
        #[cfg(test)]
        saved: None,
        content: Content::Path(path.to_string()),
    })
}

/// The whole page at `path` in `lang`, with these items saved.
#[cfg(test)]
pub fn render_saved(lang: Lang, path: &str, items: Vec<Bookmark>) -> String {
    render_root(RootProps { lang, chosen: true, saved: Some(items), content: Content::Path(path.to_string()) })
}

/// One view alone in `lang`, e.g. `render_view(lang, move || rsx! { DeadlineResult { term, start, today } })`.
pub fn render_view(lang: Lang, view: impl Fn() -> Element + 'static) -> String {
    render_root(RootProps {
        lang,
        chosen: true,
        #[cfg(test)]
        saved: None,
        content: Content::View(Rc::new(view)),
    })
}
