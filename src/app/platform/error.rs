//! Why the device did not keep, or give back, what the app asked of it. Nothing changed. Each screen tells the
//! person through its own message (saved items, content packs); `Display` keeps the detail for a developer.

#[derive(Debug, thiserror::Error)]
#[cfg_attr(not(web), allow(dead_code))] // only a browser refuses in its own words; the test build has no device
pub enum DeviceError {
    /// Nowhere to keep anything: a browser without IndexedDB (some private windows), a desktop without a data
    /// folder.
    #[error("this device offers Rumbo no storage")]
    NoStorage,
    /// The browser refused or aborted a request (out of space, a connection closed by "Delete my data" in
    /// another tab), in its own words: a JavaScript error has no type to keep.
    #[error("the browser refused: {0}")]
    Browser(String),
    /// The browser ended the transaction before the stored bytes were read.
    #[error("the browser ended the transaction before the saved items were read")]
    NotRead,
    #[error(transparent)]
    Store(#[from] rumbo::storage::StoreError),
    #[error(transparent)]
    Serialize(#[from] rumbo::storage::SerializeError),
    /// The desktop's pack files could not be written.
    #[cfg(desktop)]
    #[error(transparent)]
    Pack(#[from] rumbo::pack::store::StoreError),
}

impl From<rusqlite::Error> for DeviceError {
    fn from(e: rusqlite::Error) -> DeviceError {
        DeviceError::Store(e.into())
    }
}
