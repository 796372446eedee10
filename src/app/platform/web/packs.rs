//! Imported content packs in the browser: the pack in use and the one before it, as bytes in the same IndexedDB
//! store as saved items, under their own keys. Both are written in one read-write transaction, so a crash keeps
//! either the old pair or the new one. "Delete my data" deletes the database, and with it the packs: the app then
//! uses the content compiled into it. Other open tabs hear of every change on a BroadcastChannel and read the
//! packs again, so no tab goes on showing content another tab replaced or deleted.

use js_sys::Uint8Array;
use rumbo::pack::device::Stored;
use wasm_bindgen::JsValue;
use web_sys::{BroadcastChannel, IdbTransactionMode};

use super::channel;
use super::idb::{self, err, OBJECTS};
use crate::app::platform::{DeviceError, PackChange};

const CURRENT: &str = "pack.current";
const PREVIOUS: &str = "pack.previous";
const CHANNEL: &str = "rumbo-content";

thread_local! {
    static CHANNEL_OBJECT: Option<BroadcastChannel> = BroadcastChannel::new(CHANNEL).ok();
}

/// Tells the other tabs that the stored packs changed: applied or returned to (they read them again), or deleted
/// by "Delete my data" (they must not open the deleted database again). The page's one channel object never
/// receives its own messages.
pub fn announce(change: PackChange) {
    let text = match change {
        PackChange::Stored => "stored",
        PackChange::Deleted => "deleted",
    };
    channel::post(&CHANNEL_OBJECT, text);
}

/// After "Delete my data": the packs went with the database, which is not opened again to look (that would make
/// it anew). A deletion the browser refused is said by the wipe itself.
pub fn left_after_wipe() -> Stored {
    Stored::default()
}

/// Runs `f` whenever another tab announces a change.
pub fn on_change_elsewhere(mut f: impl FnMut(PackChange) + 'static) {
    channel::listen(&CHANNEL_OBJECT, move |text| {
        f(if text == "deleted" { PackChange::Deleted } else { PackChange::Stored })
    });
}

pub async fn load() -> Result<Stored, DeviceError> {
    let db = idb::open().await?;
    let result = async {
        let tx = db.transaction_with_str_and_mode(OBJECTS, IdbTransactionMode::Readonly).map_err(err)?;
        let objects = tx.object_store(OBJECTS).map_err(err)?;
        // Both asked before anything is awaited, while the transaction is surely active.
        let current = objects.get(&JsValue::from_str(CURRENT)).map_err(err)?;
        let previous = objects.get(&JsValue::from_str(PREVIOUS)).map_err(err)?;
        let mut values = Vec::new();
        for request in [current, previous] {
            idb::settled(&request, None).await.map_err(err)?;
            let value = request.result().map_err(err)?;
            values.push((!value.is_undefined()).then(|| Uint8Array::new(&value).to_vec()));
        }
        let previous = values.pop().flatten();
        Ok(Stored { current: values.pop().flatten(), previous })
    }
    .await;
    db.close();
    result
}

pub async fn save(next: Stored) -> Result<(), DeviceError> {
    let db = idb::open().await?;
    let result = async {
        let tx = db.transaction_with_str_and_mode(OBJECTS, IdbTransactionMode::Readwrite).map_err(err)?;
        let objects = tx.object_store(OBJECTS).map_err(err)?;
        for (key, value) in [(CURRENT, &next.current), (PREVIOUS, &next.previous)] {
            let key = JsValue::from_str(key);
            match value {
                Some(bytes) => objects.put_with_key(&Uint8Array::from(bytes.as_slice()), &key).map(drop),
                None => objects.delete(&key).map(drop),
            }
            .map_err(err)?;
        }
        idb::committed(&tx).await.map_err(err)
    }
    .await;
    db.close();
    result
}
