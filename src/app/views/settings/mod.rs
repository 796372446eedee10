use dioxus::prelude::*;
use rumbo::edition::Edition;
use rumbo::i18n::{dates, Lang, Localizer};

mod content;
mod data;
mod discreet;
mod edition_check;
mod share;

use content::ContentUpdates;
use data::{Data, ExitSite};
use discreet::Discreet;
use share::ShareOverWifi;

use crate::app::components::{LanguageButtons, Page};
use crate::app::{platform, use_i18n};

#[component]
pub fn Settings() -> Element {
    let i18n = use_i18n();
    if !crate::app::target::use_target().is_app() {
        return rsx! { WithoutScript {} };
    }
    rsx! {
        Page { title_id: "settings-title",
            section { "aria-labelledby": "settings-language",
                h2 { id: "settings-language", {i18n.t("settings-language")} }
                LanguageButtons {}
            }
            About {}
            ContentUpdates {}
            if platform::CAN_SHARE_OVER_WIFI {
                ShareOverWifi {}
            }
            ExitSite {}
            Discreet {}
            Data {}
        }
    }
}

#[component]
fn About() -> Element {
    let i18n = use_i18n();
    let localizer = Localizer::embedded();
    let edition = Edition::shipped();
    rsx! {
        section { "aria-labelledby": "settings-about",
            h2 { id: "settings-about", {i18n.t("settings-about")} }
            p { {i18n.t("about-what")} }
            p { {i18n.t("not-legal-advice")} }
            dl { class: "facts",
                dt { {i18n.t("about-version")} }
                dd { {edition.version} }
                dt { {i18n.t("about-reviewed")} }
                dd { {dates::day_date(localizer, i18n.lang(), edition.reviewed)} }
                dt { {i18n.t("about-privacy-title")} }
                dd { {i18n.t("about-privacy")} }
                dt { {i18n.t("about-licence-title")} }
                dd { {i18n.t("about-licence")} }
            }
            h3 { {i18n.t("about-translations")} }
            ul { class: "translation-status",
                for lang in Lang::all() {
                    li { key: "{lang}",
                        span { lang: lang.code(), class: "language-name", {localizer.native_name(lang)} }
                        ": "
                        {i18n.t(localizer.status(lang).message_id())}
                    }
                }
            }
        }
    }
}

/// Settings on a page without script: which protections need it, and what works without it.
#[component]
fn WithoutScript() -> Element {
    let i18n = use_i18n();
    rsx! {
        Page { title_id: "settings-title",
            p { class: "notice needs-app", {i18n.t("static-settings-lead")} }
            ul {
                for id in ["static-settings-cover", "static-settings-shift", "static-settings-discreet", "static-settings-wipe"] {
                    li { key: "{id}", {i18n.t(id)} }
                }
            }
            p { {i18n.t("static-settings-exit-link")} }
        }
    }
}
