//! `rumbo-cli export html` and `export card`: the one-file edition and the pocket card of one language (rendered by
//! the app's own views).

use std::{io::Write, path::Path};

use rumbo::i18n::Lang;

use crate::output::CliResult;

/// The pocket card of one language, made today, without anyone's dates.
#[cfg(feature = "export")]
pub fn card(stdout: &mut dyn Write, lang: Lang, out: Option<&Path>) -> CliResult {
    let html = rumbo::app::export::card(lang, chrono::Local::now().date_naive());
    write_out(stdout, &html, out)
}

#[cfg(feature = "export")]
pub fn html(stdout: &mut dyn Write, lang: Lang, out: Option<&Path>) -> CliResult {
    write_out(stdout, &rumbo::app::export::one_file(lang, rumbo::pack::EMBEDDED_VERSION), out)
}

#[cfg(feature = "export")]
fn write_out(stdout: &mut dyn Write, html: &str, out: Option<&Path>) -> CliResult {
    use anyhow::Context;
    match out {
        Some(path) => {
            std::fs::write(path, html).with_context(|| path.display().to_string())?;
            crate::output::note(format_args!("{}: {} KB", path.display(), html.len() / 1024));
        }
        None => stdout.write_all(html.as_bytes())?,
    }
    Ok(())
}

#[cfg(not(feature = "export"))]
pub fn html(_stdout: &mut dyn Write, _lang: Lang, _out: Option<&Path>) -> CliResult {
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
    Err(crate::output::fail!(
        "this rumbo-cli was built without the export feature: \
         cargo run --no-default-features --features export --bin rumbo-cli -- export static ..."
    ))
}
