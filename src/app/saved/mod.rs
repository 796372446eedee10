//! Saved items in the app: a signal every view can read, kept in SQLite through the platform's store
//! (IndexedDB bytes on the web, a file in the data folder on desktop). Views call `set`; the store does the
//! rest and tells other open tabs.

mod button;
mod store;

use dioxus::prelude::*;
use rumbo::storage::{Bookmark, Kind, Notice};

pub use button::BookmarkButton;

#[derive(Clone, Copy)]
pub struct Saved {
    pub items: Signal<Vec<Bookmark>>,
    /// Said once: the old database was damaged and set aside, or is from a newer Rumbo.
    pub notice: Signal<Option<Notice>>,
    pub read_only: Signal<bool>,
    /// The device refused to read or write (no space, a private window): said until dismissed.
    pub failed: Signal<bool>,
    /// The first read has finished: until then "nothing saved" would be a guess.
    pub loaded: Signal<bool>,
}

/// The state read by what a store load returns.
pub struct Loaded {
    pub items: Vec<Bookmark>,
    pub notice: Option<Notice>,
    pub read_only: bool,
}

pub fn provide_saved() -> Saved {
    let saved = use_context_provider(|| Saved {
        items: Signal::new(Vec::new()),
        notice: Signal::new(None),
        read_only: Signal::new(false),
        failed: Signal::new(false),
        loaded: Signal::new(false),
    });
    use_hook(move || {
        spawn(reload(saved));
        // Another tab saved something: show it here too.
        store::on_change_elsewhere(move || {
            dioxus::core::spawn_forever(reload(saved));
        });
    });
    saved
}

async fn reload(mut saved: Saved) {
    match store::load().await {
        Ok(loaded) => saved.apply(loaded),
        Err(_) => saved.failed.set(true),
    }
    saved.loaded.set(true);
}

impl Saved {
    fn apply(mut self, loaded: Loaded) {
        self.items.set(loaded.items);
        if loaded.notice.is_some() {
            self.notice.set(loaded.notice);
        }
        self.read_only.set(loaded.read_only);
    }

    pub fn has(&self, kind: Kind, target: &str) -> bool {
        self.items.read().iter().any(|b| b.kind == kind && b.target == target)
    }

    /// Saves (`keep`) or removes, in one transaction against what is stored now. What the person asked for is
    /// what happens, even if the screen was behind the store (another tab, or a tap before the first read):
    /// "Save" never removes. The write outlives the screen it was made on: a task spawned in the button's
    /// scope would be dropped if the person moved on before IndexedDB opened, and the save would be lost.
    pub fn set(mut self, kind: Kind, target: String, data: Option<serde_json::Value>, keep: bool) {
        dioxus::core::spawn_forever(async move {
            let created = store::now_seconds();
            let result = store::update(move |db| match (keep, db.contains(kind, &target)) {
                (true, false) => db.add(&Bookmark { kind, target, data, created }).map(|_| ()),
                (false, true) => db.remove(kind, &target).map(|_| ()),
                _ => Ok(()),
            })
            .await;
            match result {
                Ok((loaded, ())) => self.apply(loaded),
                Err(_) => self.failed.set(true),
            }
        });
    }

    /// Adds the bookmarks of an exported file; how many were new, or why the file was refused (nothing changes).
    pub async fn import(self, text: String) -> Result<usize, String> {
        let (loaded, added) = store::update(move |db| rumbo::storage::import_json(db, &text)).await?;
        self.apply(loaded);
        Ok(added)
    }
}
