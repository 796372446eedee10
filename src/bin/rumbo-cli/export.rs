//! `rumbo-cli export html`: the one-file edition of one language (rendered by the app's own views).

use std::{io::Write, path::Path};

use rumbo::i18n::Lang;

use crate::output::CliResult;

#[cfg(feature = "export")]
pub fn html(stdout: &mut dyn Write, lang: Lang, out: Option<&Path>) -> CliResult {
    use anyhow::Context;
    let html = rumbo::app::export::one_file(lang);
    match out {
        Some(path) => {
            std::fs::write(path, &html).with_context(|| path.display().to_string())?;
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
