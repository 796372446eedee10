//! Content packs: everything Rumbo says (each language's texts; the guides, official quotations, directory and
//! calendar) in one file that travels offline, versioned, every part checked by its SHA-256 and the whole signed
//! with Ed25519, so an app can take newer content without a new build and refuse anything else. No Dioxus here.
//!
//! `format` is the container, `trust` the keys and signatures, `content` the files a pack carries and their
//! checks, `changes` what differs between two contents, `sums` the signed checksums of the bundle and the
//! editions, `edition` the signature a one-file edition carries inside itself. `build` and `check_import` are
//! the two paths through.

pub mod changes;
pub mod content;
pub mod device;
pub mod edition;
pub mod error;
pub mod format;
pub mod hex;
pub mod manifest;
#[cfg(not(target_arch = "wasm32"))]
pub mod store;
pub mod sums;
pub mod trust;

#[cfg(test)]
mod prop_tests;
#[cfg(test)]
mod tests;

pub use changes::{diff, Changes};
pub use content::{Content, Models};
pub use error::PackError;
pub use format::Pack;
pub use manifest::Manifest;
pub use trust::{Endorsement, KeyOrigin, PublicKey, SecretKey, Trust, Verified};

/// The version of the content compiled into this program. Raise it whenever a release changes its content, above
/// every pack published before, so that an older pack is never offered as an update.
pub const EMBEDDED_VERSION: u64 = 1;
/// This program's version, which a pack's `min_app` is compared with.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// An unsigned pack of `content`, after its checks, with what changed since `previous` (the content of version
/// `since`) in every language.
pub fn build(
    content: &Content,
    (previous, since): (&Content, u64),
    version: u64,
    min_app: &str,
) -> Result<Pack, PackError> {
    let new = content.models()?;
    let old = previous.models()?;
    let changes = diff(previous, content)?;
    let summary = changes::summary(&changes, &old, &new);
    let compiled = [new.guides.compiled, new.directory.checked, new.calendar.reviewed].into_iter().min();
    let manifest = Manifest {
        version,
        compiled: compiled.expect("three dates"),
        min_app: min_app.to_string(),
        parts: Vec::new(),
        since: Some(since),
        changes,
        summary,
    };
    let pack = Pack::new(manifest, content.to_parts());
    pack.manifest.readable_by(min_app)?;
    Ok(pack)
}

/// A pack offered to an app whose content is version `current`: read, signature, versions, content, in that
/// order, so a reason given about a pack's versions comes from a pack whose signature held. Nothing is applied.
pub fn check_import(bytes: &[u8], trust: &Trust, current: u64, app: &str) -> Result<Checked, PackError> {
    let pack = Pack::read(bytes)?;
    let verified = trust.verify(&pack)?;
    pack.manifest.readable_by(app)?;
    pack.manifest.newer_than(current)?;
    let content = Content::from_pack(&pack)?;
    let models = content.models()?;
    Ok(Checked { pack, verified, content, models })
}

/// A pack that passed every check of `check_import`.
pub struct Checked {
    pub pack: Pack,
    pub verified: Verified,
    pub content: Content,
    /// The content parsed, ready to `install`.
    pub models: Models,
}

/// Puts `models` in use everywhere the program reads its content (`Guides::shipped()`, `Directory::shipped()`,
/// `Calendar::shipped()`, `Localizer::embedded()`, and the search index built from them); None puts the
/// compiled-in content back.
pub fn install(models: Option<Models>) {
    let (guides, directory, calendar, localizer) = match models {
        Some(m) => (Some(m.guides), Some(m.directory), Some(m.calendar), Some(m.localizer)),
        None => (None, None, None, None),
    };
    // The texts last: a screen drawn in between finds the new guides' messages missing for a moment at worst,
    // never a message id (the fallback covers it).
    crate::content::Guides::install(guides);
    crate::directory::Directory::install(directory);
    crate::deadline::Calendar::install(calendar);
    crate::i18n::Localizer::install(localizer);
}
