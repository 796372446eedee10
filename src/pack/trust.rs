//! Who made a pack: an Ed25519 signature (ed25519-dalek) over the manifest, which holds every part's SHA-256.
//!
//! An app trusts the keys listed in `assets/pack-keys.txt`, any added at build time through the environment
//! variable `RUMBO_TRUSTED_KEYS` (hex public keys, separated by commas or spaces), and, in test builds only,
//! [`test_key`]. A new key is trusted when a trusted key has signed it (an [`Endorsement`] carried in the pack),
//! so a publisher can move to a new key without a new app.

use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::error::PackError;
use super::format::Pack;
use super::hex;

/// What the signature covers, before the manifest's bytes, so that a signature over anything else never passes.
const PACK_CONTEXT: &[u8] = b"rumbo content pack v1\n";
const ENDORSE_CONTEXT: &[u8] = b"rumbo key endorsement v1\n";
const SUMS_CONTEXT: &[u8] = b"rumbo checksums v1\n";
const EDITION_CONTEXT: &[u8] = b"rumbo one-file edition v1\n";
/// Endorsements followed from the signing key back to a trusted one.
pub const MAX_ENDORSEMENTS: usize = 4;

/// The signature block of a pack file.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// The signing key, hex.
    pub key: String,
    pub signature: String,
    /// From a trusted key to `key`: each endorses the next, the last endorses `key`.
    #[serde(default)]
    pub endorsements: Vec<Endorsement>,
}

/// "Key `by` vouches for key `key`": how a new publisher key, signed by the old one, replaces it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Endorsement {
    pub by: String,
    pub key: String,
    pub signature: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

pub struct SecretKey(SigningKey);

/// Where a trusted key comes from, so Settings and `pack keys` can say that a build added one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyOrigin {
    /// `assets/pack-keys.txt`, in the repository.
    Listed,
    /// `RUMBO_TRUSTED_KEYS` when this program was built.
    BuildOption,
    /// Test builds only.
    Test,
}

impl PublicKey {
    pub fn from_hex(text: &str) -> Option<PublicKey> {
        let bytes: [u8; 32] = hex::decode(text.trim())?.try_into().ok()?;
        VerifyingKey::from_bytes(&bytes).ok().map(PublicKey)
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0.as_bytes())
    }

    /// The first 16 bytes of the key's SHA-256 in groups of four hex digits: "3F2A 9C01 …", the same in every
    /// language, for a person to compare with what the publisher printed.
    pub fn fingerprint(&self) -> String {
        hex::grouped(&Sha256::digest(self.0.as_bytes())[..16])
    }

    /// The text of a public key file: one line of hex, which is also what `RUMBO_TRUSTED_KEYS` takes.
    pub fn to_file(&self) -> String {
        format!("{}\n", self.to_hex())
    }

    /// A public key file: the first line that is not blank or a `#` comment.
    pub fn from_file(text: &str) -> Option<PublicKey> {
        PublicKey::from_hex(key_line(text)?)
    }

    fn verify(&self, context: &[u8], message: &[u8], signature: &str) -> bool {
        let Some(bytes) = hex::decode(signature).and_then(|b| <[u8; 64]>::try_from(b).ok()) else { return false };
        let signed = [context, message].concat();
        self.0.verify_strict(&signed, &ed25519_dalek::Signature::from_bytes(&bytes)).is_ok()
    }
}

const SECRET_HEADER: &str = "# Rumbo content pack SECRET key. Whoever holds this file can sign content that every\n\
# Rumbo trusting its public key will accept: keep it offline, never in the repository, never shared.\n";

impl SecretKey {
    pub fn from_seed(seed: [u8; 32]) -> SecretKey {
        SecretKey(SigningKey::from_bytes(&seed))
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    pub fn to_file(&self) -> String {
        format!("{SECRET_HEADER}{}\n", hex::encode(self.0.as_bytes()))
    }

    pub fn from_file(text: &str) -> Option<SecretKey> {
        let seed: [u8; 32] = hex::decode(key_line(text)?)?.try_into().ok()?;
        Some(SecretKey::from_seed(seed))
    }

    fn sign(&self, context: &[u8], message: &[u8]) -> String {
        hex::encode(&self.0.sign(&[context, message].concat()).to_bytes())
    }

    /// Signs the pack's manifest (which holds every part's hash), replacing any signature it had.
    pub fn sign_pack(&self, pack: Pack, endorsements: Vec<Endorsement>) -> Pack {
        let signature = self.sign(PACK_CONTEXT, pack.manifest_bytes());
        pack.with_signature(Some(Signature { key: self.public().to_hex(), signature, endorsements }))
    }

    /// Signs a list of checksums (`SHA256SUMS` of the bundle and the one-file editions): the detached signature
    /// that lets anyone check a received file with [`Trust::verify_sums`].
    pub fn sign_sums(&self, sums: &[u8], endorsements: Vec<Endorsement>) -> Signature {
        Signature { key: self.public().to_hex(), signature: self.sign(SUMS_CONTEXT, sums), endorsements }
    }

    /// Signs a one-file edition's canonical form (`pack::edition`: the file with its signature blanked).
    pub fn sign_edition(&self, canonical: &[u8], endorsements: Vec<Endorsement>) -> Signature {
        Signature { key: self.public().to_hex(), signature: self.sign(EDITION_CONTEXT, canonical), endorsements }
    }

    /// This key vouches for `new`: packs signed by `new` that carry this endorsement pass wherever this key does.
    pub fn endorse(&self, new: &PublicKey) -> Endorsement {
        Endorsement {
            by: self.public().to_hex(),
            key: new.to_hex(),
            signature: self.sign(ENDORSE_CONTEXT, new.0.as_bytes()),
        }
    }
}

fn key_line(text: &str) -> Option<&str> {
    text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The keys one program trusts.
#[derive(Clone, Debug, Default)]
pub struct Trust {
    keys: Vec<(PublicKey, KeyOrigin)>,
}

/// Who signed a pack, and which trusted key that goes back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verified {
    pub signer: PublicKey,
    pub root: PublicKey,
    pub origin: KeyOrigin,
}

impl Trust {
    /// The keys built into this program; see the module's comment.
    pub fn built_in() -> Trust {
        let mut trust = Trust::default();
        for line in LISTED.lines().filter_map(PublicKey::from_file) {
            trust.add(line, KeyOrigin::Listed);
        }
        for key in option_env!("RUMBO_TRUSTED_KEYS").unwrap_or("").split([',', ' ']).filter_map(PublicKey::from_hex) {
            trust.add(key, KeyOrigin::BuildOption);
        }
        #[cfg(test)]
        trust.add(test_key().public(), KeyOrigin::Test);
        trust
    }

    /// Entries of the built-in lists that are not keys: a test keeps the repository's file clean, and `rumbo-cli
    /// pack keys` shows them, so a mistyped build option is not silently ignored.
    pub fn built_in_problems() -> Vec<String> {
        let listed = LISTED.lines().filter(|l| !l.trim().is_empty() && !l.trim().starts_with('#'));
        let built = option_env!("RUMBO_TRUSTED_KEYS").unwrap_or("").split([',', ' ']).filter(|k| !k.is_empty());
        let bad = |k: &&str| PublicKey::from_hex(k).is_none();
        let mut found: Vec<String> =
            listed.filter(bad).map(|k| format!("assets/pack-keys.txt: “{k}” is not a public key")).collect();
        found.extend(built.filter(bad).map(|k| format!("RUMBO_TRUSTED_KEYS: “{k}” is not a public key")));
        found
    }

    pub fn add(&mut self, key: PublicKey, origin: KeyOrigin) {
        if !self.keys.iter().any(|(k, _)| *k == key) {
            self.keys.push((key, origin));
        }
    }

    pub fn keys(&self) -> &[(PublicKey, KeyOrigin)] {
        &self.keys
    }

    fn origin(&self, key: &PublicKey) -> Option<KeyOrigin> {
        self.keys.iter().find(|(k, _)| k == key).map(|(_, origin)| *origin)
    }

    /// Whether a trusted key (directly, or through endorsements) signed exactly this manifest.
    pub fn verify(&self, pack: &Pack) -> Result<Verified, PackError> {
        let block = pack.signature.as_ref().ok_or(PackError::Unsigned)?;
        self.verify_block(PACK_CONTEXT, pack.manifest_bytes(), block)
    }

    /// Whether a trusted key (directly, or through endorsements) signed exactly this list of checksums.
    pub fn verify_sums(&self, sums: &[u8], signature: &Signature) -> Result<Verified, PackError> {
        self.verify_block(SUMS_CONTEXT, sums, signature)
    }

    /// Whether a trusted key (directly, or through endorsements) signed exactly this edition's canonical form.
    pub fn verify_edition(&self, canonical: &[u8], signature: &Signature) -> Result<Verified, PackError> {
        self.verify_block(EDITION_CONTEXT, canonical, signature)
    }

    fn verify_block(&self, context: &[u8], message: &[u8], block: &Signature) -> Result<Verified, PackError> {
        let signer = PublicKey::from_hex(&block.key).ok_or(PackError::BadSignatureBlock)?;
        if block.endorsements.len() > MAX_ENDORSEMENTS {
            return Err(PackError::BadSignatureBlock);
        }
        // The key the block names must have signed exactly these bytes, trusted or not: a signature that does not
        // verify means the file was changed, and saying "another key" instead would hide that from the person.
        if !signer.verify(context, message, &block.signature) {
            return Err(PackError::BadSignature);
        }
        // Walk back from the signer: each endorsement must be for the key reached so far, by a valid signature.
        let mut reached = signer;
        let mut root = self.origin(&reached).map(|origin| (reached, origin));
        for endorsement in block.endorsements.iter().rev() {
            if root.is_some() {
                break;
            }
            let by = PublicKey::from_hex(&endorsement.by).ok_or(PackError::BadSignatureBlock)?;
            if PublicKey::from_hex(&endorsement.key) != Some(reached)
                || !by.verify(ENDORSE_CONTEXT, reached.0.as_bytes(), &endorsement.signature)
            {
                return Err(PackError::BadSignature);
            }
            reached = by;
            root = self.origin(&reached).map(|origin| (reached, origin));
        }
        let (root, origin) = root.ok_or(PackError::UntrustedKey { fingerprint: signer.fingerprint() })?;
        Ok(Verified { signer, root, origin })
    }
}

static LISTED: &str = include_str!("../../assets/pack-keys.txt");

/// A key only test builds trust. Its secret is here on purpose: it signs test packs, and no release trusts it.
#[cfg(test)]
pub fn test_key() -> SecretKey {
    SecretKey::from_seed(*b"rumbo test key, trusted in tests")
}
