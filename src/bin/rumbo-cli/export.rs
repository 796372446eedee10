//! `rumbo-cli export html`: the one-file edition of one language (rendered by the app's own views).

use std::{io::Write, path::Path};

use crate::output::CliResult;

#[cfg(feature = "export")]
pub fn html(stdout: &mut dyn Write, lang: &str, out: Option<&Path>) -> CliResult {
    use rumbo::i18n::{Lang, LANGUAGES};
    let lang = Lang::from_code(lang)
        .ok_or_else(|| format!("unknown language {lang:?}: use one of {}", LANGUAGES.join(", ")))?;
    let html = rumbo::app::export::one_file(lang);
    match out {
        Some(path) => {
            std::fs::write(path, &html).map_err(|e| format!("{}: {e}", path.display()))?;
            crate::output::note(format_args!("{}: {} KB", path.display(), html.len() / 1024));
        }
        None => stdout.write_all(html.as_bytes())?,
    }
    Ok(())
}

#[cfg(not(feature = "export"))]
pub fn html(_stdout: &mut dyn Write, _lang: &str, _out: Option<&Path>) -> CliResult {
    Err("this rumbo-cli was built without the export feature: \
         cargo run --no-default-features --features export --bin rumbo-cli -- export html ..."
        .into())
}

/// Writes the static pages into the web bundle at `dir` and puts the Spanish home into its index.html.
#[cfg(feature = "export")]
pub fn static_pages(dir: &Path) -> CliResult {
    let index = dir.join("index.html");
    let template = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let root = rumbo::app::export::root_page(&template).map_err(|e| format!("{}: {e}", index.display()))?;
    let pages = rumbo::app::export::static_pages();
    let mut bytes = root.len();
    for (path, text) in &pages {
        let path = dir.join(path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        bytes += text.len();
    }
    std::fs::write(&index, root).map_err(|e| format!("{}: {e}", index.display()))?;
    crate::output::note(format_args!("{}: {} static pages, {} KB", dir.display(), pages.len(), bytes / 1024));
    Ok(())
}

#[cfg(not(feature = "export"))]
pub fn static_pages(_dir: &Path) -> CliResult {
    Err("this rumbo-cli was built without the export feature: \
         cargo run --no-default-features --features export --bin rumbo-cli -- export static ..."
        .into())
}
