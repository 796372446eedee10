//! Beside a button that opens a file: where the desktop app can open no file chooser (a Linux desktop with
//! neither a file-chooser portal nor zenity, `rumbo::file_picker`), the tap would do nothing and say nothing,
//! so this says why and what to install.

use dioxus::prelude::*;

use crate::app::{platform, use_i18n};

#[component]
pub fn FilePickerHelp(#[props(default = platform::file_picker_missing())] missing: bool) -> Element {
    let i18n = use_i18n();
    if !missing {
        return rsx! {};
    }
    rsx! {
        p { class: "notice file-picker-missing", role: "note", {i18n.t("file-picker-missing")} }
    }
}

#[cfg(test)]
mod tests {
    use rumbo::i18n::{Lang, Localizer};

    use super::*;
    use crate::app::ssr::{render, render_view};

    #[test]
    fn where_no_file_chooser_can_open_the_person_is_told_what_to_install_in_every_language() {
        for lang in Lang::all() {
            let said = Localizer::embedded().text(lang, "file-picker-missing");
            let html = render_view(lang, || rsx! { FilePickerHelp { missing: true } });
            assert!(html.contains(&said), "{lang}: {said}");
            assert!(said.contains("zenity"), "{lang}: the package's own name");
            let html = render_view(lang, || rsx! { FilePickerHelp { missing: false } });
            assert!(!html.contains(&said), "{lang}: not where a picker opens");
            // Where the picker is the browser's (these tests render as the web does), nothing is said.
            assert!(!render(lang, "/settings", true).contains(&said), "{lang}");
        }
    }
}
