//! Moving saved items to another phone: a small JSON file, the same from the app and from `rumbo-cli`.
//! Bad input changes nothing and says what is wrong; importing the same file twice adds nothing.

use serde::{Deserialize, Serialize};

use super::bookmarks::Bookmark;
use super::open::Store;

/// Names the file's format, so a wrong file is recognised at once.
pub const FORMAT: &str = "rumbo-bookmarks";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    version: u32,
    bookmarks: Vec<Bookmark>,
}

pub fn export_json(store: &Store) -> Result<String, String> {
    Ok(export_json_of(&store.list()?))
}

/// The export file for a list already read.
pub fn export_json_of(bookmarks: &[Bookmark]) -> String {
    let file = File { format: FORMAT.into(), version: 1, bookmarks: bookmarks.to_vec() };
    serde_json::to_string_pretty(&file).expect("plain values")
}

/// Adds the file's bookmarks in one transaction; returns how many were new.
pub fn import_json(store: &mut Store, text: &str) -> Result<usize, String> {
    let file: File =
        serde_json::from_str(text).map_err(|e| format!("not a Rumbo bookmarks file (line {}: {e})", e.line()))?;
    if file.format != FORMAT || file.version != 1 {
        return Err(format!(
            "not a Rumbo bookmarks file of a version this Rumbo reads ({} {})",
            file.format, file.version
        ));
    }
    if let Some(bad) = file.bookmarks.iter().find(|b| b.target.is_empty() || b.target.len() > 200) {
        return Err(format!("a bookmark has an impossible id: “{}”", bad.target));
    }
    store.add_all(&file.bookmarks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{open_in_memory, Kind};

    #[test]
    fn export_then_import_elsewhere_twice_gives_the_same_list_once() {
        let from = open_in_memory();
        from.add(&Bookmark { kind: Kind::Guide, target: "tvrh".into(), data: None, created: 1 }).unwrap();
        from.add(&Bookmark { kind: Kind::Entry, target: "ciam".into(), data: None, created: 2 }).unwrap();
        let text = export_json(&from).unwrap();
        let mut to = open_in_memory();
        assert_eq!(import_json(&mut to, &text).unwrap(), 2);
        assert_eq!(import_json(&mut to, &text).unwrap(), 0);
        assert_eq!(to.list().unwrap(), from.list().unwrap());
    }

    #[test]
    fn bad_input_says_why_and_changes_nothing() {
        let mut store = open_in_memory();
        assert!(import_json(&mut store, "hello").unwrap_err().contains("not a Rumbo bookmarks file"));
        let other = r#"{"format": "something-else", "version": 1, "bookmarks": []}"#;
        assert!(import_json(&mut store, other).is_err());
        let half_bad = r#"{"format": "rumbo-bookmarks", "version": 1, "bookmarks": [
            {"kind": "guide", "target": "tvrh", "created": 1}, {"kind": "guide", "target": "", "created": 2}]}"#;
        assert!(import_json(&mut store, half_bad).unwrap_err().contains("impossible id"));
        assert!(store.list().unwrap().is_empty(), "nothing was added");
    }
}
