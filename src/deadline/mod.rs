//! The COMAR deadline and the procedure's other terms, on a sourced calendar of non-working days.

mod calendar;
mod count;
mod grid;
mod ics;
mod input;
mod report;
mod rules;
mod saved;
mod terms;

pub use calendar::{Calendar, DeclaredPeriod, NonWorkingDay};
pub use count::{compute, CalendarReading, Deadline, Progress, ReadingDate, Status, LAST_DAYS};
pub use grid::{months, DayCell, DayKind, MonthView};
pub use ics::{calendar_event, REMINDER_WORKING_DAYS};
pub(crate) use ics::{escape as ics_escape, fold as ics_fold, reminder_trigger};
pub use input::{
    check_range, days_in_month, parse_date, parse_start, parse_start_fields, DateError, LAST_YEAR, LAW_PUBLISHED,
};
pub use report::cli_report;
pub use rules::{by_law, Certainty};
pub use saved::{SavedDeadline, SavedResult, TargetError};
pub use terms::{Reading, StartReading, Term, TermRule, TERMS};

/// The messages the deadline's terms and readings need in every language (their ids come from data). A saved
/// target that cannot be used is told by the Saved screen (`storage-saved-cannot-compute`).
pub fn message_ids() -> Vec<String> {
    let terms = Term::ALL.into_iter().flat_map(Term::message_ids);
    let readings = TERMS.iter().flat_map(|rule| rule.readings.iter().map(|r| rule.reading_message_id(r.start)));
    let calendars = CalendarReading::ALL.iter().map(|c| c.message_id().to_string());
    terms.chain(readings).chain(calendars).collect()
}

#[cfg(test)]
mod tests;
