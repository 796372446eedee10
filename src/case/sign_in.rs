//! The next weekly sign-in (Reglamento art. 24: "deberá asistir semanalmente ... el día que le sea señalado"),
//! with what the sources say when the calendar knows that day as non-working.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

use super::facts::{CaseFacts, Place};
use super::message::{Arg, Message};
use crate::deadline::{Calendar, NonWorkingDay};

/// The declared closure during which, by the one source found, COMAR registered no attendance (facts §2.3).
pub const SUSPENSION_2025: &str = "comar-vacation-2025-12";

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SignInDay {
    pub date: NaiveDate,
    pub weekday: Weekday,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// Set when the calendar knows this day as non-working, with its basis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub non_working: Option<NonWorkingDay>,
    /// What the sources say about that day, and whether sign-ins go on after a decision.
    pub notes: Vec<Message>,
    /// The guides' advice, always shown.
    pub advice: Vec<Message>,
}

/// The first day on or after `today` that falls on `weekday`.
pub fn next_weekday(today: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    today.checked_add_days(Days::new(ahead.into())).unwrap_or(today)
}

/// The next sign-in on or after `today` (today itself if it is the day: the person may not have gone yet), or
/// None when no weekday was entered.
pub fn next_sign_in(facts: &CaseFacts, today: NaiveDate, calendar: &Calendar) -> Option<SignInDay> {
    let sign_in = facts.sign_in.as_ref()?;
    let date = next_weekday(today, sign_in.weekday);
    let non_working = calendar.non_working(date);
    let mut notes = Vec::new();
    if let Some(day) = &non_working {
        notes.push(match day.period.as_deref() {
            Some(SUSPENSION_2025) => Message::new("case-sign-in-suspension-2025"),
            _ => Message::new("case-sign-in-non-working").with("basis", Arg::Text(day.basis.clone())),
        });
    }
    if facts.decision.is_some() {
        notes.push(Message::new("case-sign-in-after-decision"));
    }
    Some(SignInDay {
        date,
        weekday: sign_in.weekday,
        place: sign_in.place.clone(),
        non_working,
        notes,
        advice: vec![Message::new("case-sign-in-advice-constancia"), Message::new("case-sign-in-advice-go")],
    })
}

/// The message id of a weekday's name (the dates' own, in `rumbo.ftl`).
pub fn weekday_message_id(weekday: Weekday) -> String {
    format!("weekday-{}", weekday.number_from_monday())
}
