//! `rumbo-cli l10n status`: how far each locale is, for translators and whoever plans their work.

use std::{collections::BTreeMap, path::Path};

use super::check::{ftl_files, parse_file};
use super::languages::{Lang, LANGUAGES};
use super::localizer::STATUS_ID;

#[derive(Debug, PartialEq, Eq)]
pub struct LocaleStatus {
    pub lang: &'static str,
    /// Messages in Spanish, the reference.
    pub total: usize,
    /// Present and different from Spanish.
    pub translated: usize,
    pub missing: usize,
    pub identical: usize,
    /// What the locale says of itself in `translation-status`.
    pub review: String,
}

/// One line per language in `LANGUAGES`, counting the messages of `root/<lang>/*.ftl` against Spanish.
pub fn status_dir(root: &Path) -> Vec<LocaleStatus> {
    let mut ignored = Vec::new();
    let load = |lang: &str, ignored: &mut Vec<_>| -> BTreeMap<String, String> {
        ftl_files(&root.join(lang))
            .iter()
            .flat_map(|name| parse_file(&root.join(lang).join(name), ignored).messages)
            .map(|(id, info)| (id, info.text))
            .collect()
    };
    let es = load(Lang::ES.code(), &mut ignored);
    LANGUAGES
        .iter()
        .map(|lang| {
            let messages = load(lang, &mut ignored);
            let present = es.keys().filter(|id| messages.contains_key(*id)).count();
            let identical = if *lang == Lang::ES.code() {
                0
            } else {
                es.iter().filter(|(id, t)| messages.get(*id) == Some(t)).count()
            };
            LocaleStatus {
                lang,
                total: es.len(),
                translated: present - identical,
                missing: es.len() - present,
                identical,
                review: messages.get(STATUS_ID).cloned().unwrap_or_else(|| "draft".into()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_translated_missing_and_identical_messages() {
        let folder = tempfile::tempdir().unwrap();
        let root = folder.path();
        for lang in LANGUAGES {
            let source = match *lang {
                "es" => "translation-status = source\na = uno\nb = dos\nc = tres\n",
                "en" => "translation-status = reviewed\na = one\nb = two\nc = three\n",
                "ht" => "translation-status = draft\na = en\nb = dos\n",
                _ => "a = один\n",
            };
            std::fs::create_dir_all(root.join(lang)).unwrap();
            std::fs::write(root.join(lang).join("rumbo.ftl"), source).unwrap();
        }
        let status = status_dir(root);
        let by = |l: &str| status.iter().find(|s| s.lang == l).unwrap();
        assert_eq!((by("es").total, by("es").translated, by("es").review.as_str()), (4, 4, "source"));
        assert_eq!((by("en").translated, by("en").missing, by("en").review.as_str()), (4, 0, "reviewed"));
        // ht: `a` and its status line translated, `b` identical to Spanish, `c` missing.
        assert_eq!((by("ht").translated, by("ht").identical, by("ht").missing), (2, 1, 1));
        assert_eq!((by("ru").translated, by("ru").missing, by("ru").review.as_str()), (1, 3, "draft"));
    }
}
