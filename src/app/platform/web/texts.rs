//! The texts the release wasm leaves outside (`rumbo::i18n::outside`): every language's but Spanish's is a file
//! beside the app, fetched for the language a start shows before the app draws, and the others a little after
//! it is interactive, so a language switch needs no network later (plain HTTP on a local network has no worker
//! to keep them). Where the service worker is in charge, the fetch is answered from its cache.

use rumbo::i18n::{outside, Lang, Localizer};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fetches `lang`'s texts if the program lacks them; true once it has them. A failure (no network and no worker,
/// a damaged file) leaves the language with its essential entries only, and a later call tries again.
pub async fn load(lang: Lang) -> bool {
    if Localizer::compiled().has_texts(lang) {
        return true;
    }
    let Some(file) = outside::file_name(lang) else { return false };
    let Some(text) = fetch_text(&format!("./{file}")).await else { return false };
    match outside::read(&text) {
        Ok(files) => {
            Localizer::compiled().provide(lang, files);
            true
        }
        Err(_) => false,
    }
}

/// Runs `start` once the texts of `lang` are here, or could not be had (then the app says so).
pub fn then(lang: Lang, start: impl FnOnce() + 'static) {
    if Localizer::compiled().has_texts(lang) {
        return start();
    }
    wasm_bindgen_futures::spawn_local(async move {
        load(lang).await;
        start();
    });
}

/// Fetches every other language's texts, one after the other, a few seconds after the start: out of the way of
/// the first screen and of the person's first taps.
pub fn load_the_rest() {
    wasm_bindgen_futures::spawn_local(async {
        sleep(3000).await;
        for lang in Lang::all() {
            load(lang).await;
        }
    });
}

/// How long a start, or a choice, waits for a language's texts before it says they could not be had: a stalled
/// network without the worker would otherwise keep a returning reader's app from starting at all.
const PATIENCE_MS: i32 = 8000;

/// The text at `url`, or None if it did not come whole within `PATIENCE_MS`. The download itself goes on, and
/// a later attempt may find it in the browser's cache.
async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    // One deadline for the answer and its body: once it has passed, either race ends at once, with undefined.
    let deadline = timeout(PATIENCE_MS);
    let within =
        |promise: js_sys::Promise| JsFuture::from(js_sys::Promise::race(&js_sys::Array::of2(&promise, &deadline)));
    let response: web_sys::Response = within(window.fetch_with_str(url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    within(response.text().ok()?).await.ok()?.as_string()
}

/// A promise that resolves (to undefined) after `ms`.
fn timeout(ms: i32) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    })
}

async fn sleep(ms: i32) {
    let _ = JsFuture::from(timeout(ms)).await;
}
