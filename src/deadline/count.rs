//! Counting working days: day 1 is the first working day after the start day, and the term ends on the
//! Nth (LRPCAP art. 18, LFPA art. 28). Such a count never ends on a non-working day, so LFPA art. 29 (a
//! term whose last day the office is closed moves to the next working day) only matters for closures
//! nobody could plan for; the screen explains it, the count does not apply it.

use chrono::NaiveDate;
use serde::Serialize;

use super::calendar::{Calendar, NonWorkingDay};
use super::terms::Term;

/// From this many working days left, the status says "last days".
pub const LAST_DAYS: u32 = 5;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Deadline {
    pub term: Term,
    pub start: NaiveDate,
    /// The earliest possible last day: only certain non-working days are skipped. File before it.
    pub earliest: NaiveDate,
    /// The latest plausible last day: uncertain days are skipped too (and, for an appeal, one more day).
    pub latest: NaiveDate,
    /// For the decision term: the last day if COMAR extends it once by the longest it may.
    pub extended_latest: Option<NaiveDate>,
    /// Every non-working day from the start to the last date computed, with its basis.
    pub skipped: Vec<NonWorkingDay>,
    /// Declared closures in the count whose start or end no source gives: the real date may be later.
    pub unbounded_periods: Vec<String>,
    /// No declared closure is known for these dates (none may exist, or none was found).
    pub no_declared_closures: bool,
    /// The calendar data's review date, so a saved result can be recomputed and compared.
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
    /// Working days counted so far, up to and including today (certain non-working days skipped).
    pub elapsed: u32,
    /// Working days left up to and including the earliest date.
    pub left: u32,
    pub status: Status,
}

/// The last day of `term` counted from `start`, on `calendar`.
pub fn compute(calendar: &Calendar, term: Term, start: NaiveDate) -> Deadline {
    let rule = term.rule();
    let earliest = nth_working_day(calendar, start, rule.working_days, false);
    let latest = nth_working_day(calendar, start, rule.working_days + rule.latest_extra, true);
    let extended_latest = rule.extension.map(|extra| nth_working_day(calendar, start, rule.working_days + extra, true));
    let last = extended_latest.unwrap_or(latest);

    let skipped =
        start.iter_days().skip(1).take_while(|d| *d <= last).filter_map(|d| calendar.non_working(d)).collect();
    let periods: Vec<_> = calendar.periods_between(start.succ_opt().unwrap_or(start), last).collect();
    Deadline {
        term,
        start,
        earliest,
        latest,
        extended_latest,
        skipped,
        unbounded_periods: periods.iter().filter(|p| !p.start_known || !p.end_known).map(|p| p.id.clone()).collect(),
        no_declared_closures: periods.is_empty(),
        calendar_reviewed: calendar.reviewed,
    }
}

impl Deadline {
    /// Where the count stands on `today`. Never "past" while the latest date is ahead of `today`.
    pub fn progress(&self, calendar: &Calendar, today: NaiveDate) -> Progress {
        let elapsed =
            self.start.iter_days().skip(1).take_while(|d| *d <= today).filter(|d| calendar.counts(*d, false)).count()
                as u32;
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
}

/// The `n`th day after `start` that counts.
fn nth_working_day(calendar: &Calendar, start: NaiveDate, n: u32, skip_uncertain: bool) -> NaiveDate {
    walk(calendar, start, n, true, skip_uncertain)
}

/// The `n`th day that counts after (`forward`) or before `start`.
pub(crate) fn walk(calendar: &Calendar, start: NaiveDate, n: u32, forward: bool, skip_uncertain: bool) -> NaiveDate {
    let mut day = start;
    let mut counted = 0;
    while counted < n {
        day = if forward { day.succ_opt() } else { day.pred_opt() }.expect("dates stay far inside chrono's range");
        if calendar.counts(day, skip_uncertain) {
            counted += 1;
        }
    }
    day
}
