//! Counting working days (LFPA art. 28) on every plausible reading of a term. Each term's row says which day
//! may be day 1 (its start readings); the calendar may or may not skip the days that are only uncertainly
//! non-working. The safe last day is the earliest date over every pair of readings, the latest possible day
//! the latest, and each keeps the readings that gave it.
//!
//! Such a count never ends on a non-working day, so LFPA art. 29 (a term whose last day the office is closed
//! moves to the next working day) only matters for closures nobody could plan for; the screen explains it,
//! the count does not apply it.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::calendar::{Calendar, NonWorkingDay};
use super::input::{check_range, DateError, LAST_YEAR};
use super::rules::Certainty;
use super::terms::{StartReading, Term};

/// From this many working days left, the status says "last days".
pub const LAST_DAYS: u32 = 5;

/// Which days the calendar skips.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CalendarReading {
    /// Only the certain non-working days: uncertain days count as working days.
    CertainOnly,
    /// The uncertain days too, as if every one of them were declared non-working.
    CertainAndUncertain,
}

impl CalendarReading {
    /// The certain reading first: on a tie, the safe day names it.
    pub const ALL: [CalendarReading; 2] = [CalendarReading::CertainOnly, CalendarReading::CertainAndUncertain];

    pub fn id(self) -> &'static str {
        match self {
            CalendarReading::CertainOnly => "certain-only",
            CalendarReading::CertainAndUncertain => "certain-and-uncertain",
        }
    }

    /// The message that explains this reading of the calendar.
    pub fn message_id(self) -> &'static str {
        match self {
            CalendarReading::CertainOnly => "deadline-calendar-certain-only",
            CalendarReading::CertainAndUncertain => "deadline-calendar-certain-and-uncertain",
        }
    }

    fn skips_uncertain(self) -> bool {
        self == CalendarReading::CertainAndUncertain
    }
}

/// The count on one reading of the start rule and one of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ReadingDate {
    pub start_reading: StartReading,
    pub calendar: CalendarReading,
    /// Day 1 of the count.
    pub first: NaiveDate,
    /// The last day.
    pub last: NaiveDate,
    /// For the decision term: the last day if COMAR extends it once by the longest it may.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extended: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Deadline {
    pub term: Term,
    pub start: NaiveDate,
    /// The safe last day: the earliest over every reading. File before it.
    pub earliest: NaiveDate,
    /// The readings that gave the safe last day.
    pub earliest_reading: ReadingDate,
    /// The latest possible last day: the latest over every reading.
    pub latest: NaiveDate,
    /// The readings that gave the latest possible day.
    pub latest_reading: ReadingDate,
    /// For the decision term: the latest last day if COMAR extends it once by the longest it may.
    pub extended_latest: Option<NaiveDate>,
    /// Every reading of the start rule with every reading of the calendar, in the term's order.
    pub readings: Vec<ReadingDate>,
    /// Every non-working day from the start to the last date computed, with its basis.
    pub skipped: Vec<NonWorkingDay>,
    /// Declared closures in the count whose start or end no source gives: the real date may be later.
    pub unbounded_periods: Vec<String>,
    /// No declared closure is known for these dates (none may exist, or none was found).
    pub no_declared_closures: bool,
    /// The date the calendar data was compiled, so a saved result can be recomputed and compared.
    pub calendar_reviewed: NaiveDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Open,
    LastDays,
    /// Past the earliest date but not the latest: apply today; it may already count as late.
    PastEarliest,
    /// Past the latest date: only a late application (with its reasons) remains.
    PastLatest,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Working days counted so far on the safe reading, up to and including today.
    pub elapsed: u32,
    /// Working days left up to and including the safe last day.
    pub left: u32,
    pub status: Status,
}

/// The last days of `term` counted from `start`, on `calendar`. Refused when `start` is outside the law's
/// years or a last day would fall after the calendar's last year, where nothing is known.
pub fn compute(calendar: &Calendar, term: Term, start: NaiveDate) -> Result<Deadline, DateError> {
    check_range(start)?;
    let rule = term.rule();
    let beyond = DateError::EndsBeyondCalendar(start);
    let mut readings = Vec::with_capacity(rule.readings.len() * CalendarReading::ALL.len());
    for reading in rule.readings {
        for cal in CalendarReading::ALL {
            let skip = cal.skips_uncertain();
            let first = first_day(calendar, start, reading.start, skip).ok_or(beyond.clone())?;
            let last = walk(calendar, first, rule.working_days.saturating_sub(1), true, skip).ok_or(beyond.clone())?;
            let extended = match rule.extension {
                Some(extra) => Some(walk(calendar, last, extra, true, skip).ok_or(beyond.clone())?),
                None => None,
            };
            readings.push(ReadingDate { start_reading: reading.start, calendar: cal, first, last, extended });
        }
    }
    // min_by_key keeps the first of equal dates and max_by_key the last: the table's order decides ties.
    let earliest_reading = *readings.iter().min_by_key(|r| r.last).ok_or(beyond.clone())?;
    let latest_reading = *readings.iter().max_by_key(|r| r.last).ok_or(beyond.clone())?;
    let extended_latest = readings.iter().filter_map(|r| r.extended).max();
    let last = extended_latest.unwrap_or(latest_reading.last);
    if last.year() > LAST_YEAR {
        return Err(beyond);
    }

    let skipped =
        start.iter_days().skip(1).take_while(|d| *d <= last).filter_map(|d| calendar.non_working(d)).collect();
    let periods: Vec<_> = calendar.periods_between(start.succ_opt().unwrap_or(start), last).collect();
    Ok(Deadline {
        term,
        start,
        earliest: earliest_reading.last,
        earliest_reading,
        latest: latest_reading.last,
        latest_reading,
        extended_latest,
        readings,
        skipped,
        unbounded_periods: periods.iter().filter(|p| !p.start_known || !p.end_known).map(|p| p.id.clone()).collect(),
        no_declared_closures: periods.is_empty(),
        calendar_reviewed: calendar.reviewed,
    })
}

/// Day 1 of a count from `start`.
fn first_day(calendar: &Calendar, start: NaiveDate, reading: StartReading, skip_uncertain: bool) -> Option<NaiveDate> {
    match reading {
        // The office acted on the start day unless the day was certainly non-working.
        StartReading::SameDay
            if calendar.non_working(start).is_none_or(|day| day.certainty == Certainty::Uncertain) =>
        {
            Some(start)
        }
        StartReading::SameDay | StartReading::NextDay => walk(calendar, start, 1, true, skip_uncertain),
        StartReading::AfterEffect => walk(calendar, start, 2, true, skip_uncertain),
    }
}

impl Deadline {
    /// Where the count stands on `today`, on the reading that gave the safe day. Never "past" while the
    /// latest date is ahead of `today`.
    pub fn progress(&self, calendar: &Calendar, today: NaiveDate) -> Progress {
        let reading = &self.earliest_reading;
        let skip = reading.calendar.skips_uncertain();
        let elapsed = if today < reading.first {
            0
        } else {
            // Day 1 counts by definition; the days after it as the calendar says.
            1 + reading
                .first
                .iter_days()
                .skip(1)
                .take_while(|d| *d <= today)
                .filter(|d| calendar.counts(*d, skip))
                .count() as u32
        };
        let left = self.term.rule().working_days.saturating_sub(elapsed);
        let status = if today > self.latest {
            Status::PastLatest
        } else if today > self.earliest {
            Status::PastEarliest
        } else if left <= LAST_DAYS {
            Status::LastDays
        } else {
            Status::Open
        };
        Progress { elapsed, left, status }
    }

    /// Whether the start day itself is day 1 on some reading (the calendar marks it so).
    pub fn start_may_count(&self) -> bool {
        self.readings.iter().any(|r| r.first == self.start)
    }
}

/// The `n`th day that counts after (`forward`) or before `start`; None if that leaves chrono's range or
/// passes the calendar's last year, where nothing is known.
pub(crate) fn walk(
    calendar: &Calendar,
    start: NaiveDate,
    n: u32,
    forward: bool,
    skip_uncertain: bool,
) -> Option<NaiveDate> {
    let mut day = start;
    let mut counted = 0;
    while counted < n {
        day = if forward { day.succ_opt() } else { day.pred_opt() }?;
        if day.year() > LAST_YEAR {
            return None;
        }
        if calendar.counts(day, skip_uncertain) {
            counted += 1;
        }
    }
    Some(day)
}
