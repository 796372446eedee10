//! A saved deadline's target, "term:YYYY-MM-DD", read back from storage or from an imported file: the same
//! checks as a date typed on the screen, and a count that can be made, so nothing saved can break a screen.
//! Beside it, what the result was when it was saved (`SavedResult`), to say later if a newer calendar changed it.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::calendar::Calendar;
use super::count::{compute, Deadline};
use super::input::{parse_date, DateError};
use super::terms::Term;

/// A valid saved deadline: a known term and a start date its count can be made from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SavedDeadline {
    pub term: Term,
    pub start: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TargetError {
    /// Not "term:date".
    Shape,
    UnknownTerm(String),
    Date(DateError),
}

impl fmt::Display for TargetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TargetError::Shape => write!(f, "a saved deadline is written term:YYYY-MM-DD"),
            TargetError::UnknownTerm(id) => write!(f, "unknown term \"{id}\": use asylum, appeal, decision or ratify"),
            TargetError::Date(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for TargetError {}

/// What a saved deadline keeps of its result: the bookmark's `data`, written and read only here. Every field is
/// optional when read: a file from an older or hand-edited Rumbo may lack some, and what is missing is unknown.
/// Data that does not fit (a field of the wrong type) is not read at all; the count is simply made again.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedResult {
    pub term: Option<Term>,
    pub start: Option<NaiveDate>,
    pub earliest: Option<NaiveDate>,
    pub latest: Option<NaiveDate>,
    pub extended_latest: Option<NaiveDate>,
    /// The calendar's review date the count was made on.
    pub calendar: Option<NaiveDate>,
}

impl SavedResult {
    pub fn of(deadline: &Deadline) -> SavedResult {
        SavedResult {
            term: Some(deadline.term),
            start: Some(deadline.start),
            earliest: Some(deadline.earliest),
            latest: Some(deadline.latest),
            extended_latest: deadline.extended_latest,
            calendar: Some(deadline.calendar_reviewed),
        }
    }

    /// As the bookmark's data.
    pub fn to_data(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("plain values")
    }

    /// From a bookmark's data; `None` when there is none, or it is not what Rumbo writes.
    pub fn from_data(data: Option<&serde_json::Value>) -> Option<SavedResult> {
        data.and_then(|d| SavedResult::deserialize(d).ok())
    }

    /// Whether today's count gives another safe last day than the saved one (unknown: no).
    pub fn changed(&self, now: &Deadline) -> bool {
        self.earliest.is_some_and(|earliest| earliest != now.earliest)
    }
}

impl SavedDeadline {
    /// The saved deadline of a count just made.
    pub fn of(deadline: &Deadline) -> SavedDeadline {
        SavedDeadline { term: deadline.term, start: deadline.start }
    }

    /// Reads a target such as "asylum:2025-03-03". Refused unless the term exists, the date is written
    /// YYYY-MM-DD (digits only) within the law's years, and the count's last days fall inside the calendar.
    pub fn parse(target: &str) -> Result<SavedDeadline, TargetError> {
        let (term_id, date) = target.split_once(':').ok_or(TargetError::Shape)?;
        let term = Term::from_id(term_id).ok_or_else(|| TargetError::UnknownTerm(term_id.to_string()))?;
        // Stored targets are exact, in the one spelling Rumbo writes (2025-03-03): no spaces, signs or short
        // months, unlike a date a person types. Anything else is refused as a date, with the date's own reason.
        let b = date.as_bytes();
        let canonical = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
        if !canonical {
            return Err(TargetError::Date(DateError::Format(date.chars().take(20).collect())));
        }
        let start = parse_date(date).map_err(TargetError::Date)?;
        compute(Calendar::shipped(), term, start).map_err(TargetError::Date)?;
        Ok(SavedDeadline { term, start })
    }

    /// The target as it is saved.
    pub fn target(&self) -> String {
        format!("{}:{}", self.term.rule().id, self.start.format("%Y-%m-%d"))
    }

    /// The count on `calendar` (today's, which may differ from the one it was saved with).
    pub fn compute(&self, calendar: &Calendar) -> Result<Deadline, DateError> {
        compute(calendar, self.term, self.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn good_targets_are_read_and_written_back_the_same() {
        let saved = SavedDeadline::parse("ratify:2025-11-14").unwrap();
        assert_eq!((saved.term, saved.start.to_string().as_str()), (Term::Ratify, "2025-11-14"));
        assert_eq!(saved.target(), "ratify:2025-11-14");
        assert!(saved.compute(Calendar::shipped()).is_ok());
    }

    /// D8: the imported targets that made the Saved screen panic are refused with a reason.
    #[test]
    fn targets_beyond_the_calendar_or_badly_written_are_refused() {
        for target in ["asylum:+262142-12-31", "decision:+262142-06-01", "asylum:2025-+3-03", "asylum: 2025-03-03"] {
            assert!(matches!(SavedDeadline::parse(target), Err(TargetError::Date(DateError::Format(_)))), "{target}");
        }
        assert_eq!(
            SavedDeadline::parse("asylum:2100-01-01"),
            Err(TargetError::Date(DateError::BeyondCalendar("2100-01-01".parse().unwrap())))
        );
        // I2: the start is in range, but its last days would be in 2100.
        assert!(matches!(
            SavedDeadline::parse("decision:2099-12-01"),
            Err(TargetError::Date(DateError::EndsBeyondCalendar(_)))
        ));
        assert_eq!(SavedDeadline::parse("visa:2025-03-03"), Err(TargetError::UnknownTerm("visa".into())));
        assert_eq!(SavedDeadline::parse("asylum"), Err(TargetError::Shape));
        assert!(matches!(
            SavedDeadline::parse("asylum:2025-02-30"),
            Err(TargetError::Date(DateError::Impossible { .. }))
        ));
    }

    /// The data the deadline screen wrote before this type existed (a `json!` object) reads the same.
    #[test]
    fn results_saved_by_earlier_rumbos_are_read() {
        let deadline = SavedDeadline::parse("decision:2025-03-03").unwrap().compute(Calendar::shipped()).unwrap();
        let old = serde_json::json!({
            "term": "decision",
            "start": "2025-03-03",
            "earliest": deadline.earliest.to_string(),
            "latest": deadline.latest.to_string(),
            "extended_latest": deadline.extended_latest.map(|d| d.to_string()),
            "calendar": deadline.calendar_reviewed.to_string(),
        });
        let saved = SavedResult::of(&deadline);
        assert_eq!(saved.to_data(), old, "written the same as before");
        assert_eq!(SavedResult::from_data(Some(&old)), Some(saved.clone()));
        assert!(!saved.changed(&deadline));
        let only_earliest = serde_json::json!({"earliest": "2025-04-15"});
        let partial = SavedResult::from_data(Some(&only_earliest)).unwrap();
        assert_eq!(partial.earliest, "2025-04-15".parse().ok());
        assert!(partial.changed(&deadline));
        // Not what Rumbo writes: unknown, never a false "changed".
        for odd in [serde_json::json!({"earliest": 7}), serde_json::json!([1]), serde_json::json!({"earliest": "soon"})]
        {
            assert_eq!(SavedResult::from_data(Some(&odd)), None, "{odd}");
        }
        assert_eq!(SavedResult::from_data(None), None);
    }

    proptest! {
        /// Any text: a result or a reason, never a panic; what is accepted writes back exactly.
        #[test]
        fn any_target_is_read_or_refused(target in "\\PC{0,30}") {
            if let Ok(saved) = SavedDeadline::parse(&target) {
                let (_, date) = target.split_once(':').unwrap();
                prop_assert_eq!(saved.start, parse_date(date).unwrap());
                prop_assert!(saved.compute(Calendar::shipped()).is_ok());
            }
        }

        #[test]
        fn target_shaped_text_is_read_or_refused(term in "(asylum|appeal|decision|ratify|x)", y in "[+-]?[0-9]{1,6}",
                                                 m in "[+]?[0-9]{1,3}", d in "[0-9]{1,3}") {
            let target = format!("{term}:{y}-{m}-{d}");
            if let Ok(saved) = SavedDeadline::parse(&target) {
                prop_assert!(saved.target().len() == target.len() || m.len() == 1 || d.len() == 1);
                prop_assert!(!target.contains('+'));
            }
        }
    }
}
