//! The texts the release web app leaves outside its wasm: every language but Spanish is one file beside it,
//! `assets/texts-<lang>-<digest>.json` (a JSON object of locale file name → Fluent text, as a content pack's
//! language part), written by `rumbo-cli export static` and fetched by the app for the language in use first.
//! Under `assets/`, as dx's own hashed files: hosts and the service worker keep them as files that never change,
//! and the digest in the name changes whenever a text does.

use std::collections::BTreeMap;

use super::entries::INSIDE;
use super::languages::Lang;
use super::localizer::tags;

/// At most this many files per language, as in a content pack.
pub const MAX_FILES: usize = 200;

/// Why a texts file was refused; the language keeps what it had (its essential entries).
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum TextsError {
    #[error("not a JSON object of file names and texts: {0}")]
    NotJson(String),
    #[error("“{}” is not a locale file name", .0.escape_debug())]
    BadName(String),
    #[error("{0} files; at most {MAX_FILES}")]
    TooMany(usize),
    #[error("no files")]
    Empty,
}

/// The file, relative to the app's page, that holds `lang`'s texts; None for Spanish, which the app carries.
pub fn file_name(lang: Lang) -> Option<String> {
    if lang.code() == INSIDE {
        return None;
    }
    Some(format!("assets/texts-{}-{}.json", lang.code(), tag(lang)?))
}

/// Every texts file this program can write, as `(language, path relative to the app's page, text)`: one per language
/// that has a file name and whose files are built in (natively, all of them).
pub fn files() -> Vec<(Lang, String, String)> {
    let built_in = crate::i18n::embedded_sources();
    Lang::all()
        .filter_map(|lang| {
            let path = file_name(lang)?;
            let files: Vec<_> =
                built_in.iter().filter(|(code, _, _)| *code == lang.code()).map(|(_, f, t)| (*f, *t)).collect();
            (!files.is_empty()).then(|| (lang, path, write(files)))
        })
        .collect()
}

/// The digest in `lang`'s file name, which the app that fetches it carries too.
pub fn tag(lang: Lang) -> Option<&'static str> {
    tags().iter().find(|(code, _)| *code == lang.code()).map(|(_, tag)| *tag)
}

/// The file's text for `files` as `(file name, Fluent text)`.
pub fn write<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let object: BTreeMap<&str, &str> = files.into_iter().collect();
    serde_json::to_string(&object).expect("strings serialize")
}

/// Reads a texts file: every name a locale file's, every value text.
pub fn read(text: &str) -> Result<Vec<(String, String)>, TextsError> {
    let files: BTreeMap<String, String> = serde_json::from_str(text).map_err(|e| TextsError::NotJson(e.to_string()))?;
    if files.is_empty() {
        return Err(TextsError::Empty);
    }
    check(&files)?;
    Ok(files.into_iter().collect())
}

/// One language's files as a texts file or a content pack holds them: at most `MAX_FILES`, each named as a
/// locale file.
pub fn check(files: &BTreeMap<String, String>) -> Result<(), TextsError> {
    if files.len() > MAX_FILES {
        return Err(TextsError::TooMany(files.len()));
    }
    match files.keys().find(|name| !is_locale_file(name)) {
        Some(name) => Err(TextsError::BadName(name.clone())),
        None => Ok(()),
    }
}

/// A locale file's name: `rumbo.ftl`, lower-case letters, digits and inner hyphens. Never used as a path.
pub fn is_locale_file(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".ftl") else { return false };
    (1..=64).contains(&stem.len())
        && stem.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !stem.starts_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{embedded_sources, Localizer};
    use proptest::prelude::*;

    fn ru() -> Lang {
        Lang::from_code("ru").unwrap()
    }

    #[test]
    fn every_language_but_spanish_has_a_file_named_by_its_texts() {
        assert_eq!(file_name(Lang::ES), None);
        for lang in Lang::all().filter(|l| *l != Lang::ES) {
            let name = file_name(lang).unwrap();
            let tag = name.strip_prefix(&format!("assets/texts-{}-", lang.code())).unwrap();
            let tag = tag.strip_suffix(".json").unwrap();
            assert!(tag.len() == 16 && tag.bytes().all(|b| b.is_ascii_hexdigit()), "{name}");
        }
        assert_ne!(file_name(Lang::EN), file_name(ru()));
    }

    #[test]
    fn a_language_written_then_read_gives_the_app_the_same_texts() {
        let files: Vec<(&str, &str)> =
            embedded_sources().iter().filter(|(l, _, _)| *l == "ru").map(|(_, f, t)| (*f, *t)).collect();
        let read = read(&write(files.iter().copied())).unwrap();
        let only_spanish: Vec<_> = embedded_sources().iter().copied().filter(|(l, _, _)| *l == "es").collect();
        let waiting = Localizer::with_outside(&only_spanish, &[("ru", "language-name = Русский\n")]);
        assert!(waiting.provide(ru(), read));
        let whole = Localizer::from_sources(embedded_sources());
        for id in ["home-title", "deadline-title", "language-name", "translation-status"] {
            assert_eq!(waiting.text(ru(), id), whole.text(ru(), id), "{id}");
        }
    }

    #[test]
    fn the_files_written_are_the_three_other_languages_each_read_back_whole() {
        let written = files();
        assert_eq!(written.len(), 3);
        for lang in Lang::all().filter(|l| *l != Lang::ES) {
            let (_, path, text) = written.iter().find(|(l, _, _)| *l == lang).unwrap();
            assert_eq!(Some(path), file_name(lang).as_ref());
            let back = read(text).unwrap();
            let built_in = embedded_sources().iter().filter(|(code, _, _)| *code == lang.code()).count();
            assert_eq!(back.len(), built_in, "{lang}");
        }
    }

    #[test]
    fn a_damaged_file_is_refused_with_the_reason() {
        assert!(matches!(read("<html>"), Err(TextsError::NotJson(_))));
        assert!(matches!(read("[\"a\"]"), Err(TextsError::NotJson(_))));
        assert!(matches!(read("{\"a.ftl\": 3}"), Err(TextsError::NotJson(_))));
        assert_eq!(read("{}"), Err(TextsError::Empty));
        assert_eq!(read("{\"../x.ftl\": \"a = b\"}"), Err(TextsError::BadName("../x.ftl".into())));
        let many: BTreeMap<String, String> = (0..=MAX_FILES).map(|i| (format!("f{i}.ftl"), String::new())).collect();
        assert_eq!(read(&serde_json::to_string(&many).unwrap()), Err(TextsError::TooMany(MAX_FILES + 1)));
    }

    proptest! {
        #[test]
        fn any_bytes_are_read_or_refused_never_a_panic(text in ".{0,200}") {
            let _ = read(&text);
        }

        #[test]
        fn locale_files_come_back_as_written(
            files in proptest::collection::btree_map("[a-z][a-z0-9-]{0,10}\\.ftl", ".{0,40}", 1..8)
        ) {
            let written = write(files.iter().map(|(n, t)| (n.as_str(), t.as_str())));
            let back: BTreeMap<String, String> = read(&written).unwrap().into_iter().collect();
            prop_assert_eq!(back, files);
        }
    }
}
