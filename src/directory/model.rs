//! What an entry is: who it is for, what it offers, how to reach it, and where each of those facts comes from.

use std::sync::LazyLock;

use chrono::{Months, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::data::{self, DataError, DataFile};
use crate::sources::{self, Source, SourceDate};

/// A value whose source is older than this (by the source's own date, against today) makes an entry "old,
/// check before relying on it".
pub const OLD_AFTER_MONTHS: u32 = 24;

/// Hours whose source is older than this are only reported ("according to a source of DATE it opened…"),
/// never turned into "open now" or "closed now".
pub const HOURS_CLAIM_MONTHS: u32 = 12;

/// The national short codes: a person in danger must never see a doubt flag on them.
pub const NATIONAL_NUMBERS: &[&str] = &["911", "089"];

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    /// The day the whole directory was last compared with its sources.
    pub checked: NaiveDate,
    /// Each with the day it was read.
    #[serde(deserialize_with = "sources::with_read")]
    pub sources: Vec<Source>,
    pub entries: Vec<Entry>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable across releases: bookmarks and links point at it.
    pub id: String,
    /// As the source writes it; never translated.
    pub name: String,
    pub kind: Kind,
    pub city: City,
    #[serde(default)]
    pub serves: Vec<Serves>,
    #[serde(default)]
    pub services: Vec<Service>,
    /// Languages a source says are spoken there (ISO codes).
    #[serde(default)]
    pub languages: Vec<String>,
    pub address: Option<Sourced>,
    /// What an older or other source says instead, when two disagree.
    #[serde(default)]
    pub address_conflict: Option<Sourced>,
    #[serde(default)]
    pub phones: Vec<Phone>,
    #[serde(default)]
    pub web: Option<Sourced>,
    #[serde(default)]
    pub email: Option<Sourced>,
    /// Each service's hours (the office, the clinic, the breakfast), with its own days and source.
    #[serde(default)]
    pub hours: Vec<Hours>,
    /// Latitude and longitude, for a `geo:` link, where a source gives them.
    #[serde(default)]
    pub geo: Option<(f64, f64)>,
    #[serde(default)]
    pub stay: Option<SourcedText>,
    /// A short note in the person's language (a message id).
    #[serde(default)]
    pub note_id: Option<String>,
    pub sources: Vec<String>,
}

/// A value a person could act on, with the source it was copied from.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Sourced {
    pub text: String,
    pub source: String,
}

/// A translated text (a message id) with its source.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourcedText {
    pub text_id: String,
    pub source: String,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    /// Dialable: a short code (911, 089) or `+` and the country code. None where the source gives a number
    /// that cannot be dialled as it stands (a local number without its area code): Rumbo adds no digit.
    #[serde(default)]
    pub number: Option<String>,
    /// As the source shows it.
    pub display: String,
    #[serde(default)]
    pub note_id: Option<String>,
    pub source: String,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// The message naming the service these hours belong to ("the clinic", "the breakfast", "the office").
    pub service_id: String,
    /// The place's own time zone: a phone's clock may be on the other side of the border.
    pub tz: Zone,
    #[serde(default)]
    pub weekly: Vec<Slot>,
    #[serde(default)]
    pub note_id: Option<String>,
    pub source: String,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    /// 1 is Monday.
    pub days: Vec<u8>,
    #[serde(with = "hhmm")]
    pub open: NaiveTime,
    #[serde(with = "hhmm")]
    pub close: NaiveTime,
}

mod hhmm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let text = String::deserialize(d)?;
        NaiveTime::parse_from_str(&text, "%H:%M")
            .map_err(|_| serde::de::Error::custom(format!("“{text}” is not HH:MM")))
    }
}

/// The time zones of the cities in the directory. Tijuana, Mexicali and Ciudad Juárez follow US daylight
/// saving time; Mexico City and Tapachula have kept standard time since 2022.
#[derive(Deserialize, Serialize, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Zone {
    #[serde(rename = "America/Tijuana")]
    Tijuana,
    #[serde(rename = "America/Ciudad_Juarez")]
    CiudadJuarez,
    #[serde(rename = "America/Mexico_City")]
    MexicoCity,
}

impl Zone {
    pub const ALL: [Zone; 3] = [Zone::Tijuana, Zone::CiudadJuarez, Zone::MexicoCity];

    /// The message that gives opening hours in this zone's time ("… (hora de Tijuana)").
    pub fn hours_message_id(self) -> &'static str {
        match self {
            Zone::Tijuana => "entry-hours-tijuana",
            Zone::CiudadJuarez => "entry-hours-juarez",
            Zone::MexicoCity => "entry-hours-cdmx",
        }
    }
}

macro_rules! labelled {
    ($(#[$doc:meta])* $name:ident, $prefix:literal { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Deserialize, Serialize, Clone, Copy, PartialEq, Eq, Debug, Hash)]
        pub enum $name {
            $(#[serde(rename = $id)] $variant),+
        }

        impl $name {
            pub const ALL: &[$name] = &[$($name::$variant),+];

            /// The stable id used in data files and on the command line.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.id() == id)
            }

            /// The message that names it in the person's language.
            pub fn message_id(self) -> String {
                format!(concat!($prefix, "-{}"), self.id())
            }
        }

        /// `rumbo-cli` takes it by its id: the allowed values in help and errors come from the same list.
        #[cfg(not(target_arch = "wasm32"))]
        impl clap::ValueEnum for $name {
            fn value_variants<'a>() -> &'a [$name] {
                Self::ALL
            }

            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                Some(clap::builder::PossibleValue::new(self.id()))
            }
        }
    };
}

labelled!(
    /// What kind of place or line an entry is.
    Kind, "dir-kind" { Shelter = "shelter", Legal = "legal", Government = "government", Health = "health", Helpline = "helpline", Other = "other" }
);
labelled!(
    City, "dir-city" { Tijuana = "tijuana", Mexicali = "mexicali", CiudadJuarez = "ciudad-juarez", Tapachula = "tapachula", Cdmx = "cdmx", National = "national" }
);
labelled!(
    /// Who a place says it serves.
    Serves, "dir-serves" {
        Everyone = "everyone", Women = "women", Children = "children", Families = "families", Men = "men",
        Lgbtiq = "lgbtiq", Deportees = "deportees", Mexicans = "mexicans", AsylumSeekers = "asylum-seekers",
    }
);
labelled!(
    Service, "dir-service" {
        Shelter = "shelter", Food = "food", Clothing = "clothing", Legal = "legal", Medical = "medical",
        Psychological = "psychological", Work = "work", Education = "education", PhoneInternet = "phone-internet",
        Interpretation = "interpretation", Complaints = "complaints", Emergency = "emergency", Documents = "documents",
        FamilyContact = "family-contact", AsylumApplication = "asylum-application",
    }
);

/// How far an entry can be trusted, judged by the oldest source among the values a person acts on.
/// Nobody has confirmed one with the organization yet.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Verification {
    /// Confirmed by the organization itself.
    Confirmed(NaiveDate),
    /// Only 911 or 089: national numbers, not a place whose details go stale.
    National,
    /// Every value was seen in a source of this date or later.
    Seen(SourceDate),
    /// The oldest value's source is old, or undated: check before relying on it.
    Old(SourceDate),
}

impl Verification {
    /// The stable name of the status, for `rumbo-cli directory list --json`.
    pub fn status(self) -> &'static str {
        match self {
            Verification::Confirmed(_) => "confirmed",
            Verification::National => "national-number",
            Verification::Seen(_) => "seen",
            Verification::Old(SourceDate::Undated) => "undated",
            Verification::Old(_) => "old",
        }
    }
}

/// The kind of a value a person acts on.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Address,
    Phone,
    Web,
    Email,
    Hours,
}

/// One value a person acts on (go there, call, write, arrive at a time), with the source it was copied from.
#[derive(Clone, PartialEq, Debug)]
pub struct Actionable<'a> {
    pub field: Field,
    /// As shown: the address, the number as the source writes it, the web address, the service's message id.
    pub text: &'a str,
    pub source: &'a str,
}

impl Directory {
    pub fn shipped() -> &'static Directory {
        static SHIPPED: LazyLock<Directory> = LazyLock::new(|| {
            Directory::from_json(include_str!("../../assets/directory.json"))
                .expect("assets/directory.json is checked by tests")
        });
        &SHIPPED
    }

    pub fn from_json(text: &str) -> Result<Directory, DataError> {
        data::from_json(DataFile::Directory, text)
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The day ages are counted to: the device's `today`, but never earlier than the day the data was checked
    /// (a phone whose clock is years behind must not make old data look new).
    pub fn today(&self, device_today: NaiveDate) -> NaiveDate {
        device_today.max(self.checked)
    }

    /// A source's own date; an unknown source counts as undated, so as old.
    pub fn source_date(&self, id: &str) -> SourceDate {
        self.source(id).map(|s| s.date).unwrap_or(SourceDate::Undated)
    }

    /// Every value of an entry a person acts on, with its source: address, phones, web, e-mail, each service's hours.
    pub fn actionable<'a>(&self, entry: &'a Entry) -> Vec<Actionable<'a>> {
        let mut out = Vec::new();
        let value = |field, text: &'a str, source: &'a str| Actionable { field, text, source };
        out.extend(entry.address.iter().map(|a| value(Field::Address, &a.text, &a.source)));
        out.extend(entry.phones.iter().map(|p| value(Field::Phone, &p.display, &p.source)));
        out.extend(entry.web.iter().map(|w| value(Field::Web, &w.text, &w.source)));
        out.extend(entry.email.iter().map(|e| value(Field::Email, &e.text, &e.source)));
        out.extend(entry.hours.iter().map(|h| value(Field::Hours, &h.service_id, &h.source)));
        out
    }

    /// The value whose source is oldest (undated counts as oldest), leaving out 911 and 089: the trust line
    /// speaks for it. None when the entry has no such value.
    pub fn oldest_value<'a>(&self, entry: &'a Entry) -> Option<Actionable<'a>> {
        self.actionable(entry)
            .into_iter()
            .filter(|v| !(v.field == Field::Phone && NATIONAL_NUMBERS.contains(&v.text)))
            .min_by_key(|v| sort_key(&self.source_date(v.source)))
    }

    /// How far an entry can be trusted on `today` (the device's date): from the oldest source among the values
    /// a person acts on, never from the newest source of the entry. An entry with no such value is judged by
    /// the oldest of all its sources; one whose only values are 911 or 089 is a national number.
    pub fn verification(&self, entry: &Entry, today: NaiveDate) -> Verification {
        let date = match self.oldest_value(entry) {
            Some(value) => self.source_date(value.source),
            None if self.actionable(entry).is_empty() => {
                entry.sources.iter().map(|id| self.source_date(id)).min_by_key(sort_key).unwrap_or(SourceDate::Undated)
            }
            None => return Verification::National,
        };
        if older_than(date, self.today(today), OLD_AFTER_MONTHS) {
            Verification::Old(date)
        } else {
            Verification::Seen(date)
        }
    }

    /// Every message id the directory takes from the locales.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Kind::ALL.iter().map(|k| k.message_id()).collect();
        ids.extend(City::ALL.iter().map(|c| c.message_id()));
        ids.extend(Serves::ALL.iter().map(|s| s.message_id()));
        ids.extend(Service::ALL.iter().map(|s| s.message_id()));
        ids.extend(Zone::ALL.iter().map(|z| z.hours_message_id().to_string()));
        for entry in &self.entries {
            ids.extend(entry.note_id.clone());
            ids.extend(entry.stay.as_ref().map(|s| s.text_id.clone()));
            for hours in &entry.hours {
                ids.push(hours.service_id.clone());
                ids.extend(hours.note_id.clone());
            }
            ids.extend(entry.phones.iter().filter_map(|p| p.note_id.clone()));
        }
        ids
    }
}

/// Whether a source of `date` is more than `months` older than `today`. A partial date counts from its first
/// possible day, and an undated source is always old: the safe side is to doubt.
pub fn older_than(date: SourceDate, today: NaiveDate, months: u32) -> bool {
    let limit = today.checked_sub_months(Months::new(months)).unwrap_or(today);
    date == SourceDate::Undated || sort_key(&date) < sort_key(&SourceDate::Day(limit))
}

/// Orders partial dates by their first possible day; undated sorts first.
fn sort_key(date: &SourceDate) -> (i32, u32, u32) {
    match *date {
        SourceDate::Undated => (0, 0, 0),
        SourceDate::Year(y) => (y, 1, 1),
        SourceDate::Month(y, m) => (y, m, 1),
        SourceDate::Day(d) => {
            use chrono::Datelike;
            (d.year(), d.month(), d.day())
        }
    }
}
