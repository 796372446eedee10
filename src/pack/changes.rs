//! What changed between two contents, by id (so the app can mark saved items whose section or entry is gone),
//! and the same as lines a person reads in each language. `rumbo-cli pack diff` prints it; `pack build` puts it
//! in the manifest.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use fluent_syntax::{ast, parser};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::content::{Content, Models};
use super::error::PackError;
use crate::i18n::{dates, FluentArgs, Lang};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Changes {
    pub sections_added: Vec<String>,
    pub sections_removed: Vec<String>,
    /// Per language code: sections kept whose structure, sources or words changed in that language.
    pub sections_changed: BTreeMap<String, Vec<String>>,
    pub entries_added: Vec<String>,
    pub entries_changed: Vec<String>,
    pub entries_removed: Vec<String>,
    /// Days the calendar's declared periods now cover and did not before, and the reverse.
    pub days_added: Vec<NaiveDate>,
    pub days_removed: Vec<NaiveDate>,
    /// Per language code: other messages (the interface, the directory's notes) added, changed or removed.
    pub messages_changed: BTreeMap<String, usize>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self == &Changes {
            sections_changed: self.sections_changed.keys().map(|k| (k.clone(), Vec::new())).collect(),
            messages_changed: self.messages_changed.keys().map(|k| (k.clone(), 0)).collect(),
            ..Changes::default()
        }
    }
}

/// Compares two contents that both parse (`Content::models`).
pub fn diff(old: &Content, new: &Content) -> Result<Changes, PackError> {
    let (old_json, new_json) = (shared_json(old)?, shared_json(new)?);
    let by_id = |json: &[Value; 3], file: usize, list: &str| -> BTreeMap<String, Value> {
        let items = json[file].get(list).and_then(Value::as_array).cloned().unwrap_or_default();
        items.into_iter().filter_map(|v| Some((v.get("id")?.as_str()?.to_string(), v))).collect()
    };
    let mut changes = Changes::default();
    let (old_sections, new_sections) = (by_id(&old_json, 0, "sections"), by_id(&new_json, 0, "sections"));
    compare(&old_sections, &new_sections, &mut changes.sections_added, &mut Vec::new(), &mut changes.sections_removed);
    let (old_entries, new_entries) = (by_id(&old_json, 1, "entries"), by_id(&new_json, 1, "entries"));
    let (added, changed, removed) =
        (&mut changes.entries_added, &mut changes.entries_changed, &mut changes.entries_removed);
    compare(&old_entries, &new_entries, added, changed, removed);
    let (old_days, new_days) = (declared_days(&old_json[2]), declared_days(&new_json[2]));
    changes.days_added = new_days.difference(&old_days).copied().collect();
    changes.days_removed = old_days.difference(&new_days).copied().collect();

    let new_models = new.models()?;
    for lang in Lang::all() {
        let (before, after) = (messages(old, lang), messages(new, lang));
        let differs = |id: &str| before.get(id) != after.get(id);
        let mut counted: BTreeSet<String> = BTreeSet::new();
        let mut sections = Vec::new();
        for section in &new_models.guides.sections {
            let ids = section.message_ids();
            counted.extend(ids.iter().cloned());
            let kept = old_sections.contains_key(&section.id);
            if kept
                && (old_sections.get(&section.id) != new_sections.get(&section.id) || ids.iter().any(|id| differs(id)))
            {
                sections.push(section.id.clone());
            }
        }
        let all: BTreeSet<&str> = before.keys().chain(after.keys()).copied().collect();
        let others = all.into_iter().filter(|id| !counted.contains(*id) && !id.starts_with("guide-") && differs(id));
        changes.messages_changed.insert(lang.code().to_string(), others.count());
        changes.sections_changed.insert(lang.code().to_string(), sections);
    }
    Ok(changes)
}

fn compare(
    old: &BTreeMap<String, Value>,
    new: &BTreeMap<String, Value>,
    added: &mut Vec<String>,
    changed: &mut Vec<String>,
    removed: &mut Vec<String>,
) {
    added.extend(new.keys().filter(|id| !old.contains_key(*id)).cloned());
    removed.extend(old.keys().filter(|id| !new.contains_key(*id)).cloned());
    changed.extend(new.iter().filter(|(id, v)| old.get(*id).is_some_and(|o| o != *v)).map(|(id, _)| id.clone()));
}

fn shared_json(content: &Content) -> Result<[Value; 3], PackError> {
    let parse = |name: &str| {
        let text = content.shared.get(name).map(String::as_str).unwrap_or("");
        serde_json::from_str(crate::text::strip_bom(text))
            .map_err(|e| PackError::BadContent { name: name.to_string(), detail: e.to_string() })
    };
    Ok([parse("guides.json")?, parse("directory.json")?, parse("calendar.json")?])
}

/// Every day inside a declared period of calendar.json.
fn declared_days(calendar: &Value) -> BTreeSet<NaiveDate> {
    let periods = calendar.get("periods").and_then(Value::as_array).cloned().unwrap_or_default();
    let date = |v: &Value, key: &str| v.get(key)?.as_str()?.parse::<NaiveDate>().ok();
    let mut days = BTreeSet::new();
    for period in &periods {
        let (Some(from), Some(to)) = (date(period, "from"), date(period, "to")) else { continue };
        // A period is weeks long; the bound keeps a wrong year from listing thousands of days.
        days.extend(from.iter_days().take_while(|d| *d <= to).take(366));
    }
    days
}

type Body<'a> = (Option<ast::Pattern<&'a str>>, Vec<ast::Attribute<&'a str>>);

/// Each message's value and attributes (not its comment) in one language.
fn messages(content: &Content, lang: Lang) -> HashMap<&str, Body<'_>> {
    let files = content.locales.get(lang.code()).into_iter().flat_map(|f| f.values());
    let mut found = HashMap::new();
    for text in files {
        let resource = parser::parse(crate::text::strip_bom(text)).unwrap_or_else(|(partial, _)| partial);
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                found.insert(m.id.name, (m.value, m.attributes));
            }
        }
    }
    found
}

/// The lines a person reads about these changes, in every language: sections by their title, entries by their
/// name, days in words. `old` names what was removed.
pub fn summary(changes: &Changes, old: &Models, new: &Models) -> BTreeMap<String, Vec<String>> {
    let entry_name = |models: &Models, id: &str| models.directory.entry(id).map(|e| e.name.clone()).unwrap_or_default();
    Lang::all()
        .map(|lang| {
            let line = |models: &Models, id: &str, key: &str, value: String| {
                let mut args = FluentArgs::new();
                args.set(key.to_string(), value);
                models.localizer.format(lang, id, Some(&args))
            };
            let title = |models: &Models, id: &str| models.localizer.text(lang, &format!("guide-{id}-title"));
            let mut lines = Vec::new();
            let changed = changes.sections_changed.get(lang.code()).cloned().unwrap_or_default();
            lines.extend(
                changes.sections_added.iter().map(|s| line(new, "pack-change-section-added", "title", title(new, s))),
            );
            lines.extend(changed.iter().map(|s| line(new, "pack-change-section-changed", "title", title(new, s))));
            lines.extend(
                changes
                    .sections_removed
                    .iter()
                    .map(|s| line(new, "pack-change-section-removed", "title", title(old, s))),
            );
            let name = |models: &Models, id: &String| entry_name(models, id);
            lines.extend(
                changes.entries_added.iter().map(|e| line(new, "pack-change-entry-added", "name", name(new, e))),
            );
            lines.extend(
                changes.entries_changed.iter().map(|e| line(new, "pack-change-entry-changed", "name", name(new, e))),
            );
            lines.extend(
                changes.entries_removed.iter().map(|e| line(new, "pack-change-entry-removed", "name", name(old, e))),
            );
            let day = |d: &NaiveDate| dates::day_date(&new.localizer, lang, *d);
            lines.extend(changes.days_added.iter().map(|d| line(new, "pack-change-day-added", "date", day(d))));
            lines.extend(changes.days_removed.iter().map(|d| line(new, "pack-change-day-removed", "date", day(d))));
            let count = changes.messages_changed.get(lang.code()).copied().unwrap_or(0);
            if count > 0 {
                let mut args = FluentArgs::new();
                args.set("count", count);
                lines.push(new.localizer.format(lang, "pack-change-messages", Some(&args)));
            }
            if lines.is_empty() {
                lines.push(new.localizer.text(lang, "pack-change-none"));
            }
            (lang.code().to_string(), lines)
        })
        .collect()
}
