//! `rumbo-cli directory check`: the rules every entry keeps, so a wrong number is caught before it ships.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::model::{Directory, Entry, NATIONAL_NUMBERS};

/// A source read longer ago than this is reported, as a warning, for someone to read it again.
pub const STALE_AFTER_DAYS: i64 = 180;

/// Numbers seen in sources but unverified, outdated or not meant for people seeking asylum. They must never ship.
/// The last ten digits: a number is caught with or without its country code or old long-distance prefix.
const DO_NOT_PUBLISH: &[&str] =
    &["8002268769", "8007152000", "8776326678", "8444536301", "5552098800", "8000091111", "8005058511"];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// The entry or source it concerns.
    pub id: String,
    pub message: String,
}

/// Checks the rules on a parsed directory; `today` decides which sources are stale.
pub fn check(dir: &Directory, today: NaiveDate) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut error =
        |id: &str, message: String| problems.push(Problem { severity: Severity::Error, id: id.into(), message });
    // Offices of one organization in several cities share a name; within a city a name appears once.
    let mut names: HashMap<(String, &str), &str> = HashMap::new();
    let mut numbers: HashMap<&str, &str> = HashMap::new();
    let mut ids: HashMap<&str, ()> = HashMap::new();
    for entry in &dir.entries {
        let id = entry.id.as_str();
        if ids.insert(id, ()).is_some() {
            error(id, "duplicate id".into());
        }
        if !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') || id.is_empty() {
            error(id, "ids are lowercase letters, digits and hyphens".into());
        }
        if let Some(other) = names.insert((crate::text::fold(entry.name.trim()), entry.city.id()), id) {
            error(id, format!("same name as “{other}”"));
        }
        if entry.sources.is_empty() {
            error(id, "names no source".into());
        }
        for (field, source) in actionable_sources(entry) {
            if dir.source(source).is_none() {
                error(id, format!("{field}: unknown source “{source}”"));
            } else if !entry.sources.iter().any(|s| s == source) {
                error(id, format!("{field}: source “{source}” is not in the entry's sources"));
            }
        }
        for source in entry.sources.iter().filter(|s| dir.source(s).is_none()) {
            error(id, format!("unknown source “{source}”"));
        }
        for phone in &entry.phones {
            let shown = phone.number.as_deref().unwrap_or(&phone.display);
            if let Some(number) = &phone.number {
                if !valid_number(number) {
                    error(id, format!("phone “{number}” is neither 911/089 nor in international format (+52…)"));
                }
            } else if phone.note_id.is_none() {
                error(id, format!("phone “{}” cannot be dialled: say why in a note", phone.display));
            }
            // The number and the text shown are both checked: a banned number must not ship even as text.
            for digits in [phone.number.as_deref().unwrap_or(""), &phone.display]
                .map(|t| t.chars().filter(char::is_ascii_digit).collect::<String>())
            {
                if DO_NOT_PUBLISH.iter().any(|n| !digits.is_empty() && digits.ends_with(n)) {
                    error(id, format!("phone “{shown}” is on the do-not-publish list"));
                }
            }
            // 911 and 089 are national: several entries may point to them.
            let Some(number) = phone.number.as_deref() else { continue };
            if let Some(other) = numbers.insert(number, id).filter(|_| !NATIONAL_NUMBERS.contains(&number)) {
                if other != id {
                    error(id, format!("phone “{number}” is also given for “{other}”"));
                }
            }
        }
        for hours in &entry.hours {
            if hours.service_id.trim().is_empty() {
                error(id, "hours: name the service they belong to (service_id)".into());
            }
            for slot in &hours.weekly {
                if slot.days.is_empty() || slot.days.iter().any(|d| !(1..=7).contains(d)) {
                    error(id, "hours: days are 1 (Monday) to 7 (Sunday)".into());
                }
                if slot.open >= slot.close {
                    error(id, "hours: a slot closes before it opens".into());
                }
            }
        }
        if let Some((lat, lon)) = entry.geo {
            if !(14.0..=33.0).contains(&lat) || !(-118.0..=-86.0).contains(&lon) {
                error(id, format!("geo: {lat},{lon} is not in Mexico"));
            }
        }
    }
    // Every directory source has its read date: `Directory::from_json` refuses one without.
    let read = || dir.sources.iter().filter_map(|s| s.read.map(|read| (s, read)));
    for (source, read) in read() {
        if read > today {
            error(&source.id, format!("read on {read} is after today ({today})"));
        }
    }
    for (source, read) in read() {
        let age = (today - read).num_days();
        if age > STALE_AFTER_DAYS {
            problems.push(Problem {
                severity: Severity::Warning,
                id: source.id.clone(),
                message: format!("read {age} days ago (on {read}): read it again"),
            });
        }
    }
    problems.sort_by(|a, b| (a.severity, &a.id).cmp(&(b.severity, &b.id)));
    problems
}

/// Every field a person could act on, with the source it names.
fn actionable_sources(entry: &Entry) -> Vec<(&'static str, &str)> {
    let mut out = Vec::new();
    out.extend(entry.address.iter().map(|a| ("address", a.source.as_str())));
    out.extend(entry.address_conflict.iter().map(|a| ("address_conflict", a.source.as_str())));
    out.extend(entry.phones.iter().map(|p| ("phone", p.source.as_str())));
    out.extend(entry.web.iter().map(|w| ("web", w.source.as_str())));
    out.extend(entry.email.iter().map(|e| ("email", e.source.as_str())));
    out.extend(entry.hours.iter().map(|h| ("hours", h.source.as_str())));
    out.extend(entry.stay.iter().map(|s| ("stay", s.source.as_str())));
    out
}

/// Mexico's emergency short codes, or `+`, a country code and the rest of the number.
fn valid_number(number: &str) -> bool {
    if NATIONAL_NUMBERS.contains(&number) {
        return true;
    }
    let Some(rest) = number.strip_prefix('+') else { return false };
    let digits: String = rest.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    digits.chars().all(|c| c.is_ascii_digit()) && (8..=15).contains(&digits.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn directory(entries: &str, sources: &str) -> Directory {
        let json = format!(r#"{{"checked": "2026-11-27", "sources": [{sources}], "entries": [{entries}]}}"#);
        Directory::from_json(&json).unwrap()
    }

    const SOURCE: &str =
        r#"{"id": "s", "title": "T", "publisher": null, "url": null, "date": "2025-01", "read": "2026-11-27"}"#;
    const TODAY: (i32, u32, u32) = (2026, 12, 1);

    fn run(entries: &str, sources: &str) -> Vec<String> {
        let today = NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).unwrap();
        check(&directory(entries, sources), today)
            .into_iter()
            .map(|p| format!("{:?} {}: {}", p.severity, p.id, p.message))
            .collect()
    }

    #[test]
    fn a_complete_entry_passes() {
        let entry = r#"{"id": "a", "name": "A", "kind": "helpline", "city": "national", "serves": ["everyone"],
            "address": null, "phones": [{"number": "911", "display": "911", "source": "s"}], "sources": ["s"]}"#;
        assert_eq!(run(entry, SOURCE), Vec::<String>::new());
    }

    #[test]
    fn a_missing_source_a_bad_phone_and_duplicates_are_errors() {
        let entries = r#"
            {"id": "a", "name": "Casa", "kind": "shelter", "city": "tijuana", "address": {"text": "x", "source": "nope"},
             "phones": [{"number": "664 123 4567", "display": "664 123 4567", "source": "s"}], "sources": ["s"]},
            {"id": "b", "name": "CASA", "kind": "shelter", "city": "tijuana", "address": null,
             "phones": [{"number": "+52 800 226 87 69", "display": "800 226 87 69", "source": "s"}], "sources": []}"#;
        let out = run(entries, SOURCE).join("\n");
        for expected in [
            "Error a: address: unknown source “nope”",
            "Error a: phone “664 123 4567” is neither 911/089 nor in international format",
            "Error b: same name as “a”",
            "Error b: names no source",
            "is on the do-not-publish list",
        ] {
            assert!(out.contains(expected), "{expected} not in:\n{out}");
        }
    }

    #[test]
    fn a_source_read_long_ago_is_only_a_warning() {
        let old = r#"{"id": "s", "title": "T", "publisher": null, "url": null, "date": null, "read": "2026-01-02"}"#;
        let entry = r#"{"id": "a", "name": "A", "kind": "other", "city": "cdmx", "address": null, "sources": ["s"]}"#;
        assert_eq!(run(entry, old), ["Warning s: read 333 days ago (on 2026-01-02): read it again"]);
    }

    #[test]
    fn the_oldest_actionable_value_dates_an_entry_and_undated_counts_as_old() {
        use crate::directory::Verification;
        use crate::sources::SourceDate;
        let sources = r#"{"id": "new", "title": "T", "publisher": null, "url": null, "date": "2025-03", "read": "2026-11-27"},
            {"id": "old", "title": "T", "publisher": null, "url": null, "date": "2019", "read": "2026-11-27"},
            {"id": "undated", "title": "T", "publisher": null, "url": null, "date": null, "read": "2026-11-27"}"#;
        let entries = r#"
            {"id": "a", "name": "A", "kind": "other", "city": "cdmx", "address": {"text": "x", "source": "new"},
             "sources": ["old", "new"]},
            {"id": "b", "name": "B", "kind": "other", "city": "cdmx", "address": {"text": "x", "source": "old"},
             "web": {"text": "w", "source": "new"}, "sources": ["old", "new"]},
            {"id": "c", "name": "C", "kind": "other", "city": "cdmx", "address": {"text": "x", "source": "new"},
             "web": {"text": "w", "source": "undated"}, "sources": ["undated", "new"]},
            {"id": "d", "name": "D", "kind": "other", "city": "cdmx", "address": null, "sources": ["old", "new"]},
            {"id": "e", "name": "E", "kind": "helpline", "city": "national", "address": null,
             "phones": [{"number": "911", "display": "911", "source": "undated"}], "sources": ["undated"]},
            {"id": "f", "name": "F", "kind": "health", "city": "tijuana", "address": {"text": "x", "source": "new"},
             "phones": [{"number": "911", "display": "911", "source": "undated"}], "sources": ["undated", "new"]}"#;
        let dir = directory(entries, sources);
        let today: NaiveDate = "2026-12-03".parse().unwrap();
        let v = |i: usize| dir.verification(&dir.entries[i], today);
        // The address's own source decides, not the entry's newest or oldest source.
        assert_eq!(v(0), Verification::Seen(SourceDate::Month(2025, 3)));
        // A 2019 address under a 2025 web address: the address is what makes the entry old.
        assert_eq!(v(1), Verification::Old(SourceDate::Year(2019)));
        assert_eq!(v(2), Verification::Old(SourceDate::Undated));
        // Nothing to act on: the oldest of all its sources.
        assert_eq!(v(3), Verification::Old(SourceDate::Year(2019)));
        // Exactly 911 is a national number, never a doubt flag; next to an address, the address decides.
        assert_eq!(v(4), Verification::National);
        assert_eq!(v(5), Verification::Seen(SourceDate::Month(2025, 3)));
    }

    #[test]
    fn a_clock_behind_the_data_does_not_make_old_values_recent() {
        use crate::directory::Verification;
        use crate::sources::SourceDate;
        let source =
            r#"{"id": "s", "title": "T", "publisher": null, "url": null, "date": "2024-06", "read": "2026-11-27"}"#;
        let entry = r#"{"id": "a", "name": "A", "kind": "other", "city": "cdmx", "address": {"text": "x", "source": "s"},
            "sources": ["s"]}"#;
        let dir = directory(entry, source);
        // The phone says 2025, but the data was checked on 27 November 2026: the 2024 address is 29 months old.
        let wrong_clock: NaiveDate = "2025-01-01".parse().unwrap();
        assert_eq!(dir.verification(&dir.entries[0], wrong_clock), Verification::Old(SourceDate::Month(2024, 6)));
        assert_eq!(dir.today(wrong_clock), "2026-11-27".parse::<NaiveDate>().unwrap());
    }
}
