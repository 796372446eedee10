//! Embeds every `locales/<lang>/*.ftl` file, so the app needs no network and no file access to speak.
//! Adding a language is a new folder plus one line in `src/i18n/languages.rs`; this script finds its files.
//! The release web app embeds only Spanish's: the others are files beside it (`src/i18n/outside.rs`), fetched
//! for the language in use first, so a first visit's wasm is about 90 KiB (brotli) smaller.
//! Also names the app's platform targets once, for `#[cfg(web)]`, `#[cfg(desktop)]` and `#[cfg(headless)]`.

use std::{env, fmt::Write, fs, path::Path};

#[path = "src/i18n/entries.rs"]
mod entries;

fn main() {
    platform_targets();
    embed_locales();
}

/// Which back end of `src/app/platform/` the app is built with. A new back end is one line here and one file
/// there. `headless` (nothing stored, nothing shown) is for render tests and the one-file export only.
fn platform_targets() {
    cfg_aliases::cfg_aliases! {
        // The browser: the web feature compiled to WebAssembly (native builds with it are the render tests).
        web: { all(feature = "web", target_arch = "wasm32") },
        // The native window (WebKitGTK, WebView2, WKWebView).
        desktop: { all(feature = "desktop", not(target_arch = "wasm32")) },
        headless: { not(any(web, desktop)) },
    }
}

fn embed_locales() {
    // Read when the script runs, not when it was compiled: a build script compiled in another checkout (a copied
    // target/) would otherwise look in that checkout's folder and, if it is gone, embed no language at all.
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());

    let mut files = Vec::new();
    for lang in sorted_dir(&root) {
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in sorted_dir(&lang) {
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                files.push(file);
            }
        }
    }

    assert!(!files.is_empty(), "no .ftl files under {}: the app would show no text", root.display());
    // Only the release web app leaves texts outside: `dx serve` and the desktop app read them as before, so a
    // translator's edit shows without `rumbo-cli export static`.
    let web_release = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32")
        && env::var_os("CARGO_FEATURE_WEB").is_some()
        && env::var("PROFILE").is_ok_and(|p| p == "release");
    let lang_of = |file: &Path| file.parent().and_then(|p| p.file_name()).unwrap().to_string_lossy().to_string();
    let texts: Vec<(String, String, String)> = files
        .iter()
        .map(|file| {
            let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            (lang_of(file), file.file_name().unwrap().to_string_lossy().to_string(), text)
        })
        .collect();
    let langs: std::collections::BTreeSet<&str> = texts.iter().map(|(lang, _, _)| lang.as_str()).collect();

    let mut out = String::from("/// (language code, file name, Fluent source) for every embedded locale file.\n");
    out.push_str("pub static EMBEDDED: &[(&str, &str, &str)] = &[\n");
    for (file, (lang, name, _)) in files.iter().zip(&texts) {
        if !web_release || lang == entries::INSIDE {
            writeln!(out, "    ({lang:?}, {name:?}, include_str!({:?})),", file.display().to_string()).unwrap();
        }
    }
    out.push_str(
        "];\n/// (language code, the entries it needs before its files arrive) of each language not embedded.\n",
    );
    out.push_str("pub static ESSENTIALS: &[(&str, &str)] = &[\n");
    for lang in langs.iter().filter(|l| web_release && **l != entries::INSIDE) {
        let essentials = entries::entries(of(&texts, lang).map(|(_, _, text)| text.as_str()), entries::ESSENTIAL_IDS);
        writeln!(out, "    ({lang:?}, {essentials:?}),").unwrap();
    }
    out.push_str("];\n/// (language code, a digest of its files) of every language: names its texts' file.\n");
    out.push_str("pub static TAGS: &[(&str, &str)] = &[\n");
    for lang in &langs {
        writeln!(
            out,
            "    ({lang:?}, {:?}),",
            tag(of(&texts, lang).map(|(_, name, text)| (name.as_str(), text.as_str())))
        )
        .unwrap();
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs"), out).unwrap();
}

/// FNV-1a over the files' names and texts, in hex: a name that changes whenever a text does, so that no cache
/// serves an older build's texts to a newer app. Not a security check (the host that serves them serves the app).
fn tag<'a>(files: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, text) in files {
        for byte in name.bytes().chain([0]).chain(text.bytes()).chain([0]) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The `(language, file name, text)` of one language's files.
fn of<'a>(
    texts: &'a [(String, String, String)],
    lang: &'a str,
) -> impl Iterator<Item = &'a (String, String, String)> + Clone {
    texts.iter().filter(move |(l, _, _)| l == lang)
}

fn sorted_dir(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> =
        fs::read_dir(dir).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    paths.sort();
    paths
}
