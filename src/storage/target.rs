//! What a bookmark points at, as one type: a guide section, a directory entry, or a deadline with its term and
//! start. It is stored as a kind and a text (`asylum:2025-03-03` for a deadline, the form Rumbo has always
//! written), read here and only here, with the same checks when a file is imported and when the Saved screen reads
//! what is stored: a stored value that fails is shown as an item that cannot be worked out, never a panic.

use serde::{Deserialize, Serialize};

use super::bookmarks::Kind;
use crate::deadline::{self, DateError, SavedDeadline};

/// The longest id, as the schema's CHECK allows.
pub const MAX_TARGET_BYTES: usize = 200;

/// A bookmark's target, checked. In files it is the pair `{"kind": …, "target": …}` a bookmark is written with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Stored", into = "Stored")]
pub enum SavedTarget {
    Section(String),
    Entry(String),
    Deadline(SavedDeadline),
}

/// The stored form: what the database's columns and the export file's fields hold.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    kind: Kind,
    target: String,
}

impl TryFrom<Stored> for SavedTarget {
    type Error = TargetError;

    fn try_from(stored: Stored) -> Result<SavedTarget, TargetError> {
        SavedTarget::read(stored.kind, &stored.target)
    }
}

impl From<SavedTarget> for Stored {
    fn from(target: SavedTarget) -> Stored {
        Stored { kind: target.kind(), target: target.key() }
    }
}

impl SavedTarget {
    /// Reads a stored target of the given kind, or says why it cannot be one.
    pub fn read(kind: Kind, target: &str) -> Result<SavedTarget, TargetError> {
        if target.is_empty() || target.len() > MAX_TARGET_BYTES {
            return Err(TargetError::Length);
        }
        let id = || {
            if target.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')) {
                Ok(target.to_string())
            } else {
                Err(TargetError::Characters)
            }
        };
        Ok(match kind {
            Kind::Deadline => SavedTarget::Deadline(deadline_target(target)?),
            Kind::Guide => SavedTarget::Section(id()?),
            Kind::Entry => SavedTarget::Entry(id()?),
        })
    }

    pub fn kind(&self) -> Kind {
        match self {
            SavedTarget::Section(_) => Kind::Guide,
            SavedTarget::Entry(_) => Kind::Entry,
            SavedTarget::Deadline(_) => Kind::Deadline,
        }
    }

    /// The text it is stored under, beside its kind: the one place it is written.
    pub fn key(&self) -> String {
        match self {
            SavedTarget::Section(id) | SavedTarget::Entry(id) => id.clone(),
            SavedTarget::Deadline(saved) => saved.target(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("the id is empty or longer than {MAX_TARGET_BYTES} bytes")]
    Length,
    /// Guide sections and directory entries have ids of letters, digits and `-`, `_`, `.`.
    #[error("the id has characters no Rumbo id has")]
    Characters,
    /// A deadline is `TERM:YYYY-MM-DD`.
    #[error("a saved deadline is written TERM:YYYY-MM-DD")]
    Shape,
    #[error("“{0}” is not a term Rumbo counts")]
    UnknownTerm(String),
    /// The date the deadline screen itself would refuse, with its reason.
    #[error("{0}")]
    Date(DateError),
}

/// Checks a target of the given kind.
pub fn check_target(kind: Kind, target: &str) -> Result<(), TargetError> {
    SavedTarget::read(kind, target).map(|_| ())
}

/// A saved deadline, read by the deadline module's one parser (`SavedDeadline::parse`: the screen's own date rules,
/// the one spelling Rumbo writes, and a count that can be made), with its reasons as the import's reasons.
fn deadline_target(target: &str) -> Result<SavedDeadline, TargetError> {
    SavedDeadline::parse(target).map_err(|e| match e {
        deadline::TargetError::Shape => TargetError::Shape,
        deadline::TargetError::UnknownTerm(id) => TargetError::UnknownTerm(id.chars().take(20).collect()),
        deadline::TargetError::Date(e) => TargetError::Date(e),
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn deadline_target(target: &str) -> Result<SavedDeadline, TargetError> {
        match SavedTarget::read(Kind::Deadline, target)? {
            SavedTarget::Deadline(saved) => Ok(saved),
            other => panic!("a deadline read as {other:?}"),
        }
    }

    #[test]
    fn deadlines_are_read_as_the_deadline_screen_reads_dates() {
        let saved = deadline_target("asylum:2025-03-03").unwrap();
        assert_eq!(
            (saved.term, saved.start),
            (deadline::Term::Asylum, chrono::NaiveDate::from_ymd_opt(2025, 3, 3).unwrap())
        );
        assert!(matches!(deadline_target("asylum:+262142-12-31"), Err(TargetError::Date(DateError::Format(_)))));
        assert!(matches!(deadline_target("asylum"), Err(TargetError::Shape)));
        assert!(matches!(deadline_target("asylum:2100-01-01"), Err(TargetError::Date(DateError::BeyondCalendar(_)))));
        assert!(matches!(deadline_target("asylum:2025-02-29"), Err(TargetError::Date(DateError::Impossible { .. }))));
        assert!(matches!(deadline_target("later:2025-03-03"), Err(TargetError::UnknownTerm(_))));
        assert!(matches!(deadline_target("asylum:2025-+3-03"), Err(TargetError::Date(DateError::Format(_)))));
        assert!(matches!(deadline_target("asylum:２０２５-03-03"), Err(TargetError::Date(DateError::Format(_)))));
    }

    /// The form every Rumbo has written, in the database and in export files, reads as the type and writes back
    /// the same.
    #[test]
    fn the_stored_forms_read_and_write_back_unchanged() {
        let stored = [
            (Kind::Guide, "tvrh", SavedTarget::Section("tvrh".into())),
            (Kind::Entry, "ciam", SavedTarget::Entry("ciam".into())),
            (
                Kind::Deadline,
                "decision:2025-11-14",
                SavedTarget::Deadline(SavedDeadline {
                    term: deadline::Term::Decision,
                    start: chrono::NaiveDate::from_ymd_opt(2025, 11, 14).unwrap(),
                }),
            ),
        ];
        for (kind, text, target) in stored {
            assert_eq!(SavedTarget::read(kind, text).as_ref(), Ok(&target));
            assert_eq!((target.kind(), target.key().as_str()), (kind, text));
            let json = format!(r#"{{"kind":"{}","target":"{text}"}}"#, kind.id());
            assert_eq!(serde_json::to_string(&target).unwrap(), json);
            assert_eq!(serde_json::from_str::<SavedTarget>(&json).unwrap(), target);
        }
    }

    #[test]
    fn bad_targets_are_refused_with_their_reason() {
        let reason = |json: &str| serde_json::from_str::<SavedTarget>(json).unwrap_err().to_string();
        assert!(reason(r#"{"kind":"deadline","target":"asylum:2025-02-30"}"#).contains("does not exist"));
        assert!(reason(r#"{"kind":"guide","target":"<b>"}"#).contains("characters no Rumbo id has"));
        assert!(reason(r#"{"kind":"entry","target":""}"#).contains("empty"));
        assert!(reason(r#"{"kind":"note","target":"tvrh"}"#).contains("unknown variant"));
        assert!(reason(r#"{"kind":"guide","target":"tvrh","x":1}"#).contains("unknown field"));
        assert_eq!(SavedTarget::read(Kind::Guide, &"a".repeat(201)), Err(TargetError::Length));
    }

    #[test]
    fn every_kind_is_written_by_its_id() {
        for kind in Kind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.id());
            assert_eq!(Kind::from_id(kind.id()), Some(kind));
        }
    }

    proptest! {
        /// Any stored text of any kind: a target or a reason, never a panic; what is read writes back exactly.
        #[test]
        fn any_stored_text_is_read_or_refused(kind in 0..3usize, text in "\\PC{0,40}|[a-z]{1,8}:20[0-9]{2}-[01][0-9]-[0-3][0-9]") {
            let kind = Kind::ALL[kind];
            if let Ok(target) = SavedTarget::read(kind, &text) {
                prop_assert_eq!(target.kind(), kind);
                prop_assert_eq!(target.key(), text);
                let json = serde_json::to_string(&target).unwrap();
                prop_assert_eq!(serde_json::from_str::<SavedTarget>(&json).unwrap(), target);
            }
        }
    }
}
