//! The directory: shelters, legal help, offices and help lines, each value with its source and the date it
//! was read. Data in `assets/directory.json`; the words a person reads are Fluent messages. No Dioxus here.

mod filter;
mod hours;
mod model;
mod rules;

pub use filter::{Filter, FILTER_CITIES};
pub use hours::{open_now, Openness};
pub use model::{
    City, DirSource, Directory, Entry, Hours, Kind, Phone, Serves, Service, Slot, Sourced, Verification, Zone,
    OLD_AFTER_MONTHS,
};
pub use rules::{check, Problem, Severity, STALE_AFTER_DAYS};
