//! The calendar of non-working days: the law's rules plus the declared periods of `assets/calendar.json`.

use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::rules::{by_law, Certainty};
use crate::data::{self, DataError, DataFile};

/// A closure an authority declared (or a day whose status the law leaves open), with its source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeclaredPeriod {
    pub id: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub certainty: Certainty,
    pub basis: String,
    pub source: String,
    pub url: Option<String>,
    pub source_date: Option<NaiveDate>,
    pub read: NaiveDate,
    /// False where the source gives no start: the real closure may have begun earlier.
    pub start_known: bool,
    pub end_known: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    /// What the file is, for people reading it: required, never used.
    #[serde(rename = "about")]
    _about: serde::de::IgnoredAny,
    reviewed: NaiveDate,
    periods: Vec<DeclaredPeriod>,
}

/// A day that is not counted, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NonWorkingDay {
    pub date: NaiveDate,
    pub certainty: Certainty,
    pub basis: String,
    /// The declared period it belongs to, if it comes from the data file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
}

#[derive(Debug)]
pub struct Calendar {
    /// When the data file was last reviewed; saved with a result so a later version can tell if it changed.
    pub reviewed: NaiveDate,
    periods: Vec<DeclaredPeriod>,
}

impl Calendar {
    /// The calendar shipped with the app.
    pub fn shipped() -> &'static Calendar {
        static SHIPPED: LazyLock<Calendar> = LazyLock::new(|| {
            Calendar::from_json(include_str!("../../assets/calendar.json"))
                .expect("assets/calendar.json is checked by tests")
        });
        &SHIPPED
    }

    pub fn from_json(json: &str) -> Result<Calendar, DataError> {
        let file: CalendarFile = data::from_json(DataFile::Calendar, json)?;
        let rule = |detail| Err(DataError::Rule { file: DataFile::Calendar, detail });
        for period in &file.periods {
            if period.to < period.from {
                return rule(format!("period {} ends before it starts", period.id));
            }
            if period.basis.trim().is_empty() || period.source.trim().is_empty() {
                return rule(format!("period {} has no basis or source", period.id));
            }
        }
        Ok(Calendar { reviewed: file.reviewed, periods: file.periods })
    }

    /// Why `date` is not counted, or None for a working day. A certain reason wins over an uncertain one.
    pub fn non_working(&self, date: NaiveDate) -> Option<NonWorkingDay> {
        let law = by_law(date).map(|(certainty, basis)| NonWorkingDay {
            date,
            certainty,
            basis: basis.to_string(),
            period: None,
        });
        let declared = self.periods.iter().find(|p| p.from <= date && date <= p.to).map(|p| NonWorkingDay {
            date,
            certainty: p.certainty,
            basis: p.basis.clone(),
            period: Some(p.id.clone()),
        });
        match (law, declared) {
            (Some(l), Some(d)) => Some(if d.certainty < l.certainty { d } else { l }),
            (l, d) => l.or(d),
        }
    }

    /// Whether `date` counts as a working day, skipping uncertain days too when `skip_uncertain`.
    pub fn counts(&self, date: NaiveDate, skip_uncertain: bool) -> bool {
        match self.non_working(date) {
            None => true,
            Some(day) => day.certainty == Certainty::Uncertain && !skip_uncertain,
        }
    }

    /// The declared periods that touch the days from `from` to `to`.
    pub fn periods_between(&self, from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = &DeclaredPeriod> {
        self.periods.iter().filter(move |p| p.from <= to && from <= p.to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_shipped_data_loads_and_every_period_has_a_source() {
        let calendar = Calendar::shipped();
        assert!(!calendar.periods.is_empty());
        for period in &calendar.periods {
            assert!(period.url.is_some() && period.source_date.is_some(), "{}", period.id);
        }
    }

    /// LFPA art. 28: a declared closure counts once published in the DOF. A period known only from the press
    /// (as the May 2024 closure, W9) may be wrong, so the safe day must not skip it: it is uncertain.
    #[test]
    fn only_a_closure_read_in_the_dof_is_certain() {
        for period in &Calendar::shipped().periods {
            if period.certainty == Certainty::Certain {
                assert!(period.source.contains("DOF") && !period.basis.contains("no se encontró"), "{}", period.id);
            }
        }
    }

    #[test]
    fn declared_periods_and_the_new_transfer_date_are_skipped_with_their_status() {
        let calendar = Calendar::shipped();
        // W9: the May 2024 closure is known from the press only (the DOF text was not found): uncertain.
        let may = calendar.non_working(d("2024-05-30")).unwrap();
        assert_eq!((may.certainty, may.period.as_deref()), (Certainty::Uncertain, Some("comar-closure-2024-05")));
        let vacation = calendar.non_working(d("2025-12-30")).unwrap();
        assert_eq!(vacation.certainty, Certainty::Uncertain);
        assert_eq!(calendar.non_working(d("2024-10-01")).unwrap().certainty, Certainty::Uncertain);
        assert_eq!(calendar.non_working(d("2030-10-01")).unwrap().certainty, Certainty::Uncertain);
        // 1 January 2026 lies inside the vacation but is certain by law: the certain reason wins.
        assert_eq!(calendar.non_working(d("2026-01-01")).unwrap().certainty, Certainty::Certain);
        assert!(calendar.counts(d("2026-01-05"), true), "COMAR reopened on 5 January 2026");
    }

    #[test]
    fn broken_data_is_refused_with_a_reason() {
        assert!(Calendar::from_json("{").unwrap_err().to_string().starts_with("calendar data:"));
        let backwards = r#"{"about":"","reviewed":"2026-01-01","periods":[{"id":"x","from":"2025-02-02","to":"2025-01-01",
            "certainty":"certain","basis":"b","source":"s","url":null,"source_date":null,"read":"2026-01-01",
            "start_known":true,"end_known":true}]}"#;
        let err = Calendar::from_json(backwards).unwrap_err();
        assert!(matches!(err, DataError::Rule { file: DataFile::Calendar, .. }));
        assert_eq!(err.to_string(), "calendar data: period x ends before it starts");
    }
}
