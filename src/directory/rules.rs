//! `rumbo-cli directory check`: the rules every entry keeps, so a wrong number is caught before it ships.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::model::{Directory, Entry};

/// A source read longer ago than this is reported, as a warning, for someone to read it again.
pub const STALE_AFTER_DAYS: i64 = 180;

/// Numbers seen in sources but unverified, outdated or not meant for people seeking asylum. They must never ship.
const DO_NOT_PUBLISH: &[&str] =
    &["8002268769", "8007152000", "18776326678", "1877632668", "8444536301", "5552098800", "8000091111", "18005058511"];

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
        if let Some(other) = names.insert((crate::content::fold(entry.name.trim()), entry.city.id()), id) {
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
            if !valid_number(&phone.number) {
                error(id, format!("phone “{}” is neither 911/089 nor in international format (+52…)", phone.number));
            }
            let digits: String = phone.number.chars().filter(char::is_ascii_digit).collect();
            if DO_NOT_PUBLISH.iter().any(|n| digits.ends_with(n)) {
                error(id, format!("phone “{}” is on the do-not-publish list", phone.number));
            }
            // 911 and 089 are national: several entries may point to them.
            let short_code = matches!(phone.number.as_str(), "911" | "089");
            if let Some(other) = numbers.insert(&phone.number, id).filter(|_| !short_code) {
                if other != id {
                    error(id, format!("phone “{}” is also given for “{other}”", phone.number));
                }
            }
        }
        if let Some(hours) = &entry.hours {
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
    for source in &dir.sources {
        if source.read > today {
            error(&source.id, format!("read on {} is after today ({today})", source.read));
        }
    }
    for source in &dir.sources {
        let age = (today - source.read).num_days();
        if age > STALE_AFTER_DAYS {
            problems.push(Problem {
                severity: Severity::Warning,
                id: source.id.clone(),
                message: format!("read {age} days ago (on {}): read it again", source.read),
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
    if matches!(number, "911" | "089") {
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
    fn old_or_undated_sources_make_an_entry_old() {
        use crate::content::SourceDate;
        use crate::directory::Verification;
        let sources = r#"{"id": "new", "title": "T", "publisher": null, "url": null, "date": "2025-03", "read": "2026-11-27"},
            {"id": "old", "title": "T", "publisher": null, "url": null, "date": "2019", "read": "2026-11-27"},
            {"id": "undated", "title": "T", "publisher": null, "url": null, "date": null, "read": "2026-11-27"}"#;
        let entries = r#"{"id": "a", "name": "A", "kind": "other", "city": "cdmx", "address": null, "sources": ["old", "new"]},
            {"id": "b", "name": "B", "kind": "other", "city": "cdmx", "address": null, "sources": ["old"]},
            {"id": "c", "name": "C", "kind": "other", "city": "cdmx", "address": null, "sources": ["undated"]}"#;
        let dir = directory(entries, sources);
        assert_eq!(dir.verification(&dir.entries[0]), Verification::Seen(SourceDate::Month(2025, 3)));
        assert_eq!(dir.verification(&dir.entries[1]), Verification::Old(SourceDate::Year(2019)));
        assert_eq!(dir.verification(&dir.entries[2]), Verification::Old(SourceDate::Undated));
    }
}
