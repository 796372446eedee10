//! `rumbo-cli export static` on a built web bundle: the texts files the wasm asks for, or a refusal with the
//! reason and nothing written. Needs the export feature (`scripts/test.sh` runs it).
#![cfg(feature = "export")]

use std::{fs, path::PathBuf, process::Command};

use rumbo::i18n::{outside, Lang};

/// A bundle as dx leaves it: the app's page and a wasm that holds `holds` (the digests it would ask for).
fn bundle(name: &str, holds: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rumbo-cli-static-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("assets")).unwrap();
    fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"), dir.join("index.html")).unwrap();
    fs::write(dir.join("assets/rumbo_bg-dxh1.wasm"), [b"\0asm".as_slice(), holds].concat()).unwrap();
    dir
}

fn export_static(dir: &std::path::Path) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rumbo-cli")).args(["export", "static"]).arg(dir).output().unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into())
}

fn others() -> impl Iterator<Item = Lang> {
    Lang::all().filter(|l| *l != Lang::ES)
}

#[test]
fn the_texts_files_the_wasm_asks_for_are_written_beside_it() {
    let tags: Vec<u8> = others().flat_map(|l| outside::tag(l).unwrap().bytes().chain(*b" ")).collect();
    let dir = bundle("ok", &tags);
    let (ok, said) = export_static(&dir);
    assert!(ok, "{said}");
    for lang in others() {
        let text = fs::read_to_string(dir.join(outside::file_name(lang).unwrap())).unwrap();
        assert!(outside::read(&text).unwrap().iter().any(|(name, _)| name == "rumbo.ftl"), "{lang}");
    }
    let page = fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(page.contains("<meta name=\"rumbo-texts-ru\""), "the page names them for boot.js");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_wasm_built_from_other_locale_files_is_refused_and_nothing_is_written() {
    // It asks for Russian texts of another digest.
    let tags: Vec<u8> = others().filter(|l| l.code() != "ru").flat_map(|l| outside::tag(l).unwrap().bytes()).collect();
    let dir = bundle("other", &tags);
    let before = fs::read(dir.join("index.html")).unwrap();
    let (ok, said) = export_static(&dir);
    assert!(!ok, "{said}");
    assert!(said.contains("does not ask for assets/texts-ru-") && said.contains("build again"), "{said}");
    assert_eq!(fs::read(dir.join("index.html")).unwrap(), before, "the page is as it was");
    let mut left: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    left.sort();
    assert_eq!(left, ["assets", "index.html"], "no static page, no texts file");
    assert_eq!(fs::read_dir(dir.join("assets")).unwrap().count(), 1);
    fs::remove_dir_all(dir).unwrap();
}
