//! Any screen of the app rendered to HTML with `dioxus-ssr`, as the router would show it: for the render tests
//! and for the one-file editions of `rumbo-cli export html`.

use std::rc::Rc;

use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use dioxus::router::components::HistoryProvider;
use rumbo::i18n::Lang;

use super::{I18n, Route};

#[derive(Props, Clone, PartialEq)]
struct RootProps {
    lang: Lang,
    chosen: bool,
    path: String,
}

#[allow(non_snake_case)]
fn Root(props: RootProps) -> Element {
    let i18n = I18n::provide(props.lang);
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

/// The whole page at `path` in `lang`; `chosen` is false for a first visit, before a language is picked.
pub fn render(lang: Lang, path: &str, chosen: bool) -> String {
    let mut vdom = VirtualDom::new_with_props(Root, RootProps { lang, chosen, path: path.to_string() });
    vdom.rebuild_in_place();
    dioxus_ssr::render(&vdom)
}
