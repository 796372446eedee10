//! What one person knows of their own case, each part optional: the facts every count of "My case" starts from.
//! Stored as JSON (versioned) by the app, typed on the command line by outreach workers.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// The shape of `CaseFacts` as stored. A newer shape is refused (`CaseError::Version`), never misread.
pub const CASE_FACTS_VERSION: u32 = 1;

/// Everything the person entered. One case per device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFacts {
    pub version: u32,
    /// The day (or month, or part of a month) of entry into Mexico.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<EntryDate>,
    /// The day the application was filed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filed: Option<NaiveDate>,
    /// Where it was filed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filed_at: Option<Place>,
    /// A representative or another person filed it: the person must ratify it (LRPCAP art. 11).
    #[serde(default)]
    pub filed_by_third_party: bool,
    /// The weekly sign-in the office set (Reglamento art. 24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_in: Option<SignIn>,
    /// Interviews or appointments the person was given, in any order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appointments: Vec<Appointment>,
    /// The decision, once notified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// The person holds a TVRH (humanitarian visitor card): no expiry is ever computed for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tvrh: Option<Tvrh>,
}

impl Default for CaseFacts {
    fn default() -> CaseFacts {
        CaseFacts {
            version: CASE_FACTS_VERSION,
            entry: None,
            filed: None,
            filed_at: None,
            filed_by_third_party: false,
            sign_in: None,
            appointments: Vec::new(),
            decision: None,
            tvrh: None,
        }
    }
}

/// The date of entry, as exactly as the person knows it. When it is not an exact day, every count starts from
/// the earliest day it may have been (the safe choice: every last day is then the earliest), and says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "precision", rename_all = "kebab-case", deny_unknown_fields)]
pub enum EntryDate {
    Day {
        date: NaiveDate,
    },
    /// Some day of this month.
    Month {
        year: i32,
        month: u32,
    },
    /// Some day of this part of the month: people say "early", "mid" or "late" March.
    Part {
        year: i32,
        month: u32,
        part: MonthPart,
    },
}

/// Thirds of a month, as people say them: days 1–10, 11–20, 21 to the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MonthPart {
    Early,
    Mid,
    Late,
}

impl MonthPart {
    pub const ALL: [MonthPart; 3] = [MonthPart::Early, MonthPart::Mid, MonthPart::Late];

    pub fn id(self) -> &'static str {
        match self {
            MonthPart::Early => "early",
            MonthPart::Mid => "mid",
            MonthPart::Late => "late",
        }
    }

    pub fn from_id(id: &str) -> Option<MonthPart> {
        MonthPart::ALL.into_iter().find(|p| p.id() == id)
    }

    /// "Early in the month"…, as the entry form offers it.
    pub fn label_id(self) -> &'static str {
        match self {
            MonthPart::Early => "case-screen-part-early",
            MonthPart::Mid => "case-screen-part-mid",
            MonthPart::Late => "case-screen-part-late",
        }
    }

    fn first_day(self) -> u32 {
        match self {
            MonthPart::Early => 1,
            MonthPart::Mid => 11,
            MonthPart::Late => 21,
        }
    }
}

impl EntryDate {
    /// The earliest day the entry may have been: every count starts here. None for a month that does not exist.
    pub fn earliest(&self) -> Option<NaiveDate> {
        match *self {
            EntryDate::Day { date } => Some(date),
            EntryDate::Month { year, month } => NaiveDate::from_ymd_opt(year, month, 1),
            EntryDate::Part { year, month, part } => NaiveDate::from_ymd_opt(year, month, part.first_day()),
        }
    }

    /// The latest day the entry may have been. None for a month that does not exist.
    pub fn latest(&self) -> Option<NaiveDate> {
        let end_of_month = |year, month| {
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            first.checked_add_months(chrono::Months::new(1))?.pred_opt()
        };
        match *self {
            EntryDate::Day { date } => Some(date),
            EntryDate::Month { year, month } => end_of_month(year, month),
            EntryDate::Part { year, month, part: MonthPart::Late } => end_of_month(year, month),
            EntryDate::Part { year, month, part } => NaiveDate::from_ymd_opt(year, month, part.first_day() + 9),
        }
    }

    /// Whether the person gave an exact day.
    pub fn is_exact(&self) -> bool {
        matches!(self, EntryDate::Day { .. })
    }

    /// Reads the command line's spelling: `2025-03-14` (a day), `2025-03` (a month), `2025-03-early`,
    /// `2025-03-mid`, `2025-03-late` (a part of a month). None for any other text; the date's range is checked by
    /// `validate`.
    pub fn parse(text: &str) -> Option<EntryDate> {
        let text = text.trim();
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let parts: Vec<&str> = text.split('-').collect();
        match parts.as_slice() {
            [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
                let date = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
                Some(EntryDate::Day { date })
            }
            [y, m] if digits(y, 4) && digits(m, 2) => {
                Some(EntryDate::Month { year: y.parse().ok()?, month: m.parse().ok()? })
            }
            [y, m, p] if digits(y, 4) && digits(m, 2) => {
                Some(EntryDate::Part { year: y.parse().ok()?, month: m.parse().ok()?, part: MonthPart::from_id(p)? })
            }
            _ => None,
        }
    }

    /// The (year, month) this entry falls in.
    pub fn year_month(&self) -> (i32, u32) {
        match *self {
            EntryDate::Day { date } => (date.year(), date.month()),
            EntryDate::Month { year, month } | EntryDate::Part { year, month, .. } => (year, month),
        }
    }
}

/// Which office.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Office {
    /// The Comisión Mexicana de Ayuda a Refugiados.
    Comar,
    /// The Instituto Nacional de Migración, where there is no COMAR office (LRPCAP art. 21; AMNESTY fn 87–88).
    Inm,
}

impl Office {
    pub fn id(self) -> &'static str {
        match self {
            Office::Comar => "comar",
            Office::Inm => "inm",
        }
    }

    pub const ALL: [Office; 2] = [Office::Comar, Office::Inm];

    pub fn from_id(id: &str) -> Option<Office> {
        Office::ALL.into_iter().find(|o| o.id() == id)
    }

    /// The office's name ("la COMAR", "el INM"), as a place is said.
    pub fn label_id(self) -> &'static str {
        match self {
            Office::Comar => "case-office-comar",
            Office::Inm => "case-office-inm",
        }
    }
}

/// An office and the city it is in, as the person names it (free text, checked for length).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub office: Office,
    #[serde(default)]
    pub city: String,
}

/// The weekly sign-in ("firma semanal"): the weekday the office set, and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    /// chrono's spelling: "Mon" … "Sun".
    pub weekday: Weekday,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
}

/// An interview or appointment the person was given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appointment {
    pub date: NaiveDate,
    /// The person's own words ("interview"), shown back to them; never in a neutral calendar file.
    #[serde(default)]
    pub note: String,
}

/// What COMAR decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// Refugee status and complementary protection both refused: the appeal term applies (LRPCAP art. 25).
    Refused,
    /// Refugee status refused, complementary protection granted (arts. 29–31).
    Complementary,
    /// Refugee status recognized.
    Granted,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Refused, Outcome::Complementary, Outcome::Granted];

    pub fn id(self) -> &'static str {
        match self {
            Outcome::Refused => "refused",
            Outcome::Complementary => "complementary",
            Outcome::Granted => "granted",
        }
    }

    pub fn from_id(id: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.id() == id)
    }

    /// The decision as the form offers it.
    pub fn label_id(self) -> &'static str {
        match self {
            Outcome::Refused => "case-screen-outcome-refused",
            Outcome::Complementary => "case-screen-outcome-complementary",
            Outcome::Granted => "case-screen-outcome-granted",
        }
    }
}

/// The decision and the day it was notified (the appeal counts from it; unknown, nothing is counted).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notified: Option<NaiveDate>,
}

/// A TVRH the person holds. Its validity is never computed: no official text was found (facts §3.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tvrh {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<NaiveDate>,
}

/// Reads a weekday as typed on the command line: English names or their first three letters, any case.
pub fn parse_weekday(text: &str) -> Option<Weekday> {
    text.trim().parse::<Weekday>().ok()
}
