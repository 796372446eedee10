//! Narrowing the list: by city, kind and who a place serves, and by name, ignoring case and accents.

use super::model::{City, Entry, Kind, Serves};
use crate::text::fold;

/// The cities offered in the filter, in the order people are most likely to need them.
pub const FILTER_CITIES: &[City] =
    &[City::Tijuana, City::Mexicali, City::CiudadJuarez, City::Tapachula, City::Cdmx, City::National];

#[derive(Clone, Default, PartialEq, Debug)]
pub struct Filter {
    pub city: Option<City>,
    pub kind: Option<Kind>,
    pub serves: Option<Serves>,
    pub name: String,
}

impl Filter {
    pub fn matches(&self, entry: &Entry) -> bool {
        // Lines for everyone (911, 089) stay in every city's list: they work everywhere.
        let everywhere = entry.city == City::National && entry.serves.contains(&Serves::Everyone);
        let city = self.city.is_none_or(|c| entry.city == c || everywhere);
        let kind = self.kind.is_none_or(|k| entry.kind == k);
        // A place for everyone also serves the group asked for.
        let serves = self.serves.is_none_or(|s| entry.serves.contains(&s) || entry.serves.contains(&Serves::Everyone));
        let query = fold(self.name.trim());
        city && kind && serves && (query.is_empty() || fold(&entry.name).contains(&query))
    }

    pub fn apply<'a>(&self, entries: &'a [Entry]) -> Vec<&'a Entry> {
        entries.iter().filter(|e| self.matches(e)).collect()
    }
}
