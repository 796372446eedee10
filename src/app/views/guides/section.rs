//! One guide section: draft and age notices, its blocks labelled as law, practice or unknown, tools,
//! sources and review date, related sections, and previous/next.

use dioxus::prelude::*;
use rumbo::content::{is_stale, plain, BlockKind, Guides as Content, Section, Tool};
use rumbo::i18n::{dates, Lang, Localizer, TranslationStatus};

use super::listen::{Listen, ShareSection};
use super::sources::Sources;
use super::text::GuideText;
use crate::app::components::{Button, ButtonLink, DocumentTitle, Page, ScreenLink, Variant};
use crate::app::saved::BookmarkButton;
use crate::app::target::use_target;
use crate::app::views::directory::{EntryCard, HelpLines};
use crate::app::{msg, platform, use_i18n, Route};
use rumbo::storage::Kind;

#[component]
pub fn Guide(id: String) -> Element {
    let i18n = use_i18n();
    // A draft translation offers the Spanish text of the same section in one tap, without changing the
    // interface language.
    let mut spanish = use_signal(|| false);
    let content = Content::shipped();
    let Some(guide) = content.section(&id) else {
        // Only that it does not exist: "coming soon" above it would promise a section nobody is writing.
        return rsx! {
            Page { title_id: "guide-title",
                p { class: "notice missing", {i18n.t("guide-missing")} }
                p { ButtonLink { variant: Variant::Secondary, to: Route::Guides {}, {i18n.t("guide-back")} } }
            }
        };
    };
    let draft = Localizer::embedded().status(i18n.lang()) == TranslationStatus::Draft;
    let app = use_target().is_app();
    let lang = if draft && spanish() { Lang::ES } else { i18n.lang() };
    let text = |id: &str| Localizer::embedded().text(lang, id);
    let title = text(&guide.title_id());

    rsx! {
        DocumentTitle { text: "{title} · Rumbo" }
        article { class: "page guide", lang: lang.code(),
            p { class: "crumb", ScreenLink { to: Route::Guides {}, {i18n.t("guide-back")} } }
            if draft {
                div { class: "notice draft", lang: i18n.lang().code(),
                    if spanish() {
                        p { {i18n.t("guide-showing-spanish")} }
                        if app { Button { variant: Variant::Secondary, onclick: move |_| spanish.set(false),
                            {i18n.t("guide-back-to-translation")}
                        } }
                    } else {
                        p { {i18n.t("guide-draft")} }
                        if app { Button { variant: Variant::Secondary, onclick: move |_| spanish.set(true), lang: "es",
                            {Localizer::embedded().text(Lang::ES, "guide-read-spanish")}
                        } }
                    }
                }
            }
            StaleNotice { section_id: guide.id.clone() }
            h1 { "{title}" }
            p { class: "lead", {text(&guide.summary_id())} }
            div { class: "guide-actions", lang: i18n.lang().code(),
                BookmarkButton { kind: Kind::Guide, target: guide.id.clone() }
                Listen { key: "{lang}", text: spoken_text(guide, lang), lang }
                ShareSection { text: shared_text(guide, lang) }
            }
            for block in guide.blocks.iter() {
                section {
                    key: "{block.id}",
                    class: "block {kind_class(block.kind)}",
                    "aria-label": block.kind.label_id().map(|id| i18n.t(id)),
                    if let Some(label) = block.kind.label_id() {
                        p { class: "block-label", lang: i18n.lang().code(), {i18n.t(label)} }
                    }
                    GuideText { text: text(&guide.block_id(block)) }
                }
            }
            div { lang: i18n.lang().code(),
                Tools { tools: guide.tools.clone() }
                Sources { section_id: guide.id.clone() }
                Related { section_id: guide.id.clone() }
                PrevNext { section_id: guide.id.clone() }
            }
        }
    }
}

fn kind_class(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Text => "text",
        BlockKind::Law => "law",
        BlockKind::CaseLaw => "case-law",
        BlockKind::Practice => "practice",
        BlockKind::Unknown => "unknown",
        BlockKind::Warning => "warning",
    }
}

/// What "Listen" reads: the title, the summary and every block, without markup.
fn spoken_text(section: &Section, lang: Lang) -> String {
    let l = Localizer::embedded();
    let mut parts = vec![l.text(lang, &section.title_id()), l.text(lang, &section.summary_id())];
    for block in &section.blocks {
        if let Some(label) = block.kind.label_id() {
            parts.push(l.text(lang, label));
        }
        parts.push(plain(&l.text(lang, &section.block_id(block))));
    }
    parts.join("\n\n")
}

/// What "Share" sends: the spoken text plus where it comes from, so it stands on its own.
fn shared_text(section: &Section, lang: Lang) -> String {
    let l = Localizer::embedded();
    let content = Content::shipped();
    let sources: Vec<String> = section
        .sources
        .iter()
        .filter_map(|c| content.source(&c.source).map(|s| format!("- {}, {}", s.title, c.cite)))
        .collect();
    format!(
        "{}\n\n{}:\n{}\n\n{}",
        spoken_text(section, lang),
        l.text(lang, "guide-sources"),
        sources.join("\n"),
        l.text(lang, "guide-shared-from")
    )
}

/// Offline copies never update themselves: after six months by the device's clock, say so calmly.
#[component]
fn StaleNotice(section_id: String) -> Element {
    let i18n = use_i18n();
    let Some(section) = Content::shipped().section(&section_id) else { return rsx! {} };
    // Outside the app nobody knows on which day the page is read.
    if !use_target().is_app() || !is_stale(section.compiled, platform::today()) {
        return rsx! {};
    }
    let date = dates::day_date(Localizer::embedded(), i18n.lang(), section.compiled);
    rsx! {
        p { class: "notice stale", lang: i18n.lang().code(), {i18n.t_with("guide-stale", [("date", date)])} }
    }
}

/// The directory entry of the consular line for Mexican citizens (CIAM).
const CONSULAR_LINE: &str = "ciam";

#[component]
fn Tools(tools: Vec<Tool>) -> Element {
    let i18n = use_i18n();
    if tools.is_empty() {
        return rsx! {};
    }
    let links = tools.iter().filter(|t| !matches!(t, Tool::Helplines | Tool::Consular)).count();
    rsx! {
        if tools.contains(&Tool::Helplines) {
            HelpLines {}
        }
        if tools.contains(&Tool::Consular) {
            EntryCard { id: CONSULAR_LINE }
        }
        if links > 0 {
            h2 { {i18n.t("guide-tools")} }
        }
        ul { class: "tool-links", role: "list",
            for tool in tools {
                li {
                    match tool {
                        Tool::Deadline => rsx! { ButtonLink { variant: Variant::Secondary, to: Route::Deadline {}, {i18n.t(msg("guide-tool-deadline"))} } },
                        Tool::Directory => rsx! { ButtonLink { variant: Variant::Secondary, to: Route::Directory {}, {i18n.t(msg("guide-tool-directory"))} } },
                        Tool::Official => rsx! { ButtonLink { variant: Variant::Secondary, to: Route::Official {}, {i18n.t(msg("official-title"))} } },
                        // Shown above the list, as boxes of their own.
                        Tool::Helplines | Tool::Consular => rsx! {},
                    }
                }
            }
        }
    }
}

#[component]
fn Related(section_id: String) -> Element {
    let i18n = use_i18n();
    let content = Content::shipped();
    let Some(section) = content.section(&section_id) else { return rsx! {} };
    if section.related.is_empty() {
        return rsx! {};
    }
    rsx! {
        h2 { {i18n.t("guide-related")} }
        ul { class: "related",
            for id in section.related.iter() {
                li { key: "{id}",
                    ScreenLink { to: Route::Guide { id: id.clone() }, {i18n.t(&Section::title_id_of(id))} }
                }
            }
        }
    }
}

#[component]
fn PrevNext(section_id: String) -> Element {
    let i18n = use_i18n();
    let content = Content::shipped();
    let Some(at) = content.position(&section_id) else { return rsx! {} };
    let previous = at.checked_sub(1).and_then(|i| content.sections.get(i));
    let next = content.sections.get(at + 1);
    rsx! {
        nav { class: "prev-next", "aria-label": i18n.t("guide-prev-next"),
            if let Some(s) = previous {
                ScreenLink { class: "card stack prev", to: Route::Guide { id: s.id.clone() }, rel: "prev",
                    span { class: "direction", {i18n.t("guide-previous")} }
                    span { {i18n.t(&s.title_id())} }
                }
            }
            if let Some(s) = next {
                ScreenLink { class: "card stack next", to: Route::Guide { id: s.id.clone() }, rel: "next",
                    span { class: "direction", {i18n.t("guide-next")} }
                    span { {i18n.t(&s.title_id())} }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listen_and_share_never_read_out_markup_in_any_language() {
        for lang in Lang::all() {
            for section in &Content::shipped().sections {
                let shared = shared_text(section, lang);
                for raw in ["_", "**", "]("] {
                    assert!(!shared.contains(raw), "{} in {lang} shares {raw}:\n{shared}", section.id);
                }
            }
        }
    }
}
