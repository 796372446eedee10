//! The directory: shelters, legal help, offices and help lines, each value with its source and the date it
//! was read. Data in `assets/directory.json`; the words a person reads are Fluent messages. No Dioxus here.

mod filter;
mod hours;
mod model;
mod report;
mod rules;

pub use filter::{Filter, FILTER_CITIES};
pub use hours::{open_now, read_hours, HoursReading, Openness};
pub use model::{
    older_than, Actionable, City, Directory, Entry, Field, Hours, Kind, Phone, Serves, Service, Slot, Sourced,
    Verification, Zone, HOURS_CLAIM_MONTHS, NATIONAL_NUMBERS, OLD_AFTER_MONTHS,
};
pub use report::list_json;
pub use rules::{check, Problem, Severity, STALE_AFTER_DAYS};
