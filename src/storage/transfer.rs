//! Moving saved items to another phone: a small JSON file, the same from the app and from `rumbo-cli`.
//! A file is checked as strictly as what a person types: every bookmark must be one this Rumbo can show (a known
//! kind, an id of the right shape, a deadline whose term is known and whose date the deadline screen would accept),
//! and the file must be of a sane size. A bad file is refused whole with the reason and changes nothing; importing
//! the same file twice adds nothing.
//! The person's case goes in the file only when they tick it (the file may be seen by others), as format version
//! 2, so an older Rumbo refuses the file by its version instead of dropping the case unsaid. On import the case is
//! checked like a typed one, and never replaces a different case already on the phone.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::bookmarks::{Bookmark, Kind};
use super::case::{StoredCase, MAX_CASE_BYTES};
use super::open::{Store, StoreError};
use super::target::{check_target, TargetError};
use crate::case::{validate, CaseError, CaseFacts, CASE_FACTS_VERSION};
use crate::i18n::FluentArgs;

/// Names the file's format, so a wrong file is recognised at once.
pub const FORMAT: &str = "rumbo-bookmarks";
/// The largest file read: 1 MiB, some thousands of bookmarks, far more than anyone saves. A larger file is
/// refused before it is parsed (on the web the whole database is rewritten on every tap).
pub const MAX_IMPORT_BYTES: usize = 1 << 20;
/// The most bookmarks one file may hold.
pub const MAX_IMPORT_BOOKMARKS: usize = 2_000;
/// The largest `data` of one bookmark, as JSON text: a saved deadline's is about 200 bytes.
pub const MAX_DATA_BYTES: usize = 2_048;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    version: u32,
    bookmarks: Vec<Bookmark>,
    /// Only in version 2, only when the person chose to include it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    case: Option<CaseEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseEntry {
    /// The version of the facts' format.
    version: u32,
    facts: serde_json::Value,
}

/// What an import did with a case the file carried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseImport {
    /// The file had no case.
    None,
    /// This phone had no case; it has the file's now.
    Added,
    /// This phone already had the same case.
    Same,
    /// This phone has a different case, which is kept: the file's case was not taken.
    KeptOwn,
}

/// What an import added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Imported {
    /// How many bookmarks were new.
    pub added: usize,
    pub case: CaseImport,
}

/// Checks the facts of a case read from a file with the case module's own validation, the same as typed input
/// on `today`, the device's day.
fn check_case(version: u32, facts: &str, today: NaiveDate) -> Result<(), CaseError> {
    if version != CASE_FACTS_VERSION {
        return Err(CaseError::Version(version));
    }
    let facts = CaseFacts::from_json(facts)?;
    if facts.version != version {
        return Err(CaseError::Version(facts.version));
    }
    validate(&facts, today)
}

/// Why a file was refused. Nothing already saved changed.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is {bytes} bytes; a Rumbo bookmarks file is at most {MAX_IMPORT_BYTES}")]
    TooLarge { bytes: usize },
    #[error("the file holds {count} bookmarks; at most {MAX_IMPORT_BOOKMARKS} are read")]
    TooMany { count: usize },
    /// Not JSON, or not of the format (an unknown kind or field is reported here, with its place).
    #[error("not a Rumbo bookmarks file (line {line}, column {column}: {detail})")]
    NotRumbo { line: usize, column: usize, detail: String },
    #[error("not a Rumbo bookmarks file of a version this Rumbo reads ({format} {version})")]
    Version { format: String, version: u32 },
    #[error("a bookmark cannot be read: “{target}”: {reason}")]
    Target { target: String, reason: TargetError },
    #[error("the bookmark “{target}” carries more than {MAX_DATA_BYTES} bytes of data, or data that is not an object")]
    Data { target: String },
    #[error("the case in the file is larger than {MAX_CASE_BYTES} bytes")]
    CaseTooLarge,
    #[error("the case in the file cannot be read: {0}")]
    Case(CaseError),
    /// The database refused the write (read-only, full).
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl ImportError {
    /// The message that tells the person why, in their language, with its variables; each ends "nothing was
    /// changed".
    pub fn message(&self) -> (&'static str, FluentArgs<'static>) {
        let mut args = FluentArgs::new();
        let id = match self {
            ImportError::TooLarge { .. } => "storage-import-too-large",
            ImportError::TooMany { .. } => {
                args.set("max", MAX_IMPORT_BOOKMARKS);
                "storage-import-too-many"
            }
            ImportError::Version { .. } => "storage-import-version",
            ImportError::Target { target, reason: TargetError::Date(_) } => {
                args.set("item", target.clone());
                "storage-import-bad-date"
            }
            ImportError::Target { target, .. } | ImportError::Data { target } => {
                args.set("item", target.clone());
                "storage-import-bad-item"
            }
            ImportError::NotRumbo { .. } => "saved-import-refused",
            ImportError::Store(e) => e.message_id(),
            ImportError::CaseTooLarge => "case-import-too-large",
            // The case's own reason needs the person's language to be said: the view gives it (`CaseError::message`).
            ImportError::Case(_) => "case-import-refused",
        };
        (id, args)
    }
}

pub fn export_json(store: &Store) -> Result<String, StoreError> {
    Ok(export_json_of(&store.list()?))
}

/// The export file for a list already read.
pub fn export_json_of(bookmarks: &[Bookmark]) -> String {
    export_json_with_case(bookmarks, None)
}

/// The export file, with the person's case when they chose to include it (format version 2).
pub fn export_json_with_case(bookmarks: &[Bookmark], case: Option<&StoredCase>) -> String {
    let case = case.map(|c| CaseEntry {
        version: c.version,
        // What is stored passed the schema's json_valid; a value that does not parse is left out, never invented.
        facts: serde_json::from_str(&c.facts).unwrap_or(serde_json::Value::Null),
    });
    let case = case.filter(|c| c.facts.is_object());
    let version = if case.is_some() { 2 } else { 1 };
    let file = File { format: FORMAT.into(), version, bookmarks: bookmarks.to_vec(), case };
    serde_json::to_string_pretty(&file).expect("plain values")
}

/// Checks the whole file and returns its bookmarks, or why it is refused. Pure: nothing is stored. A file that
/// carries a case is refused here: only [`parse_import_with_case`], which can check it, reads one.
pub fn parse_import(text: &str) -> Result<Vec<Bookmark>, ImportError> {
    let (bookmarks, case) = parse_import_with_case(text, NaiveDate::MIN)?;
    match case {
        None => Ok(bookmarks),
        Some(_) => Err(ImportError::Case(CaseError::Unreadable("this tool does not read cases".into()))),
    }
}

/// Checks the whole file, its case too (as typed facts are checked on `today`), and returns what it holds.
/// `updated` of the case is 0: the caller stamps it.
pub fn parse_import_with_case(
    text: &str,
    today: NaiveDate,
) -> Result<(Vec<Bookmark>, Option<StoredCase>), ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    // Windows Notepad starts UTF-8 files with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file: File = serde_json::from_str(text).map_err(|e| ImportError::NotRumbo {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })?;
    // Version 1 never has a case, version 2 always has one.
    if file.format != FORMAT || !matches!((file.version, &file.case), (1, None) | (2, Some(_))) {
        return Err(ImportError::Version { format: file.format, version: file.version });
    }
    if file.bookmarks.len() > MAX_IMPORT_BOOKMARKS {
        return Err(ImportError::TooMany { count: file.bookmarks.len() });
    }
    for b in &file.bookmarks {
        check_target(b.kind, &b.target).map_err(|reason| ImportError::Target { target: shown(&b.target), reason })?;
        let data_ok = match &b.data {
            None => true,
            Some(data) => data.is_object() && data.to_string().len() <= MAX_DATA_BYTES,
        };
        if !data_ok || (b.kind != Kind::Deadline && b.data.is_some()) {
            return Err(ImportError::Data { target: shown(&b.target) });
        }
    }
    let case = match file.case {
        None => None,
        Some(entry) => {
            if !entry.facts.is_object() {
                return Err(ImportError::Case(CaseError::Unreadable("not an object".into())));
            }
            let facts = entry.facts.to_string();
            if facts.len() > MAX_CASE_BYTES {
                return Err(ImportError::CaseTooLarge);
            }
            check_case(entry.version, &facts, today).map_err(ImportError::Case)?;
            Some(StoredCase { version: entry.version, facts, updated: 0 })
        }
    };
    Ok((file.bookmarks, case))
}

/// A target as it may be quoted back: short, and without control characters.
fn shown(target: &str) -> String {
    let clean: String = target.chars().map(|c| if c.is_control() { '�' } else { c }).take(60).collect();
    if target.chars().count() > 60 {
        format!("{clean}…")
    } else {
        clean
    }
}

/// Adds the file's bookmarks in one transaction; returns how many were new. A file with a case is refused.
pub fn import_json(store: &mut Store, text: &str) -> Result<usize, ImportError> {
    let bookmarks = parse_import(text)?;
    Ok(store.add_all(&bookmarks)?)
}

/// Adds the file's bookmarks and its case, if it has one and this phone has none, in one transaction. `now` stamps
/// the case. A different case already here is kept, and the result says so.
pub fn import_file(store: &mut Store, text: &str, today: NaiveDate, now: i64) -> Result<Imported, ImportError> {
    let (bookmarks, case) = parse_import_with_case(text, today)?;
    let own = store.case().map_err(ImportError::Store)?;
    let (take, outcome) = match (&case, &own) {
        (None, _) => (None, CaseImport::None),
        (Some(new), None) => (Some(StoredCase { updated: now, ..new.clone() }), CaseImport::Added),
        (Some(new), Some(old)) if same_facts(new, old) => (None, CaseImport::Same),
        (Some(_), Some(_)) => (None, CaseImport::KeptOwn),
    };
    let added = store.add_all_with_case(&bookmarks, take.as_ref()).map_err(ImportError::Store)?;
    Ok(Imported { added, case: outcome })
}

/// The same facts, whatever the order of their fields or the time they were saved.
fn same_facts(a: &StoredCase, b: &StoredCase) -> bool {
    let parse = |c: &StoredCase| serde_json::from_str::<serde_json::Value>(&c.facts).ok();
    a.version == b.version && parse(a).is_some() && parse(a) == parse(b)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::case::EntryDate;
    use crate::storage::open_in_memory;

    fn file(bookmarks: &str) -> String {
        format!(r#"{{"format": "rumbo-bookmarks", "version": 1, "bookmarks": [{bookmarks}]}}"#)
    }

    #[test]
    fn export_then_import_elsewhere_twice_gives_the_same_list_once() {
        let from = open_in_memory();
        from.add(&Bookmark { kind: Kind::Guide, target: "tvrh".into(), data: None, created: 1 }).unwrap();
        from.add(&Bookmark { kind: Kind::Entry, target: "ciam".into(), data: None, created: 2 }).unwrap();
        from.add(&Bookmark {
            kind: Kind::Deadline,
            target: "asylum:2025-03-03".into(),
            data: Some(serde_json::json!({"earliest": "2025-04-15"})),
            created: 3,
        })
        .unwrap();
        let text = export_json(&from).unwrap();
        let mut to = open_in_memory();
        assert_eq!(import_json(&mut to, &text).unwrap(), 3);
        assert_eq!(import_json(&mut to, &text).unwrap(), 0);
        assert_eq!(to.list().unwrap(), from.list().unwrap());
    }

    /// Every refusal is told in the person's language, with what it names filled in; a read-only database is
    /// told as such, not as a bad file.
    #[test]
    fn every_refusal_has_its_message_in_every_language() {
        use crate::i18n::{Lang, Localizer};
        let refusals = [
            import_json(&mut open_in_memory(), "hello").unwrap_err(),
            parse_import(&file(r#"{"kind": "deadline", "target": "asylum:2025-02-30", "created": 2}"#)).unwrap_err(),
            parse_import(&file(r#"{"kind": "guide", "target": "<b>", "created": 2}"#)).unwrap_err(),
            parse_import(r#"{"format": "rumbo-bookmarks", "version": 9, "bookmarks": []}"#).unwrap_err(),
            parse_import(&" ".repeat(MAX_IMPORT_BYTES + 1)).unwrap_err(),
            ImportError::TooMany { count: 9_999 },
            ImportError::Store(StoreError::ReadOnly),
        ];
        let ids: Vec<&str> = refusals.iter().map(|e| e.message().0).collect();
        assert_eq!(
            ids,
            [
                "saved-import-refused",
                "storage-import-bad-date",
                "storage-import-bad-item",
                "storage-import-version",
                "storage-import-too-large",
                "storage-import-too-many",
                "saved-notice-newer"
            ]
        );
        let l = Localizer::embedded();
        for lang in Lang::all() {
            for e in &refusals {
                let (id, args) = e.message();
                assert!(l.has(lang, id), "{lang}: {id}");
                let text = l.format(lang, id, Some(&args));
                assert!(!text.contains('{'), "{lang}: {id}: every variable is given: {text}");
            }
        }
        let (_, args) = refusals[2].message();
        assert!(l.format(Lang::EN, "storage-import-bad-item", Some(&args)).contains("<b>"));
    }

    #[test]
    fn bad_input_says_why_and_changes_nothing() {
        let mut store = open_in_memory();
        assert!(import_json(&mut store, "hello").unwrap_err().to_string().contains("not a Rumbo bookmarks file"));
        let other = r#"{"format": "something-else", "version": 1, "bookmarks": []}"#;
        assert!(matches!(import_json(&mut store, other), Err(ImportError::Version { .. })));
        let half_bad =
            file(r#"{"kind": "guide", "target": "tvrh", "created": 1}, {"kind": "guide", "target": "", "created": 2}"#);
        assert!(matches!(import_json(&mut store, &half_bad), Err(ImportError::Target { .. })));
        assert!(store.list().unwrap().is_empty(), "nothing was added");
    }

    #[test]
    fn a_deadline_beyond_the_calendar_or_impossible_is_refused_and_nothing_changes() {
        let mut store = open_in_memory();
        store.add(&Bookmark { kind: Kind::Guide, target: "rights".into(), data: None, created: 1 }).unwrap();
        let before = store.list().unwrap();
        for target in [
            "asylum:+262142-12-31",
            "decision:+262142-06-01",
            "asylum:2025-02-30",
            "asylum:2100-01-01",
            "asylum:2010-12-31",
            "asylum:2025-3-3",
            "asylum:2025-+3-03",
            "asylum",
            "forever:2025-03-03",
            "asylum:2025-03-03:x",
        ] {
            let text = file(&format!(
                r#"{{"kind": "guide", "target": "tvrh", "created": 1}}, {{"kind": "deadline", "target": "{target}", "created": 2}}"#
            ));
            let err = import_json(&mut store, &text).unwrap_err();
            assert!(matches!(err, ImportError::Target { .. }), "{target}: {err}");
            assert_eq!(store.list().unwrap(), before, "{target}: nothing changed");
        }
        let err =
            import_json(&mut store, &file(r#"{"kind": "deadline", "target": "asylum:2025-02-30", "created": 2}"#));
        assert!(err.unwrap_err().to_string().contains("does not exist"), "the date's own reason is given");
    }

    #[test]
    fn unknown_kinds_odd_ids_oversize_files_and_odd_data_are_refused() {
        let mut store = open_in_memory();
        for bad in [
            r#"{"kind": "evil", "target": "tvrh", "created": 1}"#,
            r#"{"kind": "guide", "target": "<script>alert(1)</script>", "created": 1}"#,
            r#"{"kind": "entry", "target": "javascript:alert(1)", "created": 1}"#,
            r#"{"kind": "guide", "target": "tv\u0000rh", "created": 1}"#,
            r#"{"kind": "guide", "target": "tvrh", "data": {"a": 1}, "created": 1}"#,
            r#"{"kind": "deadline", "target": "asylum:2025-03-03", "data": [1, 2], "created": 1}"#,
        ] {
            assert!(import_json(&mut store, &file(bad)).is_err(), "{bad}");
        }
        let huge = file(&format!(
            r#"{{"kind": "deadline", "target": "asylum:2025-03-03", "data": {{"x": "{}"}}, "created": 1}}"#,
            "a".repeat(5000)
        ));
        assert!(matches!(import_json(&mut store, &huge), Err(ImportError::Data { .. })));
        let big = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert!(matches!(import_json(&mut store, &big), Err(ImportError::TooLarge { .. })));
        let many = file(
            &(0..=MAX_IMPORT_BOOKMARKS)
                .map(|i| format!(r#"{{"kind":"guide","target":"g{i}","created":1}}"#))
                .collect::<Vec<_>>()
                .join(","),
        );
        assert!(matches!(import_json(&mut store, &many), Err(ImportError::TooMany { .. })));
        assert!(store.list().unwrap().is_empty());
    }

    fn case(entry: &str) -> StoredCase {
        let facts = CaseFacts { entry: EntryDate::parse(entry), ..CaseFacts::default() };
        StoredCase { version: CASE_FACTS_VERSION, facts: facts.to_json(), updated: 7 }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    }

    #[test]
    fn the_case_is_exported_only_when_asked_and_imported_once() {
        let from = open_in_memory();
        from.add(&Bookmark { kind: Kind::Guide, target: "tvrh".into(), data: None, created: 1 }).unwrap();
        from.save_case(&case("2025-03-03")).unwrap();
        let plain = export_json(&from).unwrap();
        assert!(!plain.contains("2025-03-03") && !plain.contains("\"case\""), "not without the tick: {plain}");
        assert!(plain.contains("\"version\": 1"));
        let with = export_json_with_case(&from.list().unwrap(), from.case().unwrap().as_ref());
        assert!(with.contains("\"version\": 2") && with.contains("2025-03-03"));

        let mut to = open_in_memory();
        let first = import_file(&mut to, &with, today(), 99).unwrap();
        assert_eq!(first, Imported { added: 1, case: CaseImport::Added });
        let got = to.case().unwrap().unwrap();
        assert_eq!(got.updated, 99);
        assert_eq!(CaseFacts::from_json(&got.facts), CaseFacts::from_json(&case("2025-03-03").facts));
        assert_eq!(import_file(&mut to, &with, today(), 100).unwrap(), Imported { added: 0, case: CaseImport::Same });
        // The old path, which cannot check a case, refuses such a file rather than drop the case unsaid.
        assert!(import_json(&mut open_in_memory(), &with).is_err());
    }

    #[test]
    fn a_different_case_on_the_phone_is_kept() {
        let from = open_in_memory();
        from.save_case(&case("2025-03-03")).unwrap();
        let with = export_json_with_case(&[], from.case().unwrap().as_ref());
        let mut to = open_in_memory();
        to.save_case(&case("2024-01-01")).unwrap();
        assert_eq!(import_file(&mut to, &with, today(), 1).unwrap().case, CaseImport::KeptOwn);
        assert_eq!(to.case().unwrap(), Some(case("2024-01-01")));
    }

    #[test]
    fn a_bad_case_refuses_the_whole_file_and_changes_nothing() {
        let mut to = open_in_memory();
        for bad in [
            // A filing before the entry, as the screen refuses it.
            r#""case": {"version": 1, "facts": {"version": 1, "entry": {"precision": "day", "date": "2025-03-03"}, "filed": "2025-03-01"}}"#,
            // In the future.
            r#""case": {"version": 1, "facts": {"version": 1, "filed": "2030-03-01"}}"#,
            r#""case": {"version": 1, "facts": {"version": 1, "filed": "2025-02-30"}}"#,
            r#""case": {"version": 1, "facts": {"version": 1, "evil": true}}"#,
            r#""case": {"version": 1, "facts": [1]}"#,
            r#""case": {"version": 1, "facts": {"version": 1}, "extra": 1}"#,
            r#""case": {"version": 3, "facts": {"version": 3}}"#,
            r#""case": {"version": 1, "facts": {"version": 2}}"#,
            r#""case": null"#,
        ] {
            let text = format!(
                r#"{{"format": "rumbo-bookmarks", "version": 2, "bookmarks": [{{"kind": "guide", "target": "tvrh", "created": 1}}], {bad}}}"#
            );
            assert!(import_file(&mut to, &text, today(), 1).is_err(), "{bad}");
        }
        let huge = format!(
            r#"{{"format": "rumbo-bookmarks", "version": 2, "bookmarks": [], "case": {{"version": 1, "facts": {{"version": 1, "x": "{}"}}}}}}"#,
            "a".repeat(MAX_CASE_BYTES)
        );
        assert!(matches!(import_file(&mut to, &huge, today(), 1), Err(ImportError::CaseTooLarge)));
        // A version 1 file may not carry a case, a version 2 file must.
        let v1 = r#"{"format": "rumbo-bookmarks", "version": 1, "bookmarks": [], "case": {"version": 1, "facts": {"version": 1}}}"#;
        assert!(matches!(import_file(&mut to, v1, today(), 1), Err(ImportError::Version { .. })));
        let v2 = r#"{"format": "rumbo-bookmarks", "version": 2, "bookmarks": []}"#;
        assert!(matches!(import_file(&mut to, v2, today(), 1), Err(ImportError::Version { .. })));
        assert!(to.list().unwrap().is_empty() && to.case().unwrap().is_none(), "nothing changed");
    }

    #[test]
    fn a_byte_order_mark_at_the_start_is_accepted() {
        let mut store = open_in_memory();
        let text = format!("\u{feff}{}", file(r#"{"kind": "guide", "target": "tvrh", "created": 1}"#));
        assert_eq!(import_json(&mut store, &text).unwrap(), 1);
    }

    #[test]
    fn every_id_rumbo_ships_can_be_imported() {
        for section in &crate::content::Guides::shipped().sections {
            assert_eq!(check_target(Kind::Guide, &section.id), Ok(()), "{}", section.id);
        }
        for entry in &crate::directory::Directory::shipped().entries {
            assert_eq!(check_target(Kind::Entry, &entry.id), Ok(()), "{}", entry.id);
        }
    }

    fn valid_target() -> impl Strategy<Value = (Kind, String)> {
        prop_oneof![
            "[a-z0-9-]{1,40}".prop_map(|t| (Kind::Guide, t)),
            "[a-z0-9-]{1,40}".prop_map(|t| (Kind::Entry, t)),
            (prop::sample::select(vec!["asylum", "appeal", "decision", "ratify"]), 2012i32..2100, 1u32..13, 1u32..29)
                .prop_map(|(term, y, m, d)| (Kind::Deadline, format!("{term}:{y:04}-{m:02}-{d:02}"))),
        ]
    }

    proptest! {
        #[test]
        fn random_bytes_are_refused_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
            let mut store = open_in_memory();
            let text = String::from_utf8_lossy(&bytes);
            if import_json(&mut store, &text).is_err() {
                prop_assert!(store.list().unwrap().is_empty());
            }
        }

        #[test]
        fn hostile_bookmarks_are_refused_or_imported_whole(
            kind in prop::sample::select(vec!["guide", "entry", "deadline", "evil", "", "Guide"]),
            target in prop_oneof![
                any::<String>(),
                "[a-z]{1,10}:[+-]?[0-9]{1,7}-[0-9]{1,3}-[0-9]{1,3}",
                Just("asylum:+262142-12-31".to_string()),
            ],
            created in any::<i64>(),
            data in prop_oneof![Just("null".to_string()), Just("{}".to_string()), "\\{\"[a-z]{1,5}\": [0-9]{1,30}\\}", Just("[[[[[[[[[[]]]]]]]]]]".to_string())],
        ) {
            let mut store = open_in_memory();
            let text = file(&format!(
                r#"{{"kind": {}, "target": {}, "data": {data}, "created": {created}}}"#,
                serde_json::to_string(kind).unwrap(),
                serde_json::to_string(&target).unwrap(),
            ));
            match import_json(&mut store, &text) {
                Ok(_) => {
                    // What was accepted is what the Saved screen can show.
                    for b in store.list().unwrap() {
                        prop_assert!(check_target(b.kind, &b.target).is_ok());
                    }
                }
                Err(_) => prop_assert!(store.list().unwrap().is_empty()),
            }
        }

        #[test]
        fn valid_bookmarks_always_import((kind, target) in valid_target(), created in any::<i64>()) {
            let mut store = open_in_memory();
            let b = Bookmark { kind, target, data: None, created };
            let text = export_json_of(std::slice::from_ref(&b));
            prop_assert_eq!(import_json(&mut store, &text).ok(), Some(1));
            prop_assert_eq!(store.list().unwrap(), vec![b]);
        }
    }
}
