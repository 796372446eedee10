//! The frame around every screen: header with the language switch, the screen, and the navigation
//! (a bottom bar on narrow screens, a side bar on wide ones; the stylesheet decides which).

use dioxus::prelude::*;

use super::components::{
    Icon, IconName, LanguageChoice, LanguageLinks, LanguageLoading, LanguageSwitch, LanguageUnavailable, ScreenLink,
};

use super::exit::{Exit, ExitButton, ExitCover};
use super::saved::StorageNotice;
use super::target::{use_target, RenderTarget};
use super::{platform, use_i18n, Route};

#[component]
pub fn Shell() -> Element {
    let i18n = use_i18n();
    // Every screen opens at its top, not where the last one was scrolled to.
    let route = use_route::<Route>();
    // Not on the first screen: a new page starts at its top anyway, and over the root page's static home the
    // app keeps where the person had scrolled to (boot.js).
    let first = use_hook(|| std::rc::Rc::new(std::cell::Cell::new(true)));
    use_effect(use_reactive!(|route| {
        let _ = route;
        if !first.replace(false) {
            platform::scroll_to_top();
        }
    }));
    let exit = use_context::<Exit>();
    let target = use_target();
    let app = target.is_app();
    if target == RenderTarget::File {
        // A part of the one-file edition is the screen alone; the file has its own cover and contents.
        return rsx! { Outlet::<Route> {} };
    }
    if app && (exit.covered)() {
        return rsx! { ExitCover {} };
    }
    // A first visit over the root page's static home keeps that home, with the languages in a row (below).
    let inline = app && i18n.offers_inline();
    if app && !i18n.chosen() && !inline {
        return rsx! {
            ExitButton {}
            LanguageChoice {}
        };
    }
    rsx! {
        ExitButton {}
        if !app || inline {
            LanguageLinks {}
        }
        header { class: "top-bar",
            ScreenLink { class: "brand", to: Route::Home {}, "Rumbo" }
            div { class: "top-actions",
                if app && !inline {
                    LanguageSwitch {}
                }
                ScreenLink {
                    class: "icon-link",
                    to: Route::Settings {},
                    title: i18n.t("nav-settings"),
                    Icon { name: IconName::Sliders }
                    span { class: "visually-hidden", {i18n.t("nav-settings")} }
                }
            }
        }
        LanguageLoading {}
        LanguageUnavailable {}
        StorageNotice {}
        div { class: "frame",
            nav { class: "main-nav", "aria-label": i18n.t("nav-label"),
                ul { role: "list",
                    NavItem { to: Route::Home {}, icon: IconName::Home, label_id: "nav-home" }
                    NavItem { to: Route::Guides {}, icon: IconName::Book, label_id: "nav-guides" }
                    NavItem { to: Route::MyCase {}, icon: IconName::Case, label_id: "nav-case" }
                    NavItem { to: Route::Deadline {}, icon: IconName::Calendar, label_id: "nav-deadline" }
                    NavItem { to: Route::Directory {}, icon: IconName::Pin, label_id: "nav-directory" }
                    NavItem { to: Route::Saved {}, icon: IconName::Bookmark, label_id: "nav-saved" }
                }
            }
            main { id: "content", Outlet::<Route> {} }
        }
    }
}

/// One place in the navigation; marked as current (`aria-current`, shown by a bar and bold text, not only
/// colour) on its own screen and on the screens below it, so a guide section keeps "Guides" lit.
#[component]
fn NavItem(to: Route, icon: IconName, label_id: &'static str) -> Element {
    let i18n = use_i18n();
    let current = use_route::<Route>();
    // Link marks its exact route itself; mark the screens below it (a guide section) here.
    let below = current != to && section_of(&current) == section_of(&to);
    let content = rsx! {
        Icon { name: icon }
        span { class: "nav-label", {i18n.t(label_id)} }
    };
    // Two branches rather than an `aria-current` of None: a None here would override Link's own mark.
    if below {
        rsx! {
            li {
                ScreenLink { class: "nav-link", to, "aria-current": "page", {content} }
            }
        }
    } else {
        rsx! {
            li {
                ScreenLink { class: "nav-link", to, {content} }
            }
        }
    }
}

/// The navigation entry a route belongs to.
fn section_of(route: &Route) -> Route {
    match route {
        Route::Guide { .. } => Route::Guides {},
        Route::CaseCard {} => Route::MyCase {},
        other => other.clone(),
    }
}
