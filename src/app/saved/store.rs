//! Where the database is kept. Web: SQLite runs in memory and the whole (tiny) database is kept as bytes in
//! IndexedDB. Each change reads the stored bytes, applies itself and writes them back inside one IndexedDB
//! read-write transaction, which the browser never runs at the same time as another tab's: no write is lost with
//! two tabs open, and no Web Locks are needed (they do not exist over plain HTTP). Bytes that could not be made
//! whole are never written: the transaction is aborted and the last good copy stays. Other tabs hear about it on a
//! BroadcastChannel. Desktop: a file in the platform's data folder, one connection for the session, closed before
//! "Delete my data"; if it cannot be opened, saving is off and the person is told why (never a database in memory
//! that would vanish on exit).

use rumbo::storage::{Notice, Store};

use super::{Failure, Loaded};

/// Whether the browser keeps saved items even when space runs low (`navigator.storage.persist()`). Only the web
/// build asks; the desktop says `NotApplicable`.
#[allow(dead_code)] // each platform builds only its own variants
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersistStatus {
    Granted,
    /// Asked when the person first saved something, and the browser said no.
    Refused,
    /// Not asked yet: Rumbo asks when the person first saves something.
    NotAsked,
    /// This address has no such thing (plain HTTP on the Wi-Fi share, or an old browser).
    Unavailable,
    /// Not a browser (the desktop app keeps a file).
    NotApplicable,
}

fn loaded<E>(store: &Store, notice: Option<Notice>) -> Result<Loaded, Failure<E>> {
    Ok(Loaded {
        items: store.list().map_err(Failure::Store)?,
        case: store.case().map_err(Failure::Store)?,
        notice,
        read_only: store.read_only(),
    })
}

#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod imp {
    use std::{cell::RefCell, rc::Rc};

    use js_sys::{Promise, Uint8Array};
    use rumbo::storage::{open_bytes, Notice, Store};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode, MessageEvent, StorageManager};

    use super::{loaded, Failure, Loaded, PersistStatus};
    use crate::app::saved::Elsewhere;

    const DATABASE: &str = "rumbo";
    const OBJECTS: &str = "sqlite";
    const KEY: &str = "main";
    const CHANNEL: &str = "rumbo-saved";
    /// Set once the browser was asked to keep saved items (`granted` or `refused`); a `rumbo.` key, so "Delete my
    /// data" forgets it too.
    const PERSIST_KEY: &str = "rumbo.persist";

    type Outcome<T, E> = Result<(Loaded, T), Failure<E>>;

    fn err(e: JsValue) -> String {
        format!("{e:?}")
    }

    pub fn now_seconds() -> i64 {
        (js_sys::Date::now() / 1000.0) as i64
    }

    fn stamp() -> String {
        let now = js_sys::Date::new_0();
        String::from(now.to_iso_string()).replace([':', '.'], "-")
    }

    /// A promise that settles when `request` succeeds or fails.
    fn settled(request: &IdbRequest) -> Promise {
        Promise::new(&mut |resolve, reject| {
            request.set_onsuccess(Some(&resolve));
            request.set_onerror(Some(&reject));
        })
    }

    async fn database() -> Result<IdbDatabase, String> {
        let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or("no IndexedDB")?;
        let request = factory.open_with_u32(DATABASE, 1).map_err(err)?;
        let for_upgrade = request.clone();
        let upgrade = Closure::once(move || {
            if let Ok(db) = for_upgrade.result().map(|r| r.unchecked_into::<IdbDatabase>()) {
                let _ = db.create_object_store(OBJECTS);
            }
        });
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let done = settled(&request);
        JsFuture::from(done).await.map_err(err)?;
        drop(upgrade);
        request.result().map(|r| r.unchecked_into()).map_err(err)
    }

    /// Reads the stored bytes and runs `f` on the database inside one read-write transaction, then stores the
    /// result. `f` runs synchronously in the request's callback, while the transaction is active.
    async fn run<T: 'static, E: 'static>(
        f: impl FnOnce(&mut Store) -> Result<T, E> + 'static,
        changes: bool,
    ) -> Result<(Loaded, T), Failure<E>> {
        let db = database().await.map_err(Failure::Store)?;
        let tx = db
            .transaction_with_str_and_mode(OBJECTS, IdbTransactionMode::Readwrite)
            .map_err(|e| Failure::Store(err(e)))?;
        let objects = tx.object_store(OBJECTS).map_err(|e| Failure::Store(err(e)))?;
        let get = objects.get(&JsValue::from_str(KEY)).map_err(|e| Failure::Store(err(e)))?;
        let outcome: Rc<RefCell<Option<Outcome<T, E>>>> = Rc::new(RefCell::new(None));
        let slot = outcome.clone();
        let request = get.clone();
        let in_tx = tx.clone();
        let on_read = Closure::once(move || {
            let bytes = request.result().ok().filter(|v| !v.is_undefined()).map(|v| Uint8Array::new(&v).to_vec());
            let result = apply(&objects, bytes, f, changes);
            if matches!(result, Err(Failure::Store(_))) {
                // Nothing of this attempt is kept: the last good copy stays as it was.
                let _ = in_tx.abort();
            }
            *slot.borrow_mut() = Some(result);
        });
        get.set_onsuccess(Some(on_read.as_ref().unchecked_ref()));
        let committed = Promise::new(&mut |resolve, reject| {
            tx.set_oncomplete(Some(&resolve));
            tx.set_onerror(Some(&reject));
            tx.set_onabort(Some(&reject));
        });
        let commit = JsFuture::from(committed).await;
        drop(on_read);
        // Closed at once, so that "Delete my data" can delete the database without waiting for this page.
        db.close();
        let result = outcome
            .borrow_mut()
            .take()
            .unwrap_or_else(|| Err(Failure::Store("the saved items could not be read".into())));
        let result = result?;
        commit.map_err(|e| Failure::Store(err(e)))?;
        if changes {
            post(Elsewhere::Changed);
        }
        Ok(result)
    }

    /// Inside the transaction: open the bytes, run `f`, and queue the new bytes, only if they are whole.
    fn apply<T, E>(
        objects: &web_sys::IdbObjectStore,
        bytes: Option<Vec<u8>>,
        f: impl FnOnce(&mut Store) -> Result<T, E>,
        changes: bool,
    ) -> Outcome<T, E> {
        let mut opened = open_bytes(bytes.as_deref(), &stamp()).map_err(|e| Failure::Store(e.to_string()))?;
        let damaged = matches!(opened.notice, Some(Notice::SetAside(_)));
        // A damaged database is kept under its own key, never deleted.
        if let (Some(Notice::SetAside(name)), Some(old)) = (&opened.notice, &bytes) {
            objects
                .put_with_key(&Uint8Array::from(old.as_slice()), &JsValue::from_str(&name.to_string_lossy()))
                .map_err(|e| Failure::Store(err(e)))?;
        }
        let value = f(&mut opened.store).map_err(Failure::Refused);
        // A damaged database is replaced by the fresh one at once, so the person is told only once; a newer
        // Rumbo's is never written.
        if ((changes && value.is_ok()) || damaged) && !opened.store.read_only() {
            let new = opened.store.to_bytes().map_err(|e| Failure::Store(e.to_string()))?;
            objects
                .put_with_key(&Uint8Array::from(new.as_slice()), &JsValue::from_str(KEY))
                .map_err(|e| Failure::Store(err(e)))?;
        }
        let value = value?;
        Ok((loaded(&opened.store, opened.notice.take())?, value))
    }

    pub async fn update<T: 'static, E: 'static>(
        f: impl FnOnce(&mut Store) -> Result<T, E> + 'static,
    ) -> Result<(Loaded, T), Failure<E>> {
        run(f, true).await
    }

    /// Reads without telling other tabs (it changes nothing).
    pub async fn load() -> Result<Loaded, Failure<()>> {
        run(|_| Ok::<(), ()>(()), false).await.map(|(loaded, ())| loaded)
    }

    thread_local! {
        static CHANNEL_OBJECT: Option<web_sys::BroadcastChannel> = web_sys::BroadcastChannel::new(CHANNEL).ok();
    }

    /// Posted on the page's one channel object, which never receives its own messages.
    fn post(what: Elsewhere) {
        let text = match what {
            Elsewhere::Changed => "changed",
            Elsewhere::Wiped => "wiped",
        };
        CHANNEL_OBJECT.with(|c| c.as_ref().map(|c| c.post_message(&JsValue::from_str(text))));
    }

    pub fn on_change_elsewhere(mut f: impl FnMut(Elsewhere) + 'static) {
        let closure = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            f(if event.data().as_string().as_deref() == Some("wiped") { Elsewhere::Wiped } else { Elsewhere::Changed })
        });
        CHANNEL_OBJECT.with(|c| c.as_ref().map(|c| c.set_onmessage(Some(closure.as_ref().unchecked_ref()))));
        // Lives as long as the page.
        closure.forget();
    }

    /// Tells other tabs that "Delete my data" ran: they show nothing saved either.
    pub fn wiped() {
        post(Elsewhere::Wiped);
    }

    /// Nothing to close: every transaction closes its connection.
    pub fn close() {}

    /// `navigator.storage`, which only secure contexts (HTTPS, localhost) have.
    fn storage_manager() -> Option<StorageManager> {
        let navigator = web_sys::window()?.navigator();
        let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
        if storage.is_undefined() || storage.is_null() {
            return None;
        }
        Some(storage.unchecked_into())
    }

    fn local(key: &str) -> Option<String> {
        web_sys::window()?.local_storage().ok()??.get_item(key).ok()?
    }

    async fn persisted(manager: &StorageManager) -> Option<bool> {
        JsFuture::from(manager.persisted().ok()?).await.ok()?.as_bool()
    }

    /// Asks the browser, once, to keep saved items when space runs low; it may ask the person (Firefox) or
    /// decide itself (Chrome). Over plain HTTP there is nothing to ask.
    pub async fn ask_persist() {
        let Some(manager) = storage_manager() else { return };
        if local(PERSIST_KEY).is_some() || persisted(&manager).await == Some(true) {
            return;
        }
        let Ok(promise) = manager.persist() else { return };
        let granted = JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()) == Some(true);
        if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
            let _ = storage.set_item(PERSIST_KEY, if granted { "granted" } else { "refused" });
        }
    }

    pub async fn persist_status() -> PersistStatus {
        let Some(manager) = storage_manager() else { return PersistStatus::Unavailable };
        match persisted(&manager).await {
            Some(true) => PersistStatus::Granted,
            None => PersistStatus::Unavailable,
            Some(false) if local(PERSIST_KEY).is_some() => PersistStatus::Refused,
            Some(false) => PersistStatus::NotAsked,
        }
    }
}

#[cfg(not(all(feature = "web", target_arch = "wasm32")))]
mod imp {
    use std::cell::RefCell;

    use rumbo::storage::{Notice, OpenCause, Store};

    use super::{loaded, Failure, Loaded, PersistStatus};
    use crate::app::saved::Elsewhere;

    thread_local! {
        static STORE: RefCell<Option<(Store, Option<Notice>)>> = const { RefCell::new(None) };
    }

    pub fn now_seconds() -> i64 {
        chrono::Utc::now().timestamp()
    }

    /// The desktop's database file, in the platform's data folder. Without the desktop feature (render tests,
    /// the one-file export) nothing is kept: memory.
    fn open() -> Result<(Store, Option<Notice>), OpenCause> {
        #[cfg(feature = "desktop")]
        {
            let dir = crate::app::folders::data_dir().ok_or(OpenCause::Other)?;
            open_at(&dir.join("rumbo.sqlite"))
        }
        #[cfg(not(feature = "desktop"))]
        Ok((rumbo::storage::open_in_memory(), None))
    }

    /// The file at `path`, or why it cannot be used: saving is then off and the person is told (D9: this used to
    /// fall back to a database in memory, and everything saved afterwards was lost on exit, unsaid).
    #[cfg_attr(not(any(feature = "desktop", test)), allow(dead_code))]
    pub(super) fn open_at(path: &std::path::Path) -> Result<(Store, Option<Notice>), OpenCause> {
        let opened = rumbo::storage::open_file(path).map_err(|e| e.cause())?;
        Ok((opened.store, opened.notice))
    }

    /// Runs `f` on the database, opening it first if it is not open (again after "Delete my data", or after a
    /// failed open: the cause may have gone).
    pub async fn update<T, E>(f: impl FnOnce(&mut Store) -> Result<T, E>) -> Result<(Loaded, T), Failure<E>> {
        STORE.with_borrow_mut(|slot| {
            if slot.is_none() {
                *slot = Some(open().map_err(Failure::Off)?);
            }
            let (store, notice) = slot.as_mut().expect("opened above");
            let value = f(store).map_err(Failure::Refused)?;
            Ok((loaded(store, notice.take())?, value))
        })
    }

    pub async fn load() -> Result<Loaded, Failure<()>> {
        update(|_| Ok::<(), ()>(())).await.map(|(loaded, ())| loaded)
    }

    pub fn on_change_elsewhere(_f: impl FnMut(Elsewhere) + 'static) {}

    #[cfg_attr(not(feature = "desktop"), allow(dead_code))]
    pub fn wiped() {}

    /// Closes the connection, so the file can be deleted (Windows refuses to delete an open file).
    #[cfg_attr(not(feature = "desktop"), allow(dead_code))]
    pub fn close() {
        STORE.with_borrow_mut(|slot| *slot = None);
    }

    pub async fn ask_persist() {}

    pub async fn persist_status() -> PersistStatus {
        PersistStatus::NotApplicable
    }
}

pub use imp::{ask_persist, close, load, now_seconds, on_change_elsewhere, persist_status, update, wiped};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use rumbo::storage::OpenCause;

    use super::imp::open_at;

    #[test]
    fn a_file_that_cannot_be_opened_turns_saving_off_with_its_reason() {
        let dir = std::env::temp_dir().join(format!("rumbo-store-off-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // Another program's database: refused, and said so; never replaced by one in memory.
        let foreign = dir.join("other.sqlite");
        let conn = rusqlite::Connection::open(&foreign).unwrap();
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('theirs');").unwrap();
        drop(conn);
        assert_eq!(open_at(&foreign).err(), Some(OpenCause::Foreign));
        // A data folder that cannot be made (a file stands where it should be): off, never a database in memory.
        let blocked = dir.join("not-a-folder");
        std::fs::write(&blocked, "x").unwrap();
        assert_eq!(open_at(&blocked.join("rumbo.sqlite")).err(), Some(OpenCause::Other));
        // And a good path still opens.
        assert!(open_at(&dir.join("rumbo.sqlite")).is_ok());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
