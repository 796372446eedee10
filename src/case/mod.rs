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

#[cfg(test)]
mod tests;
