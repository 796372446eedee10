//! Saved items in the browser: SQLite runs in memory and the whole (tiny) database is kept as bytes in
//! IndexedDB. Each change reads the stored bytes, applies itself and writes them back inside one IndexedDB
//! read-write transaction, which the browser never runs at the same time as another tab's: no write is lost with
//! two tabs open, and no Web Locks are needed (they do not exist over plain HTTP). Bytes that could not be made
//! whole are never written: the transaction is aborted and the last good copy stays. Other tabs hear about it on a
//! BroadcastChannel.

use std::{cell::RefCell, rc::Rc};

use js_sys::Uint8Array;
use rumbo::storage::{open_bytes, Notice, Store};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbTransactionMode, StorageManager};

use super::channel;
use super::idb::{self, err, OBJECTS};
use super::local;
use crate::app::platform::{DeviceError, PersistStatus};
use crate::app::saved::{Elsewhere, Failure, Loaded};

const KEY: &str = "main";
const CHANNEL: &str = "rumbo-saved";
/// Set once the browser was asked to keep saved items (`granted` or `refused`); a `rumbo.` key, so "Delete my
/// data" forgets it too.
const PERSIST_KEY: &str = "rumbo.persist";

type Outcome<T, E> = Result<(Loaded, T), Failure<E>>;

/// The name a damaged database is kept under, from the device's clock.
fn stamp() -> String {
    super::now().format("%Y-%m-%dT%H-%M-%S-%3fZ").to_string()
}

/// Reads the stored bytes and runs `f` on the database inside one read-write transaction, then stores the
/// result. `f` runs synchronously in the request's callback, while the transaction is active.
async fn run<T: 'static, E: 'static>(
    step: impl FnOnce(&web_sys::IdbObjectStore, Option<Vec<u8>>) -> Outcome<T, E> + 'static,
    changes: bool,
) -> Result<(Loaded, T), Failure<E>> {
    let db = idb::open().await.map_err(Failure::Store)?;
    let tx =
        db.transaction_with_str_and_mode(OBJECTS, IdbTransactionMode::Readwrite).map_err(|e| Failure::Store(err(e)))?;
    let objects = tx.object_store(OBJECTS).map_err(|e| Failure::Store(err(e)))?;
    let get = objects.get(&JsValue::from_str(KEY)).map_err(|e| Failure::Store(err(e)))?;
    let outcome: Rc<RefCell<Option<Outcome<T, E>>>> = Rc::new(RefCell::new(None));
    let slot = outcome.clone();
    let request = get.clone();
    let in_tx = tx.clone();
    let on_read = Closure::once(move || {
        let bytes = request.result().ok().filter(|v| !v.is_undefined()).map(|v| Uint8Array::new(&v).to_vec());
        let result = step(&objects, bytes);
        if matches!(result, Err(Failure::Store(_))) {
            // Nothing of this attempt is kept: the last good copy stays as it was.
            let _ = in_tx.abort();
        }
        *slot.borrow_mut() = Some(result);
    });
    get.set_onsuccess(Some(on_read.as_ref().unchecked_ref()));
    let commit = idb::committed(&tx).await;
    drop(on_read);
    // Closed at once, so that "Delete my data" can delete the database without waiting for this page.
    db.close();
    let result = outcome.borrow_mut().take().unwrap_or(Err(Failure::Store(DeviceError::NotRead)));
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
    let mut opened = open_bytes(bytes.as_deref(), &stamp()).map_err(|e| Failure::Store(e.into()))?;
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
        let new = opened.store.to_bytes().map_err(|e| Failure::Store(e.into()))?;
        objects
            .put_with_key(&Uint8Array::from(new.as_slice()), &JsValue::from_str(KEY))
            .map_err(|e| Failure::Store(err(e)))?;
    }
    let value = value?;
    Ok((Loaded::read(&opened.store, opened.notice.take())?, value))
}

pub async fn update<T: 'static, E: 'static>(
    f: impl FnOnce(&mut Store) -> Result<T, E> + 'static,
) -> Result<(Loaded, T), Failure<E>> {
    run(move |objects, bytes| apply(objects, bytes, f, true), true).await
}

/// Reads without telling other tabs (it changes nothing).
pub async fn load() -> Result<Loaded, Failure<()>> {
    let step = |objects: &web_sys::IdbObjectStore, bytes: Option<Vec<u8>>| match bytes.filter(|b| !b.is_empty()) {
        // Nothing saved on this device yet: nothing to read, and SQLite is not started for it (creating its
        // tables took a tenth of every start at 4× slowdown); the first change creates them.
        None => Ok((Loaded::default(), ())),
        bytes => apply(objects, bytes, |_| Ok::<(), ()>(()), false),
    };
    run(step, false).await.map(|(loaded, ())| loaded)
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
    channel::post(&CHANNEL_OBJECT, text);
}

pub fn on_change_elsewhere(mut f: impl FnMut(Elsewhere) + 'static) {
    channel::listen(&CHANNEL_OBJECT, move |text| {
        f(if text == "wiped" { Elsewhere::Wiped } else { Elsewhere::Changed })
    });
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

async fn persisted(manager: &StorageManager) -> Option<bool> {
    JsFuture::from(manager.persisted().ok()?).await.ok()?.as_bool()
}

fn asked_persist() -> bool {
    local().and_then(|s| s.get_item(PERSIST_KEY).ok()?).is_some()
}

/// Asks the browser, once, to keep saved items when space runs low; it may ask the person (Firefox) or decide
/// itself (Chrome). Over plain HTTP there is nothing to ask.
pub async fn ask_persist() {
    let Some(manager) = storage_manager() else { return };
    if asked_persist() || persisted(&manager).await == Some(true) {
        return;
    }
    let Ok(promise) = manager.persist() else { return };
    let granted = JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()) == Some(true);
    if let Some(storage) = local() {
        let _ = storage.set_item(PERSIST_KEY, if granted { "granted" } else { "refused" });
    }
}

pub async fn persist_status() -> PersistStatus {
    let Some(manager) = storage_manager() else { return PersistStatus::Unavailable };
    match persisted(&manager).await {
        Some(true) => PersistStatus::Granted,
        None => PersistStatus::Unavailable,
        Some(false) if asked_persist() => PersistStatus::Refused,
        Some(false) => PersistStatus::NotAsked,
    }
}
