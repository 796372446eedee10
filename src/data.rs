//! Why a data file (the guides, the directory, the calendar) was refused: which file, where, and what. Only the
//! people who edit these files see it (`rumbo-cli directory check --file`, the tests); the shipped files are
//! checked before a build, so the app never shows it to the person using Rumbo.

use std::fmt;

/// Which data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    Guides,
    Directory,
    Calendar,
}

impl fmt::Display for DataFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DataFile::Guides => "guides.json",
            DataFile::Directory => "directory data",
            DataFile::Calendar => "calendar data",
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DataError {
    /// Not JSON, or not the schema (an unknown field, a bad date), at its place in the file.
    #[error("{file}: line {line}, column {column}: {source}")]
    Schema { file: DataFile, line: usize, column: usize, source: serde_json::Error },
    /// The schema is met but a rule is broken (a period that ends before it starts).
    #[error("{file}: {detail}")]
    Rule { file: DataFile, detail: String },
}

impl DataError {
    /// The parser's error, with the file it was reading.
    pub fn schema(file: DataFile, source: serde_json::Error) -> DataError {
        DataError::Schema { file, line: source.line(), column: source.column(), source }
    }

    pub fn file(&self) -> DataFile {
        match self {
            DataError::Schema { file, .. } | DataError::Rule { file, .. } => *file,
        }
    }
}

/// Parses a data file's JSON, without a leading byte-order mark.
pub fn from_json<T: serde::de::DeserializeOwned>(file: DataFile, text: &str) -> Result<T, DataError> {
    serde_json::from_str(crate::text::strip_bom(text)).map_err(|e| DataError::schema(file, e))
}
