//! Month calendars of a count, for the screen: each day with what it is in the count.

use chrono::{Datelike, Months, NaiveDate};

use super::calendar::Calendar;
use super::count::Deadline;
use super::rules::Certainty;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayKind {
    /// Outside the count (before the start or after the last date shown).
    Outside,
    /// The start day (entry, notification, filing): day 1 on the strict reading of some terms (`counts`),
    /// otherwise never counted.
    Start {
        counts: bool,
    },
    /// A working day of the count.
    Counted,
    NotCounted(Certainty),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayCell {
    pub date: NaiveDate,
    pub kind: DayKind,
    pub earliest: bool,
    pub latest: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MonthView {
    pub year: i32,
    pub month: u32,
    /// Weeks from Monday to Sunday; days of other months are None.
    pub weeks: Vec<[Option<DayCell>; 7]>,
}

/// Every month from the start to the last date of the count.
pub fn months(calendar: &Calendar, deadline: &Deadline) -> Vec<MonthView> {
    let last = deadline.extended_latest.unwrap_or(deadline.latest);
    let mut first_of_month = deadline.start.with_day(1);
    let mut views = Vec::new();
    while let Some(first) = first_of_month.filter(|first| *first <= last) {
        views.push(month(calendar, deadline, last, first));
        first_of_month = first.checked_add_months(Months::new(1));
    }
    views
}

fn month(calendar: &Calendar, deadline: &Deadline, last: NaiveDate, first: NaiveDate) -> MonthView {
    let mut weeks = Vec::new();
    let mut week = [None; 7];
    for date in first.iter_days().take_while(|d| d.month() == first.month()) {
        let kind = if date == deadline.start {
            DayKind::Start { counts: deadline.start_may_count() }
        } else if date < deadline.start || date > last {
            DayKind::Outside
        } else {
            match calendar.non_working(date) {
                Some(day) => DayKind::NotCounted(day.certainty),
                None => DayKind::Counted,
            }
        };
        let column = date.weekday().num_days_from_monday() as usize;
        week[column] =
            Some(DayCell { date, kind, earliest: date == deadline.earliest, latest: date == deadline.latest });
        if column == 6 {
            weeks.push(week);
            week = [None; 7];
        }
    }
    if week.iter().any(Option::is_some) {
        weeks.push(week);
    }
    MonthView { year: first.year(), month: first.month(), weeks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::{compute, Term};

    #[test]
    fn the_months_of_a_count_mark_its_days() {
        let calendar = Calendar::shipped();
        let result = compute(calendar, Term::Asylum, "2025-03-03".parse().unwrap()).unwrap();
        let views = months(calendar, &result);
        assert_eq!(views.iter().map(|m| (m.year, m.month)).collect::<Vec<_>>(), vec![(2025, 3), (2025, 4)]);
        let cells: Vec<DayCell> = views.iter().flat_map(|m| m.weeks.iter().flatten().flatten().copied()).collect();
        let find = |s: &str| *cells.iter().find(|c| c.date == s.parse::<NaiveDate>().unwrap()).unwrap();
        assert_eq!(find("2025-03-03").kind, DayKind::Start { counts: false });
        assert_eq!(find("2025-03-04").kind, DayKind::Counted);
        assert_eq!(find("2025-03-21").kind, DayKind::NotCounted(Certainty::Certain));
        assert_eq!(find("2025-03-17").kind, DayKind::NotCounted(Certainty::Uncertain));
        assert!(find("2025-04-15").earliest && find("2025-04-16").latest);
        assert_eq!(find("2025-04-30").kind, DayKind::Outside);
        // March 2025 starts on a Saturday: the first week has five empty days.
        assert_eq!(views[0].weeks[0].iter().filter(|d| d.is_none()).count(), 5);
    }
}
