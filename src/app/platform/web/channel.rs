//! A BroadcastChannel by name: how one tab tells Rumbo's other tabs of the same origin that something it keeps
//! changed. The page's one object per channel never receives its own messages.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

/// Posts `text` to the other tabs listening on `channel`. Nothing happens where the browser has no channels.
pub fn post(channel: &'static std::thread::LocalKey<Option<BroadcastChannel>>, text: &str) {
    channel.with(|c| c.as_ref().map(|c| c.post_message(&JsValue::from_str(text))));
}

/// Runs `f` with each message's text that another tab posts on `channel`, for the life of the page.
pub fn listen(channel: &'static std::thread::LocalKey<Option<BroadcastChannel>>, mut f: impl FnMut(&str) + 'static) {
    let closure = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        f(event.data().as_string().as_deref().unwrap_or(""))
    });
    channel.with(|c| c.as_ref().map(|c| c.set_onmessage(Some(closure.as_ref().unchecked_ref()))));
    closure.forget();
}
