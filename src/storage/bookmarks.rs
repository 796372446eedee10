//! Bookmarks: what a person saved, by kind and stable id, newest first.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Guide,
    Entry,
    Deadline,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Guide, Kind::Entry, Kind::Deadline];

    /// The stable id in the database and in files (serde's name: a test holds the two together).
    pub fn id(self) -> &'static str {
        match self {
            Kind::Guide => "guide",
            Kind::Entry => "entry",
            Kind::Deadline => "deadline",
        }
    }

    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The heading of this kind's list on the Saved screen.
    pub fn title_id(self) -> &'static str {
        match self {
            Kind::Guide => "saved-guides",
            Kind::Entry => "saved-entries",
            Kind::Deadline => "saved-deadlines",
        }
    }
}

#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(deny_unknown_fields)]
pub struct Bookmark {
    pub kind: Kind,
    /// A guide section's id, a directory entry's id, or a deadline's term and start (`asylum:2025-03-03`).
    pub target: String,
    /// What is needed to show it again without recomputing: for a deadline, its input, computed dates and the
    /// calendar version, so the app can say if a newer calendar changes the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
    /// Seconds since 1970, UTC.
    pub created: i64,
}

impl Bookmark {
    pub fn kind_id(&self) -> &'static str {
        self.kind.id()
    }
}

/// Saves a bookmark; saving the same thing again keeps the first one (importing twice adds nothing).
pub fn add(conn: &Connection, b: &Bookmark) -> rusqlite::Result<bool> {
    let data = b.data.as_ref().map(|d| d.to_string());
    let added = conn.execute(
        "INSERT OR IGNORE INTO bookmark (kind, target, data, created) VALUES (?1, ?2, ?3, ?4)",
        params![b.kind.id(), b.target, data, b.created],
    )?;
    Ok(added == 1)
}

pub fn remove(conn: &Connection, kind: Kind, target: &str) -> rusqlite::Result<bool> {
    Ok(conn.execute("DELETE FROM bookmark WHERE kind = ?1 AND target = ?2", params![kind.id(), target])? == 1)
}

pub fn contains(conn: &Connection, kind: Kind, target: &str) -> rusqlite::Result<bool> {
    conn.query_row("SELECT 1 FROM bookmark WHERE kind = ?1 AND target = ?2", params![kind.id(), target], |_| Ok(()))
        .optional()
        .map(|found| found.is_some())
}

/// Every bookmark, newest first.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Bookmark>> {
    let mut statement =
        conn.prepare("SELECT kind, target, data, created FROM bookmark ORDER BY created DESC, rowid DESC")?;
    let rows = statement.query_map([], |row| {
        let kind: String = row.get(0)?;
        let data: Option<String> = row.get(2)?;
        Ok(Bookmark {
            // The schema's CHECK allows only the three kinds.
            kind: Kind::from_id(&kind).unwrap_or(Kind::Guide),
            target: row.get(1)?,
            data: data.and_then(|d| serde_json::from_str(&d).ok()),
            created: row.get(3)?,
        })
    })?;
    rows.collect()
}
