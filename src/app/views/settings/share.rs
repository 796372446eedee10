//! Desktop only: share Rumbo with the phones on this Wi-Fi, as `rumbo-cli share` does, with the address and a QR
//! code on screen. Sharing goes on while the person moves around the app, until they stop it or close Rumbo.

use std::sync::Mutex;

use dioxus::prelude::*;
use rumbo::share;

use crate::app::components::{Button, Variant};
use crate::app::{folders, use_i18n};

/// The server, while sharing, and the addresses it answers on.
static SHARING: Mutex<Option<(share::Running, Vec<String>)>> = Mutex::new(None);

/// The first free port of these is used. The same port every time, as far as it is free: what a phone saves in
/// Rumbo belongs to the address it was opened at (scheme, host and port), so a new port would hide it.
const PORTS: std::ops::RangeInclusive<u16> = 8080..=8090;

#[derive(Clone, PartialEq)]
enum State {
    Off,
    On(Vec<String>),
    Missing,
    Failed,
}

fn current() -> State {
    match &*SHARING.lock().expect("not poisoned") {
        Some((_, addresses)) => State::On(addresses.clone()),
        None => State::Off,
    }
}

fn start() -> State {
    let Some(dir) = folders::share_dir() else { return State::Missing };
    for port in PORTS {
        let Ok(site) = share::site(&dir) else { return State::Missing };
        if let Ok(running) = share::start(site, ("0.0.0.0", port), share::Limits::default()) {
            let addresses = share::addresses(running.port());
            *SHARING.lock().expect("not poisoned") = Some((running, addresses.clone()));
            return State::On(addresses);
        }
    }
    State::Failed
}

fn stop() -> State {
    if let Some((running, _)) = SHARING.lock().expect("not poisoned").take() {
        running.stop();
    }
    State::Off
}

#[component]
pub fn ShareOverWifi() -> Element {
    let i18n = use_i18n();
    let mut state = use_signal(current);
    rsx! {
        section { "aria-labelledby": "settings-share",
            h2 { id: "settings-share", {i18n.t("settings-share")} }
            p { {i18n.t("settings-share-help")} }
            match state() {
                State::On(addresses) => rsx! {
                    if share::only_loopback(&addresses) {
                        p { class: "notice", role: "status", {i18n.t("settings-share-no-network")} }
                    }
                    p { {i18n.t("settings-share-open")} }
                    ul { class: "share-addresses", role: "list",
                        for address in addresses.iter() {
                            li { key: "{address}", code { "{address}" } }
                        }
                    }
                    if let Some(first) = addresses.first() {
                        QrCode { text: first.clone() }
                    }
                    p { Button { variant: Variant::Secondary, onclick: move |_| state.set(stop()), {i18n.t("settings-share-stop")} } }
                },
                other => rsx! {
                    if other == State::Missing {
                        p { class: "notice", role: "status", {i18n.t("settings-share-missing")} }
                    }
                    if other == State::Failed {
                        p { class: "notice", role: "status", {i18n.t("settings-share-failed")} }
                    }
                    p { Button { onclick: move |_| state.set(start()), {i18n.t("settings-share-start")} } }
                },
            }
        }
    }
}

/// A QR code as one SVG path (one square per dark module), with its quiet zone. Drawn from data, never from
/// markup text.
#[component]
fn QrCode(text: String) -> Element {
    let Some(modules) = share::qr_modules(&text) else { return rsx! {} };
    let width = modules.len();
    let mut d = String::new();
    for (y, row) in modules.iter().enumerate() {
        for (x, dark) in row.iter().enumerate() {
            if *dark {
                d.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    let side = width + 8;
    rsx! {
        svg {
            class: "qr",
            role: "img",
            "aria-label": "{text}",
            view_box: "-4 -4 {side} {side}",
            width: "240",
            height: "240",
            rect { x: "-4", y: "-4", width: "{side}", height: "{side}", fill: "#fff" }
            path { d, fill: "#000" }
        }
    }
}
