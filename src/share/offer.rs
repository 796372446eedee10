//! A content pack offered on the share page: only one that the phones' Rumbo will take (signed by a key this
//! build trusts, readable by this version, content that passes its checks), with what a person needs to know
//! before saving it. The laptop's own screen prints the key's fingerprint, which a hostile Wi-Fi cannot alter.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::pack::{self, PackError, Trust};

/// A checked pack, served at [`OfferedPack::url_path`].
#[derive(Clone, Debug, PartialEq)]
pub struct OfferedPack {
    pub file: PathBuf,
    pub version: u64,
    pub compiled: NaiveDate,
    pub fingerprint: String,
    pub size: usize,
}

impl OfferedPack {
    /// Checks `bytes` (read from `file`) as a phone's Rumbo will: any version is offered, since phones may have
    /// any content; which one is newer each phone decides for itself.
    pub fn check(file: &Path, bytes: &[u8], trust: &Trust) -> Result<OfferedPack, PackError> {
        let checked = pack::check_import(bytes, trust, 0, pack::APP_VERSION)?;
        Ok(OfferedPack {
            file: file.to_path_buf(),
            version: checked.pack.manifest.version,
            compiled: checked.pack.manifest.compiled,
            fingerprint: checked.verified.signer.fingerprint(),
            size: bytes.len(),
        })
    }

    /// The name a phone saves it under, with its version: two updates in Downloads are told apart.
    pub fn file_name(&self) -> String {
        format!("rumbo-content-{}.pack", self.version)
    }

    pub fn url_path(&self) -> String {
        format!("/{}", self.file_name())
    }
}
