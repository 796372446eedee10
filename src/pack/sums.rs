//! "Is this file really Rumbo's?": the web bundle's zip and the one-file editions come with `SHA256SUMS` (the
//! format `sha256sum` writes and `sha256sum -c` reads) and its detached signature `SHA256SUMS.sig`, made with a
//! publisher key like a pack's. A received file passes when a trusted key signed the list and the list holds the
//! file's name with its SHA-256. Only the file's own name is looked up, so a renamed copy is refused, not guessed.

use std::collections::BTreeMap;

use super::error::PackError;
use super::format::sha256_hex;
use super::trust::{Signature, Trust, Verified};

/// Larger than any list Rumbo writes (a handful of lines), small enough to read whole.
pub const MAX_SUMS: u64 = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SumsError {
    #[error("the list of checksums cannot be read at line {line}")]
    BadLine { line: usize },
    #[error("the signature file cannot be read: {detail}")]
    BadSignatureFile { detail: String },
    #[error("the list is signed by the key {fingerprint}, which this Rumbo does not trust")]
    UntrustedKey { fingerprint: String },
    #[error("the list's signature does not match: the list was changed after it was signed")]
    BadSignature,
    #[error("“{name}” is not in the signed list of checksums")]
    NotListed { name: String },
    #[error("“{name}” is not the file that was signed: its SHA-256 differs from the list's")]
    Changed { name: String },
}

/// The names and SHA-256 (lowercase hex) of a `SHA256SUMS` file. Binary-mode marks (`*name`) are accepted.
pub fn parse(text: &str) -> Result<BTreeMap<String, String>, SumsError> {
    let mut sums = BTreeMap::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let bad = || SumsError::BadLine { line: n + 1 };
        let (hash, name) = line.split_once(' ').ok_or_else(bad)?;
        let name = name.strip_prefix([' ', '*']).ok_or_else(bad)?;
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) || name.is_empty() {
            return Err(bad());
        }
        sums.insert(name.to_string(), hash.to_ascii_lowercase());
    }
    Ok(sums)
}

/// The signature file's text for `signature`.
pub fn signature_file(signature: &Signature) -> String {
    serde_json::to_string_pretty(signature).expect("plain values") + "\n"
}

/// Checks `bytes`, received as the file `name`, against a signed list: the signature first, then the entry.
pub fn check_file(trust: &Trust, sums: &str, signature: &str, name: &str, bytes: &[u8]) -> Result<Verified, SumsError> {
    let signature: Signature =
        serde_json::from_str(signature).map_err(|e| SumsError::BadSignatureFile { detail: e.to_string() })?;
    let verified = trust.verify_sums(sums.as_bytes(), &signature).map_err(|e| match e {
        PackError::UntrustedKey { fingerprint } => SumsError::UntrustedKey { fingerprint },
        _ => SumsError::BadSignature,
    })?;
    let listed = parse(sums)?;
    let expected = listed.get(name).ok_or_else(|| SumsError::NotListed { name: name.to_string() })?;
    if *expected != sha256_hex(bytes) {
        return Err(SumsError::Changed { name: name.to_string() });
    }
    Ok(verified)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::trust::test_key;
    use crate::pack::SecretKey;

    fn sums_of(files: &[(&str, &[u8])]) -> String {
        files.iter().map(|(name, bytes)| format!("{}  {name}\n", sha256_hex(bytes))).collect()
    }

    #[test]
    fn a_listed_file_passes_and_every_change_is_refused_with_its_reason() {
        let edition: &[u8] = b"<!DOCTYPE html><title>Rumbo</title>";
        let sums = sums_of(&[("rumbo-es.html", edition), ("rumbo-web-0.1.0.zip", b"PK")]);
        let signed = signature_file(&test_key().sign_sums(sums.as_bytes(), Vec::new()));
        let trust = Trust::built_in();
        let ok = check_file(&trust, &sums, &signed, "rumbo-es.html", edition).unwrap();
        assert_eq!(ok.signer, test_key().public());

        // One byte of the file changed (a phone number replaced, say).
        let altered = b"<!DOCTYPE html><title>Rumbx</title>";
        let changed = check_file(&trust, &sums, &signed, "rumbo-es.html", altered);
        assert_eq!(changed, Err(SumsError::Changed { name: "rumbo-es.html".into() }));
        // A file the list does not name, or the right file under another name.
        assert!(matches!(
            check_file(&trust, &sums, &signed, "rumbo-es (1).html", edition),
            Err(SumsError::NotListed { .. })
        ));
        // The list changed after signing, to carry the altered file's hash.
        let forged = sums_of(&[("rumbo-es.html", altered)]);
        let refused = check_file(&trust, &forged, &signed, "rumbo-es.html", altered);
        assert_eq!(refused, Err(SumsError::BadSignature));
        // Signed, but by a key nobody trusts.
        let stranger = SecretKey::from_seed([7; 32]);
        let theirs = signature_file(&stranger.sign_sums(forged.as_bytes(), Vec::new()));
        let untrusted = check_file(&trust, &forged, &theirs, "rumbo-es.html", altered);
        let fingerprint = stranger.public().fingerprint();
        assert_eq!(untrusted, Err(SumsError::UntrustedKey { fingerprint }));
        // That list changed after the untrusted key signed it: changed, whoever signed it.
        let refused = check_file(&trust, &sums, &theirs, "rumbo-es.html", edition);
        assert_eq!(refused, Err(SumsError::BadSignature));
        // Something else where the signature should be.
        assert!(matches!(
            check_file(&trust, &sums, "not json", "rumbo-es.html", edition),
            Err(SumsError::BadSignatureFile { .. })
        ));
    }

    #[test]
    fn the_list_is_read_as_sha256sum_writes_it() {
        let hash = "ab".repeat(32);
        let sums = parse(&format!("{hash}  rumbo-es.html\n{} *rumbo-web.zip\n\n", hash.to_uppercase())).unwrap();
        assert_eq!(sums.get("rumbo-es.html"), Some(&hash));
        assert_eq!(sums.get("rumbo-web.zip"), Some(&hash), "binary mark and upper case");
        for bad in ["nothex  a", &format!("{hash}a"), &format!("{hash}  "), &format!("{}  x", &hash[..62])] {
            assert_eq!(parse(bad), Err(SumsError::BadLine { line: 1 }), "{bad}");
        }
    }
}
