//! `rumbo-cli directory` as the person who edits the data, and an outreach worker who prints it, use it.

use std::process::Command;

fn cli(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rumbo-cli")).args(args).output().expect("rumbo-cli runs");
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn the_shipped_directory_keeps_every_rule() {
    let (ok, out, err) = cli(&["directory", "check", "--today", "2026-11-27"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("no errors (0 warnings)"), "{out}");
}

#[test]
fn a_year_later_the_sources_are_stale_but_that_is_only_a_warning() {
    let (ok, out, _) = cli(&["directory", "check", "--today", "2027-11-27"]);
    assert!(ok);
    assert!(out.contains("warning") && out.contains("read it again"), "{out}");
}

#[test]
fn broken_entries_are_named_and_fail_the_check() {
    let file = std::env::temp_dir().join(format!("rumbo-directory-{}.json", std::process::id()));
    std::fs::write(
        &file,
        r#"{"checked": "2026-11-27",
          "sources": [{"id": "s", "title": "T", "publisher": null, "url": null, "date": "2025", "read": "2026-11-27"}],
          "entries": [
            {"id": "a", "name": "Casa", "kind": "shelter", "city": "tijuana", "address": {"text": "x", "source": "gone"},
             "phones": [{"number": "6641234567", "display": "664 123 4567", "source": "s"}], "sources": ["s"]},
            {"id": "b", "name": "Casa", "kind": "shelter", "city": "tijuana", "address": null, "sources": ["s"]}]}"#,
    )
    .unwrap();
    let (ok, out, err) = cli(&["directory", "check", "--file", file.to_str().unwrap(), "--today", "2026-11-27"]);
    assert!(!ok);
    assert!(err.contains("3 errors"), "{err}");
    assert!(out.contains("[a] address: unknown source “gone”"), "{out}");
    assert!(out.contains("[a] phone “6641234567” is neither 911/089 nor in international format"), "{out}");
    assert!(out.contains("[b] same name as “a”"), "{out}");
    std::fs::remove_file(file).unwrap();
}

#[test]
fn a_file_that_is_not_the_schema_is_refused_with_its_line() {
    let file = std::env::temp_dir().join(format!("rumbo-directory-bad-{}.json", std::process::id()));
    std::fs::write(
        &file,
        "{\"checked\": \"2026-11-27\",\n \"sources\": [],\n \"entries\": [{\"id\": \"a\", \"kind\": \"castle\"}]}",
    )
    .unwrap();
    let (ok, _, err) = cli(&["directory", "check", "--file", file.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("line 3") && err.contains("castle"), "{err}");
    std::fs::remove_file(file).unwrap();
}

#[test]
fn the_list_filters_by_city_and_kind() {
    let (ok, out, err) = cli(&["directory", "list", "--city", "tijuana", "--kind", "shelter", "--json"]);
    assert!(ok, "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    let list = list.as_array().unwrap();
    assert!(!list.is_empty());
    assert!(list.iter().all(|e| e["city"] == "tijuana" && e["kind"] == "shelter"), "{out}");
    let (ok, _, err) = cli(&["directory", "list", "--city", "atlantis"]);
    assert!(!ok && err.contains("unknown city atlantis"), "{err}");
}
