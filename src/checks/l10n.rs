//! What the shipped app needs of its locales, for `rumbo-cli l10n check`: every message id the guides, the
//! directory, dates in words and the deadline's terms take from them, and guide markup a person would see raw
//! or a link to a section that does not exist.

use crate::content::{markup, Guides};
use crate::deadline::Term;
use crate::directory::Directory;
use crate::i18n::{check::Expectations, dates};

/// The expectations of the shipped guides, directory and deadline.
pub fn expectations() -> Expectations {
    expectations_for(Guides::shipped(), Directory::shipped())
}

/// The expectations of these guides and this directory (a content pack's, before it is built).
pub fn expectations_for(guides: &Guides, directory: &Directory) -> Expectations {
    let mut required_ids = guides.message_ids();
    required_ids.extend(dates::message_ids());
    required_ids.extend(Term::ALL.map(Term::label_id));
    required_ids.extend(directory.message_ids());
    required_ids.extend(crate::case::message_ids());
    let sections: Vec<String> = guides.sections.iter().map(|s| s.id.clone()).collect();
    Expectations { required_ids, text_problems: Some(Box::new(move |text: &str| text_problems(text, &sections))) }
}

/// A message's guide markup problems, and its links to sections not among `sections` (not checked when it is
/// empty).
pub fn text_problems(text: &str, sections: &[String]) -> Vec<String> {
    let mut found: Vec<String> = markup::problems(text).into_iter().map(|p| format!("markup: {p}")).collect();
    for target in markup::targets(&markup::parse(text)) {
        if let markup::Target::Guide(section) = target {
            if !sections.is_empty() && !sections.contains(section) {
                found.push(format!("link to unknown guide section “{section}”"));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::i18n::check::tests::{run_with, whole};
    use crate::i18n::check::{check_dir, Severity};

    #[test]
    fn broken_markup_and_links_to_unknown_sections_are_errors() {
        let mut files =
            whole("a = uno\nb = **dos** y [tres](guide:rights)\n", "a = one\nb = **two** [three](guide:rights)\n");
        files[1].2 = "a = one\nb = **two [three](guide:nowhere)\n".to_string();
        files[2].2 = "a = un\nb = **de** [twa](guide:rights)\n".to_string();
        let sections = vec!["rights".to_string()];
        let expect = Expectations {
            required_ids: vec![],
            text_problems: Some(Box::new(move |text: &str| text_problems(text, &sections))),
        };
        let out = run_with("markup", files, &expect);
        assert!(out.iter().any(|f| f.contains("/en/rumbo.ftl:2:1: error: [b] markup: unbalanced **")), "{out:?}");
        assert!(
            out.iter().any(|f| f.contains("/en/rumbo.ftl:2:1: error: [b] link to unknown guide section “nowhere”")),
            "{out:?}"
        );
        assert!(!out.iter().any(|f| f.contains("/ht/") && f.contains("error")), "Kreyòl is right: {out:?}");
    }

    #[test]
    fn the_shipped_locales_pass() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let findings = check_dir(&root, &expectations());
        let errors: Vec<String> =
            findings.iter().filter(|f| f.severity == Severity::Error).map(|f| f.to_string()).collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    #[test]
    fn the_shipped_expectations_name_every_kind_of_id() {
        let ids = expectations().required_ids;
        for id in ["guide-rights-title", "deadline-term-asylum", "dir-kind-shelter"] {
            assert!(ids.iter().any(|i| i == id), "{id}");
        }
    }
}
