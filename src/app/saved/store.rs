//! Where the database is kept. Web: SQLite runs in memory and the whole (tiny) database is kept as bytes in
//! IndexedDB. Each change reads the stored bytes, applies itself and writes them back inside one IndexedDB
//! read-write transaction, which the browser never runs at the same time as another tab's: no write is lost with
//! two tabs open, and no Web Locks are needed (they do not exist over plain HTTP). Other tabs hear about it on a
//! BroadcastChannel. Desktop: a file in the platform's data folder.

use rumbo::storage::{Notice, Store};

use super::Loaded;

fn loaded(store: &Store, notice: Option<Notice>) -> Result<Loaded, String> {
    Ok(Loaded { items: store.list()?, notice, read_only: store.read_only() })
}

#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod imp {
    use std::{cell::RefCell, rc::Rc};

    use js_sys::{Promise, Uint8Array};
    use rumbo::storage::{open_bytes, Notice, Store};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

    use super::{loaded, Loaded};

    const DATABASE: &str = "rumbo";
    const OBJECTS: &str = "sqlite";
    const KEY: &str = "main";
    const CHANNEL: &str = "rumbo-saved";

    type Outcome<T> = Result<(Loaded, T), String>;

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
    async fn run<T: 'static>(
        f: impl FnOnce(&mut Store) -> Result<T, String> + 'static,
        changes: bool,
    ) -> Result<(Loaded, T), String> {
        let db = database().await?;
        let tx = db.transaction_with_str_and_mode(OBJECTS, IdbTransactionMode::Readwrite).map_err(err)?;
        let objects = tx.object_store(OBJECTS).map_err(err)?;
        let get = objects.get(&JsValue::from_str(KEY)).map_err(err)?;
        let outcome: Rc<RefCell<Option<Outcome<T>>>> = Rc::new(RefCell::new(None));
        let slot = outcome.clone();
        let request = get.clone();
        let on_read = Closure::once(move || {
            let bytes = request.result().ok().filter(|v| !v.is_undefined()).map(|v| Uint8Array::new(&v).to_vec());
            let stamp = stamp();
            let mut opened = open_bytes(bytes.as_deref(), &stamp);
            // A damaged database is kept under its own key, never deleted.
            if let (Some(Notice::SetAside(name)), Some(old)) = (&opened.notice, &bytes) {
                let _ = objects
                    .put_with_key(&Uint8Array::from(old.as_slice()), &JsValue::from_str(&name.to_string_lossy()));
            }
            // A damaged database is replaced by the fresh one at once, so the person is told only once.
            let damaged = matches!(opened.notice, Some(Notice::SetAside(_)));
            let result = f(&mut opened.store).and_then(|value| {
                if (changes || damaged) && !opened.store.read_only() {
                    let new = opened.store.to_bytes();
                    objects.put_with_key(&Uint8Array::from(new.as_slice()), &JsValue::from_str(KEY)).map_err(err)?;
                }
                Ok((loaded(&opened.store, opened.notice.take())?, value))
            });
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
        let result = outcome.borrow_mut().take().unwrap_or_else(|| Err("the saved items could not be read".into()));
        commit.map_err(err)?;
        if changes && result.is_ok() {
            // Posted on the page's one channel object, which never receives its own messages.
            CHANNEL_OBJECT.with(|c| c.as_ref().map(|c| c.post_message(&JsValue::from_str("changed"))));
        }
        result
    }

    pub async fn update<T: 'static>(
        f: impl FnOnce(&mut Store) -> Result<T, String> + 'static,
    ) -> Result<(Loaded, T), String> {
        run(f, true).await
    }

    /// Reads without telling other tabs (it changes nothing).
    pub async fn load() -> Result<Loaded, String> {
        run(|_| Ok(()), false).await.map(|(loaded, ())| loaded)
    }

    thread_local! {
        static CHANNEL_OBJECT: Option<web_sys::BroadcastChannel> = web_sys::BroadcastChannel::new(CHANNEL).ok();
    }

    pub fn on_change_elsewhere(f: impl FnMut() + 'static) {
        let closure = Closure::<dyn FnMut()>::new(f);
        CHANNEL_OBJECT.with(|c| c.as_ref().map(|c| c.set_onmessage(Some(closure.as_ref().unchecked_ref()))));
        // Lives as long as the page.
        closure.forget();
    }
}

#[cfg(not(all(feature = "web", target_arch = "wasm32")))]
mod imp {
    use std::cell::RefCell;

    use rumbo::storage::{open_in_memory, Notice, Store};

    use super::{loaded, Loaded};

    thread_local! {
        static STORE: RefCell<Option<(Store, Option<Notice>)>> = const { RefCell::new(None) };
    }

    pub fn now_seconds() -> i64 {
        chrono::Utc::now().timestamp()
    }

    /// The desktop's database file, in the platform's data folder; elsewhere (tests) memory.
    fn open() -> (Store, Option<Notice>) {
        #[cfg(feature = "desktop")]
        if let Some(dir) = crate::app::folders::data_dir() {
            if let Ok(opened) = rumbo::storage::open_file(&dir.join("rumbo.sqlite")) {
                return (opened.store, opened.notice);
            }
        }
        (open_in_memory(), None)
    }

    pub async fn update<T>(f: impl FnOnce(&mut Store) -> Result<T, String>) -> Result<(Loaded, T), String> {
        STORE.with_borrow_mut(|slot| {
            let (store, notice) = slot.get_or_insert_with(open);
            let value = f(store)?;
            Ok((loaded(store, notice.take())?, value))
        })
    }

    pub async fn load() -> Result<Loaded, String> {
        update(|_| Ok(())).await.map(|(loaded, ())| loaded)
    }

    pub fn on_change_elsewhere(_f: impl FnMut() + 'static) {}
}

pub use imp::{load, now_seconds, on_change_elsewhere, update};
