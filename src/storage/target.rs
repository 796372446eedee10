//! What a bookmark's `target` may be, checked the same way when a file is imported and when the Saved screen
//! reads what is stored: a stored value that fails is shown as an item that cannot be worked out, never a panic.

use super::bookmarks::Kind;
use crate::deadline::{self, DateError, SavedDeadline};

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

/// A saved deadline, read by the deadline module's one parser (`SavedDeadline::parse`: the screen's own date rules,
/// the one spelling Rumbo writes, and a count that can be made), with its reasons as the import's reasons.
pub fn deadline_target(target: &str) -> Result<SavedDeadline, TargetError> {
    SavedDeadline::parse(target).map_err(|e| match e {
        deadline::TargetError::Shape => TargetError::Shape,
        deadline::TargetError::UnknownTerm(id) => TargetError::UnknownTerm(id.chars().take(20).collect()),
        deadline::TargetError::Date(e) => TargetError::Date(e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_are_read_as_the_deadline_screen_reads_dates() {
        let saved = deadline_target("asylum:2025-03-03").unwrap();
        assert_eq!(
            (saved.term, saved.start),
            (deadline::Term::Asylum, chrono::NaiveDate::from_ymd_opt(2025, 3, 3).unwrap())
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
