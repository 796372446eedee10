//! A count for programs (JSON) and for people at a terminal (English text): what `rumbo-cli deadline` prints.
//! Each date says which reading of the start rule and of the calendar gave it, and the law it rests on.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::calendar::{Calendar, NonWorkingDay};
use super::count::{compute, CalendarReading, Deadline, Progress, ReadingDate, Status};
use super::input::DateError;
use super::rules::Certainty;
use super::terms::{StartReading, Term};

#[derive(Serialize)]
struct Report<'a> {
    term: &'static str,
    working_days: u32,
    basis: &'static str,
    entry: NaiveDate,
    today: NaiveDate,
    /// The safe last day: the earliest over every reading.
    earliest: NaiveDate,
    earliest_reading: ReadingReport,
    latest: NaiveDate,
    latest_reading: ReadingReport,
    extended_latest: Option<NaiveDate>,
    readings: Vec<ReadingReport>,
    working_days_elapsed: u32,
    working_days_left: u32,
    status: Status,
    skipped: &'a [NonWorkingDay],
    unbounded_periods: &'a [String],
    no_declared_closures: bool,
    calendar_reviewed: NaiveDate,
}

#[derive(Serialize)]
struct ReadingReport {
    #[serde(flatten)]
    date: ReadingDate,
    /// The law's words behind the start reading.
    source: &'static str,
}

fn reading_report(term: Term, date: ReadingDate) -> ReadingReport {
    let source = term.rule().readings.iter().find(|r| r.start == date.start_reading).map_or("", |r| r.source);
    ReadingReport { date, source }
}

/// Counts from the command line's start (already read by `parse_date`) and gives the text to print (JSON when
/// `json`), or why it cannot be counted.
pub fn cli_report(start: NaiveDate, term: Term, today: NaiveDate, json: bool) -> Result<String, DateError> {
    if start > today {
        return Err(DateError::AfterToday { date: start, today });
    }
    let calendar = Calendar::shipped();
    let result = compute(calendar, term, start)?;
    let progress = result.progress(calendar, today);
    Ok(if json {
        let mut out = serde_json::to_string_pretty(&report(&result, &progress, today)).expect("plain values");
        out.push('\n');
        out
    } else {
        text(&result, &progress, today)
    })
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
        earliest_reading: reading_report(result.term, result.earliest_reading),
        latest: result.latest,
        latest_reading: reading_report(result.term, result.latest_reading),
        extended_latest: result.extended_latest,
        readings: result.readings.iter().map(|r| reading_report(result.term, *r)).collect(),
        working_days_elapsed: progress.elapsed,
        working_days_left: progress.left,
        status: progress.status,
        skipped: &result.skipped,
        unbounded_periods: &result.unbounded_periods,
        no_declared_closures: result.no_declared_closures,
        calendar_reviewed: result.calendar_reviewed,
    }
}

/// The reading in English words, for the terminal.
fn reading_words(date: &ReadingDate) -> String {
    let start = match date.start_reading {
        StartReading::SameDay => "the start day itself is day 1 when the office was open",
        StartReading::NextDay => "day 1 is the next working day",
        StartReading::AfterEffect => "the notification takes effect the next working day and day 1 is the one after",
    };
    let calendar = match date.calendar {
        CalendarReading::CertainOnly => "uncertain days counted as working days",
        CalendarReading::CertainAndUncertain => "uncertain days not counted",
    };
    format!("{start}; {calendar}")
}

fn text(result: &Deadline, progress: &Progress, today: NaiveDate) -> String {
    let rule = result.term.rule();
    let mut out = format!("{} working days ({}), counted from {}\n", rule.working_days, rule.basis, long(result.start));
    out += &format!("  Safe last day:     {}  (act before this day)\n", long(result.earliest));
    out += &format!("                     reading: {}\n", reading_words(&result.earliest_reading));
    out += &format!("  Latest last day:   {}\n", long(result.latest));
    out += &format!("                     reading: {}\n", reading_words(&result.latest_reading));
    if let Some(extended) = result.extended_latest {
        out += &format!("  If extended once:  {}\n", long(extended));
    }
    let status = match progress.status {
        Status::Open => "open",
        Status::LastDays => "last days",
        Status::PastEarliest => {
            "past the safe last day: act today; it may already count as late, and a late application is still possible"
        }
        Status::PastLatest => "past the latest date: a late application, with its reasons, is still possible",
    };
    out += &format!(
        "  On {}: {} working days counted, {} left ({status})\n",
        long(today),
        progress.elapsed,
        progress.left
    );
    out += "Every reading:\n";
    for reading in &result.readings {
        out += &format!("  {}  {}\n", reading.last, reading_words(reading));
    }
    for reading in rule.readings {
        out += &format!("  {}: {}\n", reading.start.id(), reading.source);
    }
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
    out += &format!("Calendar data compiled {}. This is not legal advice.\n", result.calendar_reviewed);
    out
}

fn long(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}
