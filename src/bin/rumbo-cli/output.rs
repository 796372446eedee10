//! How every command prints: to a writer it is given (standard output, locked and buffered, in `main`), and
//! returning an error instead of panicking when the writing fails. A closed pipe (`rumbo-cli … | head`) is the
//! reader saying it has enough, so it ends the program quietly with success; a full disk is a one-line error.

use std::{fmt, io, io::Write};

/// Why a command failed: standard output failing, or the command's own reason (a library error, with the file
/// it concerns as context).
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Only writes to the command's output writer convert here (through `?` on an `io::Error`); other I/O errors
    /// carry the file they concern and arrive as `Failed`.
    #[error("standard output: {0}")]
    Output(#[from] io::Error),
    /// Printed with its chain of causes on one line: "dist/web: No such file or directory".
    #[error("{}", one_line(.0))]
    Failed(#[from] anyhow::Error),
}

/// The error and its causes, each said once: most of Rumbo's errors already quote their cause in their own
/// message ("PATH: CAUSE"), so a cause whose words are already there is not repeated.
fn one_line(error: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in error.chain() {
        let text = cause.to_string();
        if !line.contains(&text) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&text);
        }
    }
    line
}

/// The library's errors convert with `?`, as their own messages.
macro_rules! failed_from {
    ($($error:ty),+) => {
        $(impl From<$error> for CliError {
            fn from(e: $error) -> CliError {
                CliError::Failed(e.into())
            }
        })+
    };
}

failed_from!(
    rumbo::share::ShareError,
    rumbo::storage::OpenError,
    rumbo::storage::StoreError,
    rumbo::deadline::DateError,
    rumbo::data::DataError,
    rumbo::pack::content::ReadError
);

/// A reason already worded for the person (the case command's refusals, in the chosen language).
impl From<String> for CliError {
    fn from(reason: String) -> CliError {
        CliError::Failed(anyhow::Error::msg(reason))
    }
}

impl CliError {
    /// The reader went away: nothing is wrong, the output is simply no longer wanted.
    pub fn is_closed_pipe(&self) -> bool {
        matches!(self, CliError::Output(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

pub type CliResult = Result<(), CliError>;

/// A failure worded here, for `return Err(fail!(…))`.
macro_rules! fail {
    ($($arg:tt)*) => {
        $crate::output::CliError::Failed(anyhow::anyhow!($($arg)*))
    };
}
pub(crate) use fail;

/// A line for the person on standard error (a notice, not the command's output). If standard error is gone too,
/// there is no one left to tell, and that must not stop the command.
pub fn note(line: fmt::Arguments) {
    let _ = writeln!(io::stderr(), "{line}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cause_is_said_once_on_one_line() {
        let missing = || io::Error::new(io::ErrorKind::NotFound, "No such file or directory");
        let e = CliError::from(anyhow::Error::new(missing()).context("dist/web"));
        assert_eq!(e.to_string(), "dist/web: No such file or directory");
        // The library's error already quotes its cause.
        let open = rumbo::storage::OpenError::Io { path: "saved.sqlite".into(), source: missing() };
        assert_eq!(CliError::from(open).to_string(), "saved.sqlite: No such file or directory");
        assert!(!CliError::from(anyhow::anyhow!("x")).is_closed_pipe());
        assert!(CliError::from(io::Error::from(io::ErrorKind::BrokenPipe)).is_closed_pipe());
    }
}
