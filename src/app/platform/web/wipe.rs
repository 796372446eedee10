//! Erasing in the browser. Each step runs even if another failed (as in Tella's quick delete); what failed is
//! returned, named for the person.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::idb;

/// Every `rumbo.` key (the language, the quick-exit choices, the persistence answer) and the saved items'
/// database.
pub async fn delete_my_data() -> Vec<String> {
    let mut failed = Vec::new();
    let Some(w) = web_sys::window() else { return vec!["window".into()] };
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
    if !idb::delete().await {
        failed.push(format!("IndexedDB {}", idb::DATABASE));
    }
    failed
}

/// Also the service worker, its caches, and all storage of this site.
pub async fn remove_everything() -> Vec<String> {
    let Some(w) = web_sys::window() else { return vec!["window".into()] };
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
