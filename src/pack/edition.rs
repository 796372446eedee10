//! "Is this file really Rumbo's?" for a one-file edition received alone (by WhatsApp, say): the file carries
//! which content it was made from and its own Ed25519 signature, in two fixed lines at its top.
//!
//! ```text
//! <!DOCTYPE html>
//! <!-- rumbo-signature: VALUE -->
//! <!-- rumbo-content: version 1, compiled 2026-11-27 -->
//! <html lang="es"> …
//! ```
//!
//! The signature line is the file's second line, at byte 16, and `rumbo-signature` appears nowhere else in the
//! file. VALUE is `none` (an unsigned edition says so) or the signature block as compact JSON (the same block a
//! pack carries: key, signature, endorsements). The **canonical form** is the file with VALUE replaced by `none`,
//! which is exactly the file as `rumbo-cli export html` wrote it; the signature is over a context string and
//! those bytes. So every other byte of the file (the content line included) is covered, and signing again
//! replaces the old signature. A file whose lines are elsewhere, twice, or spelled differently is refused.

use chrono::NaiveDate;

use super::error::PackError;
use super::format::MAX_SIGNATURE;
use super::trust::{Endorsement, SecretKey, Signature, Trust, Verified};

/// Larger than any edition Rumbo writes (about 40 KiB), small enough to read whole on a phone.
pub const MAX_EDITION: u64 = 4 << 20;
const DOCTYPE: &[u8] = b"<!DOCTYPE html>\n";
const SIGNATURE_OPEN: &[u8] = b"<!-- rumbo-signature: ";
const CONTENT_OPEN: &[u8] = b"<!-- rumbo-content: ";
const CLOSE: &[u8] = b" -->\n";
const UNSIGNED: &[u8] = b"none";
/// The marker that must appear once only, in the signature line.
const MARKER: &[u8] = b"rumbo-signature";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditionError {
    #[error("the file is {size} bytes; a one-file edition is at most {max}")]
    TooLarge { size: u64, max: u64 },
    #[error("the file carries no signature line, so nobody can tell who made it")]
    NoSignatureLine,
    #[error("the edition is not signed (its signature line says “none”), so nobody can tell who made it")]
    Unsigned,
    #[error("the signature line is not at its place (the file's second line): the file was changed")]
    Misplaced,
    #[error("the file holds more than one signature line: it was changed")]
    Duplicated,
    #[error("the edition's signature cannot be read")]
    BadSignatureBlock,
    #[error("the line naming the edition's content (its third line) cannot be read")]
    BadContentLine,
    #[error("the edition is signed by the key {fingerprint}, which this Rumbo does not trust")]
    UntrustedKey { fingerprint: String },
    #[error("the edition's signature does not match: the file was changed after it was signed")]
    BadSignature,
}

impl EditionError {
    /// The message that says this to a person (`locales/<lang>/edition-check.ftl`).
    pub fn message_id(&self) -> &'static str {
        match self {
            EditionError::TooLarge { .. } => "edition-error-too-large",
            EditionError::NoSignatureLine | EditionError::Unsigned => "edition-error-unsigned",
            EditionError::UntrustedKey { .. } => "edition-error-other-key",
            EditionError::Misplaced
            | EditionError::Duplicated
            | EditionError::BadSignatureBlock
            | EditionError::BadContentLine
            | EditionError::BadSignature => "edition-error-altered",
        }
    }

    /// The fingerprint for `edition-error-other-key`; nothing otherwise.
    pub fn fingerprint(&self) -> Option<&str> {
        match self {
            EditionError::UntrustedKey { fingerprint } => Some(fingerprint),
            _ => None,
        }
    }

    /// Every message id `message_id` may give, for the test that each exists in every language.
    pub const MESSAGE_IDS: [&'static str; 4] =
        ["edition-error-too-large", "edition-error-unsigned", "edition-error-other-key", "edition-error-altered"];
}

/// The content an edition was made from, as its third line says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Made {
    pub version: u64,
    pub compiled: NaiveDate,
}

/// An edition's two lines read, and its canonical form.
#[derive(Debug, PartialEq)]
pub struct Stamped {
    pub signature: Option<Signature>,
    pub made: Made,
    canonical: Vec<u8>,
}

/// An edition that passed [`check`].
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub verified: Verified,
    pub made: Made,
}

/// The two lines an unsigned edition starts with after `<!DOCTYPE html>`, for the export to write.
pub fn header(made: Made) -> String {
    format!(
        "{}{}{}{}version {}, compiled {}{}",
        text(SIGNATURE_OPEN),
        text(UNSIGNED),
        text(CLOSE),
        text(CONTENT_OPEN),
        made.version,
        made.compiled.format("%Y-%m-%d"),
        text(CLOSE)
    )
}

/// The same first line every edition starts with, for the export to write.
pub fn doctype() -> &'static str {
    text(DOCTYPE)
}

fn text(bytes: &'static [u8]) -> &'static str {
    std::str::from_utf8(bytes).expect("ascii")
}

/// Whether a file a person chose looks like a web page rather than a content pack: Settings then checks it as
/// an edition. (A pack starts with `RUMBOPK`.)
pub fn looks_like_an_edition(bytes: &[u8]) -> bool {
    let start = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let start = &start[start.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(start.len())..];
    start.first() == Some(&b'<') || contains(bytes, MARKER)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Reads the signature line and the content line; nothing is verified yet.
pub fn read(bytes: &[u8]) -> Result<Stamped, EditionError> {
    if bytes.len() as u64 > MAX_EDITION {
        return Err(EditionError::TooLarge { size: bytes.len() as u64, max: MAX_EDITION });
    }
    let Some(after_open) = bytes.strip_prefix(DOCTYPE).and_then(|b| b.strip_prefix(SIGNATURE_OPEN)) else {
        return Err(if contains(bytes, MARKER) { EditionError::Misplaced } else { EditionError::NoSignatureLine });
    };
    // The value ends at the line's end, within the length a signature block may have.
    let window = &after_open[..after_open.len().min(MAX_SIGNATURE as usize + CLOSE.len())];
    let end = window.iter().position(|&b| b == b'\n').ok_or(EditionError::BadSignatureBlock)?;
    let value = after_open[..end + 1].strip_suffix(CLOSE).ok_or(EditionError::BadSignatureBlock)?;
    let rest = &after_open[end + 1..];
    if contains(rest, MARKER) {
        return Err(EditionError::Duplicated);
    }
    let signature = if value == UNSIGNED { None } else { Some(signature_block(value)?) };
    let made = content_line(rest).ok_or(EditionError::BadContentLine)?;
    let canonical = [DOCTYPE, SIGNATURE_OPEN, UNSIGNED, CLOSE, rest].concat();
    Ok(Stamped { signature, made, canonical })
}

/// Compact JSON, in the one spelling `sign` writes: no byte of the line can change and still pass.
fn signature_block(value: &[u8]) -> Result<Signature, EditionError> {
    let block: Signature = serde_json::from_slice(value).map_err(|_| EditionError::BadSignatureBlock)?;
    if serde_json::to_vec(&block).ok().as_deref() != Some(value) {
        return Err(EditionError::BadSignatureBlock);
    }
    Ok(block)
}

/// `<!-- rumbo-content: version 1, compiled 2026-11-27 -->`, at the start of `rest`, in its one spelling.
fn content_line(rest: &[u8]) -> Option<Made> {
    let line = rest.strip_prefix(CONTENT_OPEN)?;
    let line = std::str::from_utf8(&line[..line.iter().position(|&b| b == b'\n')? + 1]).ok()?;
    let line = line.strip_suffix(text(CLOSE))?;
    let (version, compiled) = line.strip_prefix("version ")?.split_once(", compiled ")?;
    let made = Made { version: version.parse().ok()?, compiled: NaiveDate::parse_from_str(compiled, "%Y-%m-%d").ok()? };
    let same = made.version.to_string() == version && made.compiled.format("%Y-%m-%d").to_string() == compiled;
    same.then_some(made)
}

/// Whether a trusted key signed exactly this edition, and what content it was made from.
pub fn check(trust: &Trust, bytes: &[u8]) -> Result<Checked, EditionError> {
    let stamped = read(bytes)?;
    let signature = stamped.signature.as_ref().ok_or(EditionError::Unsigned)?;
    let verified = trust.verify_edition(&stamped.canonical, signature).map_err(|e| match e {
        PackError::UntrustedKey { fingerprint } => EditionError::UntrustedKey { fingerprint },
        PackError::BadSignatureBlock => EditionError::BadSignatureBlock,
        _ => EditionError::BadSignature,
    })?;
    Ok(Checked { verified, made: stamped.made })
}

/// The edition signed by `key` (replacing any signature it had): only its signature line changes.
pub fn sign(key: &SecretKey, bytes: &[u8], endorsements: Vec<Endorsement>) -> Result<Vec<u8>, EditionError> {
    let stamped = read(bytes)?;
    let block = key.sign_edition(&stamped.canonical, endorsements);
    let value = serde_json::to_vec(&block).expect("plain values");
    let rest = &stamped.canonical[DOCTYPE.len() + SIGNATURE_OPEN.len() + UNSIGNED.len() + CLOSE.len()..];
    Ok([DOCTYPE, SIGNATURE_OPEN, &value, CLOSE, rest].concat())
}

#[cfg(test)]
#[path = "edition_tests.rs"]
mod tests;
