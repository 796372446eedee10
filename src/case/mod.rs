//! "My case": one person's own dates (entry, filing, a third person's filing, the weekly sign-in, appointments,
//! the decision), every term that follows from them as the deadline engine counts it, the next sign-in, the
//! reminders as one `.ics` file, and the timeline as plain text. No Dioxus here: the screen, the command line
//! and the tests all call this.
//!
//! - `CaseFacts` (facts.rs): what the person entered, versioned JSON for storage.
//! - `validate` (validate.rs): impossible facts refused with a `CaseError` that names its message.
//! - `timeline` (timeline.rs), `next_sign_in` (sign_in.rs): what follows, each step with its message ids.
//! - `reminders` (ics.rs): the calendar file, with a neutral mode that names neither Rumbo nor the case.
//! - `summary` (summary.rs): the timeline as text in the person's language, to copy, share or listen to.

mod facts;
mod ics;
mod message;
mod sign_in;
mod summary;
mod timeline;
mod validate;

pub use facts::{
    parse_weekday, Appointment, CaseFacts, Decision, EntryDate, MonthPart, Office, Outcome, Place, SignIn, Tvrh,
    CASE_FACTS_VERSION,
};
pub use ics::{reminders, ReminderOptions, Reminders, SIGN_IN_WEEKS};
pub use message::{Arg, Message};
pub use sign_in::{next_sign_in, next_weekday, weekday_message_id, SignInDay, SUSPENSION_2025};
pub use summary::summary;
pub use timeline::{timeline, Link, Step, StepKind, StepState, Timeline};
pub use validate::{field_message_id, validate, CaseError, Field, FIRST_DATE, MAX_APPOINTMENTS, MAX_TEXT};

/// Every message this module can ask for (`Office::label_id` names the offices), so the locale
/// check can require them all. A test runs many timelines and finds no id outside this list.
pub const MESSAGE_IDS: &[&str] = &[
    "case-step-entry",
    "case-step-asylum",
    "case-step-filing",
    "case-step-ratify",
    "case-step-decision-term",
    "case-step-appointment",
    "case-step-decision",
    "case-step-appeal",
    "case-step-tvrh",
    "case-state-past",
    "case-state-current",
    "case-state-upcoming",
    "case-state-unknown",
    "case-entry-on",
    "case-entry-between",
    "case-note-count-from-earliest",
    "case-asylum-no-entry",
    "case-asylum-filed-no-entry",
    "case-asylum-open",
    "case-asylum-past-safe",
    "case-asylum-past-latest",
    "case-asylum-filed-in-time",
    "case-asylum-filed-between",
    "case-asylum-filed-late",
    "case-note-late-application",
    "case-filed-on",
    "case-filed-at",
    "case-office-comar",
    "case-office-inm",
    "case-place",
    "case-ratify-no-filing",
    "case-ratify-open",
    "case-ratify-past-safe",
    "case-ratify-past",
    "case-note-ratify-start",
    "case-decision-waiting",
    "case-decision-silence",
    "case-decision-term-decided",
    "case-note-extension-unknown",
    "case-note-past-extension",
    "case-note-delays",
    "case-note-interview-unknown",
    "case-appointment-on",
    "case-appointment-note",
    "case-decision-refused",
    "case-decision-complementary",
    "case-decision-granted",
    "case-notified-on",
    "case-appeal-no-date",
    "case-appeal-open",
    "case-appeal-past-safe",
    "case-appeal-past-latest",
    "case-note-appeal-start",
    "case-appeal-complementary",
    "case-appeal-complementary-if",
    "case-tvrh-no-expiry",
    "case-tvrh-issued",
    "case-tvrh-sources",
    "case-next-apply-soon",
    "case-next-apply-before",
    "case-next-apply-today",
    "case-next-apply-anyway",
    "case-next-keep-constancia",
    "case-next-ratify-soon",
    "case-next-ratify",
    "case-next-ratify-today",
    "case-next-keep-signing-in",
    "case-next-appointment",
    "case-next-granted",
    "case-next-appeal-now",
    "case-next-appeal-before",
    "case-next-appeal-today",
    "case-next-see-organization",
    "case-next-see-organization-now",
    "case-next-tvrh",
    "case-sign-in-next",
    "case-sign-in-advice-constancia",
    "case-sign-in-advice-go",
    "case-sign-in-suspension-2025",
    "case-sign-in-non-working",
    "case-sign-in-after-decision",
    "case-ics-sign-in",
    "case-ics-sign-in-why",
    "case-ics-sign-in-ended",
    "case-ics-term",
    "case-ics-neutral-weekly",
    "case-ics-neutral-term",
    "case-ics-neutral-appointment",
    "case-summary-title",
    "case-summary-today",
    "case-summary-article",
    "case-summary-next",
    "case-summary-footer",
    "case-field-entry",
    "case-field-filed",
    "case-field-filed-at",
    "case-field-sign-in",
    "case-field-appointment",
    "case-field-notified",
    "case-field-tvrh",
    "case-error-version",
    "case-error-unreadable",
    "case-error-impossible",
    "case-error-before-law",
    "case-error-beyond-calendar",
    "case-error-future",
    "case-error-filed-before-entry",
    "case-error-notified-before-filed",
    "case-error-notified-before-entry",
    "case-error-appointment-before-entry",
    "case-error-too-many-appointments",
    "case-error-text",
];

/// `MESSAGE_IDS` as owned strings, for the locale check.
pub fn message_ids() -> Vec<String> {
    MESSAGE_IDS.iter().map(|id| id.to_string()).collect()
}

#[cfg(test)]
mod tests;
