//! Where a fact comes from: a source (a law, a report, a web page) and its own date, as precise as the source
//! gives it. The guides and the directory both cite sources; the directory also records the day each was read.

use chrono::NaiveDate;
use serde::{de::Error as _, Deserialize, Deserializer};

/// One source, as `assets/guides.json` and `assets/directory.json` list them.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    /// The source's own date, as precise as it gives it.
    pub date: SourceDate,
    pub url: Option<String>,
    /// The day someone read it for Rumbo. Every directory source has one (`with_read`); a guide's source has
    /// none (`without_read`). A `null` is refused, so a read date is never half-given.
    #[serde(default, deserialize_with = "some_date")]
    pub read: Option<NaiveDate>,
}

fn some_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    NaiveDate::deserialize(d).map(Some)
}

/// For `#[serde(deserialize_with)]`: a list of sources each of which says the day it was read.
pub fn with_read<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Source>, D::Error> {
    let sources = Vec::<Source>::deserialize(d)?;
    match sources.iter().find(|s| s.read.is_none()) {
        Some(source) => Err(D::Error::custom(format!("missing field `read` in source “{}”", source.id))),
        None => Ok(sources),
    }
}

/// For `#[serde(deserialize_with)]`: a list of sources without read dates (the guides record none).
pub fn without_read<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Source>, D::Error> {
    let sources = Vec::<Source>::deserialize(d)?;
    match sources.iter().find(|s| s.read.is_some()) {
        Some(source) => Err(D::Error::custom(format!(
            "unknown field `read` in source “{}”: the guides' sources have no read date",
            source.id
        ))),
        None => Ok(sources),
    }
}

/// A source's own date, as precise as the source gives it.
#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(try_from = "Option<String>")]
pub enum SourceDate {
    Undated,
    Year(i32),
    Month(i32, u32),
    Day(NaiveDate),
}

impl TryFrom<Option<String>> for SourceDate {
    type Error = String;

    fn try_from(text: Option<String>) -> Result<Self, String> {
        let Some(text) = text else { return Ok(SourceDate::Undated) };
        let bad = || format!("“{text}” is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or null for undated");
        let parts: Vec<&str> = text.split('-').collect();
        let year: i32 = parts[0].parse().map_err(|_| bad())?;
        match parts[1..] {
            [] => Ok(SourceDate::Year(year)),
            [month] => match month.parse() {
                Ok(m @ 1..=12) => Ok(SourceDate::Month(year, m)),
                _ => Err(bad()),
            },
            [_, _] => NaiveDate::parse_from_str(&text, "%Y-%m-%d").map(SourceDate::Day).map_err(|_| bad()),
            _ => Err(bad()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_dates_keep_the_precision_the_source_gives() {
        let parse = |t: Option<&str>| SourceDate::try_from(t.map(String::from));
        assert_eq!(parse(None), Ok(SourceDate::Undated));
        assert_eq!(parse(Some("2025")), Ok(SourceDate::Year(2025)));
        assert_eq!(parse(Some("2025-02")), Ok(SourceDate::Month(2025, 2)));
        assert_eq!(parse(Some("2025-02-07")), Ok(SourceDate::Day(NaiveDate::from_ymd_opt(2025, 2, 7).unwrap())));
        for bad in ["2025-13", "2025-02-30", "febrero", "2025-1-1-1"] {
            assert!(parse(Some(bad)).unwrap_err().contains(bad), "{bad}");
        }
    }

    #[derive(Deserialize, Debug)]
    struct Read(#[serde(deserialize_with = "with_read")] Vec<Source>);

    #[derive(Deserialize, Debug)]
    struct Unread(#[serde(deserialize_with = "without_read")] Vec<Source>);

    const BASE: &str = r#""id": "s", "title": "T", "publisher": null, "date": "2025-02", "url": null"#;

    #[test]
    fn a_directory_source_needs_its_read_date_and_a_guide_source_has_none() {
        let with = format!("[{{{BASE}, \"read\": \"2026-11-20\"}}]");
        let without = format!("[{{{BASE}}}]");
        let read = serde_json::from_str::<Read>(&with).unwrap();
        assert_eq!(read.0[0].read, NaiveDate::from_ymd_opt(2026, 11, 20));
        assert_eq!(read.0[0].date, SourceDate::Month(2025, 2));
        assert!(serde_json::from_str::<Read>(&without).unwrap_err().to_string().contains("missing field `read`"));
        assert!(serde_json::from_str::<Unread>(&without).unwrap().0[0].read.is_none());
        assert!(serde_json::from_str::<Unread>(&with).unwrap_err().to_string().contains("unknown field `read`"));
        let null = format!("[{{{BASE}, \"read\": null}}]");
        assert!(serde_json::from_str::<Read>(&null).is_err(), "a read date is given or left out, never null");
        assert!(serde_json::from_str::<Unread>(&null).is_err());
    }

    #[test]
    fn an_unknown_field_is_refused_in_both() {
        let extra = format!("[{{{BASE}, \"read\": \"2026-11-20\", \"note\": \"x\"}}]");
        assert!(serde_json::from_str::<Read>(&extra).unwrap_err().to_string().contains("unknown field `note`"));
        let extra = format!("[{{{BASE}, \"note\": \"x\"}}]");
        assert!(serde_json::from_str::<Unread>(&extra).unwrap_err().to_string().contains("unknown field `note`"));
    }
}
