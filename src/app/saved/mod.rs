//! Saved items in the app: a signal every view can read, kept in SQLite through the platform's store
//! (`platform::store`: IndexedDB bytes on the web, a file in the data folder on desktop). Views call `set`; the store does the
//! rest and tells other open tabs.

mod button;
mod notice;

use dioxus::prelude::*;
use rumbo::storage::{Bookmark, ImportError, Imported, Kind, Notice, OpenCause, Store, StoredCase};

pub use button::BookmarkButton;
pub use notice::StorageNotice;

use crate::app::platform::{self, store};
pub use platform::store::persist_status;
pub use platform::PersistStatus;

#[derive(Clone, Copy)]
pub struct Saved {
    pub items: Signal<Vec<Bookmark>>,
    /// The person's own case ("My case"), as stored; the case screen reads and checks it.
    pub case: Signal<Option<StoredCase>>,
    /// Said once: the old database was damaged and set aside, or is from a newer Rumbo.
    pub notice: Signal<Option<Notice>>,
    pub read_only: Signal<bool>,
    /// The device refused to read or write (no space, a private window): said until dismissed.
    pub failed: Signal<bool>,
    /// Desktop: the database could not be opened, so nothing can be saved; why. Said until dismissed, and the
    /// "Save" buttons are hidden meanwhile: nothing is kept in memory pretending to be saved.
    pub off: Signal<Option<OpenCause>>,
    /// The first read has finished: until then "nothing saved" would be a guess.
    pub loaded: Signal<bool>,
}

/// The state read by what a store load returns (by default: a device with nothing saved).
#[derive(Default)]
pub struct Loaded {
    pub items: Vec<Bookmark>,
    pub case: Option<StoredCase>,
    pub notice: Option<Notice>,
    pub read_only: bool,
}

impl Loaded {
    /// What `store` holds now, with the notice its opening left.
    pub fn read<E>(store: &Store, notice: Option<Notice>) -> Result<Loaded, Failure<E>> {
        Ok(Loaded {
            items: store.list().map_err(|e| Failure::Store(e.into()))?,
            case: store.case().map_err(|e| Failure::Store(e.into()))?,
            notice,
            read_only: store.read_only(),
        })
    }
}

/// Why a store operation did not happen. Nothing changed.
#[allow(dead_code)] // `Off` happens on the desktop only
#[derive(Debug)]
pub enum Failure<E> {
    /// The database cannot be opened (desktop): saving is off.
    Off(OpenCause),
    /// Reading or writing failed (no space, a private window, serialising failed).
    Store(platform::DeviceError),
    /// The operation itself refused (a bad import file).
    Refused(E),
}

/// What a tab hears from another tab of the same origin (only the web has other tabs).
#[allow(dead_code)] // constructed on the web only
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Elsewhere {
    Changed,
    /// "Delete my data" ran in another tab: show nothing saved, without reopening the deleted database.
    Wiped,
}

pub fn provide_saved() -> Saved {
    let saved = use_context_provider(|| Saved {
        items: Signal::new(Vec::new()),
        case: Signal::new(None),
        notice: Signal::new(None),
        read_only: Signal::new(false),
        failed: Signal::new(false),
        off: Signal::new(None),
        loaded: Signal::new(false),
    });
    use_hook(move || {
        spawn(reload(saved));
        store::on_change_elsewhere(move |what| match what {
            // Another tab saved something: show it here too.
            Elsewhere::Changed => {
                dioxus::core::spawn_forever(reload(saved));
            }
            Elsewhere::Wiped => saved.clear(),
        });
    });
    saved
}

async fn reload(mut saved: Saved) {
    match store::load().await {
        Ok(loaded) => saved.apply(loaded),
        Err(failure) => saved.fail(&failure),
    }
    saved.loaded.set(true);
}

impl Saved {
    fn apply(mut self, loaded: Loaded) {
        self.items.set(loaded.items);
        self.case.set(loaded.case);
        if loaded.notice.is_some() {
            self.notice.set(loaded.notice);
        }
        self.read_only.set(loaded.read_only);
        self.off.set(None);
    }

    fn fail<E>(mut self, failure: &Failure<E>) {
        match failure {
            Failure::Off(cause) => {
                self.off.set(Some(*cause));
                self.read_only.set(true);
            }
            Failure::Store(_) => self.failed.set(true),
            Failure::Refused(_) => {}
        }
    }

    /// What is on screen after "Delete my data": nothing saved, nothing to say about the old database.
    pub fn clear(mut self) {
        self.items.set(Vec::new());
        self.case.set(None);
        self.notice.set(None);
        self.read_only.set(false);
        self.failed.set(false);
        self.off.set(None);
        self.loaded.set(true);
    }

    pub fn has(&self, kind: Kind, target: &str) -> bool {
        self.items.read().iter().any(|b| b.kind == kind && b.target == target)
    }

    /// Saves (`keep`) or removes, in one transaction against what is stored now. What the person asked for is
    /// what happens, even if the screen was behind the store (another tab, or a tap before the first read):
    /// "Save" never removes. The write outlives the screen it was made on: a task spawned in the button's
    /// scope would be dropped if the person moved on before IndexedDB opened, and the save would be lost.
    pub fn set(self, kind: Kind, target: String, data: Option<serde_json::Value>, keep: bool) {
        dioxus::core::spawn_forever(async move {
            let created = platform::now().timestamp();
            let result = store::update(move |db| match (keep, db.contains(kind, &target)) {
                (true, false) => db.add(&Bookmark { kind, target, data, created }).map(|_| ()),
                (false, true) => db.remove(kind, &target).map(|_| ()),
                _ => Ok(()),
            })
            .await;
            match result {
                Ok((loaded, ())) => self.apply(loaded),
                // The store refused the change itself (read-only): the person is told it was not kept.
                Err(Failure::Refused(e)) => self.fail(&Failure::<()>::Store(e.into())),
                Err(failure) => self.fail(&failure),
            }
            // The browser may clear "best effort" storage when space runs low: ask, once, to keep it.
            if keep {
                store::ask_persist().await;
            }
        });
    }

    /// Saves the person's case (already checked by the case module), or deletes it with `None`. Like `set`, the
    /// write outlives the screen. Whether it was kept: the screen says so either way.
    pub async fn save_case(self, case: Option<StoredCase>) -> bool {
        let result = store::update(move |db| match &case {
            Some(case) => db.save_case(&StoredCase { updated: platform::now().timestamp(), ..case.clone() }),
            None => db.delete_case().map(|_| ()),
        })
        .await;
        match result {
            Ok((loaded, ())) => {
                self.apply(loaded);
                true
            }
            Err(Failure::Refused(e)) => {
                self.fail(&Failure::<()>::Store(e.into()));
                false
            }
            Err(failure) => {
                self.fail(&failure);
                false
            }
        }
    }

    /// Adds the bookmarks of an exported file, and its case if it has one and this phone has none; what was
    /// added, or why the file was refused (nothing changes).
    pub async fn import(self, text: String) -> Result<Imported, Failure<ImportError>> {
        let today = crate::app::platform::today();
        let now = platform::now().timestamp();
        match store::update(move |db| rumbo::storage::import_file(db, &text, today, now)).await {
            Ok((loaded, added)) => {
                self.apply(loaded);
                Ok(added)
            }
            // The file itself refused: said on the import screen, not as a device failure.
            Err(Failure::Refused(e)) => Err(Failure::Refused(e)),
            Err(failure) => {
                self.fail(&failure);
                Err(failure)
            }
        }
    }
}

/// Before "Delete my data": the desktop's connection is closed, so the file can go.
pub fn close_store() {
    store::close();
}

/// After "Delete my data": other open tabs show nothing saved either.
pub fn announce_wiped() {
    store::wiped();
}

/// A `Saved` already holding `items`, for render tests.
#[cfg(test)]
pub fn provide_saved_with(items: Vec<Bookmark>) -> Saved {
    provide_saved_with_case(items, None)
}

/// A `Saved` already holding `items` and a case, for render tests.
#[cfg(test)]
pub fn provide_saved_with_case(items: Vec<Bookmark>, case: Option<StoredCase>) -> Saved {
    use_context_provider(|| Saved {
        items: Signal::new(items),
        case: Signal::new(case),
        notice: Signal::new(None),
        read_only: Signal::new(false),
        failed: Signal::new(false),
        off: Signal::new(None),
        loaded: Signal::new(true),
    })
}
