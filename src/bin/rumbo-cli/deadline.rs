//! `rumbo-cli deadline`: the last day of a term, for people (text) or programs (`--json`). The count and its
//! words are made in the library (`rumbo::deadline::cli_report`).

use rumbo::deadline::{cli_report, parse_date};

pub fn run(entry: &str, term: &str, today: Option<&str>, json: bool) -> Result<(), String> {
    let today = match today {
        Some(text) => parse_date(text).map_err(|e| e.to_string())?,
        None => chrono::Local::now().date_naive(),
    };
    print!("{}", cli_report(entry, term, today, json)?);
    Ok(())
}
