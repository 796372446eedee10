//! A tick box with its label, bound to a signal: the same markup wherever the person opts in to something.

use dioxus::prelude::*;

#[component]
pub fn Checkbox(id: &'static str, checked: Signal<bool>, label: String) -> Element {
    rsx! {
        label { class: "choice",
            input { id, r#type: "checkbox", checked: checked(), onchange: move |e| checked.set(e.checked()) }
            span { {label} }
        }
    }
}
