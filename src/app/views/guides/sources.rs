//! A section's sources, with their own dates, and when the section was compiled and by whom it was checked.

use dioxus::prelude::*;
use rumbo::content::Guides as Content;
use rumbo::i18n::{dates, FluentArgs, Lang, Localizer};
use rumbo::sources::SourceDate;

use crate::app::{components, use_i18n};

#[component]
pub fn Sources(section_id: String) -> Element {
    let i18n = use_i18n();
    let content = Content::shipped();
    let Some(section) = content.section(&section_id) else { return rsx! {} };
    let l = Localizer::embedded();
    let lawyer = content
        .lawyer_reviewed
        .map(|date| i18n.t_with("guide-lawyer-reviewed", [("date", dates::day_date(l, i18n.lang(), date))]));
    rsx! {
        h2 { {i18n.t("guide-sources")} }
        ul { class: "sources",
            for cite in section.sources.iter() {
                if let Some(source) = content.source(&cite.source) {
                    li { key: "{cite.source}-{cite.cite}",
                        cite { lang: "es", "{source.title}" }
                        ", {cite.cite}. "
                        if let Some(publisher) = &source.publisher {
                            "{publisher}. "
                        }
                        {source_date(i18n.lang(), source.date)}
                        if let Some(url) = &source.url {
                            // Shown, not linked: reading a guide never opens another site by accident.
                            span { class: "url", translate: "no", " {url}" }
                        }
                    }
                }
            }
        }
        p { class: "reviewed",
            {i18n.t_with("guide-compiled", [("date", dates::day_date(l, i18n.lang(), section.compiled))])}
            " "
            {lawyer.unwrap_or_else(|| i18n.t("guide-not-lawyer-reviewed"))}
        }
    }
}

/// "Source date: …", or "Undated."
fn source_date(lang: Lang, date: SourceDate) -> String {
    if date == SourceDate::Undated {
        return Localizer::embedded().text(lang, "guide-source-undated");
    }
    let mut args = FluentArgs::new();
    args.set("date", components::source_date(lang, date));
    Localizer::embedded().format(lang, "guide-source-date", Some(&args))
}
