//! Erasing what Rumbo stored, at two levels: the person's data (the app keeps working offline), or Rumbo
//! itself from this browser or computer (also the offline worker, its caches and all site storage, or the
//! window's files). What each platform erases is in `platform::wipe`; here, what every platform does around it.

use super::{platform, saved};

/// Saved items, the language and the quick-exit choices. Every step runs even if another failed; what failed
/// is returned. The saved items' connection is closed first, and other open tabs are told after, so they show
/// nothing saved either.
pub async fn delete_my_data() -> Vec<String> {
    saved::close_store();
    let failed = platform::wipe::delete_my_data().await;
    saved::announce_wiped();
    failed
}

/// Everything Rumbo keeps here, as `delete_my_data` does it.
pub async fn remove_everything() -> Vec<String> {
    saved::close_store();
    let failed = platform::wipe::remove_everything().await;
    saved::announce_wiped();
    failed
}
