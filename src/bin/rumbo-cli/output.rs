//! How every command prints: to a writer it is given (standard output, locked and buffered, in `main`), and
//! returning an error instead of panicking when the writing fails. A closed pipe (`rumbo-cli … | head`) is the
//! reader saying it has enough, so it ends the program quietly with success; a full disk is a one-line error.

use std::{fmt, io, io::Write};

/// Why a command failed: its own reason, already worded for the person, or standard output failing.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Message(String),
    /// Only writes to the command's output writer convert here (through `?`); other I/O errors are worded
    /// with the file they concern and arrive as a `Message`.
    #[error("standard output: {0}")]
    Output(#[from] io::Error),
}

impl From<String> for CliError {
    fn from(message: String) -> CliError {
        CliError::Message(message)
    }
}

impl From<&str> for CliError {
    fn from(message: &str) -> CliError {
        CliError::Message(message.to_string())
    }
}

impl CliError {
    /// The reader went away: nothing is wrong, the output is simply no longer wanted.
    pub fn is_closed_pipe(&self) -> bool {
        matches!(self, CliError::Output(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

pub type CliResult = Result<(), CliError>;

/// A line for the person on standard error (a notice, not the command's output). If standard error is gone too,
/// there is no one left to tell, and that must not stop the command.
pub fn note(line: fmt::Arguments) {
    let _ = writeln!(io::stderr(), "{line}");
}
