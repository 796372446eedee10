//! Facts that cannot be true are refused with a reason in the person's language, and nothing is stored: the same
//! range checks as the deadline's dates, and the order of events (entry, filing, notification).

use chrono::NaiveDate;

use super::facts::{CaseFacts, CASE_FACTS_VERSION};
use super::message::{Arg, Message};
use crate::deadline::{check_range, compute, Calendar, DateError, Term, LAST_YEAR, LAW_PUBLISHED};

/// The longest free text (a city, an appointment's note) kept.
pub const MAX_TEXT: usize = 120;
/// The most appointments kept.
pub const MAX_APPOINTMENTS: usize = 60;

/// Which fact an error is about, so a screen can put the message beside its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Entry,
    Filed,
    FiledAt,
    SignIn,
    Appointment,
    Notified,
    Tvrh,
}

impl Field {
    pub fn id(self) -> &'static str {
        match self {
            Field::Entry => "entry",
            Field::Filed => "filed",
            Field::FiledAt => "filed-at",
            Field::SignIn => "sign-in",
            Field::Appointment => "appointment",
            Field::Notified => "notified",
            Field::Tvrh => "tvrh",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CaseError {
    /// Stored by a newer Rumbo: its shape is unknown here.
    #[error("these case facts are version {0}; this Rumbo reads version {CASE_FACTS_VERSION}")]
    Version(u32),
    /// Not the JSON this module writes.
    #[error("these case facts cannot be read: {0}")]
    Unreadable(String),
    /// A month that does not exist (13), or a day that does not (30 February).
    #[error("the {} date does not exist", .0.id())]
    Impossible(Field),
    #[error("the {} date is before the refugee law was published (27 January 2011)", .0.id())]
    BeforeLaw(Field),
    #[error("the {} date is after {LAST_YEAR}, beyond Rumbo's calendar", .0.id())]
    BeyondCalendar(Field),
    /// A date that cannot have happened yet (entry, filing, notification, a TVRH's issue).
    #[error("the {} date ({date}) is after today ({today})", .field.id())]
    Future { field: Field, date: NaiveDate, today: NaiveDate },
    #[error("the filing ({filed}) is before the entry ({entry})")]
    FiledBeforeEntry { filed: NaiveDate, entry: NaiveDate },
    #[error("the notification ({notified}) is before the filing ({filed})")]
    NotifiedBeforeFiled { notified: NaiveDate, filed: NaiveDate },
    #[error("the notification ({notified}) is before the entry ({entry})")]
    NotifiedBeforeEntry { notified: NaiveDate, entry: NaiveDate },
    #[error("an appointment ({date}) is before the entry ({entry})")]
    AppointmentBeforeEntry { date: NaiveDate, entry: NaiveDate },
    #[error("at most {MAX_APPOINTMENTS} appointments")]
    TooManyAppointments,
    /// A city or note longer than `MAX_TEXT` characters, or with control characters.
    #[error("the {} text is longer than {MAX_TEXT} characters or has control characters", .0.id())]
    Text(Field),
}

impl CaseError {
    /// What to show the person, in their language.
    pub fn message(&self) -> Message {
        let field = |id: &'static str, f: &Field| Message::new(id).with("field", Arg::Id(field_message_id(*f).into()));
        match self {
            CaseError::Version(_) => Message::new("case-error-version"),
            CaseError::Unreadable(_) => Message::new("case-error-unreadable"),
            CaseError::Impossible(f) => field("case-error-impossible", f),
            CaseError::BeforeLaw(f) => field("case-error-before-law", f),
            CaseError::BeyondCalendar(f) => field("case-error-beyond-calendar", f),
            CaseError::Future { field: f, date, today } => {
                field("case-error-future", f).date("date", *date).date("today", *today)
            }
            CaseError::FiledBeforeEntry { filed, entry } => {
                Message::new("case-error-filed-before-entry").date("filed", *filed).date("entry", *entry)
            }
            CaseError::NotifiedBeforeFiled { notified, filed } => {
                Message::new("case-error-notified-before-filed").date("notified", *notified).date("filed", *filed)
            }
            CaseError::NotifiedBeforeEntry { notified, entry } => {
                Message::new("case-error-notified-before-entry").date("notified", *notified).date("entry", *entry)
            }
            CaseError::AppointmentBeforeEntry { date, entry } => {
                Message::new("case-error-appointment-before-entry").date("date", *date).date("entry", *entry)
            }
            CaseError::TooManyAppointments => {
                Message::new("case-error-too-many-appointments").with("max", Arg::Number(MAX_APPOINTMENTS as u32))
            }
            CaseError::Text(f) => field("case-error-text", f).with("max", Arg::Number(MAX_TEXT as u32)),
        }
    }

    /// The fact the error is about, if one.
    pub fn field(&self) -> Option<Field> {
        match self {
            CaseError::Version(_) | CaseError::Unreadable(_) => None,
            CaseError::Impossible(f) | CaseError::BeforeLaw(f) | CaseError::BeyondCalendar(f) | CaseError::Text(f) => {
                Some(*f)
            }
            CaseError::Future { field, .. } => Some(*field),
            CaseError::FiledBeforeEntry { .. } => Some(Field::Filed),
            CaseError::NotifiedBeforeFiled { .. } | CaseError::NotifiedBeforeEntry { .. } => Some(Field::Notified),
            CaseError::AppointmentBeforeEntry { .. } | CaseError::TooManyAppointments => Some(Field::Appointment),
        }
    }
}

/// The name of a field inside an error message ("the date of entry").
pub fn field_message_id(field: Field) -> &'static str {
    match field {
        Field::Entry => "case-field-entry",
        Field::Filed => "case-field-filed",
        Field::FiledAt => "case-field-filed-at",
        Field::SignIn => "case-field-sign-in",
        Field::Appointment => "case-field-appointment",
        Field::Notified => "case-field-notified",
        Field::Tvrh => "case-field-tvrh",
    }
}

/// Every check, first failure first. `today` is the device's day: events cannot be after it; appointments can.
pub fn validate(facts: &CaseFacts, today: NaiveDate) -> Result<(), CaseError> {
    if facts.version != CASE_FACTS_VERSION {
        return Err(CaseError::Version(facts.version));
    }
    // A date must lie in the law's years, and every count from it must end inside the calendar.
    let in_range = |field: Field, date: NaiveDate, term: Option<Term>| -> Result<(), CaseError> {
        let date_error = |e: DateError| match e {
            DateError::BeforeLaw(_) => CaseError::BeforeLaw(field),
            _ => CaseError::BeyondCalendar(field),
        };
        check_range(date).map_err(date_error)?;
        if let Some(term) = term {
            compute(Calendar::shipped(), term, date).map_err(date_error)?;
        }
        Ok(())
    };
    let not_future = |field: Field, date: NaiveDate| {
        if date > today {
            Err(CaseError::Future { field, date, today })
        } else {
            Ok(())
        }
    };

    let entry = match &facts.entry {
        Some(entry) => {
            let (earliest, latest) = entry.earliest().zip(entry.latest()).ok_or(CaseError::Impossible(Field::Entry))?;
            in_range(Field::Entry, earliest, Some(Term::Asylum))?;
            in_range(Field::Entry, latest, None)?;
            // A month that has begun may be the month of entry: only its first day must be past.
            not_future(Field::Entry, earliest)?;
            Some(earliest)
        }
        None => None,
    };
    if let Some(filed) = facts.filed {
        in_range(Field::Filed, filed, Some(Term::Decision))?;
        not_future(Field::Filed, filed)?;
        if let Some(entry) = entry.filter(|e| filed < *e) {
            return Err(CaseError::FiledBeforeEntry { filed, entry });
        }
    }
    if let Some(place) = &facts.filed_at {
        check_text(Field::FiledAt, &place.city)?;
    }
    if let Some(place) = facts.sign_in.as_ref().and_then(|s| s.place.as_ref()) {
        check_text(Field::SignIn, &place.city)?;
    }
    if facts.appointments.len() > MAX_APPOINTMENTS {
        return Err(CaseError::TooManyAppointments);
    }
    for appointment in &facts.appointments {
        in_range(Field::Appointment, appointment.date, None)?;
        check_text(Field::Appointment, &appointment.note)?;
        if let Some(entry) = entry.filter(|e| appointment.date < *e) {
            return Err(CaseError::AppointmentBeforeEntry { date: appointment.date, entry });
        }
    }
    if let Some(notified) = facts.decision.and_then(|d| d.notified) {
        in_range(Field::Notified, notified, Some(Term::Appeal))?;
        not_future(Field::Notified, notified)?;
        if let Some(filed) = facts.filed.filter(|f| notified < *f) {
            return Err(CaseError::NotifiedBeforeFiled { notified, filed });
        }
        if let Some(entry) = entry.filter(|e| notified < *e) {
            return Err(CaseError::NotifiedBeforeEntry { notified, entry });
        }
    }
    if let Some(issued) = facts.tvrh.and_then(|t| t.issued) {
        in_range(Field::Tvrh, issued, None)?;
        not_future(Field::Tvrh, issued)?;
    }
    Ok(())
}

fn check_text(field: Field, text: &str) -> Result<(), CaseError> {
    if text.chars().count() > MAX_TEXT || text.chars().any(char::is_control) {
        return Err(CaseError::Text(field));
    }
    Ok(())
}

impl CaseFacts {
    /// Reads stored facts: refused unless they are this version's shape.
    pub fn from_json(json: &str) -> Result<CaseFacts, CaseError> {
        // The version first, so a newer shape says "newer" rather than "unreadable".
        #[derive(serde::Deserialize)]
        struct Versioned {
            version: u32,
        }
        let versioned: Versioned = serde_json::from_str(json).map_err(|e| CaseError::Unreadable(e.to_string()))?;
        if versioned.version != CASE_FACTS_VERSION {
            return Err(CaseError::Version(versioned.version));
        }
        serde_json::from_str(json).map_err(|e| CaseError::Unreadable(e.to_string()))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("case facts always serialize")
    }
}

/// Never before the law: `LAW_PUBLISHED` is re-exported for screens that bound their date pickers.
pub const FIRST_DATE: NaiveDate = LAW_PUBLISHED;
