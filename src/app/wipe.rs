//! Erasing what Rumbo stored, at two levels: the person's data (the app keeps working offline), or Rumbo
//! itself from this browser (also the offline worker, its caches and all site storage).

#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod imp {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    /// The IndexedDB database where saved items live.
    pub const DATABASE: &str = "rumbo";

    fn window() -> Option<web_sys::Window> {
        web_sys::window()
    }

    /// Saved items, the language and the quick-exit choice: every key Rumbo wrote, and its database. Each step runs
    /// even if another failed (as in Tella's quick delete); what failed is returned. Other open tabs are told, so
    /// they show nothing saved either.
    pub async fn delete_my_data() -> Vec<String> {
        let mut failed = Vec::new();
        let Some(w) = window() else { return vec!["window".into()] };
        match w.local_storage() {
            Ok(Some(local)) => {
                let keys: Vec<String> =
                    (0..local.length().unwrap_or(0)).filter_map(|i| local.key(i).ok().flatten()).collect();
                for key in keys.iter().filter(|k| k.starts_with("rumbo.")) {
                    if local.remove_item(key).is_err() {
                        failed.push(format!("localStorage {key}"));
                    }
                }
            }
            Ok(None) => {}
            Err(_) => failed.push("localStorage".into()),
        }
        if !delete_database(&w).await {
            failed.push(format!("IndexedDB {DATABASE}"));
        }
        crate::app::saved::announce_wiped();
        failed
    }

    /// Everything: also the service worker, its caches, and all storage of this site. Every step runs; what failed
    /// is returned.
    pub async fn remove_everything() -> Vec<String> {
        let Some(w) = window() else { return vec!["window".into()] };
        let mut failed = delete_my_data().await;
        if w.is_secure_context() {
            match JsFuture::from(w.navigator().service_worker().get_registrations()).await {
                Ok(list) => {
                    for registration in js_sys::Array::from(&list).iter() {
                        let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
                        let done = match registration.unregister() {
                            Ok(promise) => JsFuture::from(promise).await.is_ok(),
                            Err(_) => false,
                        };
                        if !done {
                            failed.push("service worker".into());
                        }
                    }
                }
                Err(_) => failed.push("service worker".into()),
            }
            match w.caches() {
                Ok(caches) => match JsFuture::from(caches.keys()).await {
                    Ok(names) => {
                        for name in js_sys::Array::from(&names).iter() {
                            if let Some(name) = name.as_string() {
                                if JsFuture::from(caches.delete(&name)).await.is_err() {
                                    failed.push(format!("cache {name}"));
                                }
                            }
                        }
                    }
                    Err(_) => failed.push("caches".into()),
                },
                Err(_) => failed.push("caches".into()),
            }
        }
        if let Ok(Some(local)) = w.local_storage() {
            if local.clear().is_err() {
                failed.push("localStorage".into());
            }
        }
        if let Ok(Some(session)) = w.session_storage() {
            if session.clear().is_err() {
                failed.push("sessionStorage".into());
            }
        }
        failed
    }

    /// Whether the browser deleted the database. A deletion blocked by a connection still open elsewhere waits
    /// for it, up to a few seconds (Rumbo's own tabs close theirs after every transaction).
    async fn delete_database(w: &web_sys::Window) -> bool {
        let Ok(Some(factory)) = w.indexed_db() else { return false };
        let Ok(request) = factory.delete_database(DATABASE) else { return false };
        let window = w.clone();
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            request.set_onsuccess(Some(&resolve));
            request.set_onerror(Some(&reject));
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&reject, 5_000);
        });
        JsFuture::from(promise).await.is_ok()
    }
}

#[cfg(all(feature = "desktop", not(target_arch = "wasm32")))]
mod imp {
    use crate::app::folders;

    fn names(report: rumbo::storage::WipeReport) -> Vec<String> {
        report.failed.into_iter().map(|(path, _)| path.display().to_string()).collect()
    }

    /// The database with its side files and set-aside copies, and the language. The connection is closed first;
    /// every file is tried even if another fails, and what failed is returned.
    pub async fn delete_my_data() -> Vec<String> {
        crate::app::saved::close_store();
        let failed = folders::data_dir().map(|dir| names(rumbo::storage::remove_data(&dir, false))).unwrap_or_default();
        crate::app::saved::announce_wiped();
        failed
    }

    /// Also the webview's storage and cache.
    pub async fn remove_everything() -> Vec<String> {
        crate::app::saved::close_store();
        let mut failed =
            folders::data_dir().map(|dir| names(rumbo::storage::remove_data(&dir, true))).unwrap_or_default();
        for dir in folders::cache_dirs() {
            match std::fs::remove_dir_all(&dir) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => failed.push(dir.display().to_string()),
                _ => {}
            }
        }
        crate::app::saved::announce_wiped();
        failed
    }
}

#[cfg(not(any(all(feature = "web", target_arch = "wasm32"), all(feature = "desktop", not(target_arch = "wasm32")))))]
mod imp {
    pub async fn delete_my_data() -> Vec<String> {
        Vec::new()
    }
    pub async fn remove_everything() -> Vec<String> {
        Vec::new()
    }
}

pub use imp::{delete_my_data, remove_everything};
