//! The container: a few lengths and the parts laid end to end, no compression.
//!
//! ```text
//! "RUMBOPK" FORMAT(1 byte) | manifest length (u32 LE) | manifest (JSON) | signature length (u32 LE, 0 when
//! unsigned) | signature (JSON) | the parts, in the manifest's order, each as long as the manifest says
//! ```
//!
//! Why not a zip: the content is well under a megabyte, which WhatsApp, Bluetooth and USB carry as it is, and a
//! format without compression has no decompression to bomb, no paths to escape and no second directory to
//! disagree with the first. Every length is checked against a limit before anything is kept, the parts must fill
//! the file exactly, and each is checked against its SHA-256 in the manifest, which the signature covers.

use std::collections::{BTreeMap, BTreeSet};

use sha2::{Digest, Sha256};

use super::error::PackError;
use super::hex;
use super::manifest::{Manifest, PartInfo};
use super::trust::Signature;
use crate::i18n::Lang;

pub const MAGIC: &[u8; 7] = b"RUMBOPK";
pub const FORMAT: u32 = 1;
/// The whole file. Today's content is about 0.7 MB.
pub const MAX_PACK: u64 = 16 << 20;
pub const MAX_MANIFEST: u64 = 256 << 10;
pub const MAX_SIGNATURE: u64 = 4 << 10;
pub const MAX_PART: u64 = 8 << 20;
/// The part that holds the guides, the directory, the calendar and the official quotations.
pub const SHARED: &str = "shared";

/// The parts every pack holds: one per language, and the shared data.
pub fn part_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = Lang::all().map(Lang::code).collect();
    names.push(SHARED);
    names
}

/// A pack read and checked against its own manifest (lengths, names, hashes). Whether to trust it is
/// `trust::verify`'s question.
#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    pub manifest: Manifest,
    /// Exactly as read or written: the signature covers these bytes.
    manifest_bytes: Vec<u8>,
    pub signature: Option<Signature>,
    parts: BTreeMap<String, Vec<u8>>,
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(&Sha256::digest(bytes))
}

impl Pack {
    /// A new, unsigned pack: the manifest's part list is made from `parts`, in their order.
    pub fn new(mut manifest: Manifest, parts: Vec<(String, Vec<u8>)>) -> Pack {
        manifest.parts = parts
            .iter()
            .map(|(name, bytes)| PartInfo { name: name.clone(), size: bytes.len() as u64, sha256: sha256_hex(bytes) })
            .collect();
        let manifest_bytes = serde_json::to_vec_pretty(&manifest).expect("plain values");
        Pack { manifest, manifest_bytes, signature: None, parts: parts.into_iter().collect() }
    }

    pub fn manifest_bytes(&self) -> &[u8] {
        &self.manifest_bytes
    }

    pub fn part(&self, name: &str) -> Option<&[u8]> {
        self.parts.get(name).map(Vec::as_slice)
    }

    pub fn with_signature(mut self, signature: Option<Signature>) -> Pack {
        self.signature = signature;
        self
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let signature = self.signature.as_ref().map(|s| serde_json::to_vec(s).expect("plain values"));
        let signature = signature.unwrap_or_default();
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(FORMAT as u8);
        out.extend_from_slice(&(self.manifest_bytes.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.manifest_bytes);
        out.extend_from_slice(&(signature.len() as u32).to_le_bytes());
        out.extend_from_slice(&signature);
        for info in &self.manifest.parts {
            out.extend_from_slice(&self.parts[&info.name]);
        }
        out
    }

    /// Reads a whole pack file. Hostile input is refused with a reason; nothing is allocated by a declared size.
    pub fn read(bytes: &[u8]) -> Result<Pack, PackError> {
        if bytes.len() as u64 > MAX_PACK {
            return Err(PackError::TooLarge { size: bytes.len() as u64, max: MAX_PACK });
        }
        let mut rest = bytes;
        if take(&mut rest, MAGIC.len(), "name").ok() != Some(MAGIC.as_slice()) {
            return Err(PackError::NotAPack);
        }
        let format = take(&mut rest, 1, "format")?[0] as u32;
        if format > FORMAT {
            return Err(PackError::FormatTooNew { found: format });
        }
        if format != FORMAT {
            return Err(PackError::NotAPack);
        }
        let manifest_bytes = take_sized(&mut rest, "manifest", MAX_MANIFEST)?;
        let manifest: Manifest = serde_json::from_slice(manifest_bytes)
            .map_err(|e| PackError::BadManifest { detail: format!("line {}: {e}", e.line()) })?;
        let signature = take_sized(&mut rest, "signature", MAX_SIGNATURE)?;
        let signature = match signature {
            [] => None,
            bytes => Some(serde_json::from_slice(bytes).map_err(|_| PackError::BadSignatureBlock)?),
        };
        check_names(&manifest.parts)?;
        let mut total: u64 = 0;
        for info in &manifest.parts {
            if info.size > MAX_PART {
                return Err(PackError::DeclaredTooLarge {
                    what: format!("part “{}”", info.name),
                    size: info.size,
                    max: MAX_PART,
                });
            }
            total += info.size;
        }
        if total != rest.len() as u64 {
            return Err(PackError::Length);
        }
        let mut parts = BTreeMap::new();
        for info in &manifest.parts {
            let (part, after) = rest.split_at(info.size as usize);
            rest = after;
            if sha256_hex(part) != info.sha256 {
                return Err(PackError::BadHash { name: info.name.clone() });
            }
            parts.insert(info.name.clone(), part.to_vec());
        }
        Ok(Pack { manifest, manifest_bytes: manifest_bytes.to_vec(), signature, parts })
    }
}

fn take<'a>(rest: &mut &'a [u8], n: usize, what: &'static str) -> Result<&'a [u8], PackError> {
    if rest.len() < n {
        return Err(PackError::Truncated { what });
    }
    let (head, tail) = rest.split_at(n);
    *rest = tail;
    Ok(head)
}

/// A u32 length, checked against `max` and against what is left, then that many bytes.
fn take_sized<'a>(rest: &mut &'a [u8], what: &'static str, max: u64) -> Result<&'a [u8], PackError> {
    let len = take(rest, 4, what)?;
    let len = u32::from_le_bytes(len.try_into().expect("four bytes")) as u64;
    if len > max {
        return Err(PackError::DeclaredTooLarge { what: what.to_string(), size: len, max });
    }
    take(rest, len as usize, what)
}

/// Only Rumbo's own part names, each once, all of them: a name is never used as a path.
fn check_names(parts: &[PartInfo]) -> Result<(), PackError> {
    let known = part_names();
    let mut seen = BTreeSet::new();
    for info in parts {
        if !known.contains(&info.name.as_str()) {
            return Err(PackError::UnknownPart { name: shown(&info.name) });
        }
        if !seen.insert(info.name.as_str()) {
            return Err(PackError::DuplicatePart { name: info.name.clone() });
        }
    }
    match known.iter().find(|name| !seen.contains(*name)) {
        Some(name) => Err(PackError::MissingPart { name: name.to_string() }),
        None => Ok(()),
    }
}

/// A hostile name is shown short, and without control characters.
fn shown(name: &str) -> String {
    let clean: String = name.chars().map(|c| if c.is_control() { '?' } else { c }).take(60).collect();
    if clean.len() < name.len() {
        format!("{clean}…")
    } else {
        clean
    }
}
