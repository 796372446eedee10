//! IndexedDB, where the web keeps its saved items: the database's name, opening it, deleting it, and the one
//! helper that turns a request's callbacks into something to await.

use js_sys::Promise;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction};

/// The database where saved items live.
pub const DATABASE: &str = "rumbo";
/// Its one object store, holding the SQLite database as bytes.
pub const OBJECTS: &str = "sqlite";

use crate::app::platform::DeviceError;

pub fn err(e: JsValue) -> DeviceError {
    DeviceError::Browser(format!("{e:?}"))
}

/// Settles when `request` succeeds or fails, or when `timeout_ms` (if any) have passed, which counts as failing.
pub async fn settled(request: &IdbRequest, timeout_ms: Option<i32>) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
        if let (Some(ms), Some(window)) = (timeout_ms, web_sys::window()) {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&reject, ms);
        }
    });
    JsFuture::from(promise).await.map(drop)
}

/// Settles when `tx` has committed, or failed or been aborted.
pub async fn committed(tx: &IdbTransaction) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
        tx.set_onabort(Some(&reject));
    });
    JsFuture::from(promise).await.map(drop)
}

/// Opens the database, creating its object store the first time.
pub async fn open() -> Result<IdbDatabase, DeviceError> {
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or(DeviceError::NoStorage)?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(err)?;
    let for_upgrade = request.clone();
    let upgrade = Closure::once(move || {
        if let Ok(db) = for_upgrade.result().map(|r| r.unchecked_into::<IdbDatabase>()) {
            let _ = db.create_object_store(OBJECTS);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    settled(&request, None).await.map_err(err)?;
    drop(upgrade);
    request.result().map(|r| r.unchecked_into()).map_err(err)
}

/// Whether the browser deleted the database. A deletion blocked by a connection still open elsewhere waits for
/// it, up to a few seconds (Rumbo's own tabs close theirs after every transaction).
pub async fn delete() -> bool {
    let Some(factory) = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()) else { return false };
    let Ok(request) = factory.delete_database(DATABASE) else { return false };
    settled(&request, Some(5_000)).await.is_ok()
}
