//! The checker on small locale trees written to the temp folder.

use std::{fs, path::PathBuf};

use super::*;

/// Writes a locale tree under the temp folder: `files` is (lang, file, source).
fn tree(name: &str, files: &[(&str, &str, &str)]) -> PathBuf {
    let root = std::env::temp_dir().join(format!("rumbo-l10n-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    for (lang, file, source) in files {
        fs::create_dir_all(root.join(lang)).unwrap();
        fs::write(root.join(lang).join(file), source).unwrap();
    }
    root
}

pub(crate) fn whole(es: &str, others: &str) -> Vec<(&'static str, &'static str, String)> {
    LANGUAGES
        .iter()
        .map(|lang| (*lang, "rumbo.ftl", if *lang == "es" { es.to_string() } else { others.to_string() }))
        .collect()
}

fn run(name: &str, files: Vec<(&str, &str, String)>) -> Vec<String> {
    run_with(name, files, &Expectations::default())
}

/// The findings for a locale tree, as text, with the tree's folder left out of each path.
pub(crate) fn run_with(name: &str, files: Vec<(&str, &str, String)>, expect: &Expectations) -> Vec<String> {
    let borrowed: Vec<(&str, &str, &str)> = files.iter().map(|(l, f, s)| (*l, *f, s.as_str())).collect();
    let root = tree(name, &borrowed);
    check_dir(&root, expect).iter().map(|f| f.to_string().replace(&root.display().to_string(), "")).collect()
}

#[test]
fn identical_locales_pass() {
    assert!(run("ok", whole("a = uno\nb = { $n } días\n", "a = one\nb = { $n } days\n")).is_empty());
}

#[test]
fn a_missing_id_is_named_with_its_file() {
    let out = run("missing", whole("a = uno\nb = dos\n", "a = one\n"));
    assert!(out.iter().any(|f| f.contains("/ru/rumbo.ftl:1:1: error: [b] missing")), "{out:?}");
}

#[test]
fn a_syntax_error_is_named_with_line_column_and_id() {
    let mut files = whole("a = uno\nb = dos\n", "a = one\nb = two\n");
    files[3].2 = "a = one\nb = { two\n".to_string();
    let out = run("syntax", files);
    assert!(out.iter().any(|f| f.starts_with("/ru/rumbo.ftl:2:") && f.contains("[b] syntax error")), "{out:?}");
}

#[test]
fn a_dropped_variable_is_an_error() {
    let mut files = whole("days = { $days } días\n", "days = { $days } days\n");
    files[3].2 = "days = дней\n".to_string();
    let out = run("vars", files);
    assert!(
        out.iter().any(|f| f.contains("/ru/rumbo.ftl:1:1: error: [days] variables [] differ from Spanish [$days]")),
        "{out:?}"
    );
}

#[test]
fn extra_ids_and_files_are_errors() {
    let mut files = whole("a = uno\n", "a = one\n");
    files[1].2 = "a = one\nz = extra\n".to_string();
    files.push(("ht", "other.ftl", "x = y\n".to_string()));
    let out = run("extra", files);
    assert!(out.iter().any(|f| f.contains("/en/rumbo.ftl:2:1: error: [z] not in Spanish")), "{out:?}");
    assert!(out.iter().any(|f| f.contains("/ht/other.ftl:1:1: error: extra file")), "{out:?}");
}

#[test]
fn plural_selectors_need_every_category_of_their_language() {
    let es = "n = { $n ->\n    [one] un día\n   *[other] { $n } días\n}\n";
    let mut files = whole(es, es);
    files[3].2 = "n = { $n ->\n    [one] { $n } день\n   *[other] { $n } дня\n}\n".to_string();
    files[2].2 = "n = { $n ->\n   *[other] { $n } jou\n}\n".to_string();
    let out = run("plural", files);
    assert!(
        out.iter().any(|f| f.contains("/ru/rumbo.ftl:1:1: error: [n] plural selector lacks [few], [many]")),
        "{out:?}"
    );
    assert!(!out.iter().any(|f| f.contains("/ht/")), "Kreyòl needs only [other]: {out:?}");
    assert_eq!(plural_categories("ru"), ["one", "few", "many", "other"]);
    assert_eq!(plural_categories("es"), ["one", "other"]);
    assert_eq!(plural_categories("ht"), ["other"]);
}

#[test]
fn empty_messages_and_what_the_content_finds_in_a_text_are_errors() {
    let mut files = whole("a = uno\nb = dos\n", "a = one\nb = two\n");
    files[1].2 = "a = one\nb = two TODO\n".to_string();
    files[2].2 = "a = { \"\" }\n    .attr = x\nb = de\n".to_string();
    let todo = |text: &str| if text.contains("TODO") { vec!["a TODO is left".to_string()] } else { vec![] };
    let expect = Expectations { required_ids: vec![], text_problems: Some(Box::new(todo)) };
    let out = run_with("empty", files, &expect);
    assert!(out.iter().any(|f| f.contains("/en/rumbo.ftl:2:1: error: [b] a TODO is left")), "{out:?}");
    assert!(out.iter().any(|f| f.contains("/ht/rumbo.ftl:1:1: error: [a] empty message")), "{out:?}");
    assert_eq!(out.len(), 2, "{out:?}");
}

#[test]
fn ids_the_data_files_use_must_exist_and_identical_text_only_warns() {
    let files = whole("a = uno\n", "a = uno\n");
    let borrowed: Vec<(&str, &str, &str)> = files.iter().map(|(l, f, s)| (*l, *f, s.as_str())).collect();
    let root = tree("required", &borrowed);
    let expect = Expectations { required_ids: vec!["guide-x-title".into()], ..Expectations::default() };
    let findings = check_dir(&root, &expect);
    let text: Vec<String> = findings.iter().map(|f| f.to_string()).collect();
    assert!(text.iter().any(|f| f.contains("[guide-x-title] used by the app")), "{text:?}");
    let warnings = findings.iter().filter(|f| f.severity == Severity::Warning).count();
    assert_eq!(warnings, 3, "{text:?}");
}

#[test]
fn a_new_language_folder_needs_only_its_code_in_languages() {
    let mut files = whole("a = uno\n", "a = one\n");
    files.push(("pt", "rumbo.ftl", "a = um\n".to_string()));
    let out = run("fifth", files);
    assert_eq!(out, ["/pt:1:1: error: the app ignores this locale: add \"pt\" to LANGUAGES in src/i18n/languages.rs"]);
}
