//! Share Rumbo with the phones on this Wi-Fi, as `rumbo-cli share` does, with the address and a QR code on
//! screen. Only where the platform can (`platform::CAN_SHARE_OVER_WIFI`, the desktop app); the server is
//! `platform::wifi`.

use dioxus::prelude::*;

use crate::app::components::{Button, Variant};
use crate::app::platform::{wifi, WifiShare};
use crate::app::use_i18n;

#[component]
pub fn ShareOverWifi() -> Element {
    let i18n = use_i18n();
    let mut state = use_signal(wifi::current);
    rsx! {
        section { "aria-labelledby": "settings-share",
            h2 { id: "settings-share", {i18n.t("settings-share")} }
            p { {i18n.t("settings-share-help")} }
            match state() {
                WifiShare::On { addresses, loopback_only, qr } => rsx! {
                    if loopback_only {
                        p { class: "notice", role: "status", {i18n.t("settings-share-no-network")} }
                    }
                    p { {i18n.t("settings-share-open")} }
                    ul { class: "share-addresses", role: "list",
                        for address in addresses.iter() {
                            li { key: "{address}", code { "{address}" } }
                        }
                    }
                    if let (Some(first), Some(modules)) = (addresses.first(), qr) {
                        QrCode { text: first.clone(), modules }
                    }
                    p { Button { variant: Variant::Secondary, onclick: move |_| state.set(wifi::stop()), {i18n.t("settings-share-stop")} } }
                },
                other => rsx! {
                    if other == WifiShare::Missing {
                        p { class: "notice", role: "status", {i18n.t("settings-share-missing")} }
                    }
                    if other == WifiShare::Failed {
                        p { class: "notice", role: "status", {i18n.t("settings-share-failed")} }
                    }
                    p { Button { onclick: move |_| state.set(wifi::start()), {i18n.t("settings-share-start")} } }
                },
            }
        }
    }
}

/// A QR code of `text` as one SVG path (one square per dark module), with its quiet zone. Drawn from data,
/// never from markup text.
#[component]
fn QrCode(text: String, modules: Vec<Vec<bool>>) -> Element {
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
