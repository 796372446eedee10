//! `rumbo-cli export card`: the pocket card of one language as one HTML page with its print styles, made by the
//! app's own card component (dioxus-ssr), without the person's dates: a card for anyone.

use chrono::NaiveDate;
use dioxus::prelude::*;
use rumbo::i18n::{Lang, Localizer};

use super::html::escape;
use super::{strip_comments, EXPORT_CSS};
use crate::app::platform;
use crate::app::views::PocketCard;

#[derive(Props, Clone, PartialEq)]
struct CardProps {
    lang: Lang,
    made: NaiveDate,
}

#[allow(non_snake_case)]
fn CardRoot(props: CardProps) -> Element {
    rsx! {
        PocketCard { lang: props.lang, facts: None, personal: false, made: props.made }
    }
}

/// The card page for `lang`, made on `made`.
pub fn card(lang: Lang, made: NaiveDate) -> String {
    let mut vdom = VirtualDom::new_with_props(CardRoot, CardProps { lang, made });
    vdom.rebuild_in_place();
    let body = dioxus_ssr::render(&vdom);
    let css: String = platform::CSS.iter().chain([&EXPORT_CSS]).map(|css| strip_comments(css)).collect();
    let title = escape(&Localizer::embedded().text(lang, "case-card-title"));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{title}</title>\n<style>{css}</style>\n</head>\n<body class=\"one-file card-page\">\n<main id=\"content\">\n{body}\n</main>\n</body>\n</html>\n",
        code = lang.code(),
    )
}
