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
