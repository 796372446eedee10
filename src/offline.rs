//! Finishing the release web build: asset URLs made relative, so the bundle works at any path, and the service
//! worker's precache list, generated from the build so it never goes stale.

use std::{
    fs, io,
    path::{Path, PathBuf},
};

use sha2::{Digest, Sha256};

/// The worker itself is fetched by the browser, never cached by it.
pub const WORKER_FILE: &str = "sw.js";

#[derive(Debug, PartialEq)]
pub struct Precache {
    /// Changes whenever any file of the build changes, so a new build replaces the old cache.
    pub version: String,
    /// Every file of the build, relative to the worker (`./index.html`), sorted.
    pub files: Vec<String>,
}

/// Lists and fingerprints every file under `dir` except the worker.
pub fn scan(dir: &Path) -> io::Result<Precache> {
    let mut paths = Vec::new();
    collect(dir, &mut paths)?;
    paths.sort();

    let mut hash = Sha256::new();
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        let rel = path.strip_prefix(dir).expect("collected under dir");
        let url = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        // A `.part` is a file rumbo-cli was still writing when it stopped: never part of the app.
        if url == WORKER_FILE || (is_static_page(&url) && !is_stored_home(&url)) || url.ends_with(".part") {
            continue;
        }
        hash.update(url.as_bytes());
        hash.update([0]);
        hash.update(fs::read(&path)?);
        files.push(format!("./{url}"));
    }
    if !files.iter().any(|f| f == "./index.html") {
        return Err(io::Error::new(io::ErrorKind::NotFound, format!("{} has no index.html", dir.display())));
    }
    let digest = hash.finalize();
    let version = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    Ok(Precache { version, files })
}

/// The pages of `rumbo-cli export static` (`es/guide-rights.html`) are not precached: all four languages' pages
/// would double a first visit, and offline the worker shows the app's same screen instead (sw.template.js).
pub fn is_static_page(url: &str) -> bool {
    url.split_once('/').is_some_and(|(folder, name)| {
        crate::i18n::LANGUAGES.contains(&folder) && !name.contains('/') && name.ends_with(".html")
    })
}

/// Except the homes of the languages the root page is not in (`en/index.html`: 1.3–1.6 KiB each with brotli):
/// boot.js shows a returning English, Creole or Russian reader their home from the worker's cache before the app
/// has started, as the root page shows Spanish's, instead of nothing until the app.
pub fn is_stored_home(url: &str) -> bool {
    url.strip_suffix("/index.html")
        .is_some_and(|lang| lang != crate::i18n::Lang::ES.code() && crate::i18n::LANGUAGES.contains(&lang))
}

/// dx refers to its assets from the site's root (`"/./assets/…"`) in `index.html` and the script that loads the
/// wasm. Relative to the document (`"./assets/…"`), the same bundle works at a site's root and under a sub-path;
/// hash routing keeps the document's path fixed. (The style sheets' URLs, made inside the wasm, are made
/// relative by the app itself.)
pub fn make_relative(dir: &Path) -> io::Result<usize> {
    let mut changed = 0;
    let mut files = vec![dir.join("index.html")];
    for entry in fs::read_dir(dir.join("assets"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "js") {
            files.push(path);
        }
    }
    for path in files {
        regular_file(&path)?;
        let text = fs::read_to_string(&path)?;
        let relative = relative_urls(&text);
        if relative != text {
            fs::write(&path, relative)?;
            changed += 1;
        }
    }
    Ok(changed)
}

/// `"/./assets/x"` and `'/./assets/x'` become `"./assets/x"`; nothing else changes.
pub fn relative_urls(text: &str) -> String {
    text.replace("\"/./assets/", "\"./assets/").replace("'/./assets/", "'./assets/")
}

/// Fills the worker template's `__VERSION__` and `__FILES__` placeholders.
pub fn service_worker(template: &str, precache: &Precache) -> String {
    let files = serde_json::to_string(&precache.files).expect("strings serialize");
    template.replace("__VERSION__", &precache.version).replace("__FILES__", &files)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else {
            regular_file(&path)?;
            out.push(path);
        }
    }
    Ok(())
}

/// Only regular files are read (following symlinks): reading a FIFO would block the build for ever, and a
/// device such as /dev/zero would fill memory. The error names the file.
fn regular_file(path: &Path) -> io::Result<()> {
    let named = |kind, text: String| io::Error::new(kind, format!("{}: {text}", path.display()));
    let metadata = fs::metadata(path).map_err(|e| named(e.kind(), e.to_string()))?;
    if metadata.is_file() {
        Ok(())
    } else {
        Err(named(io::ErrorKind::InvalidInput, "not a regular file (a pipe or a device)".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A web bundle of these files in a folder that is removed when dropped.
    fn bundle(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, body) in files {
            let path = dir.path().join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, body).unwrap();
        }
        dir
    }

    #[test]
    fn lists_every_file_but_the_worker() {
        let dir = bundle(&[("index.html", "<html>"), ("assets/app.wasm", "w"), ("sw.js", "old"), ("icons/a.png", "p")]);
        let p = scan(dir.path()).unwrap();
        assert_eq!(p.files, vec!["./assets/app.wasm", "./icons/a.png", "./index.html"]);
        // Nor what a stopped rumbo-cli was still writing (src/bin/rumbo-cli/write.rs).
        fs::write(dir.path().join("index.html.part"), "<ht").unwrap();
        let p = scan(dir.path()).unwrap();
        assert_eq!(p.files, vec!["./assets/app.wasm", "./icons/a.png", "./index.html"]);
    }

    #[test]
    fn the_version_follows_the_content() {
        let a = bundle(&[("index.html", "one")]);
        let b = bundle(&[("index.html", "two")]);
        let v1 = scan(a.path()).unwrap().version;
        assert_eq!(v1, scan(a.path()).unwrap().version);
        assert_ne!(v1, scan(b.path()).unwrap().version);
        fs::write(a.path().join("sw.js"), "whatever").unwrap();
        assert_eq!(v1, scan(a.path()).unwrap().version, "the worker itself does not change the version");
    }

    #[test]
    fn a_folder_without_index_html_is_refused() {
        let dir = bundle(&[("main.js", "x")]);
        assert!(scan(dir.path()).is_err());
    }

    #[test]
    fn root_asset_urls_become_relative() {
        let html = r#"<link href="/./assets/a.js"><script src='/./assets/a.js'></script><a href="/assets/b">"#;
        assert_eq!(
            relative_urls(html),
            r#"<link href="./assets/a.js"><script src='./assets/a.js'></script><a href="/assets/b">"#
        );
    }

    #[test]
    fn the_template_is_filled() {
        let p = Precache { version: "abc".into(), files: vec!["./index.html".into()] };
        let sw = service_worker("const V = \"__VERSION__\"; const F = __FILES__;", &p);
        assert_eq!(sw, "const V = \"abc\"; const F = [\"./index.html\"];");
    }

    #[test]
    fn static_pages_are_not_precached_but_their_style_sheet_and_the_other_languages_homes_are() {
        let dir = bundle(&[
            ("index.html", "<p>"),
            ("static.css", "p{}"),
            ("es/guide-rights.html", "<p>"),
            ("es/index.html", "<p>"),
            ("ru/index.html", "<p>"),
            ("ru/guide-rights.html", "<p>"),
            ("en/index.html", "<p>"),
            ("fr/index.html", "<p>"),
            ("assets/es/x.html", "<p>"),
        ]);
        let precache = scan(dir.path()).unwrap();
        // Spanish's home is the root page itself; fr/ is not one of Rumbo's languages, so just a file.
        assert_eq!(
            precache.files,
            [
                "./assets/es/x.html",
                "./en/index.html",
                "./fr/index.html",
                "./index.html",
                "./ru/index.html",
                "./static.css"
            ]
        );
    }

    /// The worker recognises the same folders as static pages, and boot.js the same languages in `?lang=`.
    #[test]
    fn the_worker_knows_every_language_folder() {
        let template = include_str!("../assets/sw.template.js");
        let languages = crate::i18n::LANGUAGES.join("|");
        assert!(template.contains(&format!("const STATIC_PAGE = /^({languages})\\/")), "sw.template.js");
        let quoted: Vec<String> = crate::i18n::LANGUAGES.iter().map(|l| format!("{l:?}")).collect();
        let boot = include_str!("../assets/public/boot.js");
        assert!(boot.contains(&format!("[{}].includes(lang)", quoted.join(", "))), "boot.js");
    }
}
