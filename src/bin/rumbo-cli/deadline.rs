//! `rumbo-cli deadline`: the last day of a term, for people (text) or programs (`--json`). The count and its
//! words are made in the library (`rumbo::deadline::cli_report`).

use std::io::Write;

use rumbo::deadline::{cli_report, parse_date};

use crate::output::CliResult;

pub fn run(out: &mut dyn Write, entry: &str, term: &str, today: Option<&str>, json: bool) -> CliResult {
    let today = match today {
        Some(text) => parse_date(text).map_err(|e| e.to_string())?,
        None => chrono::Local::now().date_naive(),
    };
    write!(out, "{}", cli_report(entry, term, today, json)?)?;
    Ok(())
}
