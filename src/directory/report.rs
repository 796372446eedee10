//! The directory as JSON for `rumbo-cli directory list --json`: every value a person acts on with its source and
//! that source's date, and the trust status computed from them, so a printout can show exactly what the card does.

use chrono::NaiveDate;
use serde_json::{json, Value};

use super::model::{Directory, Entry, Field, Verification};
use crate::sources::SourceDate;

/// `entries` as a JSON array, their trust judged on `today` (the device's date; never before the data's own).
pub fn list_json(dir: &Directory, entries: &[&Entry], today: NaiveDate) -> Value {
    Value::Array(entries.iter().map(|e| entry_json(dir, e, today)).collect())
}

fn entry_json(dir: &Directory, e: &Entry, today: NaiveDate) -> Value {
    let source = |id: &str| json!({ "id": id, "date": date_text(dir.source_date(id)) });
    let mut values: Vec<Value> = Vec::new();
    for value in dir.actionable(e) {
        let mut item = json!({ "field": value.field, "value": value.text, "source": source(value.source) });
        if value.field == Field::Phone {
            if let Some(phone) = e.phones.iter().find(|p| p.display == value.text) {
                item["dial"] = json!(phone.number);
            }
        }
        values.push(item);
    }
    let hours: Vec<Value> = e
        .hours
        .iter()
        .map(|h| {
            let weekly: Vec<Value> = h
                .weekly
                .iter()
                .map(|s| {
                    json!({ "days": s.days, "open": s.open.format("%H:%M").to_string(),
                    "close": s.close.format("%H:%M").to_string() })
                })
                .collect();
            json!({ "service": h.service_id, "tz": h.tz, "weekly": weekly, "source": source(&h.source) })
        })
        .collect();
    let verification = dir.verification(e, today);
    let trust_date = match verification {
        Verification::Seen(d) | Verification::Old(d) => date_text(d),
        Verification::Confirmed(d) => Some(d.to_string()),
        Verification::National => None,
    };
    let from = match verification {
        Verification::National | Verification::Confirmed(_) => None,
        _ => dir.oldest_value(e).map(|v| v.field),
    };
    json!({
        "id": e.id, "name": e.name, "kind": e.kind, "city": e.city, "serves": e.serves, "services": e.services,
        "address": e.address.as_ref().map(|a| &a.text),
        "phones": e.phones.iter().map(|p| &p.number).collect::<Vec<_>>(),
        "values": values,
        "hours": hours,
        "trust": { "status": verification.status(), "date": trust_date, "from": from,
            "today": dir.today(today).to_string() },
        "sources": e.sources.iter().filter_map(|s| dir.source(s)).map(|s| json!({
            "id": s.id, "title": s.title, "publisher": s.publisher, "url": s.url, "date": date_text(s.date),
            "read": s.read,
        })).collect::<Vec<_>>(),
    })
}

/// A source's date as written in the data: YYYY, YYYY-MM, YYYY-MM-DD, or null when undated.
fn date_text(date: SourceDate) -> Option<String> {
    match date {
        SourceDate::Undated => None,
        SourceDate::Year(y) => Some(format!("{y}")),
        SourceDate::Month(y, m) => Some(format!("{y}-{m:02}")),
        SourceDate::Day(d) => Some(d.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        "2026-12-03".parse().unwrap()
    }

    fn shipped(id: &str) -> Value {
        let dir = Directory::shipped();
        let entry = dir.entry(id).unwrap();
        entry_json(dir, entry, today())
    }

    #[test]
    fn comar_tijuana_is_dated_by_its_2021_address_not_by_the_2025_report() {
        let e = shipped("comar-tijuana");
        assert_eq!(e["trust"]["status"], "old");
        assert_eq!(e["trust"]["date"], "2021-12-18");
        assert_eq!(e["trust"]["from"], "address");
        assert_eq!(e["values"][0]["source"]["id"], "elsoldetijuana-2021-12-18");
    }

    #[test]
    fn emergency_numbers_are_national_and_each_value_names_its_source() {
        for id in ["emergencias-911", "denuncia-anonima-089"] {
            let e = shipped(id);
            assert_eq!(e["trust"]["status"], "national-number", "{id}");
            assert!(e["trust"]["date"].is_null());
        }
        let refuge = shipped("dif-tijuana-refugio-violencia");
        let phone = &refuge["values"][0];
        assert_eq!(phone["field"], "phone");
        assert_eq!(phone["source"]["date"], "2024-12-06");
    }
}
