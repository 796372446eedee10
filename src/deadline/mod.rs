//! The COMAR deadline and the procedure's other terms, on a sourced calendar of non-working days.

mod calendar;
mod count;
mod grid;
mod ics;
mod input;
mod rules;
mod terms;

pub use calendar::{Calendar, DeclaredPeriod, NonWorkingDay};
pub use count::{compute, Deadline, Progress, Status, LAST_DAYS};
pub use grid::{months, DayCell, DayKind, MonthView};
pub use ics::{calendar_event, REMINDER_WORKING_DAYS};
pub use input::{check_range, days_in_month, parse_date, DateError, LAST_YEAR, LAW_PUBLISHED};
pub use rules::{by_law, Certainty};
pub use terms::{Term, TermRule, TERMS};

#[cfg(test)]
mod tests;
