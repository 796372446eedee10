//! Everything the person saved, by kind, newest first, each one tap away and working offline. Items are stored
//! by stable id and labelled in the current language; one that no longer exists says so instead of vanishing.

use dioxus::prelude::*;
use rumbo::content::Guides;
use rumbo::deadline::{Calendar, SavedResult};
use rumbo::directory::Directory;
use rumbo::i18n::{dates, FluentArgs, Localizer};
use rumbo::storage::{export_json_with_case, Bookmark, CaseImport, ImportError, Imported, Kind, SavedTarget};

use crate::app::components::{Checkbox, DownloadButton, FilePickerHelp, NeedsApp, Page, ScreenLink, Variant};
use crate::app::saved::{BookmarkButton, Failure, Saved as SavedItems};
use crate::app::{use_i18n, I18n, Route};

#[component]
pub fn Saved() -> Element {
    let i18n = use_i18n();
    if !crate::app::target::use_target().is_app() {
        return rsx! {
            Page { title_id: "saved-title", NeedsApp { text_id: "static-needs-app-saved" } }
        };
    }
    let saved = use_context::<SavedItems>();
    let items = saved.items.read().clone();
    let case = saved.case.read().clone();
    // The case goes in the file only when the person ticks it: a file can be seen by others.
    let with_case = use_signal(|| false);
    let export = export_json_with_case(&items, case.as_ref().filter(|_| with_case()));
    let of = |kind: Kind| items.iter().filter(|b| b.kind == kind).cloned().collect::<Vec<_>>();
    let groups = [Kind::Deadline, Kind::Guide, Kind::Entry].map(|kind| (kind, kind.title_id()));
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
            if case.is_some() {
                Checkbox { id: "export-with-case", checked: with_case, label: i18n.t("case-export-include") }
            }
            if !items.is_empty() || (case.is_some() && with_case()) {
                p {
                    DownloadButton { file: "rumbo-saved.json", mime: "application/json", text: export,
                        {i18n.t("saved-export")}
                    }
                }
            }
            Import {}
        }
    }
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
                ScreenLink { class: "card-title", to, "{title}" }
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

/// A saved deadline, recomputed on today's calendar: the person is told if the answer changed. Its target is read
/// with the same checks as an import (the deadline screen's own date rules), so whatever is stored (an old file,
/// a hand-edited database) can only show as an item that cannot be worked out, never stop the screen.
fn deadline_label(i18n: &I18n, bookmark: &Bookmark) -> (String, Option<Route>, Option<String>) {
    let l = Localizer::embedded();
    // D8: whatever is stored (an imported "asylum:+262142-12-31", a hand-edited database) is read with the
    // import's own checks and can only show as an item that cannot be worked out.
    let now = match SavedTarget::read(bookmark.kind, &bookmark.target) {
        Ok(SavedTarget::Deadline(saved)) => saved.compute(Calendar::shipped()).ok(),
        _ => None,
    };
    let Some(now) = now else {
        return (bookmark.target.clone(), None, Some(i18n.t("storage-saved-cannot-compute")));
    };
    let mut args = FluentArgs::new();
    args.set("term", i18n.t(&now.term.label_id()));
    args.set("date", dates::long_date(l, i18n.lang(), now.earliest));
    let changed = SavedResult::from_data(bookmark.data.as_ref()).is_some_and(|saved| saved.changed(&now));
    let note = if changed { i18n.t("saved-deadline-changed") } else { i18n.t("saved-deadline-same") };
    (i18n.t_args("saved-deadline", &args), None, Some(note))
}

/// Why a file was refused, in the person's language; every one of these ends "nothing was changed".
fn refusal(i18n: &I18n, failure: &Failure<ImportError>) -> String {
    match failure {
        Failure::Refused(ImportError::Case(error)) => {
            let mut args = FluentArgs::new();
            args.set("reason", error.message().render(Localizer::embedded(), i18n.lang()));
            i18n.t_args("case-import-refused", &args)
        }
        Failure::Refused(e) => {
            let (id, args) = e.message();
            i18n.t_args(id, &args)
        }
        Failure::Store(_) | Failure::Off(_) => i18n.t("storage-import-not-saved"),
    }
}

/// Adds the items of a file exported on another phone. A wrong file is refused whole, with the reason.
#[component]
fn Import() -> Element {
    let i18n = use_i18n();
    let saved = use_context::<SavedItems>();
    let mut outcome = use_signal(|| None::<Result<Imported, Failure<ImportError>>>);
    let on_file = move |e: FormEvent| async move {
        let Some(file) = e.files().into_iter().next() else { return };
        // Refused before it is read whole: a huge file would stall the phone.
        if file.size() > rumbo::storage::MAX_IMPORT_BYTES as u64 {
            outcome.set(Some(Err(Failure::Refused(ImportError::TooLarge { bytes: file.size() as usize }))));
            return;
        }
        let result = match file.read_string().await {
            Ok(text) => saved.import(text).await,
            Err(e) => Err(Failure::Refused(ImportError::NotRumbo { line: 0, column: 0, detail: e.to_string() })),
        };
        outcome.set(Some(result));
    };
    let mut count = FluentArgs::new();
    if let Some(Ok(imported)) = &*outcome.read() {
        count.set("count", imported.added);
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
        label { r#for: "import-file", class: "{Variant::Secondary.class()} file-label", {i18n.t("saved-import")} }
        FilePickerHelp {}
        p { role: "status",
            match &*outcome.read() {
                Some(Ok(imported)) => match imported.case {
                    CaseImport::None => i18n.t_args("saved-imported", &count),
                    CaseImport::Added => format!("{} {}", i18n.t_args("saved-imported", &count), i18n.t("case-import-added")),
                    CaseImport::Same => format!("{} {}", i18n.t_args("saved-imported", &count), i18n.t("case-import-same")),
                    CaseImport::KeptOwn => format!("{} {}", i18n.t_args("saved-imported", &count), i18n.t("case-import-kept-own")),
                },
                Some(Err(failure)) => refusal(&i18n, failure),
                None => String::new(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use rumbo::i18n::Lang;

    use super::*;
    use crate::app::ssr::render_saved;

    fn deadline(target: &str) -> Bookmark {
        Bookmark {
            kind: Kind::Deadline,
            target: target.into(),
            data: Some(serde_json::json!({"earliest": 7})),
            created: 1,
        }
    }

    /// What an import of 3f92d3b let in, or a hand-edited database holds: shown as items that cannot be worked
    /// out, beside the good one, in every language.
    #[test]
    fn the_saved_screen_shows_bad_stored_deadlines_without_stopping() {
        let items = vec![
            deadline("asylum:+262142-12-31"),
            deadline("decision:2025-02-30"),
            deadline("nonsense"),
            deadline("asylum:2025-03-03"),
        ];
        for lang in Lang::all() {
            let html = render_saved(lang, "/saved", items.clone());
            assert!(Localizer::embedded().has(lang, "storage-saved-cannot-compute"), "{lang} has the message");
            let cannot = Localizer::embedded().text(lang, "storage-saved-cannot-compute");
            assert_eq!(html.matches(&cannot).count(), 3, "{lang}: {html}");
            assert!(html.contains("asylum:+262142-12-31"), "{lang}: the stored value is shown as text");
            assert!(html.contains(&dates::long_date(Localizer::embedded(), lang, "2025-04-15".parse().unwrap())));
        }
    }
}
