//! `rumbo-cli export html`: the one-file edition of one language (rendered by the app's own views).

use std::path::Path;

#[cfg(feature = "export")]
pub fn html(lang: &str, out: Option<&Path>) -> Result<(), String> {
    use rumbo::i18n::{Lang, LANGUAGES};
    let lang = Lang::from_code(lang)
        .ok_or_else(|| format!("unknown language {lang:?}: use one of {}", LANGUAGES.join(", ")))?;
    let html = rumbo::app::export::one_file(lang);
    match out {
        Some(path) => {
            std::fs::write(path, &html).map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!("{}: {} KB", path.display(), html.len() / 1024);
        }
        None => print!("{html}"),
    }
    Ok(())
}

#[cfg(not(feature = "export"))]
pub fn html(_lang: &str, _out: Option<&Path>) -> Result<(), String> {
    Err("this rumbo-cli was built without the export feature: \
         cargo run --no-default-features --features export --bin rumbo-cli -- export html ..."
        .into())
}
