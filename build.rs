//! Embeds every `locales/<lang>/*.ftl` file, so the app needs no network and no file access to speak.
//! Adding a language is a new folder plus one line in `src/i18n/languages.rs`; this script finds its files.
//! Also names the app's platform targets once, for `#[cfg(web)]`, `#[cfg(desktop)]` and `#[cfg(headless)]`.

use std::{env, fmt::Write, fs, path::Path};

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

    let mut entries = Vec::new();
    for lang in sorted_dir(&root) {
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in sorted_dir(&lang) {
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                entries.push(file);
            }
        }
    }

    assert!(!entries.is_empty(), "no .ftl files under {}: the app would show no text", root.display());
    let mut out = String::from("/// (language code, file name, Fluent source) for every embedded locale file.\n");
    out.push_str("pub static EMBEDDED: &[(&str, &str, &str)] = &[\n");
    for file in entries {
        let lang = file.parent().and_then(|p| p.file_name()).unwrap().to_string_lossy();
        let name = file.file_name().unwrap().to_string_lossy();
        writeln!(out, "    ({lang:?}, {name:?}, include_str!({:?})),", file.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs"), out).unwrap();
}

fn sorted_dir(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> =
        fs::read_dir(dir).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    paths.sort();
    paths
}
