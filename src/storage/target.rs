//! What a bookmark's `target` may be, checked the same way when a file is imported and when the Saved screen
//! reads what is stored: a stored value that fails is shown as an item that cannot be worked out, never a panic.

use chrono::NaiveDate;

use super::bookmarks::Kind;
use crate::deadline::{parse_date, DateError, Term};

/// The longest id, as the schema's CHECK allows.
pub const MAX_TARGET_BYTES: usize = 200;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("the id is empty or longer than {MAX_TARGET_BYTES} bytes")]
    Length,
    /// Guide sections and directory entries have ids of letters, digits and `-`, `_`, `.`.
    #[error("the id has characters no Rumbo id has")]
    Characters,
    /// A deadline is `TERM:YYYY-MM-DD`.
    #[error("a saved deadline is written TERM:YYYY-MM-DD")]
    Shape,
    #[error("“{0}” is not a term Rumbo counts")]
    UnknownTerm(String),
    /// The date the deadline screen itself would refuse, with its reason.
    #[error("{0}")]
    Date(DateError),
}

/// Checks a target of the given kind.
pub fn check_target(kind: Kind, target: &str) -> Result<(), TargetError> {
    if target.is_empty() || target.len() > MAX_TARGET_BYTES {
        return Err(TargetError::Length);
    }
    match kind {
        Kind::Deadline => deadline_target(target).map(|_| ()),
        Kind::Guide | Kind::Entry => {
            if target.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')) {
                Ok(())
            } else {
                Err(TargetError::Characters)
            }
        }
    }
}

/// A saved deadline's term and start, read with the deadline screen's own date rules (`parse_date`: a real day,
/// between the refugee law and the end of the calendar), in the one spelling Rumbo writes (`2025-03-03`).
pub fn deadline_target(target: &str) -> Result<(Term, NaiveDate), TargetError> {
    let (term_id, date) = target.split_once(':').ok_or(TargetError::Shape)?;
    let term = Term::from_id(term_id).ok_or_else(|| TargetError::UnknownTerm(term_id.chars().take(20).collect()))?;
    let canonical = date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-';
    // Anything else is not a date Rumbo wrote: refused as a date, with the date's own reason.
    if !canonical || !date.bytes().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit()) {
        return Err(TargetError::Date(DateError::Format(date.chars().take(20).collect())));
    }
    let start = parse_date(date).map_err(TargetError::Date)?;
    Ok((term, start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_are_read_as_the_deadline_screen_reads_dates() {
        assert_eq!(
            deadline_target("asylum:2025-03-03"),
            Ok((Term::Asylum, NaiveDate::from_ymd_opt(2025, 3, 3).unwrap()))
        );
        assert!(matches!(deadline_target("asylum:+262142-12-31"), Err(TargetError::Date(DateError::Format(_)))));
        assert!(matches!(deadline_target("asylum"), Err(TargetError::Shape)));
        assert!(matches!(deadline_target("asylum:2100-01-01"), Err(TargetError::Date(DateError::BeyondCalendar(_)))));
        assert!(matches!(deadline_target("asylum:2025-02-29"), Err(TargetError::Date(DateError::Impossible { .. }))));
        assert!(matches!(deadline_target("later:2025-03-03"), Err(TargetError::UnknownTerm(_))));
        assert!(matches!(deadline_target("asylum:2025-+3-03"), Err(TargetError::Date(DateError::Format(_)))));
        assert!(matches!(deadline_target("asylum:２０２５-03-03"), Err(TargetError::Date(DateError::Format(_)))));
    }
}
