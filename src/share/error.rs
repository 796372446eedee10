//! Why sharing could not start. `rumbo-cli` prints it; the desktop app tells the person through its message.

use std::{io, net::SocketAddr, path::PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    /// `make dist` has not been run, or the folder is not one it wrote.
    #[error("{0} has no web bundle: run make dist first")]
    NoBundle(PathBuf),
    /// A folder to serve cannot be read.
    #[error("{path}: {source}")]
    Folder { path: PathBuf, source: io::Error },
    #[error("cannot listen there: {0}")]
    Address(io::Error),
    #[error("cannot listen there: no such address")]
    NoAddress,
    /// The port is taken, or not this machine's to listen on.
    #[error("cannot listen on {addr}: {source}")]
    Listen { addr: SocketAddr, source: io::Error },
    #[error("cannot start the server: {0}")]
    Start(io::Error),
    #[error("the server stopped as it started")]
    Stopped,
}

impl ShareError {
    /// The message that tells the person, in their language.
    pub fn message_id(&self) -> &'static str {
        match self {
            ShareError::NoBundle(_) | ShareError::Folder { .. } => "settings-share-missing",
            _ => "settings-share-failed",
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::i18n::{Lang, Localizer};
    use crate::share::{site, start, Limits, Site};

    #[test]
    fn why_sharing_did_not_start_is_told_in_every_language() {
        let missing = site(Path::new("/nonexistent-rumbo-dist")).err().unwrap();
        assert!(matches!(missing, ShareError::NoBundle(_)));
        let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let busy = start(Site::new(), taken.local_addr().unwrap(), Limits::default()).err().unwrap();
        assert!(matches!(busy, ShareError::Listen { .. }), "{busy}");
        assert_eq!([missing.message_id(), busy.message_id()], ["settings-share-missing", "settings-share-failed"]);
        for lang in Lang::all() {
            for id in [missing.message_id(), busy.message_id()] {
                assert!(Localizer::embedded().has(lang, id), "{lang}: {id}");
            }
        }
    }
}
