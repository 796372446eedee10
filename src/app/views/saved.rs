//! Everything the person saved, by kind, newest first, each one tap away and working offline. Items are stored
//! by stable id and labelled in the current language; one that no longer exists says so instead of vanishing.

use dioxus::prelude::*;
use rumbo::content::Guides;
use rumbo::deadline::{Calendar, SavedDeadline};
use rumbo::directory::Directory;
use rumbo::i18n::{dates, FluentArgs, Localizer};
use rumbo::storage::{export_json_of, Bookmark, Kind};

use crate::app::components::Page;
use crate::app::saved::{BookmarkButton, Saved as SavedItems};
use crate::app::{use_i18n, I18n, Route};

#[component]
pub fn Saved() -> Element {
    let i18n = use_i18n();
    let saved = use_context::<SavedItems>();
    let items = saved.items.read().clone();
    let of = |kind: Kind| items.iter().filter(|b| b.kind == kind).cloned().collect::<Vec<_>>();
    let groups = [(Kind::Deadline, "saved-deadlines"), (Kind::Guide, "saved-guides"), (Kind::Entry, "saved-entries")];
    rsx! {
        Page { title_id: "saved-title",
            p { class: "lead", {i18n.t("saved-lead")} }
            if (saved.read_only)() {
                p { class: "notice", role: "status", {i18n.t("saved-notice-newer")} }
            }
            if items.is_empty() && (saved.loaded)() {
                p { class: "empty", {i18n.t("saved-empty")} }
            }
            for (kind, title_id) in groups {
                if !of(kind).is_empty() {
                    section { key: "{title_id}", "aria-labelledby": "{title_id}",
                        h2 { id: "{title_id}", {i18n.t(title_id)} }
                        ul { class: "saved-list", role: "list",
                            for bookmark in of(kind) {
                                li { key: "{bookmark.target}", SavedItem { bookmark } }
                            }
                        }
                    }
                }
            }
            h2 { {i18n.t("saved-move")} }
            p { class: "help", {i18n.t("saved-move-help")} }
            if !items.is_empty() {
                p {
                    a {
                        class: "button secondary",
                        download: "rumbo-saved.json",
                        href: "data:application/json;charset=utf-8,{percent(&export_json_of(&items))}",
                        {i18n.t("saved-export")}
                    }
                }
            }
            Import {}
        }
    }
}

fn percent(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}

#[component]
fn SavedItem(bookmark: Bookmark) -> Element {
    let i18n = use_i18n();
    let target = bookmark.target.clone();
    let (title, to, note) = match bookmark.kind {
        Kind::Guide => match Guides::shipped().section(&target) {
            Some(s) => (i18n.t(&s.title_id()), Some(Route::Guide { id: target.clone() }), None),
            None => (target.clone(), None, Some(i18n.t("saved-gone"))),
        },
        Kind::Entry => match Directory::shipped().entry(&target) {
            Some(e) => (e.name.clone(), Some(Route::Entry { id: target.clone() }), None),
            None => (target.clone(), None, Some(i18n.t("saved-gone"))),
        },
        Kind::Deadline => deadline_label(&i18n, &bookmark),
    };
    rsx! {
        div { class: "saved-item",
            if let Some(to) = to {
                Link { class: "card-title", to, "{title}" }
            } else {
                span { class: "card-title", "{title}" }
            }
            if let Some(note) = note {
                p { "{note}" }
            }
            BookmarkButton { kind: bookmark.kind, target: bookmark.target.clone(), data: bookmark.data.clone() }
        }
    }
}

/// A saved deadline, recomputed on today's calendar: the person is told if the answer changed.
fn deadline_label(i18n: &I18n, bookmark: &Bookmark) -> (String, Option<Route>, Option<String>) {
    let l = Localizer::embedded();
    // D8: a target that cannot be counted (as an imported "asylum:+262142-12-31") is shown as gone.
    let Some(now) = SavedDeadline::parse(&bookmark.target).ok().and_then(|s| s.compute(Calendar::shipped()).ok())
    else {
        return (bookmark.target.clone(), None, Some(i18n.t("saved-gone")));
    };
    let mut args = FluentArgs::new();
    args.set("term", i18n.t(&format!("deadline-term-{}", now.term.rule().id)));
    args.set("date", dates::long_date(l, i18n.lang(), now.earliest));
    let saved_earliest = bookmark.data.as_ref().and_then(|d| d["earliest"].as_str()).map(String::from);
    let changed = saved_earliest.is_some_and(|s| s != now.earliest.to_string());
    let note = if changed { i18n.t("saved-deadline-changed") } else { i18n.t("saved-deadline-same") };
    (i18n.t_args("saved-deadline", &args), None, Some(note))
}

/// Adds the items of a file exported on another phone. A wrong file is refused whole, with the reason.
#[component]
fn Import() -> Element {
    let i18n = use_i18n();
    let saved = use_context::<SavedItems>();
    let mut outcome = use_signal(|| None::<Result<usize, String>>);
    let on_file = move |e: FormEvent| async move {
        let Some(file) = e.files().into_iter().next() else { return };
        let result = match file.read_string().await {
            Ok(text) => saved.import(text).await,
            Err(e) => Err(e.to_string()),
        };
        outcome.set(Some(result));
    };
    let mut count = FluentArgs::new();
    if let Some(Ok(n)) = outcome() {
        count.set("count", n);
    }
    rsx! {
        // The browser's own picker button speaks the browser's language ("Choose File"), not the person's: it is
        // hidden, and its label, in Rumbo's words, is what they tap.
        input {
            id: "import-file",
            class: "visually-hidden file-input",
            r#type: "file",
            accept: ".json,application/json",
            onchange: on_file,
        }
        label { r#for: "import-file", class: "button secondary file-label", {i18n.t("saved-import")} }
        p { role: "status",
            match outcome() {
                Some(Ok(_)) => i18n.t_args("saved-imported", &count),
                Some(Err(_)) => i18n.t("saved-import-refused"),
                None => String::new(),
            }
        }
    }
}
