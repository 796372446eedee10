//! The paths a person depends on: a signed newer pack is taken, everything else is refused with its reason.

use std::sync::LazyLock;

use super::trust::test_key;
use super::*;
use crate::i18n::Lang;

static EMBEDDED: LazyLock<Content> = LazyLock::new(Content::embedded);

fn signed(content: &Content, version: u64) -> Vec<u8> {
    let pack =
        build(content, (&EMBEDDED, EMBEDDED_VERSION), version, APP_VERSION).expect("the content passes its checks");
    test_key().sign_pack(pack, Vec::new()).to_bytes()
}

fn import(bytes: &[u8]) -> Result<Checked, PackError> {
    check_import(bytes, &Trust::built_in(), EMBEDDED_VERSION, APP_VERSION)
}

fn other_key() -> SecretKey {
    SecretKey::from_seed([9; 32])
}

#[test]
fn a_signed_newer_pack_round_trips_to_the_same_content() {
    let bytes = signed(&EMBEDDED, 2);
    let checked = import(&bytes).expect("taken");
    assert_eq!(checked.content, *EMBEDDED);
    assert_eq!(checked.pack.manifest.version, 2);
    assert_eq!(checked.verified.signer, test_key().public());
    assert_eq!(checked.verified.origin, KeyOrigin::Test);
    assert!(checked.pack.manifest.changes.is_empty());
    assert_eq!(checked.pack.manifest.summary["es"], ["El contenido no cambió."]);
    // The same content always makes the same bytes, so two people building one release can compare them.
    assert_eq!(signed(&EMBEDDED, 2), bytes);
}

#[test]
fn unsigned_other_key_older_same_and_too_new_are_refused_each_with_its_reason() {
    let unsigned = build(&EMBEDDED, (&EMBEDDED, EMBEDDED_VERSION), 2, APP_VERSION).unwrap();
    assert_eq!(import(&unsigned.to_bytes()).err(), Some(PackError::Unsigned));

    let other = other_key().sign_pack(unsigned.clone(), Vec::new());
    let fingerprint = other_key().public().fingerprint();
    assert_eq!(import(&other.to_bytes()).err(), Some(PackError::UntrustedKey { fingerprint }));

    let trust = Trust::built_in();
    let replay = check_import(&signed(&EMBEDDED, 3), &trust, 5, APP_VERSION).err();
    assert_eq!(replay, Some(PackError::Older { found: 3, current: 5 }));
    assert_eq!(check_import(&signed(&EMBEDDED, 5), &trust, 5, APP_VERSION).err(), Some(PackError::Same { found: 5 }));

    let future = build(&EMBEDDED, (&EMBEDDED, EMBEDDED_VERSION), 2, "99.0.0").unwrap();
    let future = test_key().sign_pack(future, Vec::new());
    let refused = import(&future.to_bytes()).err();
    assert_eq!(refused, Some(PackError::TooNewForApp { needs: "99.0.0".into(), have: APP_VERSION.into() }));
}

#[test]
fn one_changed_byte_in_a_part_the_manifest_or_the_signature_is_refused() {
    let bytes = signed(&EMBEDDED, 2);
    let flip = |at: usize| {
        let mut copy = bytes.clone();
        copy[at] ^= 0x01;
        import(&copy).err()
    };
    // A phone number in the directory, near the end of the file (the shared part comes last).
    let phone = bytes.windows(15).rposition(|w| w == b"+1 520 623 7874").expect("a phone in the shared part");
    assert_eq!(flip(phone + 5), Some(PackError::BadHash { name: "shared".into() }));
    let manifest_start = 12;
    assert!(matches!(flip(manifest_start + 40), Some(PackError::BadSignature | PackError::BadManifest { .. })));
    let pack = Pack::read(&bytes).unwrap();
    let signature_at = manifest_start + pack.manifest_bytes().len() + 4;
    let sig_text = String::from_utf8(bytes[signature_at..signature_at + 300].to_vec()).unwrap_or_default();
    let in_signature = signature_at + sig_text.find("\"signature\":\"").unwrap() + 20;
    assert_eq!(flip(in_signature), Some(PackError::BadSignature));
}

/// A pack signed by a key this Rumbo does not trust, then altered so that its parts still match the manifest (a
/// phone number changed and its part's hash rewritten): the person is told it was changed, not only "another key".
#[test]
fn a_pack_altered_after_another_key_signed_it_is_refused_as_altered() {
    let unsigned = build(&EMBEDDED, (&EMBEDDED, EMBEDDED_VERSION), 2, APP_VERSION).unwrap();
    let bytes = other_key().sign_pack(unsigned, Vec::new()).to_bytes();
    let fingerprint = other_key().public().fingerprint();
    assert_eq!(import(&bytes).err(), Some(PackError::UntrustedKey { fingerprint }), "unchanged: another key");

    let pack = Pack::read(&bytes).unwrap();
    let old_hash = format::sha256_hex(pack.part("shared").unwrap());
    let mut altered = bytes.clone();
    let phone = altered.windows(15).rposition(|w| w == b"+1 520 623 7874").expect("a phone in the shared part");
    altered[phone + 5] = b'9';
    let shared_at = bytes.len() - pack.part("shared").unwrap().len();
    let new_hash = format::sha256_hex(&altered[shared_at..]);
    let at = altered.windows(64).position(|w| w == old_hash.as_bytes()).expect("the hash in the manifest");
    altered[at..at + 64].copy_from_slice(new_hash.as_bytes());
    assert!(Pack::read(&altered).is_ok(), "the parts match the rewritten manifest");
    let refused = import(&altered).err().expect("refused");
    assert_eq!(refused, PackError::BadSignature);
    assert_eq!(refused.message_id(), "pack-error-damaged");
}

#[test]
fn a_key_endorsed_by_a_trusted_key_is_trusted_and_a_forged_endorsement_is_not() {
    let new = other_key();
    let pack = build(&EMBEDDED, (&EMBEDDED, EMBEDDED_VERSION), 2, APP_VERSION).unwrap();
    let endorsed = new.sign_pack(pack.clone(), vec![test_key().endorse(&new.public())]);
    let verified = import(&endorsed.to_bytes()).expect("taken").verified;
    assert_eq!((verified.signer, verified.root), (new.public(), test_key().public()));

    // An untrusted key vouching for itself, or an endorsement whose signature is not the trusted key's.
    let self_made = new.sign_pack(pack.clone(), vec![SecretKey::from_seed([3; 32]).endorse(&new.public())]);
    assert!(matches!(import(&self_made.to_bytes()).err(), Some(PackError::UntrustedKey { .. })));
    let mut forged = test_key().endorse(&SecretKey::from_seed([3; 32]).public());
    forged.key = new.public().to_hex();
    let forged = new.sign_pack(pack, vec![forged]);
    assert_eq!(import(&forged.to_bytes()).err(), Some(PackError::BadSignature));
}

#[test]
fn a_pack_lacking_a_message_the_app_uses_is_refused_naming_it() {
    let mut content = EMBEDDED.clone();
    let rumbo = content.locales.get_mut("ht").unwrap().get_mut("rumbo.ftl").unwrap();
    *rumbo = rumbo.lines().filter(|l| !l.starts_with("copy-done =")).collect::<Vec<_>>().join("\n");
    let Err(PackError::BadContent { name, detail }) = content.models() else { panic!("refused") };
    assert_eq!(name, "ht");
    assert!(detail.contains("copy-done"), "{detail}");
}

#[test]
fn a_locale_file_name_that_is_a_path_is_refused() {
    let mut content = EMBEDDED.clone();
    content.locales.get_mut("es").unwrap().insert("../../etc/passwd.ftl".into(), "x = y".into());
    let manifest = build(&EMBEDDED, (&EMBEDDED, EMBEDDED_VERSION), 2, APP_VERSION).unwrap().manifest;
    let pack = test_key().sign_pack(Pack::new(manifest, content.to_parts()), Vec::new());
    let Err(PackError::BadContent { name, .. }) = import(&pack.to_bytes()) else { panic!("refused") };
    assert_eq!(name, "es");
}

#[test]
fn what_changed_names_sections_entries_and_days_in_every_language() {
    let mut content = EMBEDDED.clone();
    let mut guides: serde_json::Value = serde_json::from_str(&content.shared["guides.json"]).unwrap();
    let sections = guides["sections"].as_array_mut().unwrap();
    let removed = sections.pop().unwrap()["id"].as_str().unwrap().to_string();
    for section in sections.iter_mut() {
        let related = section["related"].as_array_mut();
        related.into_iter().for_each(|r| r.retain(|id| id != removed.as_str()));
    }
    content.shared.insert("guides.json".into(), guides.to_string());
    let mut directory: serde_json::Value = serde_json::from_str(&content.shared["directory.json"]).unwrap();
    let entry = &mut directory["entries"][0];
    let entry_id = entry["id"].as_str().unwrap().to_string();
    entry["name"] = format!("{} (nuevo nombre)", entry["name"].as_str().unwrap()).into();
    content.shared.insert("directory.json".into(), directory.to_string());
    let mut calendar: serde_json::Value = serde_json::from_str(&content.shared["calendar.json"]).unwrap();
    let mut period = calendar["periods"][0].clone();
    period["id"] = "test-closure".into();
    period["from"] = "2027-03-01".into();
    period["to"] = "2027-03-02".into();
    calendar["periods"].as_array_mut().unwrap().push(period);
    content.shared.insert("calendar.json".into(), calendar.to_string());
    let es = content.locales.get_mut("es").unwrap();
    let deadline = es.get_mut("guide-deadline.ftl").unwrap();
    *deadline = deadline.replacen(" = ", " = Nuevo: ", 1);
    // The removed section's messages stay in the locales; the checks ask only for what the content uses.

    let changes = diff(&EMBEDDED, &content).unwrap();
    assert_eq!(changes.sections_removed, [removed]);
    assert_eq!(changes.sections_changed["es"], ["deadline"]);
    assert!(changes.sections_changed["en"].is_empty());
    assert_eq!(changes.entries_changed, [entry_id]);
    let march = |d| chrono::NaiveDate::from_ymd_opt(2027, 3, d).unwrap();
    assert_eq!(changes.days_added, [march(1), march(2)]);

    let pack = build(&content, (&EMBEDDED, EMBEDDED_VERSION), 2, APP_VERSION).unwrap();
    let lines = &pack.manifest.summary;
    assert_eq!(lines.len(), Lang::all().count());
    let es = lines["es"].join("\n");
    assert!(es.contains("Sección cambiada: "), "{es}");
    assert!(es.contains("Nuevo día inhábil: 1 de marzo de 2027"), "{es}");
    assert!(es.contains("(nuevo nombre)"), "{es}");
    let en = lines["en"].join("\n");
    assert!(en.contains("Section removed: ") && !en.contains("Section changed"), "{en}");
    assert!(lines["ru"].join("\n").contains("Новый нерабочий день"));
}

#[test]
fn fingerprints_are_hex_in_groups_and_key_files_round_trip() {
    let key = test_key();
    let fingerprint = key.public().fingerprint();
    assert_eq!(fingerprint.len(), 8 * 4 + 7);
    assert!(fingerprint.split(' ').all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_hexdigit())));
    let again = SecretKey::from_file(&key.to_file()).unwrap();
    assert_eq!(again.public(), key.public());
    assert_eq!(PublicKey::from_file(&key.public().to_file()), Some(key.public()));
    assert!(SecretKey::from_file("# nothing\n").is_none());
}

#[test]
fn the_keys_listed_in_the_repository_are_all_keys() {
    assert_eq!(Trust::built_in_problems(), Vec::<String>::new());
}
