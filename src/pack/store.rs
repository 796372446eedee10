//! Where an imported pack is kept on a device with files (the desktop app; the web app would keep the same two
//! values in one IndexedDB transaction): the pack in use and the one before it, so a person can go back with an
//! explicit tap. Every write is a temporary file renamed over its target, so at each instant the pack in use is
//! either the old one or the new one, never half of each; and a stored pack is checked again, signature
//! included, every time it is loaded.

use std::{
    fs, io,
    path::{Path, PathBuf},
};

use super::device::{self, Start, Stored};
use super::{Checked, PackError, Trust, EMBEDDED_VERSION};

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

    /// The file of the pack in use (it may not exist): what the desktop app's Wi-Fi share offers.
    pub fn current_file(&self) -> PathBuf {
        self.path(CURRENT)
    }

    /// The two files; one that cannot be read, or is empty (emptied by a wipe that could not delete it), counts
    /// as absent.
    pub fn stored(&self) -> Stored {
        let read = |name| fs::read(self.path(name)).ok().filter(|bytes| !bytes.is_empty());
        Stored { current: read(CURRENT), previous: read(PREVIOUS) }
    }

    /// What the app starts with: the stored pack checked again, or why it was set aside. The file is left as
    /// it is: a later apply replaces it.
    pub fn start(&self, trust: &Trust) -> Start {
        device::start(&self.stored(), trust)
    }

    /// The stored pack in use, checked again; None means the content compiled in.
    pub fn active(&self, trust: &Trust) -> Option<Checked> {
        self.start(trust).active
    }

    /// The version in use: the stored pack's, or the compiled-in content's.
    pub fn version(&self, trust: &Trust) -> u64 {
        self.active(trust).map_or(EMBEDDED_VERSION, |c| c.pack.manifest.version)
    }

    /// Checks `bytes` as a newer pack and, only if it passes, makes it the pack in use and the one in use until
    /// now the previous. On any refusal or failure, nothing changed.
    pub fn apply(&self, bytes: &[u8], trust: &Trust) -> Result<Checked, StoreError> {
        let stored = self.stored();
        let started = device::start(&stored, trust);
        let checked = device::offer(started.version(), bytes, trust)?;
        let next = device::apply(&stored, started.active.is_some(), bytes);
        self.write(&next)?;
        Ok(checked)
    }

    /// What "return to the previous content" would bring back.
    pub fn previous(&self, trust: &Trust) -> device::Previous {
        self.start(trust).previous
    }

    /// Puts the previous pack back in use (or, if there was none, the compiled-in content), keeping the one it
    /// replaces as the previous: a second tap goes forward again.
    pub fn return_to_previous(&self, trust: &Trust) -> Result<(), StoreError> {
        let stored = self.stored();
        let next = device::return_to_previous(&stored, &device::start(&stored, trust).previous)
            .ok_or(StoreError::NoPrevious)?;
        self.write(&next)
    }

    /// The previous first, then the pack in use: if the second write fails, the first still holds a pack that
    /// passed, and the one in use is whole (old or new).
    pub fn write(&self, next: &Stored) -> Result<(), StoreError> {
        fs::create_dir_all(&self.dir).map_err(|source| StoreError::Io { path: self.dir.clone(), source })?;
        match &next.previous {
            Some(bytes) => write_replace(&self.path(PREVIOUS), bytes)?,
            None => remove(&self.path(PREVIOUS))?,
        }
        match &next.current {
            Some(bytes) => write_replace(&self.path(CURRENT), bytes),
            None => remove(&self.path(CURRENT)),
        }
    }

    /// "Delete my data": both packs and any half-written copy, each tried even if another fails; what could not
    /// be deleted is returned. A pack file that cannot be deleted (a folder that refuses it) is emptied instead,
    /// so that the next start does not use it again; it is still returned, since the file is there. The app then
    /// uses the content compiled into it, as a browser does once its database is gone, unless `stored()` still
    /// finds the pack in use (neither deleted nor emptied): then it must say so.
    pub fn remove_all(&self) -> Vec<(PathBuf, io::Error)> {
        self.remove_all_with(|path| fs::remove_file(path), empty)
    }

    fn remove_all_with(
        &self,
        unlink: impl Fn(&Path) -> io::Result<()>,
        blank: impl Fn(&Path) -> io::Result<()>,
    ) -> Vec<(PathBuf, io::Error)> {
        let names = [CURRENT, PREVIOUS].into_iter().flat_map(|name| [name.to_string(), format!("{name}{PART}")]);
        let failed = names.map(|name| self.path(&name)).filter_map(|path| match unlink(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => {
                let _ = blank(&path);
                Some((path, e))
            }
            _ => None,
        });
        failed.collect()
    }
}

/// A file cut to nothing, on disk.
fn empty(path: &Path) -> io::Result<()> {
    fs::OpenOptions::new().write(true).truncate(true).open(path)?.sync_all()
}

/// What a pack file is called while it is written, before it is renamed over its target.
const PART: &str = ".part";

fn remove(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(StoreError::Io { path: path.to_path_buf(), source: e }),
        _ => Ok(()),
    }
}

fn write_replace(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let fail = |source| StoreError::Io { path: path.to_path_buf(), source };
    let mut temp = path.as_os_str().to_owned();
    temp.push(PART);
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

    use super::super::{build, trust::test_key, Content, APP_VERSION};
    use super::*;

    static EMBEDDED: LazyLock<Content> = LazyLock::new(Content::embedded);

    fn signed(version: u64, content: &Content) -> Vec<u8> {
        test_key()
            .sign_pack(build(content, (&EMBEDDED, EMBEDDED_VERSION), version, APP_VERSION).unwrap(), Vec::new())
            .to_bytes()
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
    fn removing_all_leaves_no_pack_and_nothing_else_of_rumbo_but_keeps_other_files() {
        let dir = scratch("remove");
        let store = PackStore::new(&dir);
        let trust = Trust::built_in();
        store.apply(&signed(2, &EMBEDDED), &trust).unwrap();
        store.apply(&signed(3, &EMBEDDED), &trust).unwrap();
        // A write cut off by a crash leaves its part file.
        fs::write(dir.join(format!("{CURRENT}{PART}")), b"half").unwrap();
        fs::write(dir.join("rumbo.sqlite"), b"not the packs' to delete").unwrap();
        assert!(store.remove_all().is_empty());
        let names: Vec<String> = files(&dir).into_iter().map(|(name, _)| name).collect();
        assert_eq!(names, ["rumbo.sqlite"]);
        assert!(store.active(&trust).is_none());
        assert!(matches!(store.previous(&trust), device::Previous::None), "nothing to return to either");
        assert!(store.remove_all().is_empty(), "nothing left to delete is not a failure");
        let _ = fs::remove_dir_all(&dir);
    }

    /// A wipe whose folder refuses to delete the pack files (a permission, a lock): the pack must not come back
    /// at the next start while the screen shows the compiled-in content. Emptied, it is out of use; if even that
    /// fails, `stored()` still finds it, and the app says so.
    #[test]
    fn a_pack_file_the_wipe_cannot_delete_is_emptied_and_not_used_again() {
        let dir = scratch("undeletable");
        let store = PackStore::new(&dir);
        let trust = Trust::built_in();
        store.apply(&signed(2, &EMBEDDED), &trust).unwrap();
        store.apply(&signed(3, &EMBEDDED), &trust).unwrap();
        let refuse = |path: &Path| {
            let kind = if path.exists() { io::ErrorKind::PermissionDenied } else { io::ErrorKind::NotFound };
            Err(io::Error::from(kind))
        };

        let failed = store.remove_all_with(refuse, empty);
        let names: Vec<PathBuf> = failed.into_iter().map(|(path, _)| path).collect();
        assert_eq!(names, [dir.join(CURRENT), dir.join(PREVIOUS)], "the person is told which files remain");
        assert_eq!(fs::read(dir.join(CURRENT)).unwrap(), b"", "emptied: nothing of the pack is left in it");
        assert_eq!(store.stored(), Stored::default(), "an empty file is no pack");
        let started = store.start(&trust);
        assert!(started.active.is_none() && started.set_aside.is_none(), "the next start uses the compiled content");
        assert_eq!(store.version(&trust), EMBEDDED_VERSION);

        // Neither deleted nor emptied: still in use at the next start, which the app must then say.
        store.apply(&signed(4, &EMBEDDED), &trust).unwrap();
        assert_eq!(store.remove_all_with(refuse, refuse).len(), 1, "only the pack in use was there");
        assert!(store.stored().current.is_some());
        assert_eq!(store.version(&trust), 4);
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
