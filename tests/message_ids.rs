//! Every message id the code asks for exists in Spanish, the locale every other one falls back to.
//! (Ids that come from data files are checked with the data, by the features that add them.)

use std::{fs, path::Path};

use rumbo::i18n::{Lang, Localizer, TranslationStatus, MISSING_TEXT, STATUS_ID};

/// How code names a message: `i18n.t("id")` (or `t_args`, `t_with`), `localizer.text(lang, "id")`, or a `*_id: "id"` prop.
const CALLS: &[&str] =
    &[".t(\"", ".t_args(\"", ".t_with(\"", ".text(lang, \"", ".format_in(lang, \"", "_id: \"", "msg(\""];

fn ids_in(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_in(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("render_tests.rs") {
            let source = fs::read_to_string(&path).unwrap();
            for call in CALLS {
                for (at, _) in source.match_indices(call) {
                    let rest = &source[at + call.len()..];
                    let id = &rest[..rest.find('"').unwrap()];
                    out.push((id.to_string(), path.display().to_string()));
                }
            }
        }
    }
}

#[test]
fn every_id_the_code_uses_exists_in_spanish() {
    let mut used = Vec::new();
    ids_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut used);
    assert!(used.len() > 30, "the scan found the calls ({} found)", used.len());
    let statuses = [TranslationStatus::Source, TranslationStatus::Reviewed, TranslationStatus::Draft];
    for id in [MISSING_TEXT, STATUS_ID].into_iter().chain(statuses.map(TranslationStatus::message_id)) {
        used.push((id.to_string(), "rumbo::i18n".into()));
    }
    used.push(("language-name".into(), "every locale names itself".into()));
    // Ids the code builds from data: each term's label, start and help and its readings; the date words.
    used.extend(rumbo::storage::Kind::ALL.map(|k| (k.title_id().to_string(), "rumbo::storage::Kind".into())));
    used.extend(rumbo::deadline::message_ids().into_iter().map(|id| (id, "rumbo::deadline".into())));
    used.extend(rumbo::i18n::dates::message_ids().into_iter().map(|id| (id, "rumbo::i18n::dates".into())));

    let localizer = Localizer::embedded();
    let missing: Vec<_> = used.iter().filter(|(id, _)| !localizer.has(Lang::ES, id)).collect();
    assert!(missing.is_empty(), "ids used by the code but not in locales/es: {missing:?}");
}

#[test]
fn the_embedded_locales_load_without_problems() {
    assert_eq!(Localizer::embedded().problems(), &[] as &[String]);
}

#[test]
fn haitian_creole_and_russian_are_labelled_drafts_until_reviewed() {
    let localizer = Localizer::embedded();
    for code in ["ht", "ru"] {
        let lang = Lang::from_code(code).unwrap();
        // When a native speaker reviews one, this test changes with the locale's status line.
        assert_eq!(localizer.status(lang), TranslationStatus::Draft, "{code}");
    }
    assert_eq!(localizer.status(Lang::ES), TranslationStatus::Source);
}
