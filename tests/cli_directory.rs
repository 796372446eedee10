//! `rumbo-cli directory` as the person who edits the data, and an outreach worker who prints it, use it.

mod common;

use common::{cli, scratch};

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
    let dir = scratch();
    let file = dir.path().join("directory.json");
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
}

#[test]
fn a_file_that_is_not_the_schema_is_refused_with_its_line() {
    let dir = scratch();
    let file = dir.path().join("directory.json");
    std::fs::write(
        &file,
        "{\"checked\": \"2026-11-27\",\n \"sources\": [],\n \"entries\": [{\"id\": \"a\", \"kind\": \"castle\"}]}",
    )
    .unwrap();
    let (ok, _, err) = cli(&["directory", "check", "--file", file.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("line 3") && err.contains("castle"), "{err}");
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
    assert!(!ok && err.contains("invalid value 'atlantis' for '--city <CITY>'"), "{err}");
    assert!(err.contains("[possible values: tijuana, mexicali, ciudad-juarez, tapachula, cdmx, national]"), "{err}");
}

#[test]
fn the_json_list_gives_each_value_with_its_source_date_and_the_trust_computed_from_them() {
    let (ok, out, err) = cli(&["directory", "list", "--json"]);
    assert!(ok, "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    let entry = |id: &str| list.as_array().unwrap().iter().find(|e| e["id"] == id).unwrap_or_else(|| panic!("{id}"));
    // COMAR Tijuana: Amnesty (Feb 2025) is its newest source, but the address is from El Sol de Tijuana, 2021.
    let comar = entry("comar-tijuana");
    assert_eq!(comar["trust"]["status"], "old");
    assert_eq!(comar["trust"]["date"], "2021-12-18");
    assert_eq!(comar["trust"]["from"], "address");
    let address = &comar["values"][0];
    assert_eq!(address["field"], "address");
    assert_eq!(address["source"]["id"], "elsoldetijuana-2021-12-18");
    assert_eq!(address["source"]["date"], "2021-12-18");
    for id in ["emergencias-911", "denuncia-anonima-089"] {
        assert_eq!(entry(id)["trust"]["status"], "national-number", "{id}");
    }
    let refuge = entry("dif-tijuana-refugio-violencia");
    assert_eq!(refuge["values"][0]["value"], "608-8200, extensiones 8018 y 8019");
    assert_eq!(refuge["values"][0]["source"]["date"], "2024-12-06");
    assert!(refuge["values"][0]["dial"].is_null(), "no area code in the source: nothing to dial");
    let services: Vec<&str> = entry("casa-de-los-pobres")["hours"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["service"].as_str().unwrap())
        .collect();
    assert_eq!(services, ["dir-hours-breakfast", "dir-hours-clinic"]);
    // Every value names a source of its own entry, with that source's date (null only when undated).
    for e in list.as_array().unwrap() {
        let sources: Vec<&serde_json::Value> = e["sources"].as_array().unwrap().iter().collect();
        for value in e["values"].as_array().unwrap() {
            let source =
                sources.iter().find(|s| s["id"] == value["source"]["id"]).expect("the value's source is listed");
            assert_eq!(source["date"], value["source"]["date"], "{}", e["id"]);
        }
        assert!(["seen", "old", "undated", "national-number", "confirmed"]
            .contains(&e["trust"]["status"].as_str().unwrap()));
    }
}
