//! The non-working days that follow from the law itself, for any year from 2011 on. Declared closures
//! (vacations, suspensions, the new date of the transfer of power) come from `assets/calendar.json`.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// Whether a day is surely not counted, or only if an authority declares it (then the latest possible
/// deadline skips it and the earliest does not).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    Certain,
    Uncertain,
}

/// LFPA art. 28 names these days; it applies to every term of the refugee law (LFPA art. 2).
const LFPA_FIXED: &[(u32, u32, &str)] = &[
    (1, 1, "LFPA art. 28: 1 de enero"),
    (2, 5, "LFPA art. 28: 5 de febrero"),
    (3, 21, "LFPA art. 28: 21 de marzo"),
    (5, 1, "LFPA art. 28: 1 de mayo"),
    (5, 5, "LFPA art. 28: 5 de mayo"),
    (9, 1, "LFPA art. 28: 1 de septiembre"),
    (9, 16, "LFPA art. 28: 16 de septiembre"),
    (11, 20, "LFPA art. 28: 20 de noviembre"),
    (12, 25, "LFPA art. 28: 25 de diciembre"),
];

/// Why the law makes `date` a non-working day, if it does.
pub fn by_law(date: NaiveDate) -> Option<(Certainty, &'static str)> {
    use Certainty::*;
    if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
        return Some((Certain, "LFPA art. 28: sábados y domingos"));
    }
    let (year, month, day) = (date.year(), date.month(), date.day());
    if let Some((_, _, basis)) = LFPA_FIXED.iter().find(|(m, d, _)| (*m, *d) == (month, day)) {
        return Some((Certain, basis));
    }
    // The transfer of power fell on 1 December up to 2018 (LFPA art. 28); from 2024 it is 1 October, which
    // only the data file lists, as uncertain, because LFPA art. 28 was not amended.
    if (month, day) == (12, 1) && year <= 2018 && year % 6 == 0 {
        return Some((Certain, "LFPA art. 28: 1 de diciembre, transmisión del Poder Ejecutivo Federal"));
    }
    if date.weekday() == Weekday::Mon {
        let nth = (day - 1) / 7 + 1;
        match (month, nth) {
            (2, 1) => return Some((Uncertain, "LFT art. 74-II: primer lunes de febrero, si se declara")),
            (3, 3) => return Some((Uncertain, "LFT art. 74-III: tercer lunes de marzo, si se declara")),
            (11, 3) => return Some((Uncertain, "LFT art. 74-VI: tercer lunes de noviembre, si se declara")),
            _ => {}
        }
    }
    let easter = computus::gregorian_naive(year).ok()?;
    if date == easter - chrono::Days::new(3) {
        return Some((Uncertain, "Jueves Santo: muchas dependencias lo declaran inhábil; no está en ninguna ley"));
    }
    if date == easter - chrono::Days::new(2) {
        return Some((Uncertain, "Viernes Santo: muchas dependencias lo declaran inhábil; no está en ninguna ley"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn certainty(s: &str) -> Option<Certainty> {
        by_law(d(s)).map(|(c, _)| c)
    }

    /// The 2025 and 2026 tables of the facts file (§2.4), day by day.
    #[test]
    fn the_2025_and_2026_tables() {
        use Certainty::*;
        for day in ["2025-01-01", "2025-02-05", "2025-03-21", "2025-05-01", "2025-05-05", "2025-09-01", "2025-09-16"] {
            assert_eq!(certainty(day), Some(Certain), "{day}");
        }
        for day in ["2025-11-20", "2025-12-25", "2026-01-01", "2026-02-05", "2026-05-01", "2026-05-05", "2026-09-01"] {
            assert_eq!(certainty(day), Some(Certain), "{day}");
        }
        for day in ["2026-09-16", "2026-11-20", "2026-12-25", "2026-03-21"] {
            assert_eq!(certainty(day), Some(Certain), "{day}");
        }
        // LFT Mondays and Holy Week: uncertain. Easter 2025 was 20 April, Easter 2026 is 5 April.
        for day in ["2025-02-03", "2025-03-17", "2025-04-17", "2025-04-18", "2025-11-17"] {
            assert_eq!(certainty(day), Some(Uncertain), "{day}");
        }
        for day in ["2026-02-02", "2026-03-16", "2026-04-02", "2026-04-03", "2026-11-16"] {
            assert_eq!(certainty(day), Some(Uncertain), "{day}");
        }
    }

    #[test]
    fn ordinary_days_and_days_no_source_names_are_working_days() {
        for day in ["2025-03-14", "2026-11-02", "2025-12-12", "2025-12-24", "2025-12-31", "2026-10-01", "2024-12-02"] {
            assert_eq!(certainty(day), None, "{day}");
        }
    }

    #[test]
    fn weekends_are_certain() {
        assert_eq!(certainty("2025-03-15"), Some(Certainty::Certain));
        assert_eq!(certainty("2025-03-16"), Some(Certainty::Certain));
    }

    #[test]
    fn the_first_of_december_counts_only_in_transfer_years_up_to_2018() {
        assert_eq!(certainty("2012-12-03"), None);
        assert_eq!(certainty("2018-12-01"), Some(Certainty::Certain), "a Saturday in 2018 anyway");
        assert_eq!(by_law(d("2012-12-01")).unwrap().0, Certainty::Certain);
        assert_eq!(certainty("2015-12-01"), None);
        assert_eq!(certainty("2030-12-02"), None);
    }
}
