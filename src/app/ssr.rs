//! Any screen of the app rendered to HTML with `dioxus-ssr`, as the router would show it: for the render tests,
//! the one-file editions of `rumbo-cli export html` and the static pages of `rumbo-cli export static`.

use std::cell::RefCell;
use std::rc::Rc;

use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use dioxus::router::components::HistoryProvider;
use rumbo::i18n::Lang;

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

#[derive(Props, Clone, PartialEq)]
struct RootProps {
    lang: Lang,
    chosen: bool,
    path: String,
    render: Render,
    title: PageTitle,
}

#[allow(non_snake_case)]
fn Root(props: RootProps) -> Element {
    let i18n = I18n::provide(props.lang);
    // Contexts are provided on every render of this root alike, so the hooks keep their order.
    use_context_provider(|| props.render.target);
    use_context_provider(|| IdScope(props.render.id_scope.clone()));
    use_context_provider(|| props.title.clone());
    if props.render.at_root {
        use_context_provider(|| StaticRoot(props.lang));
    }
    super::exit::provide_exit();
    super::saved::provide_saved();
    if !props.chosen {
        use_hook(|| i18n.forget_choice());
    }
    rsx! {
        HistoryProvider {
            history: move |_| Rc::new(MemoryHistory::with_initial_path(props.path.clone())) as Rc<dyn History>,
            Router::<Route> {}
        }
    }
}

/// The whole page at `path` in `lang`, as the app shows it; `chosen` is false for a first visit, before a
/// language is picked.
#[cfg(test)]
pub fn render(lang: Lang, path: &str, chosen: bool) -> String {
    render_for(&Render::default(), lang, path, chosen).0
}

/// The screen at `path` in `lang` rendered for `render`'s target, with the title it asked for.
pub fn render_for(render: &Render, lang: Lang, path: &str, chosen: bool) -> (String, String) {
    let title = PageTitle::default();
    let props = RootProps { lang, chosen, path: path.to_string(), render: render.clone(), title: title.clone() };
    let mut vdom = VirtualDom::new_with_props(Root, props);
    vdom.rebuild_in_place();
    let html = dioxus_ssr::render(&vdom);
    let title = title.0.borrow().clone();
    (html, title)
}
