//! The reader against random and hostile bytes: it never panics, never allocates by a declared size, and takes
//! nothing that is not exactly what was signed.

use proptest::prelude::*;

use super::format::{MAGIC, MAX_MANIFEST, MAX_PART};
use super::trust::test_key;
use super::*;

/// A small signed pack with every part present (the reader's checks; the content's own are tested elsewhere).
fn small_pack() -> Vec<u8> {
    let manifest = Manifest {
        version: 2,
        compiled: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        min_app: "0.1.0".into(),
        parts: Vec::new(),
        since: Some(1),
        changes: Changes::default(),
        summary: Default::default(),
    };
    let parts = format::part_names().into_iter().map(|n| (n.to_string(), format!("{{\"{n}\":1}}").into_bytes()));
    test_key().sign_pack(Pack::new(manifest, parts.collect()), Vec::new()).to_bytes()
}

/// A file with this manifest and parts, unsigned.
fn raw(manifest: &str, body: &[u8]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.push(1);
    out.extend_from_slice(&(manifest.len() as u32).to_le_bytes());
    out.extend_from_slice(manifest.as_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(body);
    out
}

fn manifest_with(parts: &[(&str, u64, &str)]) -> String {
    let parts: Vec<String> = parts
        .iter()
        .map(|(name, size, hash)| format!(r#"{{"name": {name:?}, "size": {size}, "sha256": "{hash}"}}"#))
        .collect();
    format!(
        r#"{{"version": 2, "compiled": "2026-12-01", "min_app": "0.1.0", "parts": [{}], "changes": {{
            "sections_added": [], "sections_removed": [], "sections_changed": {{}}, "entries_added": [],
            "entries_changed": [], "entries_removed": [], "days_added": [], "days_removed": [],
            "messages_changed": {{}}}}, "summary": {{}}}}"#,
        parts.join(", ")
    )
}

fn every_part(size: u64) -> Vec<(&'static str, u64, String)> {
    let hash = format::sha256_hex(&vec![b'x'; size as usize]);
    format::part_names().into_iter().map(|n| (n, size, hash.clone())).collect()
}

fn read_with(parts: &[(&str, u64, String)], body: &[u8]) -> Result<Pack, PackError> {
    let parts: Vec<(&str, u64, &str)> = parts.iter().map(|(n, s, h)| (*n, *s, h.as_str())).collect();
    Pack::read(&raw(&manifest_with(&parts), body))
}

#[test]
fn a_small_pack_reads_and_verifies() {
    let pack = Pack::read(&small_pack()).unwrap();
    Trust::built_in().verify(&pack).unwrap();
}

#[test]
fn hostile_part_lists_are_refused_by_name() {
    let body = vec![b'x'; 5 * 3];
    let mut parts = every_part(3);
    assert!(read_with(&parts, &body).is_ok());

    parts[0].0 = "../../etc/passwd";
    assert_eq!(read_with(&parts, &body).err(), Some(PackError::UnknownPart { name: "../../etc/passwd".into() }));
    parts[0].0 = "en";
    assert_eq!(read_with(&parts, &body).err(), Some(PackError::DuplicatePart { name: "en".into() }));
    let missing = every_part(3)[1..].to_vec();
    assert_eq!(read_with(&missing, &body[3..]).err(), Some(PackError::MissingPart { name: "es".into() }));

    let mut huge = every_part(3);
    huge[2].1 = u64::MAX;
    assert!(matches!(read_with(&huge, &body).err(), Some(PackError::DeclaredTooLarge { max: MAX_PART, .. })));
    // Every size within its limit, but together more than the file holds, or less.
    assert_eq!(read_with(&every_part(4), &body).err(), Some(PackError::Length));
    assert_eq!(read_with(&every_part(3), &[body.as_slice(), b"!"].concat()).err(), Some(PackError::Length));

    let mut bad_hash = every_part(3);
    bad_hash[4].2 = "00".repeat(32);
    assert_eq!(read_with(&bad_hash, &body).err(), Some(PackError::BadHash { name: bad_hash[4].0.into() }));
}

#[test]
fn a_declared_manifest_larger_than_the_limit_is_refused_before_it_is_read() {
    let mut bytes = MAGIC.to_vec();
    bytes.push(1);
    bytes.extend_from_slice(&u32::MAX.to_le_bytes());
    let refused = Pack::read(&bytes).err();
    assert_eq!(
        refused,
        Some(PackError::DeclaredTooLarge { what: "manifest".into(), size: u32::MAX as u64, max: MAX_MANIFEST })
    );
    bytes[7] = 2;
    assert_eq!(Pack::read(&bytes).err(), Some(PackError::FormatTooNew { found: 2 }));
    assert_eq!(Pack::read(b"PK\x03\x04 a zip").err(), Some(PackError::NotAPack));
    assert_eq!(
        Pack::read(&vec![0; (format::MAX_PACK + 1) as usize]).err().map(|e| e.message_id()),
        Some("pack-error-too-large")
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = Pack::read(&bytes);
        let mut framed = MAGIC.to_vec();
        framed.push(1);
        framed.extend_from_slice(&bytes);
        let _ = Pack::read(&framed);
    }

    #[test]
    fn any_changed_byte_of_a_signed_pack_is_refused(at in any::<prop::sample::Index>(), bit in 0u8..8) {
        let mut bytes = small_pack();
        let at = at.index(bytes.len());
        bytes[at] ^= 1 << bit;
        let taken = Pack::read(&bytes).and_then(|pack| Trust::built_in().verify(&pack).map(|_| ()));
        prop_assert!(taken.is_err(), "byte {} changed and still taken", at);
    }

    #[test]
    fn a_cut_pack_is_refused(keep in any::<prop::sample::Index>()) {
        let bytes = small_pack();
        let keep = keep.index(bytes.len());
        prop_assert!(Pack::read(&bytes[..keep]).is_err());
    }
}
