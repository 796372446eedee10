//! Rumbo's style sheets. The web build links dx's hashed, minified copies, relative to the document; the
//! desktop app (and every other native build) carries them in its binary, so that a package needs no asset
//! folder beside it and runs the same without dx.

use dioxus::prelude::*;

#[cfg(all(feature = "web", target_arch = "wasm32"))]
#[component]
pub fn Styles() -> Element {
    const MAIN: Asset = asset!("/assets/main.css");
    const GUIDES: Asset = asset!("/assets/guides.css");
    const DIRECTORY: Asset = asset!("/assets/directory.css");
    const CASE: Asset = asset!("/assets/case.css");
    rsx! {
        Stylesheet { href: relative(MAIN) }
        Stylesheet { href: relative(GUIDES) }
        Stylesheet { href: relative(DIRECTORY) }
        Stylesheet { href: relative(CASE) }
    }
}

/// dx makes asset URLs from the site's root (`/assets/…`, or `/./assets/…`). Relative to the document instead,
/// one bundle works at a site's root and under a sub-path such as `https://example.org/rumbo/` (hash routing
/// keeps the document's path fixed).
#[cfg(all(feature = "web", target_arch = "wasm32"))]
fn relative(asset: Asset) -> String {
    format!("./{}", asset.to_string().trim_start_matches('/').trim_start_matches("./"))
}

/// The same style sheets as text, in the order the web links them.
#[cfg_attr(all(feature = "web", target_arch = "wasm32"), allow(dead_code))]
pub const CSS: [&str; 4] = [
    include_str!("../../assets/main.css"),
    include_str!("../../assets/guides.css"),
    include_str!("../../assets/directory.css"),
    include_str!("../../assets/case.css"),
];

#[cfg(not(all(feature = "web", target_arch = "wasm32")))]
#[component]
pub fn Styles() -> Element {
    rsx! {
        for css in CSS {
            document::Style { {css} }
        }
    }
}
