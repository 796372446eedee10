//! Reading aloud with the Web Speech API, with a voice the device already has. Only local voices count: a
//! network voice would send the text elsewhere and fail offline.

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

fn local_voice(code: &str) -> Option<SpeechSynthesisVoice> {
    let voices = synth()?.get_voices();
    voices.iter().map(|v| v.unchecked_into::<SpeechSynthesisVoice>()).find(|v| {
        let lang = v.lang().to_ascii_lowercase();
        v.local_service() && lang.split(['-', '_']).next() == Some(code)
    })
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Whether a local voice speaks `code`. Browsers load their voice list after the page, so ask a few times.
pub async fn has_voice(code: &'static str) -> bool {
    for _ in 0..8 {
        if local_voice(code).is_some() {
            return true;
        }
        sleep(250).await;
    }
    false
}

/// Starts reading `text`; `on_end` runs when the voice stops by itself.
pub fn speak(text: &str, code: &str, on_end: impl FnOnce() + 'static) -> bool {
    let (Some(synth), Some(voice)) = (synth(), local_voice(code)) else { return false };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else { return false };
    utterance.set_voice(Some(&voice));
    utterance.set_lang(&voice.lang());
    let on_end = Closure::once_into_js(on_end);
    utterance.set_onend(Some(on_end.unchecked_ref()));
    synth.cancel();
    synth.speak(&utterance);
    true
}

pub fn stop() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}
