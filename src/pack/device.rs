//! What a device keeps of imported content, and the decisions over it, for every platform: the pack in use and
//! the one before it, as the bytes received. The platforms only read and write these two values atomically (a
//! file renamed over its target, one IndexedDB transaction); what is checked, kept and offered is decided here.

use super::{check_import, Checked, Content, Manifest, Pack, PackError, Trust, APP_VERSION, EMBEDDED_VERSION};

/// The two stored values. `previous` None with `current` Some means the compiled-in content came before.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stored {
    pub current: Option<Vec<u8>>,
    pub previous: Option<Vec<u8>>,
}

/// What "return to the previous content" would bring back.
#[derive(Clone, Debug, PartialEq)]
pub enum Previous {
    /// Nothing to return to: the compiled-in content is in use.
    None,
    /// The content compiled into the app.
    Compiled,
    /// A pack whose signature and parts still pass (its content is checked in full once it is back in use).
    Pack(Box<Manifest>),
}

/// What a device starts with, and what it may offer.
pub struct Start {
    /// The stored pack in use, checked again in full; None: the content compiled in.
    pub active: Option<Checked>,
    /// A stored pack that no longer passes (damaged where it is kept, its key no longer trusted, not newer than
    /// an updated app's own content): not used, and the person is told why.
    pub set_aside: Option<PackError>,
    pub previous: Previous,
}

impl Start {
    /// The version in use: the stored pack's if it passes, or the compiled-in content's.
    pub fn version(&self) -> u64 {
        self.active.as_ref().map_or(EMBEDDED_VERSION, |c| c.pack.manifest.version)
    }
}

/// Checks the stored pack again, signature included, as at every start.
pub fn start(stored: &Stored, trust: &Trust) -> Start {
    let Some(bytes) = &stored.current else {
        return Start { active: None, set_aside: None, previous: Previous::None };
    };
    match load(bytes, trust).and_then(|c| c.pack.manifest.newer_than(EMBEDDED_VERSION).map(|()| c)) {
        Ok(checked) => {
            let previous = match &stored.previous {
                None => Previous::Compiled,
                Some(bytes) => signed(bytes, trust).map_or(Previous::None, |m| Previous::Pack(Box::new(m))),
            };
            Start { active: Some(checked), set_aside: None, previous }
        }
        Err(e) => Start { active: None, set_aside: Some(e), previous: Previous::None },
    }
}

/// Checks `bytes` as an update of the content in use, version `in_use` (`Start::version`); nothing is written.
pub fn offer(in_use: u64, bytes: &[u8], trust: &Trust) -> Result<Checked, PackError> {
    check_import(bytes, trust, in_use, APP_VERSION)
}

/// What to store once `bytes`, which passed `offer`, is applied: it becomes the pack in use, and the one in use
/// until now the previous; that is the compiled-in content unless `stored_in_use` (the stored pack was in use,
/// not set aside: `Start::active`).
pub fn apply(stored: &Stored, stored_in_use: bool, bytes: &[u8]) -> Stored {
    let previous = if stored_in_use { stored.current.clone() } else { None };
    Stored { current: Some(bytes.to_vec()), previous }
}

/// What to store to return to the previous content, keeping the one it replaces as the previous (a second tap
/// goes forward again). None if `previous` (`Start::previous`) offers nothing to return to.
pub fn return_to_previous(stored: &Stored, previous: &Previous) -> Option<Stored> {
    if *previous == Previous::None {
        return None;
    }
    Some(Stored { current: stored.previous.clone(), previous: stored.current.clone() })
}

/// After "Delete my data", whether the pack in use is still kept (the device could neither delete nor empty it),
/// so that it is what the next start uses: then the app goes on using it and says so, rather than show the
/// compiled-in content until the next start brings the pack back. `left` is what the device keeps after the
/// wipe; `in_use` whether `before.current` was in use.
pub fn kept_after_wipe(before: &Stored, in_use: bool, left: &Stored) -> bool {
    in_use && left.current.is_some() && left.current == before.current
}

/// A stored pack: everything `check_import` checks except being newer than the one in use.
pub fn load(bytes: &[u8], trust: &Trust) -> Result<Checked, PackError> {
    let pack = Pack::read(bytes)?;
    let verified = trust.verify(&pack)?;
    pack.manifest.readable_by(APP_VERSION)?;
    let content = Content::from_pack(&pack)?;
    let models = content.models()?;
    Ok(Checked { pack, verified, content, models })
}

/// The format, every part's hash and the signature, without parsing the content: enough to offer a return.
fn signed(bytes: &[u8], trust: &Trust) -> Result<Manifest, PackError> {
    let pack = Pack::read(bytes)?;
    trust.verify(&pack)?;
    pack.manifest.readable_by(APP_VERSION)?;
    Ok(pack.manifest)
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use super::super::{build, trust::test_key};
    use super::*;

    static EMBEDDED: LazyLock<Content> = LazyLock::new(Content::embedded);
    static SIGNED: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
        (0..=5)
            .map(|v| {
                test_key()
                    .sign_pack(build(&EMBEDDED, (&EMBEDDED, EMBEDDED_VERSION), v, APP_VERSION).unwrap(), vec![])
                    .to_bytes()
            })
            .collect()
    });

    fn signed(version: u64) -> Vec<u8> {
        SIGNED[version as usize].clone()
    }

    /// Offers `bytes` to what `stored` starts with and, if it passes, applies it.
    fn import(stored: &Stored, bytes: &[u8]) -> Result<Stored, PackError> {
        let trust = Trust::built_in();
        let started = start(stored, &trust);
        offer(started.version(), bytes, &trust)?;
        Ok(apply(stored, started.active.is_some(), bytes))
    }

    fn version(stored: &Stored) -> u64 {
        start(stored, &Trust::built_in()).version()
    }

    fn back(stored: &Stored) -> Option<Stored> {
        return_to_previous(stored, &start(stored, &Trust::built_in()).previous)
    }

    #[test]
    fn apply_keeps_exactly_one_previous_and_return_swaps_them() {
        let trust = Trust::built_in();
        let empty = Stored::default();
        assert_eq!(start(&empty, &trust).previous, Previous::None, "nothing to return to from the compiled content");
        assert!(back(&empty).is_none());

        let two = import(&empty, &signed(2)).unwrap();
        assert_eq!(two.previous, None);
        assert_eq!(start(&two, &trust).previous, Previous::Compiled);
        let three = import(&two, &signed(3)).unwrap();
        assert_eq!((three.current.clone(), three.previous.clone()), (Some(signed(3)), Some(signed(2))));
        assert!(matches!(start(&three, &trust).previous, Previous::Pack(m) if m.version == 2));
        let four = import(&three, &signed(4)).unwrap();
        assert_eq!(four.previous, Some(signed(3)), "only one previous pack is kept");

        let returned = back(&four).unwrap();
        assert_eq!(version(&returned), 3);
        assert_eq!(version(&back(&returned).unwrap()), 4, "a second tap goes forward again");
        let to_compiled = back(&two).unwrap();
        assert_eq!(to_compiled, Stored { current: None, previous: Some(signed(2)) });
        assert_eq!(version(&to_compiled), EMBEDDED_VERSION);
        assert!(back(&to_compiled).is_none());
    }

    #[test]
    fn an_offer_is_refused_unless_signed_by_a_trusted_key_whole_newer_and_readable() {
        let trust = Trust::built_in();
        let three = import(&Stored::default(), &signed(3)).unwrap();
        assert_eq!(import(&three, &signed(2)).err(), Some(PackError::Older { found: 2, current: 3 }));
        assert_eq!(import(&three, &signed(3)).err(), Some(PackError::Same { found: 3 }));
        assert!(matches!(offer(EMBEDDED_VERSION, &signed(3), &Trust::default()), Err(PackError::UntrustedKey { .. })));
        let mut tampered = signed(4);
        let at = tampered.len() - 20;
        tampered[at] ^= 1;
        assert!(matches!(import(&three, &tampered), Err(PackError::BadHash { .. })));
        let unsigned = build(&EMBEDDED, (&EMBEDDED, EMBEDDED_VERSION), 4, APP_VERSION).unwrap().to_bytes();
        assert_eq!(import(&three, &unsigned).err(), Some(PackError::Unsigned));
        let too_new =
            test_key().sign_pack(build(&EMBEDDED, (&EMBEDDED, EMBEDDED_VERSION), 4, "999.0.0").unwrap(), Vec::new());
        assert!(matches!(import(&three, &too_new.to_bytes()), Err(PackError::TooNewForApp { .. })));
        assert!(offer(start(&three, &trust).version(), &signed(4), &trust).is_ok());
    }

    #[test]
    fn a_wipe_that_left_the_pack_in_use_keeps_it_in_use() {
        let two = import(&Stored::default(), &signed(2)).unwrap();
        let three = import(&two, &signed(3)).unwrap();
        assert!(!kept_after_wipe(&three, true, &Stored::default()), "all deleted");
        let only_previous = Stored { current: None, previous: three.previous.clone() };
        assert!(!kept_after_wipe(&three, true, &only_previous), "no pack in use at the next start");
        let left = Stored { current: three.current.clone(), previous: None };
        assert!(kept_after_wipe(&three, true, &left), "the pack in use could not be deleted");
        assert!(!kept_after_wipe(&three, false, &three), "a pack set aside is not used at the next start either");
    }

    #[test]
    fn a_stored_pack_that_fails_at_start_is_set_aside_and_the_compiled_content_used() {
        let trust = Trust::built_in();
        let two = import(&Stored::default(), &signed(2)).unwrap();
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
        assert_eq!(started.version(), EMBEDDED_VERSION);
        assert!(back(&damaged).is_none(), "no return from a pack not in use");
        let after = import(&damaged, &signed(2)).unwrap();
        assert_eq!(after.previous, None, "a pack applied over one set aside does not keep the bad one");
        // An app updated past the stored pack's version sets it aside: its own content is newer.
        let stale = Stored { current: Some(signed(EMBEDDED_VERSION)), previous: None };
        assert!(matches!(start(&stale, &trust).set_aside, Some(PackError::Same { .. })));
        // A damaged previous is not offered.
        let mut bad_previous = import(&two, &signed(3)).unwrap();
        let bytes = bad_previous.previous.as_mut().unwrap();
        let at = bytes.len() - 100;
        bytes[at] ^= 1;
        assert_eq!(start(&bad_previous, &trust).previous, Previous::None);
    }
}
