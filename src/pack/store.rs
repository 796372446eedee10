//! Where an imported pack is kept on a device with files (the desktop app; the web app would keep the same two
//! values in one IndexedDB transaction): the pack in use and the one before it, so a person can go back with an
//! explicit tap. Every write is a temporary file renamed over its target, so at each instant the pack in use is
//! either the old one or the new one, never half of each; and a stored pack is checked again, signature
//! included, every time it is loaded.

use std::{
    fs, io,
    path::{Path, PathBuf},
};

use super::{check_import, Checked, Content, Pack, PackError, Trust, APP_VERSION, EMBEDDED_VERSION};

const CURRENT: &str = "content.pack";
const PREVIOUS: &str = "content-previous.pack";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Refused(#[from] PackError),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("there is no previous content to return to")]
    NoPrevious,
}

impl StoreError {
    /// The message for a person: a refusal's own, or that the pack could not be stored (nothing changed).
    pub fn message_id(&self) -> &'static str {
        match self {
            StoreError::Refused(e) => e.message_id(),
            StoreError::Io { .. } => "pack-error-not-stored",
            StoreError::NoPrevious => "pack-error-no-previous",
        }
    }
}

pub struct PackStore {
    dir: PathBuf,
}

impl PackStore {
    pub fn new(dir: impl Into<PathBuf>) -> PackStore {
        PackStore { dir: dir.into() }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// The stored pack in use, checked again; None means the content compiled in. A stored pack that no longer
    /// passes (damaged on disk, its key no longer trusted, not newer than an updated app's own content) is
    /// left on disk untouched and not used.
    pub fn active(&self, trust: &Trust) -> Option<Checked> {
        let bytes = fs::read(self.path(CURRENT)).ok()?;
        load(&bytes, trust).ok().filter(|c| c.pack.manifest.version > EMBEDDED_VERSION)
    }

    /// The version in use: the stored pack's, or the compiled-in content's.
    pub fn version(&self, trust: &Trust) -> u64 {
        self.active(trust).map_or(EMBEDDED_VERSION, |c| c.pack.manifest.version)
    }

    /// Checks `bytes` as a newer pack and, only if it passes, makes it the pack in use and the one in use until
    /// now the previous. On any refusal or failure, nothing changed.
    pub fn apply(&self, bytes: &[u8], trust: &Trust) -> Result<Checked, StoreError> {
        let checked = check_import(bytes, trust, self.version(trust), APP_VERSION)?;
        fs::create_dir_all(&self.dir).map_err(|source| StoreError::Io { path: self.dir.clone(), source })?;
        if let Ok(current) = fs::read(self.path(CURRENT)) {
            write_replace(&self.path(PREVIOUS), &current)?;
        }
        write_replace(&self.path(CURRENT), bytes)?;
        Ok(checked)
    }

    /// Whether "return to the previous content" can be offered, and to what (None: the compiled-in content).
    pub fn previous(&self, trust: &Trust) -> Option<Option<Checked>> {
        self.active(trust)?;
        match fs::read(self.path(PREVIOUS)) {
            Ok(bytes) => load(&bytes, trust).ok().map(Some),
            Err(_) => Some(None),
        }
    }

    /// Puts the previous pack back in use (or, if there was none, the compiled-in content), keeping the one it
    /// replaces as the previous: a second tap goes forward again.
    pub fn return_to_previous(&self, trust: &Trust) -> Result<(), StoreError> {
        let previous = self.previous(trust).ok_or(StoreError::NoPrevious)?;
        let current =
            fs::read(self.path(CURRENT)).map_err(|source| StoreError::Io { path: self.path(CURRENT), source })?;
        match previous {
            Some(_) => {
                let older = fs::read(self.path(PREVIOUS))
                    .map_err(|source| StoreError::Io { path: self.path(PREVIOUS), source })?;
                // The pack in use first: if the second write fails, the person still gets what they asked for.
                write_replace(&self.path(CURRENT), &older)?;
                write_replace(&self.path(PREVIOUS), &current)?;
            }
            None => {
                write_replace(&self.path(PREVIOUS), &current)?;
                fs::remove_file(self.path(CURRENT))
                    .map_err(|source| StoreError::Io { path: self.path(CURRENT), source })?;
            }
        }
        Ok(())
    }
}

/// A stored pack: everything `check_import` checks except being newer than the one in use.
fn load(bytes: &[u8], trust: &Trust) -> Result<Checked, PackError> {
    let pack = Pack::read(bytes)?;
    let verified = trust.verify(&pack)?;
    pack.manifest.readable_by(APP_VERSION)?;
    let content = Content::from_pack(&pack)?;
    content.models()?;
    Ok(Checked { pack, verified, content })
}

fn write_replace(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let fail = |source| StoreError::Io { path: path.to_path_buf(), source };
    let mut temp = path.as_os_str().to_owned();
    temp.push(".part");
    let temp = PathBuf::from(temp);
    let written = fs::File::create(&temp).and_then(|mut f| {
        io::Write::write_all(&mut f, bytes)?;
        f.sync_all()
    });
    if let Err(e) = written.and_then(|()| fs::rename(&temp, path)) {
        let _ = fs::remove_file(&temp);
        return Err(fail(e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use super::super::{build, trust::test_key};
    use super::*;

    static EMBEDDED: LazyLock<Content> = LazyLock::new(Content::embedded);

    fn signed(version: u64, content: &Content) -> Vec<u8> {
        test_key().sign_pack(build(content, &EMBEDDED, version, APP_VERSION).unwrap(), Vec::new()).to_bytes()
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rumbo-pack-store-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut found: Vec<_> = fs::read_dir(dir)
            .map(|rd| {
                rd.map(|e| e.unwrap())
                    .map(|e| (e.file_name().to_string_lossy().into(), fs::read(e.path()).unwrap()))
                    .collect()
            })
            .unwrap_or_default();
        found.sort();
        found
    }

    #[test]
    fn apply_keeps_the_previous_and_return_goes_back_and_forward() {
        let dir = scratch("apply");
        let store = PackStore::new(&dir);
        let trust = Trust::built_in();
        assert!(store.active(&trust).is_none());
        assert!(matches!(store.return_to_previous(&trust), Err(StoreError::NoPrevious)));

        let mut changed = EMBEDDED.clone();
        let es = changed.locales.get_mut("es").unwrap().get_mut("rumbo.ftl").unwrap();
        *es = es.replace("copy-done = ", "copy-done = Copiado (v3). ");
        store.apply(&signed(2, &EMBEDDED), &trust).unwrap();
        store.apply(&signed(3, &changed), &trust).unwrap();
        let active = store.active(&trust).unwrap();
        assert_eq!(active.pack.manifest.version, 3);
        assert!(active.content.models().unwrap().localizer.text(crate::i18n::Lang::ES, "copy-done").contains("(v3)"));

        // A replay of version 2, a tampered pack and an unsigned one are refused and change no file.
        let before = files(&dir);
        assert!(matches!(
            store.apply(&signed(2, &EMBEDDED), &trust),
            Err(StoreError::Refused(PackError::Older { .. }))
        ));
        let mut tampered = signed(4, &changed);
        let last = tampered.len() - 10;
        tampered[last] ^= 1;
        assert!(matches!(store.apply(&tampered, &trust), Err(StoreError::Refused(PackError::BadHash { .. }))));
        assert_eq!(files(&dir), before);

        store.return_to_previous(&trust).unwrap();
        assert_eq!(store.version(&trust), 2);
        store.return_to_previous(&trust).unwrap();
        assert_eq!(store.version(&trust), 3, "a second tap goes forward again");
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_stored_pack_damaged_on_disk_or_no_longer_trusted_is_not_used() {
        let dir = scratch("damaged");
        let store = PackStore::new(&dir);
        store.apply(&signed(2, &EMBEDDED), &Trust::built_in()).unwrap();
        assert!(store.active(&Trust::default()).is_none(), "its key is no longer trusted");
        let path = dir.join(CURRENT);
        let mut bytes = fs::read(&path).unwrap();
        let at = bytes.len() - 100;
        bytes[at] ^= 1;
        fs::write(&path, &bytes).unwrap();
        assert!(store.active(&Trust::built_in()).is_none());
        assert_eq!(store.version(&Trust::built_in()), EMBEDDED_VERSION);
        let _ = fs::remove_dir_all(&dir);
    }
}
