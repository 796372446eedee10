//! `rumbo-cli l10n` as a translator uses it: on the shipped locales, and on a copy with mistakes in it.

use std::{fs, path::Path, process::Command};

fn cli(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rumbo-cli")).args(args).output().expect("rumbo-cli runs");
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn copy_locales(to: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let _ = fs::remove_dir_all(to);
    for lang in fs::read_dir(&from).unwrap().map(|e| e.unwrap().path()) {
        let target = to.join(lang.file_name().unwrap());
        fs::create_dir_all(&target).unwrap();
        for file in fs::read_dir(&lang).unwrap().map(|e| e.unwrap().path()) {
            fs::copy(&file, target.join(file.file_name().unwrap())).unwrap();
        }
    }
}

#[test]
fn the_shipped_locales_pass_the_check() {
    let (ok, out, err) = cli(&["l10n", "check"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("every locale is complete"), "{out}");
}

#[test]
fn an_injected_syntax_error_and_a_missing_id_are_both_named_with_file_and_line() {
    let root = std::env::temp_dir().join(format!("rumbo-cli-l10n-{}", std::process::id()));
    copy_locales(&root);
    // A Russian message that loses its closing brace, and a Kreyòl guide title that disappears.
    let ru = root.join("ru/guides.ftl");
    let text = fs::read_to_string(&ru).unwrap().replace("{ $date }, больше", "{ $date , больше");
    fs::write(&ru, text).unwrap();
    let ht = root.join("ht/guide-tvrh.ftl");
    let text = fs::read_to_string(&ht).unwrap();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("guide-tvrh-title")).collect();
    fs::write(&ht, kept.join("\n")).unwrap();

    let (ok, out, err) = cli(&["l10n", "check", "--locales", root.to_str().unwrap()]);
    assert!(!ok, "the check fails");
    assert!(err.contains("errors"), "{err}");
    let stale_line = fs::read_to_string(&ru).unwrap().lines().position(|l| l.starts_with("guide-stale")).unwrap() + 1;
    assert!(
        out.lines()
            .any(|l| l.contains(&format!("ru/guides.ftl:{stale_line}:")) && l.contains("[guide-stale] syntax error")),
        "{out}"
    );
    assert!(out.lines().any(|l| l.contains("ht/guide-tvrh.ftl:1:1: error: [guide-tvrh-title] missing")), "{out}");
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn status_counts_every_locale_against_spanish() {
    let (ok, out, _) = cli(&["l10n", "status"]);
    assert!(ok);
    let line = |lang: &str| out.lines().find(|l| l.starts_with(lang)).unwrap_or_else(|| panic!("{lang} in {out}"));
    assert!(line("es").ends_with("source"), "{out}");
    assert!(line("ht").ends_with("draft") && line("ru").ends_with("draft"), "{out}");
    let missing: Vec<u32> =
        ["en", "ht", "ru"].iter().map(|lang| line(lang).split_whitespace().nth(3).unwrap().parse().unwrap()).collect();
    assert_eq!(missing, [0, 0, 0], "{out}");
}
