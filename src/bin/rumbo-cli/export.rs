//! `rumbo-cli export html` and `export card`: the one-file edition and the pocket card of one language (rendered by
//! the app's own views).

use std::{io::Write, path::Path};

use crate::output::CliResult;

#[cfg(feature = "export")]
fn language(lang: &str) -> Result<rumbo::i18n::Lang, String> {
    use rumbo::i18n::{Lang, LANGUAGES};
    Lang::from_code(lang).ok_or_else(|| format!("unknown language {lang:?}: use one of {}", LANGUAGES.join(", ")))
}

/// The pocket card of one language, made today, without anyone's dates.
#[cfg(feature = "export")]
pub fn card(stdout: &mut dyn Write, lang: &str, out: Option<&Path>) -> CliResult {
    let html = rumbo::app::export::card(language(lang)?, chrono::Local::now().date_naive());
    write_out(stdout, &html, out)
}

#[cfg(not(feature = "export"))]
pub fn card(_stdout: &mut dyn Write, _lang: &str, _out: Option<&Path>) -> CliResult {
    Err("this rumbo-cli was built without the export feature: \
         cargo run --no-default-features --features export --bin rumbo-cli -- export card ..."
        .into())
}

#[cfg(feature = "export")]
pub fn html(stdout: &mut dyn Write, lang: &str, out: Option<&Path>) -> CliResult {
    let html = rumbo::app::export::one_file(language(lang)?);
    write_out(stdout, &html, out)
}

#[cfg(feature = "export")]
fn write_out(stdout: &mut dyn Write, html: &str, out: Option<&Path>) -> CliResult {
    match out {
        Some(path) => {
            std::fs::write(path, html).map_err(|e| format!("{}: {e}", path.display()))?;
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
