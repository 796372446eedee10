//! Discreet mode: a neutral title on every screen, and, in plain words, what the browser's history keeps anyway.

use dioxus::prelude::*;

use crate::app::exit::{set_discreet, Exit, NEUTRAL_TITLE, OFFERS_DISCREET};
use crate::app::use_i18n;

#[component]
pub fn Discreet() -> Element {
    let i18n = use_i18n();
    let exit = use_context::<Exit>();
    if !OFFERS_DISCREET {
        return rsx! {};
    }
    rsx! {
        section { "aria-labelledby": "settings-discreet",
            h2 { id: "settings-discreet", {i18n.t("settings-discreet")} }
            p { {i18n.t_with("settings-exit-after", [("title", NEUTRAL_TITLE)])} }
            label { class: "choice",
                input {
                    r#type: "checkbox",
                    name: "discreet",
                    checked: (exit.discreet)(),
                    onchange: move |e| set_discreet(exit, e.checked()),
                }
                span { {i18n.t_with("settings-discreet-label", [("title", NEUTRAL_TITLE)])} }
            }
            p { {i18n.t_with("settings-discreet-help", [("title", NEUTRAL_TITLE)])} }
        }
    }
}

#[cfg(test)]
mod tests {
    use rumbo::i18n::{FluentArgs, Lang, Localizer};

    use crate::app::exit::NEUTRAL_TITLE;
    use crate::app::ssr::render;

    fn text(html: &str) -> String {
        html.replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"").replace("&amp;", "&")
    }

    /// Settings says, in every language, what quick exit and discreet mode hide and what stays in the history.
    #[test]
    fn settings_say_what_the_history_keeps_in_every_language() {
        let localizer = Localizer::embedded();
        let mut args = FluentArgs::new();
        args.set("title", NEUTRAL_TITLE);
        for lang in Lang::all() {
            let html = text(&render(lang, "/settings", true));
            for id in ["settings-discreet", "settings-exit-after", "settings-discreet-label", "settings-discreet-help"]
            {
                let said = localizer.format_in(lang, id, Some(&args)).unwrap_or_else(|| panic!("{lang} lacks {id}"));
                assert!(said.contains(NEUTRAL_TITLE) || id == "settings-discreet", "{id} in {lang} names the title");
                assert!(html.contains(&said), "Settings in {lang} says {id}: {said}");
            }
            // The cover's button is named as the cover names it.
            let reopen = localizer.format_in(lang, "exit-reopen", None).unwrap();
            assert!(localizer.format_in(lang, "settings-exit-after", Some(&args)).unwrap().contains(&reopen));
        }
    }

    #[test]
    fn discreet_mode_is_off_by_default() {
        let html = render(Lang::EN, "/settings", true);
        let start = html.find("name=\"discreet\"").map(|i| html[..i].rfind("<input").unwrap()).expect("a checkbox");
        let input = &html[start..start + html[start..].find('>').unwrap()];
        assert!(input.contains("type=\"checkbox\""), "{input}");
        assert!(!input.contains("checked"), "off by default: {input}");
    }
}
