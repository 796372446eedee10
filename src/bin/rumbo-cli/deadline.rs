//! `rumbo-cli deadline`: the last day of a term, for people (text) or programs (`--json`).

use std::io::Write;

use chrono::{Datelike, NaiveDate};
use rumbo::deadline::{compute, parse_date, Calendar, Certainty, DateError, Deadline, Progress, Status, Term};
use serde::Serialize;

use crate::output::CliResult;

#[derive(Serialize)]
struct Report<'a> {
    term: &'static str,
    working_days: u32,
    basis: &'static str,
    entry: NaiveDate,
    today: NaiveDate,
    earliest: NaiveDate,
    latest: NaiveDate,
    extended_latest: Option<NaiveDate>,
    working_days_elapsed: u32,
    working_days_left: u32,
    status: Status,
    skipped: &'a [rumbo::deadline::NonWorkingDay],
    unbounded_periods: &'a [String],
    no_declared_closures: bool,
    calendar_reviewed: NaiveDate,
}

pub fn run(out: &mut dyn Write, entry: &str, term: &str, today: Option<&str>, json: bool) -> CliResult {
    let term = Term::from_id(term)
        .ok_or_else(|| format!("unknown term \"{term}\": use asylum, appeal, decision or ratify"))?;
    let today = match today {
        Some(text) => parse_date(text).map_err(|e| e.to_string())?,
        None => chrono::Local::now().date_naive(),
    };
    let start = parse_date(entry).map_err(|e| e.to_string())?;
    if start > today {
        return Err(DateError::AfterToday { date: start, today }.to_string().into());
    }
    let calendar = Calendar::shipped();
    let result = compute(calendar, term, start);
    let progress = result.progress(calendar, today);
    if json {
        let report = report(&result, &progress, today);
        writeln!(out, "{}", serde_json::to_string_pretty(&report).expect("plain data serializes"))?;
    } else {
        write!(out, "{}", text(&result, &progress, today))?;
    }
    Ok(())
}

fn report<'a>(result: &'a Deadline, progress: &Progress, today: NaiveDate) -> Report<'a> {
    let rule = result.term.rule();
    Report {
        term: rule.id,
        working_days: rule.working_days,
        basis: rule.basis,
        entry: result.start,
        today,
        earliest: result.earliest,
        latest: result.latest,
        extended_latest: result.extended_latest,
        working_days_elapsed: progress.elapsed,
        working_days_left: progress.left,
        status: progress.status,
        skipped: &result.skipped,
        unbounded_periods: &result.unbounded_periods,
        no_declared_closures: result.no_declared_closures,
        calendar_reviewed: result.calendar_reviewed,
    }
}

fn text(result: &Deadline, progress: &Progress, today: NaiveDate) -> String {
    let rule = result.term.rule();
    let mut out = format!("{} working days ({}), counted from {}\n", rule.working_days, rule.basis, long(result.start));
    out += &format!("  Earliest last day: {}  (act before this day)\n", long(result.earliest));
    out += &format!(
        "  Latest last day:   {}  (if every uncertain day below is declared non-working)\n",
        long(result.latest)
    );
    if let Some(extended) = result.extended_latest {
        out += &format!("  If extended once:  {}\n", long(extended));
    }
    let status = match progress.status {
        Status::Open => "open",
        Status::LastDays => "last days",
        Status::PastEarliest => {
            "past the earliest date: act today; it may already count as late, and a late application is still possible"
        }
        Status::PastLatest => "past the latest date: a late application, with its reasons, is still possible",
    };
    out += &format!(
        "  On {}: {} working days counted, {} left ({status})\n",
        long(today),
        progress.elapsed,
        progress.left
    );
    out += "Days not counted (weekends aside):\n";
    for day in result.skipped.iter().filter(|d| d.date.weekday().number_from_monday() <= 5) {
        let certainty = match day.certainty {
            Certainty::Certain => "certain  ",
            Certainty::Uncertain => "uncertain",
        };
        out += &format!("  {} {certainty} {}\n", day.date, day.basis);
    }
    if result.no_declared_closures {
        out += "No declared closures are known for these dates.\n";
    }
    for period in &result.unbounded_periods {
        out +=
            &format!("A closure in this count ({period}) has no known start or end: the real last day may be later.\n");
    }
    out += &format!("Calendar data reviewed {}. This is not legal advice.\n", result.calendar_reviewed);
    out
}

fn long(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}
