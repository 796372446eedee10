//! Dates typed by a person: refused with the reason when impossible or out of range, never a panic.

use std::fmt;

use chrono::NaiveDate;

/// The refugee law (LRPCAP) was published in the DOF on 27 January 2011. The facts give no separate date
/// of entry into force, so none is invented: earlier dates are simply refused.
pub const LAW_PUBLISHED: NaiveDate = match NaiveDate::from_ymd_opt(2011, 1, 27) {
    Some(d) => d,
    None => unreachable!(),
};
/// The calendar's rules are written for the years up to this one.
pub const LAST_YEAR: i32 = 2099;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not written as YYYY-MM-DD.
    Format(String),
    /// A day that does not exist, such as 30 February.
    Impossible {
        year: i32,
        month: u32,
        day: u32,
    },
    BeforeLaw(NaiveDate),
    AfterToday {
        date: NaiveDate,
        today: NaiveDate,
    },
    BeyondCalendar(NaiveDate),
    /// A start date whose last days would fall after the calendar's last year: nothing is known there.
    EndsBeyondCalendar(NaiveDate),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(text) => write!(f, "\"{text}\" is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14"),
            DateError::Impossible { year, month, day } => match days_in_month(*year, *month) {
                Some(days) => write!(f, "{year}-{month:02}-{day:02} does not exist: that month has {days} days"),
                None => write!(f, "{year}-{month:02}-{day:02} does not exist: months go from 01 to 12"),
            },
            DateError::BeforeLaw(date) => write!(
                f,
                "{date} is before the refugee law was published (DOF, 27 January 2011): its terms do not apply"
            ),
            DateError::AfterToday { date, today } => {
                write!(f, "{date} is after today ({today}): it cannot have happened yet")
            }
            DateError::BeyondCalendar(date) => write!(f, "{date} is after {LAST_YEAR}, beyond Rumbo's calendar"),
            DateError::EndsBeyondCalendar(date) => {
                write!(f, "counted from {date}, the last days fall after {LAST_YEAR}, beyond Rumbo's calendar")
            }
        }
    }
}

impl std::error::Error for DateError {}

/// Reads `YYYY-MM-DD` and checks that the date can start a term of the refugee law.
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let text = text.trim();
    let parts: Vec<&str> = text.split('-').collect();
    // Digits only: Rust's integer parsing also takes a leading "+", so "2025-+3-03" would pass as March.
    let digits = |part: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    let numbers = match parts.as_slice() {
        [y, m, d] if digits(y, 4..=4) && digits(m, 1..=2) && digits(d, 1..=2) => {
            (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>())
        }
        _ => return Err(DateError::Format(text.to_string())),
    };
    let (Ok(year), Ok(month), Ok(day)) = numbers else {
        return Err(DateError::Format(text.to_string()));
    };
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::Impossible { year, month, day })?;
    check_range(date)?;
    Ok(date)
}

/// Reads the start of a term as `parse_date` does, and refuses a day after `today`: a term cannot have
/// started in the future (the app's three fields and `rumbo-cli deadline --entry` both read it so).
pub fn parse_start(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let date = parse_date(text)?;
    if date > today {
        return Err(DateError::AfterToday { date, today });
    }
    Ok(date)
}

/// Three fields (day, month number, year) as a start date: None while one is still empty or the year is short,
/// else the date or why it cannot be one.
pub fn parse_start_fields(day: &str, month: u32, year: &str, today: NaiveDate) -> Option<Result<NaiveDate, DateError>> {
    let (day, year) = (day.trim(), year.trim());
    if day.is_empty() || month == 0 || year.len() < 4 {
        return None;
    }
    Some(parse_start(&format!("{year}-{month}-{day}"), today))
}

/// A start date must lie between the law's publication and the end of the calendar.
pub fn check_range(date: NaiveDate) -> Result<(), DateError> {
    if date < LAW_PUBLISHED {
        return Err(DateError::BeforeLaw(date));
    }
    if chrono::Datelike::year(&date) > LAST_YEAR {
        return Err(DateError::BeyondCalendar(date));
    }
    Ok(())
}

/// How many days a month has; None for a month that does not exist.
pub fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = first.checked_add_months(chrono::Months::new(1))?;
    Some((next - first).num_days() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_dates_are_read() {
        assert_eq!(parse_date("2025-03-14"), Ok(NaiveDate::from_ymd_opt(2025, 3, 14).unwrap()));
        assert_eq!(parse_date(" 2025-3-4 "), Ok(NaiveDate::from_ymd_opt(2025, 3, 4).unwrap()));
    }

    #[test]
    fn impossible_dates_are_refused_with_the_reason() {
        let err = parse_date("2025-02-30").unwrap_err();
        assert_eq!(err.to_string(), "2025-02-30 does not exist: that month has 28 days");
        assert_eq!(
            parse_date("2024-02-30").unwrap_err().to_string(),
            "2024-02-30 does not exist: that month has 29 days"
        );
        assert!(parse_date("2025-13-01").unwrap_err().to_string().contains("months go from 01 to 12"));
        assert!(matches!(parse_date("14/03/2025"), Err(DateError::Format(_))));
        assert!(matches!(parse_date("2025-03-xx"), Err(DateError::Format(_))));
        assert!(matches!(parse_date(""), Err(DateError::Format(_))));
    }

    /// I1: a sign is not a digit, in any field.
    #[test]
    fn a_start_after_today_is_refused_and_today_itself_is_taken() {
        let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
        assert_eq!(parse_start("2025-03-10", today), Ok(today));
        let tomorrow = today.succ_opt().unwrap();
        assert_eq!(parse_start("2025-03-11", today), Err(DateError::AfterToday { date: tomorrow, today }));
        assert!(matches!(parse_start("2025-02-30", today), Err(DateError::Impossible { .. })));
    }

    #[test]
    fn fields_are_a_date_only_once_all_three_are_filled() {
        let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
        assert_eq!(parse_start_fields("", 3, "2025", today), None);
        assert_eq!(parse_start_fields("3", 0, "2025", today), None);
        assert_eq!(parse_start_fields("3", 3, "202", today), None);
        assert_eq!(
            parse_start_fields(" 3 ", 3, " 2025 ", today),
            Some(Ok(NaiveDate::from_ymd_opt(2025, 3, 3).unwrap()))
        );
        assert!(matches!(parse_start_fields("30", 2, "2025", today), Some(Err(DateError::Impossible { .. }))));
    }

    #[test]
    fn signs_are_refused() {
        for text in ["2025-+3-03", "2025-03-+3", "+025-03-03", "2025--3-03", "2025-3 -03"] {
            assert!(matches!(parse_date(text), Err(DateError::Format(_))), "{text}");
        }
    }

    #[test]
    fn dates_outside_the_law_are_refused() {
        assert!(matches!(parse_date("2011-01-26"), Err(DateError::BeforeLaw(_))));
        assert!(parse_date("2011-01-27").is_ok());
        assert!(matches!(parse_date("2100-01-01"), Err(DateError::BeyondCalendar(_))));
    }
}
