//! Settings → "Content updates": the content in use (version, date, key fingerprint), importing a content pack
//! from a file, what it would change, an explicit "Apply", and "Return to the previous content".

use std::rc::Rc;

use dioxus::prelude::*;
use rumbo::deadline::Moved;
use rumbo::i18n::{dates, FluentArgs, Localizer};
use rumbo::pack::device::Previous;
use rumbo::pack::{edition::looks_like_an_edition, format::MAX_PACK, Checked, PackError};

use super::edition_check::{self, EditionCheck, EditionResult};

use crate::app::components::{Button, FilePickerHelp, Variant};
use crate::app::content::{added_keys, ContentState, InUse, Notice};
use crate::app::saved::Saved;
use crate::app::{use_i18n, I18n};

/// A pack that passed its checks, waiting for "Apply".
struct Offer {
    bytes: Vec<u8>,
    checked: Checked,
}

/// What the last file chosen turned out to be, and the content in use it was checked against. Once other
/// content is in use ("Delete my data" went back to the compiled-in content, or a return), what it said
/// ("newer than version 2", "the one you already use") is no longer true, and it is not shown.
#[derive(Clone, PartialEq)]
struct FileCheck {
    against: InUse,
    result: Result<Rc<Offer>, PackError>,
}

#[component]
pub fn ContentUpdates() -> Element {
    let i18n = use_i18n();
    let state = use_context::<ContentState>();
    let saved = use_context::<Saved>();
    let mut offer = use_signal(|| None::<FileCheck>);
    // A one-file edition chosen instead of a pack: only checked, never applied.
    let mut edition = use_signal(|| None::<EditionResult>);
    let in_use = state.in_use.read().clone();
    let l = Localizer::embedded();
    let lang = i18n.lang();

    let on_file = move |e: FormEvent| async move {
        let Some(file) = e.files().into_iter().next() else { return };
        edition.set(None);
        let against = state.in_use.peek().clone();
        // Refused before it is read whole: a huge file would stall the phone.
        if file.size() > MAX_PACK {
            let result = Err(PackError::TooLarge { size: file.size(), max: MAX_PACK });
            offer.set(Some(FileCheck { against, result }));
            return;
        }
        let result = match file.read_bytes().await {
            Ok(bytes) if looks_like_an_edition(&bytes) => {
                offer.set(None);
                edition.set(Some(edition_check::check(&bytes)));
                return;
            }
            Ok(bytes) => state.offer(&bytes).map(|checked| Rc::new(Offer { bytes: bytes.to_vec(), checked })),
            Err(_) => Err(PackError::NotAPack),
        };
        offer.set(Some(FileCheck { against, result }));
    };
    let apply = move |_| async move {
        let Some(FileCheck { against, result: Ok(ready) }) = offer.take() else { return };
        if against == *state.in_use.peek() {
            state.apply(ready.bytes.clone(), saved).await;
        }
    };
    let go_back = move |_| async move {
        offer.set(None);
        state.return_to_previous(saved).await;
    };

    let (version, date) = (in_use.version.to_string(), dates::day_date(l, lang, in_use.compiled()));
    rsx! {
        section { "aria-labelledby": "settings-content", id: "content-updates",
            h2 { id: "settings-content", {i18n.t("settings-content")} }
            dl { class: "facts",
                dt { {i18n.t("content-in-use")} }
                dd { {i18n.t_with("content-version", [("version", version.as_str())])} }
                dt { {i18n.t("content-compiled")} }
                dd { {date} }
                dt { {i18n.t("content-key")} }
                dd {
                    match &in_use.fingerprint {
                        Some(fingerprint) => rsx! { code { class: "fingerprint", translate: "no", "{fingerprint}" } },
                        None => rsx! { {i18n.t("content-built-in")} },
                    }
                }
            }
            for fingerprint in added_keys() {
                p { class: "content-notice", key: "{fingerprint}",
                    {i18n.t_with("content-extra-key", [("fingerprint", fingerprint.as_str())])}
                }
            }
            if let Some(notice) = state.notice.read().as_ref() {
                NoticeText { notice: notice.clone() }
            }
            p { {i18n.t("content-import-help")} }
            p { {i18n.t("edition-check-help")} }
            // As on the Saved screen: the browser's own picker button speaks the browser's language, so it is
            // hidden and its label, in Rumbo's words, is what the person taps.
            input {
                id: "pack-file",
                class: "visually-hidden file-input",
                r#type: "file",
                accept: ".pack,.html,.htm,application/octet-stream,text/html",
                disabled: (state.busy)(),
                onchange: on_file,
            }
            label { r#for: "pack-file", class: "{Variant::Secondary.class()} file-label", {i18n.t("content-import")} }
            FilePickerHelp {}
            if let Some(check) = offer() {
                CheckResult {
                    check,
                    in_use: in_use.clone(),
                    busy: (state.busy)(),
                    on_apply: apply,
                    on_cancel: move |_| offer.set(None),
                }
            }
            if let Some(result) = edition() {
                EditionCheck { result }
            }
            match &in_use.previous {
                Previous::None => rsx! {},
                previous => rsx! {
                    p { {previous_text(&i18n, previous)} }
                    Button { variant: Variant::Secondary, disabled: (state.busy)(), onclick: go_back,
                        {i18n.t("content-return")}
                    }
                },
            }
        }
    }
}

/// The refusal, or the offer with "Apply", of the last file chosen: only while the content it was checked
/// against is still in use.
#[component]
fn CheckResult(
    check: FileCheck,
    in_use: InUse,
    busy: bool,
    on_apply: EventHandler<MouseEvent>,
    on_cancel: EventHandler<MouseEvent>,
) -> Element {
    let i18n = use_i18n();
    if check.against != in_use {
        return rsx! {};
    }
    match check.result {
        Err(refused) => rsx! {
            p { role: "alert", class: "pack-refusal", {i18n.t_args(refused.message_id(), &refused.args())} }
        },
        Ok(ready) => rsx! {
            OfferView { checked: ready, current: in_use.version }
            div { class: "pack-actions",
                Button { disabled: busy, onclick: on_apply, {i18n.t("content-apply")} }
                Button { variant: Variant::Secondary, onclick: on_cancel, {i18n.t("content-cancel")} }
            }
        },
    }
}

fn previous_text(i18n: &I18n, previous: &Previous) -> String {
    match previous {
        Previous::Pack(manifest) => {
            let date = dates::day_date(Localizer::embedded(), i18n.lang(), manifest.compiled);
            let version = manifest.version.to_string();
            i18n.t_with("content-previous", [("version", version.as_str()), ("date", date.as_str())])
        }
        _ => i18n.t("content-previous-built-in"),
    }
}

/// What a checked pack is and what it changes, before "Apply".
#[component]
fn OfferView(checked: Rc<Offer>, current: u64) -> Element {
    let i18n = use_i18n();
    let manifest = &checked.checked.pack.manifest;
    let date = dates::day_date(Localizer::embedded(), i18n.lang(), manifest.compiled);
    let (version, current) = (manifest.version.to_string(), current.to_string());
    let fingerprint = checked.checked.verified.signer.fingerprint();
    let lines = manifest.summary.get(i18n.lang().code()).cloned().unwrap_or_default();
    rsx! {
        div { class: "pack-offer", role: "status",
            h3 { {i18n.t_with("content-offer-title", [("version", version.as_str())])} }
            p { {i18n.t_with("content-offer-newer", [("current", current.as_str())])} }
            p { {i18n.t_with("content-offer-compiled", [("date", date.as_str())])} }
            p {
                {i18n.t("content-offer-key")}
                " "
                code { class: "fingerprint", translate: "no", "{fingerprint}" }
            }
            h4 { {i18n.t("content-offer-changes")} }
            if let Some(since) = manifest.since.filter(|since| since.to_string() != current) {
                p { {i18n.t_with("content-offer-changes-since", [("since", since.to_string()), ("current", current.clone())])} }
            }
            ul {
                for line in lines {
                    li { "{line}" }
                }
            }
        }
    }
}

impl PartialEq for Offer {
    fn eq(&self, other: &Offer) -> bool {
        self.bytes == other.bytes
    }
}

/// What happened to the content, said once.
#[component]
fn NoticeText(notice: Notice) -> Element {
    let i18n = use_i18n();
    let (text, moved) = match &notice {
        Notice::SetAside(reason) => {
            let why = i18n.t_args(reason.message_id(), &reason.args());
            (format!("{} {why}", i18n.t("content-set-aside")), Vec::new())
        }
        Notice::Applied { version, moved } => {
            (i18n.t_with("content-applied", [("version", version.to_string())]), moved.clone())
        }
        Notice::Returned { version, moved } => {
            (i18n.t_with("content-returned", [("version", version.to_string())]), moved.clone())
        }
        Notice::NotStored => (i18n.t("pack-error-not-stored"), Vec::new()),
        Notice::NotDeleted => (i18n.t("content-not-deleted"), Vec::new()),
    };
    rsx! {
        div { role: "status", class: "content-notice",
            p { "{text}" }
            if !moved.is_empty() {
                p { {i18n.t("content-moved-title")} }
                ul {
                    for line in moved.iter().map(|m| moved_line(&i18n, m)) {
                        li { "{line}" }
                    }
                }
            }
        }
    }
}

fn moved_line(i18n: &I18n, moved: &Moved) -> String {
    let (l, lang) = (Localizer::embedded(), i18n.lang());
    let mut args = FluentArgs::new();
    args.set("term", i18n.t(&moved.saved.term.label_id()));
    args.set("start", dates::long_date(l, lang, moved.saved.start));
    args.set("safe", dates::long_date(l, lang, moved.after.0));
    args.set("latest", dates::long_date(l, lang, moved.after.1));
    args.set("safe-before", dates::long_date(l, lang, moved.before.0));
    args.set("latest-before", dates::long_date(l, lang, moved.before.1));
    i18n.t_args("content-moved", &args)
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use chrono::NaiveDate;
    use rumbo::deadline::{SavedDeadline, Term};
    use rumbo::i18n::Lang;
    use rumbo::pack::trust::test_key;
    use rumbo::pack::{build, device, Content, Trust, APP_VERSION, EMBEDDED_VERSION};

    use super::*;
    use crate::app::content::InUse;
    use crate::app::ssr::{render, render_view};

    static PACK: LazyLock<Vec<u8>> = LazyLock::new(|| {
        let mut content = Content::embedded();
        let es = content.locales.get_mut("es").unwrap().get_mut("rumbo.ftl").unwrap();
        *es = es.replace("copy-done = ", "copy-done = Copiado (v2). ");
        let pack = build(&content, (&Content::embedded(), EMBEDDED_VERSION), 2, APP_VERSION).unwrap();
        test_key().sign_pack(pack, Vec::new()).to_bytes()
    });

    fn text(html: &str) -> String {
        html.replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"").replace("&amp;", "&")
    }

    fn t(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
        let args: FluentArgs = args.iter().map(|(k, v)| (*k, *v)).collect();
        Localizer::embedded().format_in(lang, id, Some(&args)).unwrap_or_else(|| panic!("{lang} lacks {id}"))
    }

    #[component]
    fn WithState(in_use: InUse, notice: Option<Notice>) -> Element {
        ContentState::provide_with(in_use, notice);
        rsx! { ContentUpdates {} }
    }

    fn in_use_pack(previous: Previous) -> InUse {
        let checked = device::load(&PACK, &Trust::built_in()).unwrap();
        InUse {
            version: 2,
            compiled: Some(checked.pack.manifest.compiled),
            fingerprint: Some(test_key().public().fingerprint()),
            previous,
        }
    }

    #[test]
    fn settings_show_the_compiled_in_content_and_the_import_in_every_language() {
        for lang in Lang::all() {
            let html = text(&render(lang, "/settings", true));
            for id in
                ["settings-content", "content-in-use", "content-built-in", "content-import", "content-import-help"]
            {
                assert!(html.contains(&t(lang, id, &[])), "Settings in {lang} says {id}");
            }
            assert!(html.contains(&t(lang, "content-version", &[("version", &EMBEDDED_VERSION.to_string())])));
            assert!(html.contains("type=\"file\"") && html.contains("id=\"pack-file\""));
            assert!(!html.contains(&t(lang, "content-return", &[])), "nothing to return to in {lang}");
        }
    }

    #[test]
    fn a_pack_in_use_shows_its_fingerprint_grouped_and_the_way_back_in_every_language() {
        let fingerprint = test_key().public().fingerprint();
        assert_eq!(fingerprint.split(' ').count(), 8, "eight groups of four, as `rumbo-cli pack verify` prints");
        for lang in Lang::all() {
            let in_use = in_use_pack(Previous::Compiled);
            let html = text(&render_view(lang, move || rsx! { WithState { in_use: in_use.clone(), notice: None } }));
            assert!(
                html.contains(&format!("translate=\"no\">{fingerprint}</code>")),
                "{lang}: the key, in its own code"
            );
            assert!(html.contains(&t(lang, "content-return", &[])), "{lang}");
            assert!(html.contains(&t(lang, "content-previous-built-in", &[])), "{lang}");
        }
    }

    #[test]
    fn a_stored_pack_set_aside_at_start_is_said_with_its_reason_in_every_language() {
        for lang in Lang::all() {
            let notice = Some(Notice::SetAside(PackError::BadHash { name: "es".into() }));
            let in_use = InUse { version: 1, ..in_use_pack(Previous::None) };
            let html =
                text(&render_view(lang, move || rsx! { WithState { in_use: in_use.clone(), notice: notice.clone() } }));
            assert!(html.contains(&t(lang, "content-set-aside", &[])), "{lang}");
            assert!(html.contains(&t(lang, "pack-error-damaged", &[])), "{lang}");
        }
    }

    #[test]
    fn a_pack_the_wipe_could_not_delete_is_said_to_be_still_in_use_in_every_language() {
        for lang in Lang::all() {
            let (in_use, notice) = (in_use_pack(Previous::None), Some(Notice::NotDeleted));
            let html =
                text(&render_view(lang, move || rsx! { WithState { in_use: in_use.clone(), notice: notice.clone() } }));
            assert!(html.contains(&t(lang, "content-not-deleted", &[])), "{lang}");
            assert!(html.contains(&test_key().public().fingerprint()), "{lang}: still shown as in use");
        }
    }

    #[test]
    fn after_apply_the_saved_deadlines_that_moved_are_named_in_every_language() {
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let moved = Moved {
            saved: SavedDeadline { term: Term::Asylum, start: day("2025-12-01") },
            before: (day("2026-01-13"), day("2026-01-20")),
            after: (day("2026-01-27"), day("2026-02-03")),
        };
        for lang in Lang::all() {
            let notice = Some(Notice::Applied { version: 2, moved: vec![moved.clone()] });
            let in_use = in_use_pack(Previous::Compiled);
            let html =
                text(&render_view(lang, move || rsx! { WithState { in_use: in_use.clone(), notice: notice.clone() } }));
            assert!(html.contains(&t(lang, "content-applied", &[("version", "2")])), "{lang}");
            assert!(html.contains(&t(lang, "content-moved-title", &[])), "{lang}");
            let after = dates::long_date(Localizer::embedded(), lang, day("2026-01-27"));
            assert!(html.contains(&after), "{lang} names the new safe day {after}");
        }
    }

    /// Tried in the desktop app: a pack refused as "version 2, the one you already use", then "Delete my data"
    /// with Settings still open. The content in use went back to version 1 and the refusal stayed, saying what
    /// was no longer true (an offer would have said "newer than version 2"). A check belongs to the content it
    /// was made against.
    #[test]
    fn a_file_checked_against_content_no_longer_in_use_is_not_shown_in_any_language() {
        let checked = device::offer(EMBEDDED_VERSION, &PACK, &Trust::built_in()).unwrap();
        let ready = Rc::new(Offer { bytes: PACK.clone(), checked });
        let against = in_use_pack(Previous::Compiled);
        let refused = FileCheck { against: against.clone(), result: Err(PackError::Same { found: 2 }) };
        let offered = FileCheck { against: against.clone(), result: Ok(ready) };
        let shown = |lang, check: &FileCheck, in_use: &InUse| {
            let (check, in_use) = (check.clone(), in_use.clone());
            text(&render_view(lang, move || {
                rsx! {
                    CheckResult { check: check.clone(), in_use: in_use.clone(), busy: false, on_apply: |_| {}, on_cancel: |_| {} }
                }
            }))
        };
        for lang in Lang::all() {
            let same = t(lang, "pack-error-same", &[("version", "2")]);
            let apply = t(lang, "content-apply", &[]);
            assert!(shown(lang, &refused, &against).contains(&same), "{lang}: the refusal, while version 2 is in use");
            assert!(shown(lang, &offered, &against).contains(&apply), "{lang}: the offer, while version 2 is in use");
            let after_wipe = InUse::compiled_in();
            assert!(!shown(lang, &refused, &after_wipe).contains(&same), "{lang}: not after the wipe");
            assert!(!shown(lang, &offered, &after_wipe).contains(&apply), "{lang}: no Apply after the wipe");
        }
    }

    #[test]
    fn an_offer_shows_version_key_and_what_changed_in_the_persons_language() {
        for lang in Lang::all() {
            let checked = device::offer(EMBEDDED_VERSION, &PACK, &Trust::built_in()).unwrap();
            let lines = checked.pack.manifest.summary[lang.code()].clone();
            assert!(!lines.is_empty());
            let offer = Rc::new(Offer { bytes: PACK.clone(), checked });
            let html = text(&render_view(lang, move || rsx! { OfferView { checked: offer.clone(), current: 1 } }));
            assert!(html.contains(&t(lang, "content-offer-title", &[("version", "2")])), "{lang}");
            assert!(html.contains(&t(lang, "content-offer-newer", &[("current", "1")])), "{lang}");
            assert!(html.contains(&test_key().public().fingerprint()), "{lang}");
            for line in lines {
                assert!(html.contains(&line), "{lang}: {line}");
            }
            let since = t(lang, "content-offer-changes-since", &[("since", "1"), ("current", "1")]);
            assert!(!html.contains(&since), "{lang}: the list is measured from this device's version");
        }
    }

    #[test]
    fn an_offer_whose_changes_were_measured_from_another_version_says_so_in_every_language() {
        // Version 3, its changes listed since version 2, offered to a device that still has version 1.
        let pack = build(&Content::embedded(), (&Content::embedded(), 2), 3, APP_VERSION).unwrap();
        let bytes = test_key().sign_pack(pack, Vec::new()).to_bytes();
        for lang in Lang::all() {
            let checked = device::offer(EMBEDDED_VERSION, &bytes, &Trust::built_in()).unwrap();
            let offer = Rc::new(Offer { bytes: bytes.clone(), checked });
            let html = text(&render_view(lang, move || rsx! { OfferView { checked: offer.clone(), current: 1 } }));
            let since = t(lang, "content-offer-changes-since", &[("since", "2"), ("current", "1")]);
            assert!(html.contains(&since), "{lang}: {html}");
        }
    }
}
