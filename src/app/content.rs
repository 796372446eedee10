//! The content in use, in the app: compiled in, or an imported content pack kept on the device
//! (`platform::packs`). At start the stored pack is checked again (signature included) and installed
//! (`rumbo::pack::install`), or set aside with a message; Settings applies a new one or returns to the previous.
//! Each install raises `generation`, and the screens below the shell are drawn again from the new content.

use chrono::NaiveDate;
use dioxus::prelude::*;
use rumbo::content::Guides;
use rumbo::deadline::{Calendar, Moved, SavedDeadline};
use rumbo::directory::Directory;
use rumbo::pack::device::{self, Previous, Stored};
use rumbo::pack::{self, Checked, KeyOrigin, PackError, Trust};
use rumbo::storage::SavedTarget;

use super::platform::{packs, PackChange};
use super::saved::Saved;

/// What Settings says about the content in use.
#[derive(Clone, Debug, PartialEq)]
pub struct InUse {
    pub version: u64,
    /// The day a pack was compiled; None for the content compiled into the app, whose day is read from its
    /// parts only when shown (`compiled`): a start would otherwise parse the guides, the directory and the
    /// calendar that its first screen does not need.
    pub compiled: Option<NaiveDate>,
    /// The signing key's fingerprint; None for the content compiled into the app.
    pub fingerprint: Option<String>,
    pub previous: Previous,
}

impl InUse {
    pub fn compiled_in() -> InUse {
        InUse { version: pack::EMBEDDED_VERSION, compiled: None, fingerprint: None, previous: Previous::None }
    }

    /// The day the content in use was compiled: a pack's, or the oldest of the compiled-in parts' dates.
    pub fn compiled(&self) -> NaiveDate {
        self.compiled.unwrap_or_else(|| {
            let dates = [Guides::compiled().compiled, Directory::compiled().checked, Calendar::compiled().reviewed];
            dates.into_iter().min().expect("three dates")
        })
    }

    fn of(checked: &Checked, previous: Previous) -> InUse {
        let manifest = &checked.pack.manifest;
        let fingerprint = Some(checked.verified.signer.fingerprint());
        InUse { version: manifest.version, compiled: Some(manifest.compiled), fingerprint, previous }
    }
}

/// Said once in Settings after something happened to the content.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The stored pack failed its check at start: the compiled-in content is in use.
    SetAside(PackError),
    /// A pack is in use now; the saved deadlines whose days it moved.
    Applied { version: u64, moved: Vec<Moved> },
    /// Back to the previous content (`version`), with the saved deadlines it moved.
    Returned { version: u64, moved: Vec<Moved> },
    /// The device refused to keep the pack: nothing changed.
    NotStored,
    /// "Delete my data" could not delete the pack in use: it stays in use, at the next start too.
    NotDeleted,
}

#[derive(Clone, Copy)]
pub struct ContentState {
    pub in_use: Signal<InUse>,
    pub notice: Signal<Option<Notice>>,
    /// Rises with every install; the router is keyed by it.
    pub generation: Signal<u64>,
    /// The bytes kept on the device, as last read or written.
    stored: Signal<Stored>,
    /// Whether `stored.current` is the content in use (not set aside).
    stored_in_use: Signal<bool>,
    pub busy: Signal<bool>,
}

/// The keys this build trusts (`assets/pack-keys.txt`, `RUMBO_TRUSTED_KEYS`, and the test key in test builds).
pub fn trust() -> Trust {
    Trust::built_in()
}

/// Fingerprints of the keys this build trusts beyond the repository's list: Settings says so.
pub fn added_keys() -> Vec<String> {
    let keys = trust();
    let added = keys.keys().iter().filter(|(_, origin)| *origin == KeyOrigin::BuildOption);
    added.map(|(key, _)| key.fingerprint()).collect()
}

impl ContentState {
    /// For the render tests: a state as Settings would find it.
    #[cfg(test)]
    pub fn provide_with(in_use: InUse, notice: Option<Notice>) -> ContentState {
        use_context_provider(|| ContentState {
            in_use: Signal::new(in_use),
            notice: Signal::new(notice),
            generation: Signal::new(0),
            stored: Signal::new(Stored::default()),
            stored_in_use: Signal::new(false),
            busy: Signal::new(false),
        })
    }

    /// Checks `bytes` against the content in use; nothing changes.
    pub fn offer(&self, bytes: &[u8]) -> Result<Checked, PackError> {
        device::offer(self.in_use.peek().version, bytes, &trust())
    }

    /// Keeps `bytes` (which passed `offer`) as the pack in use, and puts its content in use. If the device
    /// refuses to keep it, nothing changes.
    pub async fn apply(mut self, bytes: Vec<u8>, saved: Saved) {
        let next = device::apply(&self.stored.peek(), *self.stored_in_use.peek(), &bytes);
        self.store_and_use(next, saved, false).await;
    }

    /// Puts the previous content back in use, keeping the one it replaces as the previous.
    pub async fn return_to_previous(mut self, saved: Saved) {
        let Some(next) = device::return_to_previous(&self.stored.peek(), &self.in_use.peek().previous) else { return };
        self.store_and_use(next, saved, true).await;
    }

    async fn store_and_use(&mut self, next: Stored, saved: Saved, returning: bool) {
        self.busy.set(true);
        if packs::save(next.clone()).await.is_err() {
            self.notice.set(Some(Notice::NotStored));
            self.busy.set(false);
            return;
        }
        packs::announce(PackChange::Stored);
        let before = Calendar::shipped();
        let started = self.install(next);
        let moved = rumbo::deadline::moved(&saved_deadlines(saved), before, Calendar::shipped());
        let version = self.in_use.peek().version;
        let notice = match started {
            Some(e) => Notice::SetAside(e),
            None if returning => Notice::Returned { version, moved },
            None => Notice::Applied { version, moved },
        };
        self.notice.set(Some(notice));
        self.busy.set(false);
    }

    /// After "Delete my data", which deleted the stored packs: the content compiled in is in use again, as it
    /// would be at the next start. The screen is not drawn again, so that the confirmation stays in view; every
    /// screen drawn from now on reads the compiled-in content.
    /// If the device could not delete the pack in use, it stays in use, as the next start would find it, and
    /// Settings says so (the wipe's own notice names the file).
    pub fn forget_stored(mut self) {
        packs::announce(PackChange::Deleted);
        let left = packs::left_after_wipe();
        if device::kept_after_wipe(&self.stored.peek(), *self.stored_in_use.peek(), &left) {
            let previous = device::start(&left, &trust()).previous;
            self.in_use.with_mut(|in_use| in_use.previous = previous);
            self.stored.set(left);
            self.notice.set(Some(Notice::NotDeleted));
            return;
        }
        self.use_compiled();
    }

    /// Whether anything changed: a pack was in use or kept as the previous.
    fn use_compiled(mut self) -> bool {
        if !*self.stored_in_use.peek() && self.stored.peek().previous.is_none() {
            return false;
        }
        pack::install(None);
        self.stored.set(Stored::default());
        self.stored_in_use.set(false);
        self.in_use.set(InUse::compiled_in());
        self.notice.set(None);
        true
    }

    /// Checks `stored` as at a start and puts what passes in use; returns why a stored pack was set aside.
    fn install(&mut self, stored: Stored) -> Option<PackError> {
        let started = device::start(&stored, &trust());
        let in_use = match &started.active {
            Some(checked) => InUse::of(checked, started.previous.clone()),
            None => InUse::compiled_in(),
        };
        self.stored_in_use.set(started.active.is_some());
        pack::install(started.active.map(|c| c.models));
        self.stored.set(stored);
        self.in_use.set(in_use);
        self.generation += 1;
        started.set_aside
    }
}

fn saved_deadlines(saved: Saved) -> Vec<SavedDeadline> {
    let items = saved.items.peek();
    let targets = items.iter().filter_map(|b| match SavedTarget::read(b.kind, &b.target) {
        Ok(SavedTarget::Deadline(deadline)) => Some(deadline),
        _ => None,
    });
    targets.collect()
}

/// Provides the state with the compiled-in content, then reads what the device keeps and, if a pack is stored,
/// checks it and puts it in use.
pub fn provide_content() -> ContentState {
    let state = use_context_provider(|| ContentState {
        in_use: Signal::new(InUse::compiled_in()),
        notice: Signal::new(None),
        generation: Signal::new(0),
        stored: Signal::new(Stored::default()),
        stored_in_use: Signal::new(false),
        busy: Signal::new(false),
    });
    use_hook(move || {
        // Another tab applied, returned to or deleted a pack: this one uses what is stored now, as it would
        // after a reload.
        packs::on_change_elsewhere(move |change| {
            let mut state = state;
            if change == PackChange::Deleted {
                // Here no confirmation is on screen: draw it again with the content compiled in.
                if state.use_compiled() {
                    state.generation += 1;
                }
                return;
            }
            dioxus::core::spawn_forever(async move {
                let Ok(stored) = packs::load().await else { return };
                if stored != *state.stored.peek() {
                    if let Some(e) = state.install(stored) {
                        state.notice.set(Some(Notice::SetAside(e)));
                    }
                }
            });
        });
        spawn(async move {
            let Ok(stored) = packs::load().await else { return };
            if stored.current.is_some() {
                let mut state = state;
                if let Some(e) = state.install(stored) {
                    state.notice.set(Some(Notice::SetAside(e)));
                }
            } else {
                let mut kept = state.stored;
                kept.set(stored);
            }
        })
    });
    state
}
