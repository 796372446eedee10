//! `rumbo-cli export html` and `export card`: the one-file edition and the pocket card of one language (rendered by
//! the app's own views), the edition from the content compiled in or from a signed content pack.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

use rumbo::i18n::Lang;

use crate::output::CliResult;

/// The pocket card of one language, made today, without anyone's dates.
#[cfg(feature = "export")]
pub fn card(stdout: &mut dyn Write, lang: Lang, out: Option<&Path>) -> CliResult {
    let html = rumbo::app::export::card(lang, chrono::Local::now().date_naive());
    write_out(stdout, &html, out)
}

/// The one-file edition of one language, from the content compiled in or, with `pack`, from a content pack
/// checked as the app checks one (with `trust`, public key files trusted beside the built-in keys).
#[cfg(feature = "export")]
pub fn html(
    stdout: &mut dyn Write,
    lang: Lang,
    out: Option<&Path>,
    pack: Option<&Path>,
    trust: &[PathBuf],
) -> CliResult {
    let version = match pack {
        Some(file) => use_pack(file, trust)?,
        None => rumbo::pack::EMBEDDED_VERSION,
    };
    write_out(stdout, &rumbo::app::export::one_file(lang, version), out)
}

/// Checks the pack as the app checks an import (format, every part's hash, a trusted key's signature, an app
/// version that can read it, newer than the content compiled in, the content itself) and puts its content in use
/// the way the app does after applying it (`rumbo::pack::install`), so the edition is drawn by the same screens
/// from the pack's guides, directory, calendar and texts. This process renders one edition and ends, so nothing
/// else reads the content in between. Returns the pack's content version.
#[cfg(feature = "export")]
fn use_pack(file: &Path, trust: &[PathBuf]) -> Result<u64, String> {
    use rumbo::pack;
    let bytes = crate::pack::read_file(file)?;
    let checked = pack::check_import(&bytes, &crate::pack::trusted(trust)?, pack::EMBEDDED_VERSION, pack::APP_VERSION)
        .map_err(|e| format!("{}: refused, nothing written: {e}", file.display()))?;
    let manifest = &checked.pack.manifest;
    let (version, compiled) = (manifest.version, manifest.compiled);
    crate::output::note(format_args!(
        "{}: content pack version {version}, compiled {compiled}, signed by {}",
        file.display(),
        checked.verified.signer.fingerprint()
    ));
    pack::install(Some(checked.models));
    Ok(version)
}

#[cfg(feature = "export")]
fn write_out(stdout: &mut dyn Write, html: &str, out: Option<&Path>) -> CliResult {
    match out {
        Some(path) => {
            crate::write::replace(path, html.as_bytes())?;
            crate::output::note(format_args!("{}: {} KB", path.display(), html.len() / 1024));
        }
        None => stdout.write_all(html.as_bytes())?,
    }
    Ok(())
}

#[cfg(not(feature = "export"))]
pub fn html(
    _stdout: &mut dyn Write,
    _lang: Lang,
    _out: Option<&Path>,
    _pack: Option<&Path>,
    _trust: &[PathBuf],
) -> CliResult {
    Err(crate::output::fail!(
        "this rumbo-cli was built without the export feature: \
         cargo run --no-default-features --features export --bin rumbo-cli -- export html ..."
    ))
}

#[cfg(not(feature = "export"))]
pub fn card(_stdout: &mut dyn Write, _lang: Lang, _out: Option<&Path>) -> CliResult {
    Err(crate::output::fail!(
        "this rumbo-cli was built without the export feature: \
         cargo run --no-default-features --features export --bin rumbo-cli -- export card ..."
    ))
}

/// Writes the static pages into the web bundle at `dir` and puts the Spanish home into its index.html.
#[cfg(feature = "export")]
pub fn static_pages(dir: &Path) -> CliResult {
    let index = dir.join("index.html");
    let template = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let wasm = app_wasm(dir)?;
    let root = rumbo::app::export::root_page(&template, &wasm).map_err(|e| format!("{}: {e}", index.display()))?;
    // The texts the wasm leaves outside: it names their files by a digest of the texts it was built from, so
    // a wasm built from other locale files than this rumbo-cli would ask for files that are not there. Checked
    // before anything is written.
    let app = std::fs::read(dir.join(&wasm)).map_err(|e| format!("{wasm}: {e}"))?;
    let texts = rumbo::i18n::outside::files();
    for (lang, path, _) in &texts {
        let tag = rumbo::i18n::outside::tag(*lang).unwrap_or("?").as_bytes();
        if !app.windows(tag.len()).any(|w| w == tag) {
            return Err(
                format!("{wasm} does not ask for {path}: it was built from other locale files; build again").into()
            );
        }
    }
    let pages = rumbo::app::export::static_pages();
    let mut bytes = root.len();
    for (path, text) in &pages {
        let path = dir.join(path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        crate::write::replace(&path, text.as_bytes())?;
        bytes += text.len();
    }
    for (_, path, text) in &texts {
        crate::write::replace(&dir.join(path), text.as_bytes())?;
        bytes += text.len();
    }
    crate::write::replace(&index, root.as_bytes())?;
    crate::output::note(format_args!("{}: {} static pages, {} KB", dir.display(), pages.len(), bytes / 1024));
    Ok(())
}

/// The app's one WebAssembly file in the bundle's `assets/`, as a path relative to the bundle.
#[cfg(feature = "export")]
fn app_wasm(dir: &Path) -> Result<String, String> {
    let assets = dir.join("assets");
    let entries = std::fs::read_dir(&assets).map_err(|e| format!("{}: {e}", assets.display()))?;
    let wasm: Vec<String> =
        entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).filter(|name| name.ends_with(".wasm")).collect();
    match wasm.as_slice() {
        [one] => Ok(format!("assets/{one}")),
        _ => Err(format!("{}: {} .wasm files where the app has one: build it again", assets.display(), wasm.len())),
    }
}

#[cfg(not(feature = "export"))]
pub fn static_pages(_dir: &Path) -> CliResult {
    Err(crate::output::fail!(
        "this rumbo-cli was built without the export feature: \
         cargo run --no-default-features --features export --bin rumbo-cli -- export static ..."
    ))
}
