//! A received edition is Rumbo's only when it is exactly what a trusted key signed: one byte changed anywhere,
//! the signature line moved or doubled, or another key, and it is refused with its reason.

use proptest::prelude::*;

use super::*;
use crate::pack::trust::test_key;

fn made() -> Made {
    Made { version: 3, compiled: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap() }
}

/// An edition as the export writes it, unsigned.
fn unsigned() -> Vec<u8> {
    format!("{}{}<html lang=\"es\"><body><p>Llame al 911</p></body></html>\n", doctype(), header(made())).into_bytes()
}

fn signed() -> Vec<u8> {
    sign(&test_key(), &unsigned(), Vec::new()).unwrap()
}

fn trust() -> Trust {
    Trust::built_in()
}

#[test]
fn the_canonical_form_is_the_unsigned_file_and_only_the_signature_line_changes() {
    let unsigned = unsigned();
    assert!(unsigned.starts_with(
        b"<!DOCTYPE html>\n<!-- rumbo-signature: none -->\n<!-- rumbo-content: version 3, compiled 2026-11-27 -->\n<html"
    ));
    let signed = signed();
    let stamped = read(&signed).unwrap();
    assert_eq!(stamped.canonical, unsigned, "the signed bytes are the file with its signature blanked");
    assert_eq!(stamped.made, made());
    let line_end = |b: &[u8]| 16 + b[16..].iter().position(|&c| c == b'\n').unwrap() + 1;
    assert_eq!(signed[line_end(&signed)..], unsigned[line_end(&unsigned)..], "the rest is byte for byte the same");
    assert!(signed[16..].starts_with(b"<!-- rumbo-signature: {\"key\":\""));
    // Signing again replaces the signature; it does not stack a second one.
    let again = sign(&SecretKey::from_seed([5; 32]), &signed, Vec::new()).unwrap();
    assert_eq!(read(&again).unwrap().canonical, unsigned);
    assert_eq!(again.windows(MARKER.len()).filter(|w| *w == MARKER).count(), 1);
}

#[test]
fn a_signed_edition_passes_with_its_key_and_content_version() {
    let checked = check(&trust(), &signed()).unwrap();
    assert_eq!(checked.verified.signer, test_key().public());
    assert_eq!(checked.made, made());
}

#[test]
fn a_byte_changed_anywhere_is_refused() {
    let signed = signed();
    for at in 0..signed.len() {
        for flip in [0x01, 0x20, 0x80] {
            let mut altered = signed.clone();
            altered[at] ^= flip;
            assert!(check(&trust(), &altered).is_err(), "byte {at} ^ {flip:#x} passed");
        }
    }
    // A byte added at the end, or the last one cut.
    let mut longer = signed.clone();
    longer.push(b'\n');
    assert_eq!(check(&trust(), &longer), Err(EditionError::BadSignature));
    assert_eq!(check(&trust(), &signed[..signed.len() - 1]), Err(EditionError::BadSignature));
}

#[test]
fn a_phone_number_changed_is_refused_as_altered() {
    let text = String::from_utf8(signed()).unwrap().replace("911", "555");
    let refused = check(&trust(), text.as_bytes()).unwrap_err();
    assert_eq!(refused, EditionError::BadSignature);
    assert_eq!(refused.message_id(), "edition-error-altered");
}

#[test]
fn the_signature_line_moved_or_duplicated_is_refused() {
    let text = String::from_utf8(signed()).unwrap();
    let (doctype, rest) = text.split_at(16);
    let (line, body) = rest.split_at(rest.find('\n').unwrap() + 1);
    // Moved below the content line, or to the end of the file.
    let (content, after) = body.split_at(body.find('\n').unwrap() + 1);
    for moved in [format!("{doctype}{content}{line}{after}"), format!("{doctype}{body}{line}")] {
        assert_eq!(check(&trust(), moved.as_bytes()), Err(EditionError::Misplaced), "{moved}");
    }
    // A second signature line, anywhere after the first, even one that is the same.
    assert_eq!(check(&trust(), format!("{doctype}{line}{line}{body}").as_bytes()), Err(EditionError::Duplicated));
    assert_eq!(check(&trust(), format!("{text}{line}").as_bytes()), Err(EditionError::Duplicated));
    // A blank line or a byte-order mark in front of it.
    assert_eq!(check(&trust(), format!("\n{text}").as_bytes()), Err(EditionError::Misplaced));
    assert_eq!(check(&trust(), format!("\u{feff}{text}").as_bytes()), Err(EditionError::Misplaced));
    // The same block spelled with spaces: JSON that means the same, but not the one spelling signed.
    let spaced = text.replacen("{\"key\":", "{ \"key\":", 1);
    assert_eq!(check(&trust(), spaced.as_bytes()), Err(EditionError::BadSignatureBlock));
}

#[test]
fn unsigned_other_key_and_not_an_edition_are_refused_each_with_its_reason() {
    assert_eq!(check(&trust(), &unsigned()), Err(EditionError::Unsigned));
    assert_eq!(check(&trust(), b"<!DOCTYPE html>\n<html><p>911</p></html>"), Err(EditionError::NoSignatureLine));
    let stranger = SecretKey::from_seed([7; 32]);
    let theirs = sign(&stranger, &unsigned(), Vec::new()).unwrap();
    let refused = check(&trust(), &theirs).unwrap_err();
    assert_eq!(refused, EditionError::UntrustedKey { fingerprint: stranger.public().fingerprint() });
    assert_eq!(refused.fingerprint(), Some(stranger.public().fingerprint().as_str()));
    // Signed by another key, with a signature block naming the trusted key: the signature does not match.
    let forged = String::from_utf8(theirs).unwrap().replace(&stranger.public().to_hex(), &test_key().public().to_hex());
    assert_eq!(check(&trust(), forged.as_bytes()), Err(EditionError::BadSignature));
    // Trusted through an endorsement by a trusted key.
    let endorsed = sign(&stranger, &unsigned(), vec![test_key().endorse(&stranger.public())]).unwrap();
    let checked = check(&trust(), &endorsed).unwrap();
    assert_eq!((checked.verified.signer, checked.verified.root), (stranger.public(), test_key().public()));
    let huge = vec![b' '; MAX_EDITION as usize + 1];
    assert!(matches!(check(&trust(), &huge), Err(EditionError::TooLarge { .. })));
    assert!(matches!(sign(&test_key(), b"<p>not an edition</p>", Vec::new()), Err(EditionError::NoSignatureLine)));
}

/// An outreach worker given a copy signed by a key this Rumbo does not trust, then changed: it must hear that the
/// file was changed (the key the file names did not sign these bytes), not only that the key is another.
#[test]
fn an_edition_altered_after_another_key_signed_it_is_refused_as_altered() {
    let stranger = SecretKey::from_seed([7; 32]);
    let theirs = sign(&stranger, &unsigned(), Vec::new()).unwrap();
    let untrusted = EditionError::UntrustedKey { fingerprint: stranger.public().fingerprint() };
    assert_eq!(check(&trust(), &theirs), Err(untrusted.clone()), "unchanged: another key");
    let text = String::from_utf8(theirs.clone()).unwrap().replace("911", "555");
    let refused = check(&trust(), text.as_bytes()).unwrap_err();
    assert_eq!(refused, EditionError::BadSignature);
    assert_eq!(refused.message_id(), "edition-error-altered");
    // Whatever single byte changed, it is never "another key".
    for at in 0..theirs.len() {
        let mut altered = theirs.clone();
        altered[at] ^= 0x01;
        let result = check(&trust(), &altered);
        assert!(result.is_err() && result != Err(untrusted.clone()), "byte {at}: {result:?}");
    }
}

#[test]
fn the_content_line_is_read_in_its_one_spelling_only() {
    let text = String::from_utf8(unsigned()).unwrap();
    for bad in ["version 03, compiled 2026-11-27", "version 3, compiled 2026-11-7", "version 3,compiled 2026-11-27"] {
        let changed = text.replace("version 3, compiled 2026-11-27", bad);
        assert_eq!(read(changed.as_bytes()), Err(EditionError::BadContentLine), "{bad}");
    }
    let without = text.replace("<!-- rumbo-content: version 3, compiled 2026-11-27 -->\n", "");
    assert_eq!(read(without.as_bytes()), Err(EditionError::BadContentLine));
}

#[test]
fn settings_tells_an_edition_from_a_pack() {
    assert!(looks_like_an_edition(&signed()));
    assert!(looks_like_an_edition(b"\xef\xbb\xbf\n  <!doctype html><p>x</p>"));
    assert!(!looks_like_an_edition(b"RUMBOPK\x01\x00\x00"));
    assert!(!looks_like_an_edition(b""));
}

#[test]
fn every_refusal_has_its_message_in_every_language() {
    let l = crate::i18n::Localizer::embedded();
    for lang in crate::i18n::Lang::all() {
        for id in EditionError::MESSAGE_IDS {
            assert!(l.has(lang, id), "{lang} lacks {id}");
        }
    }
    let all = [
        EditionError::TooLarge { size: 1, max: 0 },
        EditionError::NoSignatureLine,
        EditionError::Unsigned,
        EditionError::Misplaced,
        EditionError::Duplicated,
        EditionError::BadSignatureBlock,
        EditionError::BadContentLine,
        EditionError::UntrustedKey { fingerprint: String::new() },
        EditionError::BadSignature,
    ];
    for error in all {
        assert!(EditionError::MESSAGE_IDS.contains(&error.message_id()), "{error:?}");
    }
}

proptest! {
    #[test]
    fn random_bytes_never_pass_and_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read(&bytes);
        prop_assert!(check(&trust(), &bytes).is_err());
    }

    #[test]
    fn hostile_lines_after_a_true_start_never_pass(
        value in proptest::collection::vec(any::<u8>(), 0..5000),
        tail in "[ -~\n]{0,300}",
    ) {
        let mut bytes = [DOCTYPE, SIGNATURE_OPEN].concat();
        bytes.extend_from_slice(&value);
        bytes.extend_from_slice(tail.as_bytes());
        let _ = read(&bytes);
        prop_assert!(check(&trust(), &bytes).is_err());
    }

    #[test]
    fn any_insertion_into_a_signed_edition_is_refused(at in 0usize..400, inserted in "[ -~\n]{1,40}") {
        let mut bytes = signed();
        let at = at.min(bytes.len());
        bytes.splice(at..at, inserted.bytes());
        prop_assert!(check(&trust(), &bytes).is_err());
    }
}
