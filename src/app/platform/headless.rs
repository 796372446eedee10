//! No device: nothing is read from one, kept on one or shown on one. The render tests and the one-file export
//! run on this, and show the screens as the web shows them. The desktop app shares some of it (the clock, the
//! style sheets in the binary, no share sheet, no speech yet, no other tabs), and takes those from here.

use dioxus::prelude::*;

use super::Copy;

/// Only so that the `rumbo` binary builds with the tests: a native build with neither window nor browser has
/// nothing to show the app in, and leaves that to Dioxus.
pub fn launch(app: fn() -> Element) {
    dioxus::launch(app);
}

pub fn device_languages() -> Vec<String> {
    Vec::new()
}

pub fn load_lang() -> Option<String> {
    None
}

pub fn save_lang(_code: &str) {}

pub fn set_document_lang(_code: &str) {}

/// No page, so no static home under the app.
pub fn static_home_shown() -> bool {
    false
}

/// No browser, no service worker.
pub fn register_offline_worker() {}

pub fn mark_interactive() {}

pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

pub fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

pub async fn copy_text(_text: String, _fallback_id: impl AsRef<str>) -> Copy {
    Copy::Failed
}

pub fn select_text(_id: &str) {}

pub fn print_page() {}

pub fn scroll_to_top() {}

pub fn set_title(_title: &str) {}

/// No system share sheet.
pub fn can_share() -> bool {
    false
}

pub async fn share_text(_text: String) -> bool {
    false
}

/// The style sheets as text, in the order the web links them: carried in the binary, so a desktop package
/// needs no asset folder beside it and runs the same without dx.
pub const CSS: [&str; 4] = [
    include_str!("../../../assets/main.css"),
    include_str!("../../../assets/guides.css"),
    include_str!("../../../assets/directory.css"),
    include_str!("../../../assets/case.css"),
];

#[component]
pub fn Styles() -> Element {
    rsx! {
        for css in CSS {
            document::Style { {css} }
        }
    }
}

/// Nothing is remembered and nothing leaves: the cover, discreet mode and the exit site start as on a first
/// visit, and no other tab or page event can cover Rumbo.
pub mod exit {
    pub fn exited() -> bool {
        false
    }

    pub fn clear_exited() {}

    pub fn leave(_url: &str, _neutral_title: &str) {}

    pub fn load_discreet() -> bool {
        false
    }

    pub fn save_discreet(_on: bool) {}

    pub fn load_site() -> String {
        String::new()
    }

    pub fn save_site(_id: &str) {}

    pub fn on_page_shown(_f: impl FnMut() + 'static) {}

    pub fn on_stored_elsewhere(_f: impl FnMut() + 'static) {}

    pub fn on_key_down(_f: impl FnMut(&str, bool, f64) + 'static) {}
}

/// No voice. (The desktop webview's speech support differs by system; until it is tried there, no button.)
pub mod speech {
    pub async fn has_voice(_code: &'static str) -> bool {
        false
    }

    pub fn speak(_text: &str, _code: &str, _on_end: impl FnOnce() + 'static) -> bool {
        false
    }

    pub fn stop() {}
}

/// One database for the life of the process, on this thread, opened on first use: in memory here, a file on
/// the desktop (which passes its own `open`). Only one window, so no other tab to tell.
pub mod store {
    use std::cell::RefCell;

    use rumbo::storage::{Notice, OpenCause, Store};

    use crate::app::platform::PersistStatus;
    use crate::app::saved::{Elsewhere, Failure, Loaded};

    pub type Opened = (Store, Option<Notice>);

    thread_local! {
        static STORE: RefCell<Option<Opened>> = const { RefCell::new(None) };
    }

    /// Runs `f` on the database, opening it with `open` first if it is not open (again after "Delete my data",
    /// or after a failed open: the cause may have gone).
    pub fn update_with<T, E>(
        open: fn() -> Result<Opened, OpenCause>,
        f: impl FnOnce(&mut Store) -> Result<T, E>,
    ) -> Result<(Loaded, T), Failure<E>> {
        STORE.with_borrow_mut(|slot| {
            if slot.is_none() {
                *slot = Some(open().map_err(Failure::Off)?);
            }
            let (store, notice) = slot.as_mut().expect("opened above");
            let value = f(store).map_err(Failure::Refused)?;
            Ok((Loaded::read(store, notice.take())?, value))
        })
    }

    /// The file at `path`, or why it cannot be used: saving is then off and the person is told (D9: the desktop
    /// used to fall back to a database in memory, and everything saved afterwards was lost on exit, unsaid).
    #[cfg_attr(headless, allow(dead_code))] // the desktop's, tested here
    pub fn open_file(path: &std::path::Path) -> Result<Opened, OpenCause> {
        let opened = rumbo::storage::open_file(path).map_err(|e| e.cause())?;
        Ok((opened.store, opened.notice))
    }

    fn in_memory() -> Result<Opened, OpenCause> {
        Ok((rumbo::storage::open_in_memory(), None))
    }

    pub async fn update<T, E>(f: impl FnOnce(&mut Store) -> Result<T, E>) -> Result<(Loaded, T), Failure<E>> {
        update_with(in_memory, f)
    }

    pub async fn load() -> Result<Loaded, Failure<()>> {
        update(|_| Ok::<(), ()>(())).await.map(|(loaded, ())| loaded)
    }

    pub fn on_change_elsewhere(_f: impl FnMut(Elsewhere) + 'static) {}

    pub fn wiped() {}

    /// Closes the connection, so the file can be deleted (Windows refuses to delete an open file).
    pub fn close() {
        STORE.with_borrow_mut(|slot| *slot = None);
    }

    pub async fn ask_persist() {}

    pub async fn persist_status() -> PersistStatus {
        PersistStatus::NotApplicable
    }

    #[cfg(test)]
    mod tests {
        use rumbo::storage::OpenCause;

        use super::open_file;

        #[test]
        fn a_file_that_cannot_be_opened_turns_saving_off_with_its_reason() {
            let dir = std::env::temp_dir().join(format!("rumbo-store-off-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            // Another program's database: refused, and said so; never replaced by one in memory.
            let foreign = dir.join("other.sqlite");
            let conn = rusqlite::Connection::open(&foreign).unwrap();
            conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('theirs');").unwrap();
            drop(conn);
            assert_eq!(open_file(&foreign).err(), Some(OpenCause::Foreign));
            // A data folder that cannot be made (a file stands where it should be): off, never a database in
            // memory.
            let blocked = dir.join("not-a-folder");
            std::fs::write(&blocked, "x").unwrap();
            assert_eq!(open_file(&blocked.join("rumbo.sqlite")).err(), Some(OpenCause::Other));
            // And a good path still opens.
            assert!(open_file(&dir.join("rumbo.sqlite")).is_ok());
            std::fs::remove_dir_all(&dir).unwrap();
        }
    }
}

/// Nothing is kept, so nothing to erase.
pub mod wipe {
    pub async fn delete_my_data() -> Vec<String> {
        Vec::new()
    }

    pub async fn remove_everything() -> Vec<String> {
        Vec::new()
    }
}

/// Imported content packs, for the life of the process only (nothing is kept here).
pub mod packs {
    use std::cell::RefCell;

    use rumbo::pack::device::Stored;

    use crate::app::platform::DeviceError;

    thread_local! {
        static STORED: RefCell<Stored> = RefCell::new(Stored::default());
    }

    pub async fn load() -> Result<Stored, DeviceError> {
        Ok(STORED.with_borrow(Stored::clone))
    }

    pub async fn save(next: Stored) -> Result<(), DeviceError> {
        STORED.with_borrow_mut(|stored| *stored = next);
        Ok(())
    }

    /// Nothing is kept past the process: a wipe leaves nothing.
    pub fn left_after_wipe() -> Stored {
        Stored::default()
    }

    /// One window: no other to tell.
    pub fn announce(_change: crate::app::platform::PackChange) {}

    pub fn on_change_elsewhere(_f: impl FnMut(crate::app::platform::PackChange) + 'static) {}
}
