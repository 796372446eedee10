//! The manifest: what a pack is (version, the date its content was compiled, the oldest Rumbo that can read it),
//! which parts it holds with their SHA-256, and what changed since the pack before it, in every language.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::changes::Changes;
use super::error::PackError;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Manifest {
    /// Rises with every release of content; an app never takes a pack whose version is not above its own.
    pub version: u64,
    /// The oldest of the guides', the directory's and the calendar's compile dates (as `Edition` says it).
    pub compiled: NaiveDate,
    /// The oldest app version that can read this content ("0.1.0").
    pub min_app: String,
    /// In the order the parts follow the signature in the file.
    pub parts: Vec<PartInfo>,
    /// The version of the content `changes` was measured against (`pack build --previous`); None in packs made
    /// before it was recorded. A device on another version is told that the list starts there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<u64>,
    /// What changed since the pack this one was built against, by id.
    pub changes: Changes,
    /// The same, as lines a person reads, per language code.
    pub summary: BTreeMap<String, Vec<String>>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct PartInfo {
    pub name: String,
    pub size: u64,
    /// Lowercase hex.
    pub sha256: String,
}

impl Manifest {
    /// `min_app` against this app's version, both as numbers (major.minor.patch).
    pub fn readable_by(&self, app: &str) -> Result<(), PackError> {
        let bad = || PackError::BadManifest { detail: format!("“{}” is not a version", self.min_app) };
        let needs = version_numbers(&self.min_app).ok_or_else(bad)?;
        let have = version_numbers(app).expect("the app's own version is numeric");
        if needs > have {
            return Err(PackError::TooNewForApp { needs: self.min_app.clone(), have: app.to_string() });
        }
        Ok(())
    }

    /// Whether this pack may replace the content whose version is `current`.
    pub fn newer_than(&self, current: u64) -> Result<(), PackError> {
        match self.version {
            v if v < current => Err(PackError::Older { found: v, current }),
            v if v == current => Err(PackError::Same { found: v }),
            _ => Ok(()),
        }
    }
}

fn version_numbers(text: &str) -> Option<[u64; 3]> {
    let mut parts = text.split('.').map(|p| p.parse::<u64>().ok());
    let numbers = [parts.next()??, parts.next()??, parts.next()??];
    parts.next().is_none().then_some(numbers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_versions_compare_as_numbers_not_text() {
        assert_eq!(version_numbers("0.10.0"), Some([0, 10, 0]));
        assert_eq!(version_numbers("1.2"), None);
        assert_eq!(version_numbers("1.2.3.4"), None);
        assert_eq!(version_numbers("1.x.3"), None);
    }
}
