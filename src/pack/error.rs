//! Why a content pack was refused. Every refusal leaves the content in use as it was; each has a message id
//! (`locales/<lang>/pack.ftl`) so the app says it in the person's language, and an English line for rumbo-cli.

use fluent_bundle::FluentArgs;

use super::format::FORMAT;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("the file is {size} bytes; a content pack is at most {max}")]
    TooLarge { size: u64, max: u64 },
    #[error("not a Rumbo content pack")]
    NotAPack,
    #[error("a content pack of format {found}, newer than this Rumbo reads (format {FORMAT})")]
    FormatTooNew { found: u32 },
    #[error("the pack is cut short: it ends before its {what}")]
    Truncated { what: &'static str },
    /// A length written in the file is larger than Rumbo ever reads: refused before anything is read or kept.
    #[error("the pack's {what} says it is {size} bytes; at most {max} are read")]
    DeclaredTooLarge { what: String, size: u64, max: u64 },
    #[error("the pack's manifest cannot be read: {detail}")]
    BadManifest { detail: String },
    #[error("the pack holds a part named “{name}”, which is not one of Rumbo's")]
    UnknownPart { name: String },
    #[error("the pack holds the part “{name}” twice")]
    DuplicatePart { name: String },
    #[error("the pack lacks its part “{name}”")]
    MissingPart { name: String },
    #[error("the pack's length is not the sum of its parts: it was cut or added to")]
    Length,
    #[error("the part “{name}” is damaged: its SHA-256 is not the one in the manifest")]
    BadHash { name: String },
    #[error("the pack is not signed, so nobody can tell who made it")]
    Unsigned,
    #[error("the pack's signature cannot be read")]
    BadSignatureBlock,
    #[error("the pack is signed by the key {fingerprint}, which this Rumbo does not trust")]
    UntrustedKey { fingerprint: String },
    #[error("the pack's signature does not match: it was changed after it was signed")]
    BadSignature,
    #[error("the pack is version {found}, older than version {current}, which is in use")]
    Older { found: u64, current: u64 },
    #[error("the pack is version {found}, which is already in use")]
    Same { found: u64 },
    #[error("the pack needs Rumbo {needs} or newer; this is Rumbo {have}")]
    TooNewForApp { needs: String, have: String },
    #[error("the part “{name}” holds content Rumbo cannot use: {detail}")]
    BadContent { name: String, detail: String },
}

impl PackError {
    /// The message that says this to a person (`locales/<lang>/pack.ftl`), with `args()` as its variables.
    pub fn message_id(&self) -> &'static str {
        match self {
            PackError::TooLarge { .. } | PackError::DeclaredTooLarge { .. } => "pack-error-too-large",
            PackError::NotAPack => "pack-error-not-a-pack",
            PackError::FormatTooNew { .. } | PackError::TooNewForApp { .. } => "pack-error-too-new",
            PackError::Truncated { .. }
            | PackError::BadManifest { .. }
            | PackError::UnknownPart { .. }
            | PackError::DuplicatePart { .. }
            | PackError::MissingPart { .. }
            | PackError::Length
            | PackError::BadHash { .. }
            | PackError::BadSignature
            | PackError::BadSignatureBlock => "pack-error-damaged",
            PackError::BadContent { .. } => "pack-error-bad-content",
            PackError::Unsigned => "pack-error-unsigned",
            PackError::UntrustedKey { .. } => "pack-error-other-key",
            PackError::Older { .. } => "pack-error-older",
            PackError::Same { .. } => "pack-error-same",
        }
    }

    /// The variables of `message_id()`'s message.
    pub fn args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        match self {
            PackError::UntrustedKey { fingerprint } => args.set("fingerprint", fingerprint.clone()),
            PackError::Older { found, current } => {
                args.set("version", found.to_string());
                args.set("current", current.to_string());
            }
            PackError::Same { found } => args.set("version", found.to_string()),
            _ => {}
        }
        args
    }
}
