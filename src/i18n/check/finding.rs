//! What the check reports: one finding, with its file, line, column, message id and severity.

use std::{fmt, path::PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub severity: Severity,
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub id: Option<String>,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}:{}: {level}: ", self.file.display(), self.line, self.col)?;
        if let Some(id) = &self.id {
            write!(f, "[{id}] ")?;
        }
        f.write_str(&self.message)
    }
}

/// An error at `file:line:col`, about message `id` if there is one.
pub(super) fn error(file: PathBuf, line: usize, col: usize, id: Option<&str>, message: String) -> Finding {
    Finding { severity: Severity::Error, file, line, col, id: id.map(str::to_string), message }
}
