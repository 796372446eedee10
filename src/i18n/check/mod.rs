//! The translators' check (`rumbo-cli l10n check`): every locale parses and has exactly Spanish's messages
//! with the same variables, every plural selector has the categories its language needs, no message is
//! empty, and every id the app takes from its data files exists. What the shipped data needs of the locales
//! (ids, guide markup) is passed in as `Expectations` by the layer that knows the data (`rumbo::checks`).
//! Findings name the file, line, column and message id. Errors fail the check; warnings (a message identical
//! to Spanish) do not.

mod compare;
mod files;
mod finding;
mod lines;
mod parse;
mod plurals;
#[cfg(test)]
pub(crate) mod tests;

use std::{collections::BTreeSet, path::Path};

use super::languages::{Lang, LANGUAGES};
use compare::compare;
use files::folders;
pub(crate) use files::ftl_files;
use finding::error;
pub use finding::{Finding, Severity};
pub(crate) use parse::parse_file;
use parse::FileInfo;
pub use plurals::plural_categories;

/// What the locales must provide beyond matching Spanish: ids that data files and code build at run time,
/// and the problems a message's text can have that only the content knows (guide markup, links to sections).
#[derive(Default)]
pub struct Expectations {
    pub required_ids: Vec<String>,
    pub text_problems: Option<TextCheck>,
}

/// Problems in one message's text, each reported as an error on that message.
pub type TextCheck = Box<dyn Fn(&str) -> Vec<String>>;

/// Checks `root/<lang>/*.ftl` for every language in `LANGUAGES`, against Spanish and `expect`.
pub fn check_dir(root: &Path, expect: &Expectations) -> Vec<Finding> {
    let mut findings = Vec::new();
    let reference = Lang::ES.code();
    let es_files = ftl_files(&root.join(reference));
    if es_files.is_empty() {
        findings.push(error(root.join(reference), 1, 1, None, "no .ftl files in the reference locale".into()));
        return findings;
    }
    let mut defined = BTreeSet::new();
    for name in &es_files {
        let es = parse_file(&root.join(reference).join(name), &mut findings);
        check_messages(reference, &es, expect, &mut findings);
        defined.extend(es.messages.keys().cloned());
        for lang in LANGUAGES.iter().filter(|l| **l != reference) {
            let path = root.join(lang).join(name);
            // Anything there that is not a regular file is refused by parse_file, with the reason.
            if !path.exists() {
                findings.push(error(path, 1, 1, None, format!("missing: every locale needs the file {name}")));
                continue;
            }
            let other = parse_file(&path, &mut findings);
            check_messages(lang, &other, expect, &mut findings);
            compare(&es, &other, &mut findings);
        }
    }
    for id in expect.required_ids.iter().filter(|id| !defined.contains(*id)) {
        findings.push(error(
            root.join(reference),
            1,
            1,
            Some(id),
            "used by the app or its data files, but no locale defines it".into(),
        ));
    }
    for folder in folders(root).iter().filter(|f| !LANGUAGES.contains(&f.as_str())) {
        findings.push(error(
            root.join(folder),
            1,
            1,
            None,
            format!("the app ignores this locale: add \"{folder}\" to LANGUAGES in src/i18n/languages.rs"),
        ));
    }
    for lang in LANGUAGES {
        for name in ftl_files(&root.join(lang)) {
            if !es_files.contains(&name) {
                let path = root.join(lang).join(&name);
                findings.push(error(path, 1, 1, None, format!("extra file: {reference} has no {name}")));
            }
        }
    }
    findings.sort();
    findings
}

/// Checks that need only one file: plural categories, empty messages, and what `expect` says of a text.
fn check_messages(lang: &str, file: &FileInfo, expect: &Expectations, findings: &mut Vec<Finding>) {
    let needed = plural_categories(lang);
    for (id, message) in &file.messages {
        let at = |text: String| error(file.path.clone(), message.line, 1, Some(id), text);
        for keys in &message.plurals {
            let missing: Vec<&str> = needed.iter().copied().filter(|c| !keys.contains(*c)).collect();
            if !missing.is_empty() {
                findings.push(at(format!("plural selector lacks [{}], which {lang} needs", missing.join("], ["))));
            }
        }
        if message.text.trim().is_empty() && !message.has_placeables {
            findings.push(at("empty message".into()));
        }
        if let Some(text_problems) = &expect.text_problems {
            findings.extend(text_problems(&message.text).into_iter().map(at));
        }
    }
}
