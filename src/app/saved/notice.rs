use dioxus::prelude::*;
use rumbo::i18n::FluentArgs;
use rumbo::storage::{Notice, OpenCause};

use super::Saved;
use crate::app::components::{Button, Variant};
use crate::app::platform::{data_location, DataLocation};
use crate::app::use_i18n;

/// In a browser the copy is kept in its own storage, under a name the person never needs.
const IN_BROWSER: bool = matches!(data_location(), DataLocation::Browser);

/// Said on whatever screen is open: saving is off (and why), the saved data was damaged and set aside (and where
/// the copy is), the data is from a newer Rumbo, or the device refused a read or write.
#[component]
pub fn StorageNotice() -> Element {
    if !crate::app::target::use_target().is_app() {
        // Outside the app there is no script to act on it.
        return rsx! {};
    }
    let i18n = use_i18n();
    let mut saved = use_context::<Saved>();
    let mut args = FluentArgs::new();
    let id = match (&*saved.notice.read(), *saved.off.read()) {
        (_, Some(cause)) => match cause {
            OpenCause::Foreign => "storage-off-foreign",
            OpenCause::Permission => "storage-off-permission",
            OpenCause::Busy => "storage-off-busy",
            OpenCause::Full => "storage-off-full",
            OpenCause::Other => "storage-off-other",
        },
        _ if (saved.failed)() => "saved-notice-failed",
        (Some(Notice::SetAside(_)), _) if IN_BROWSER => "saved-notice-set-aside",
        (Some(Notice::SetAside(copy)), _) => {
            args.set("copy", copy.display().to_string());
            "storage-set-aside-file"
        }
        (Some(Notice::Newer { .. }), _) => "saved-notice-newer",
        (None, None) => return rsx! {},
    };
    rsx! {
        div { class: "notice storage-notice", role: "status",
            p { {i18n.t_args(id, &args)} }
            Button {
                variant: Variant::Secondary,
                onclick: move |_| {
                    saved.notice.set(None);
                    saved.failed.set(false);
                    saved.off.set(None);
                },
                {i18n.t("saved-notice-ok")}
            }
        }
    }
}
