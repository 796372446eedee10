use dioxus::prelude::*;

use crate::app::target::{use_target, RenderTarget};
use crate::app::{use_i18n, Route};

/// A link to one of the app's screens: the router's `Link` in the app; outside it a plain link to the same
/// screen's part or page (see `RenderTarget::href`), or its text alone where that screen is not there.
#[component]
pub fn ScreenLink(
    to: Route,
    class: Option<String>,
    rel: Option<String>,
    #[props(extends = GlobalAttributes)] attributes: Vec<Attribute>,
    children: Element,
) -> Element {
    let target = use_target();
    if target.is_app() {
        return rsx! {
            Link { to, class, rel, attributes, {children} }
        };
    }
    // The page's own screen is marked as the router's Link marks it.
    let current = target == RenderTarget::Static && try_use_route().as_ref() == Some(&to);
    rsx! {
        a {
            href: target.href(&to),
            class,
            rel,
            "aria-current": if current { Some("page") } else { None },
            ..attributes,
            {children}
        }
    }
}

fn try_use_route() -> Option<Route> {
    try_consume_context::<dioxus::router::RouterContext>().map(|router| router.current::<Route>())
}

/// Outside the app, in place of something that needs it (search, the calculator, saving): one line that says so.
#[component]
pub fn NeedsApp(text_id: &'static str) -> Element {
    let i18n = use_i18n();
    rsx! {
        p { class: "notice needs-app", {i18n.t(text_id)} }
    }
}
