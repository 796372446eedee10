//! `rumbo-cli deadline`: the last day of a term, for people (text) or programs (`--json`). The count and its
//! words are made in the library (`rumbo::deadline::cli_report`); clap has already read the dates and the term.

use std::io::Write;

use chrono::NaiveDate;
use rumbo::deadline::{cli_report, Term};

use crate::output::CliResult;

pub fn run(out: &mut dyn Write, entry: NaiveDate, term: Term, today: Option<NaiveDate>, json: bool) -> CliResult {
    let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    write!(out, "{}", cli_report(entry, term, today, json)?)?;
    Ok(())
}
