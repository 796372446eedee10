//! What a device keeps of imported content, and the decisions over it, for every platform: the pack in use and
//! the one before it, as the bytes received. The platforms only read and write these two values atomically (a
//! file renamed over its target, one IndexedDB transaction); what is checked, kept and offered is decided here.

use super::{check_import, Checked, Content, Pack, PackError, Trust, APP_VERSION, EMBEDDED_VERSION};

/// The two stored values. `previous` None with `current` Some means the compiled-in content came before.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stored {
    pub current: Option<Vec<u8>>,
    pub previous: Option<Vec<u8>>,
}

/// What a device starts with.
pub struct Start {
    /// The stored pack in use, checked again; None: the content compiled in.
    pub active: Option<Checked>,
    /// A stored pack that no longer passes (damaged where it is kept, its key no longer trusted, not newer than
    /// an updated app's own content): not used, and the person is told why.
    pub set_aside: Option<PackError>,
}

/// Checks the stored pack again, signature included, as at every start.
pub fn start(stored: &Stored, trust: &Trust) -> Start {
    let Some(bytes) = &stored.current else { return Start { active: None, set_aside: None } };
    match load(bytes, trust).and_then(|c| c.pack.manifest.newer_than(EMBEDDED_VERSION).map(|()| c)) {
        Ok(checked) => Start { active: Some(checked), set_aside: None },
        Err(e) => Start { active: None, set_aside: Some(e) },
    }
}

/// The version in use: the stored pack's if it passes, or the compiled-in content's.
pub fn version_in_use(stored: &Stored, trust: &Trust) -> u64 {
    start(stored, trust).active.map_or(EMBEDDED_VERSION, |c| c.pack.manifest.version)
}

/// Checks `bytes` as an update of what is stored; nothing is written.
pub fn offer(stored: &Stored, bytes: &[u8], trust: &Trust) -> Result<Checked, PackError> {
    check_import(bytes, trust, version_in_use(stored, trust), APP_VERSION)
}

/// What to store once `bytes` is applied: it becomes the pack in use, and the one in use until now (if it still
/// passes; otherwise the compiled-in content) the previous. Refused, with nothing to write, if it fails `offer`.
pub fn apply(stored: &Stored, bytes: &[u8], trust: &Trust) -> Result<(Stored, Checked), PackError> {
    let checked = offer(stored, bytes, trust)?;
    let previous = start(stored, trust).active.map(|_| stored.current.clone().expect("a pack in use is stored"));
    Ok((Stored { current: Some(bytes.to_vec()), previous }, checked))
}

/// Whether "return to the previous content" can be offered: only while a stored pack is in use, and to a
/// previous that still passes (None inside: the compiled-in content).
pub fn previous(stored: &Stored, trust: &Trust) -> Option<Option<Checked>> {
    start(stored, trust).active?;
    match &stored.previous {
        Some(bytes) => load(bytes, trust).ok().map(Some),
        None => Some(None),
    }
}

/// What to store to return to the previous content, keeping the one it replaces as the previous (a second tap
/// goes forward again). None if `previous` offers nothing.
pub fn return_to_previous(stored: &Stored, trust: &Trust) -> Option<Stored> {
    previous(stored, trust)?;
    Some(Stored { current: stored.previous.clone(), previous: stored.current.clone() })
}

/// A stored pack: everything `check_import` checks except being newer than the one in use.
pub fn load(bytes: &[u8], trust: &Trust) -> Result<Checked, PackError> {
    let pack = Pack::read(bytes)?;
    let verified = trust.verify(&pack)?;
    pack.manifest.readable_by(APP_VERSION)?;
    let content = Content::from_pack(&pack)?;
    content.models()?;
    Ok(Checked { pack, verified, content })
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use super::super::{build, trust::test_key};
    use super::*;

    static EMBEDDED: LazyLock<Content> = LazyLock::new(Content::embedded);

    fn signed(version: u64) -> Vec<u8> {
        test_key().sign_pack(build(&EMBEDDED, &EMBEDDED, version, APP_VERSION).unwrap(), Vec::new()).to_bytes()
    }

    fn version(stored: &Stored) -> u64 {
        version_in_use(stored, &Trust::built_in())
    }

    #[test]
    fn apply_keeps_exactly_one_previous_and_return_swaps_them() {
        let trust = Trust::built_in();
        let empty = Stored::default();
        assert!(previous(&empty, &trust).is_none(), "nothing to return to from the compiled-in content");
        assert!(return_to_previous(&empty, &trust).is_none());

        let (two, _) = apply(&empty, &signed(2), &trust).unwrap();
        assert_eq!(two.previous, None, "before it came the compiled-in content");
        assert!(matches!(previous(&two, &trust), Some(None)));
        let (three, checked) = apply(&two, &signed(3), &trust).unwrap();
        assert_eq!(checked.pack.manifest.version, 3);
        assert_eq!((three.current.as_deref(), three.previous.as_deref()), (Some(&signed(3)[..]), Some(&signed(2)[..])));
        let (four, _) = apply(&three, &signed(4), &trust).unwrap();
        assert_eq!(four.previous.as_deref(), Some(&signed(3)[..]), "only one previous pack is kept");

        let back = return_to_previous(&four, &trust).unwrap();
        assert_eq!(version(&back), 3);
        assert_eq!(version(&return_to_previous(&back, &trust).unwrap()), 4, "a second tap goes forward again");
        let to_embedded = return_to_previous(&two, &trust).unwrap();
        assert_eq!(to_embedded, Stored { current: None, previous: Some(signed(2)) });
        assert_eq!(version(&to_embedded), EMBEDDED_VERSION);
        assert!(return_to_previous(&to_embedded, &trust).is_none());
    }

    #[test]
    fn an_offer_is_refused_unless_signed_by_a_trusted_key_whole_and_newer() {
        let trust = Trust::built_in();
        let (three, _) = apply(&Stored::default(), &signed(3), &trust).unwrap();
        assert!(matches!(offer(&three, &signed(2), &trust), Err(PackError::Older { found: 2, current: 3 })));
        assert!(matches!(offer(&three, &signed(3), &trust), Err(PackError::Same { found: 3 })));
        assert!(matches!(
            offer(&Stored::default(), &signed(3), &Trust::default()),
            Err(PackError::UntrustedKey { .. })
        ));
        let mut tampered = signed(4);
        let at = tampered.len() - 20;
        tampered[at] ^= 1;
        assert!(matches!(offer(&three, &tampered, &trust), Err(PackError::BadHash { .. })));
        let unsigned = build(&EMBEDDED, &EMBEDDED, 4, APP_VERSION).unwrap().to_bytes();
        assert_eq!(offer(&three, &unsigned, &trust).err(), Some(PackError::Unsigned));
        assert!(apply(&three, &unsigned, &trust).is_err(), "a refusal gives nothing to write");
        let too_new = test_key().sign_pack(build(&EMBEDDED, &EMBEDDED, 4, "999.0.0").unwrap(), Vec::new());
        assert!(matches!(offer(&three, &too_new.to_bytes(), &trust), Err(PackError::TooNewForApp { .. })));
        assert!(offer(&three, &signed(4), &trust).is_ok());
    }

    #[test]
    fn a_stored_pack_that_fails_at_start_is_set_aside_and_the_compiled_content_used() {
        let trust = Trust::built_in();
        let (two, _) = apply(&Stored::default(), &signed(2), &trust).unwrap();
        assert!(start(&two, &trust).active.is_some());
        let other = start(&two, &Trust::default());
        assert!(other.active.is_none());
        assert!(matches!(other.set_aside, Some(PackError::UntrustedKey { .. })), "its key is no longer trusted");
        let mut damaged = two.clone();
        let bytes = damaged.current.as_mut().unwrap();
        let at = bytes.len() - 100;
        bytes[at] ^= 1;
        let started = start(&damaged, &trust);
        assert!(started.active.is_none() && matches!(started.set_aside, Some(PackError::BadHash { .. })));
        assert_eq!(version(&damaged), EMBEDDED_VERSION);
        assert!(previous(&damaged, &trust).is_none(), "no return from a pack not in use");
        // A pack applied over one set aside does not keep the bad one as the previous.
        let (after, _) = apply(&damaged, &signed(2), &trust).unwrap();
        assert_eq!(after.previous, None);
        // An app updated past the stored pack's version sets it aside: its own content is newer.
        let stale = Stored { current: Some(signed(EMBEDDED_VERSION)), previous: None };
        assert!(matches!(start(&stale, &trust).set_aside, Some(PackError::Same { .. })));
    }
}
