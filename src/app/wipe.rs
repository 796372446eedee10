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

    /// Saved items, the language and the quick-exit choice: every key Rumbo wrote, and its database.
    pub async fn delete_my_data() {
        let Some(w) = window() else { return };
        if let Ok(Some(local)) = w.local_storage() {
            let keys: Vec<String> =
                (0..local.length().unwrap_or(0)).filter_map(|i| local.key(i).ok().flatten()).collect();
            for key in keys.iter().filter(|k| k.starts_with("rumbo.")) {
                let _ = local.remove_item(key);
            }
        }
        delete_database(&w).await;
    }

    /// Everything: also the service worker, its caches, and all storage of this site.
    pub async fn remove_everything() {
        let Some(w) = window() else { return };
        delete_my_data().await;
        if w.is_secure_context() {
            if let Ok(list) = JsFuture::from(w.navigator().service_worker().get_registrations()).await {
                for registration in js_sys::Array::from(&list).iter() {
                    let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
                    if let Ok(promise) = registration.unregister() {
                        let _ = JsFuture::from(promise).await;
                    }
                }
            }
            if let Ok(caches) = w.caches() {
                if let Ok(names) = JsFuture::from(caches.keys()).await {
                    for name in js_sys::Array::from(&names).iter() {
                        if let Some(name) = name.as_string() {
                            let _ = JsFuture::from(caches.delete(&name)).await;
                        }
                    }
                }
            }
        }
        if let Ok(Some(local)) = w.local_storage() {
            let _ = local.clear();
        }
        if let Ok(Some(session)) = w.session_storage() {
            let _ = session.clear();
        }
    }

    async fn delete_database(w: &web_sys::Window) {
        let Ok(Some(factory)) = w.indexed_db() else { return };
        let Ok(request) = factory.delete_database(DATABASE) else { return };
        // Resolves when the browser has deleted it (or could not).
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            request.set_onsuccess(Some(&resolve));
            request.set_onerror(Some(&resolve));
            request.set_onblocked(Some(&resolve));
        });
        let _ = JsFuture::from(promise).await;
    }
}

#[cfg(all(feature = "desktop", not(target_arch = "wasm32")))]
mod imp {
    use crate::app::folders;

    /// The database (with damaged copies set aside), and the language.
    pub async fn delete_my_data() {
        if let Some(dir) = folders::data_dir() {
            let _ = rumbo::storage::remove_data(&dir, false);
        }
    }

    /// Also the webview's storage and cache.
    pub async fn remove_everything() {
        if let Some(dir) = folders::data_dir() {
            let _ = rumbo::storage::remove_data(&dir, true);
        }
        for dir in folders::cache_dirs() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

#[cfg(not(any(all(feature = "web", target_arch = "wasm32"), all(feature = "desktop", not(target_arch = "wasm32")))))]
mod imp {
    pub async fn delete_my_data() {}
    pub async fn remove_everything() {}
}

pub use imp::{delete_my_data, remove_everything};
