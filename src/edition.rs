//! What every artefact says about itself (the app's About, `rumbo-cli --version`, the share page, the one-file
//! editions): the app's version and the date its content was compiled from its sources. Nobody has reviewed it
//! yet, so nothing here may call that date a review.

use chrono::NaiveDate;

use crate::content::Guides;
use crate::deadline::Calendar;
use crate::directory::Directory;
use crate::i18n::{dates, FluentArgs, Lang, Localizer};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Edition {
    pub version: &'static str,
    /// The oldest of the guides', the directory's and the calendar's compile dates: everything shipped was
    /// compiled on or after it. (The field keeps its name: `rumbo-cli --version` reads it.)
    pub reviewed: NaiveDate,
}

impl Edition {
    pub fn shipped() -> Edition {
        let dates = [Guides::shipped().compiled, Directory::shipped().checked, Calendar::shipped().reviewed];
        Edition { version: env!("CARGO_PKG_VERSION"), reviewed: dates.into_iter().min().expect("three dates") }
    }

    /// "Rumbo 0.1.0 · content compiled on 27 November 2026", in `lang` (plain text).
    pub fn line(&self, lang: Lang) -> String {
        let l = Localizer::embedded();
        let mut args = FluentArgs::new();
        args.set("version", self.version);
        args.set("date", dates::day_date(l, lang, self.reviewed));
        l.format_in(lang, "edition-line", Some(&args)).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_review_date_is_the_oldest_of_the_three() {
        let edition = Edition::shipped();
        assert_eq!(edition.version, env!("CARGO_PKG_VERSION"));
        assert!(edition.reviewed <= Guides::shipped().compiled);
        assert!(edition.reviewed <= Directory::shipped().checked);
        assert!(edition.reviewed <= Calendar::shipped().reviewed);
        assert!([Guides::shipped().compiled, Directory::shipped().checked, Calendar::shipped().reviewed]
            .contains(&edition.reviewed));
    }
}
