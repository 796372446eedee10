//! A one-line text field that keeps every key the person types, in the desktop app too.
//!
//! The desktop webview hands each keystroke's `input` event to Rust asynchronously, while the page goes on taking
//! keys, and Dioxus writes an input's `value` into the page on every render (it is "volatile"): re-rendering from
//! an earlier event wrote that older text back over the keys typed since (under Xvfb, "2025" typed with 30 ms
//! between keys came out "205"). So this field never renders `value`: it gives its text as `initial_value` (the
//! element's default, which Dioxus writes only when it changes), and when the state is changed from outside (a
//! form cleared, a row removed) it becomes a new element holding the new text. An echo of what the person typed
//! changes nothing in the page.

use std::cell::RefCell;
use std::rc::Rc;

use dioxus::prelude::*;

/// What the field last wrote into the page, which element holds it, and what the person last typed there.
#[derive(Debug)]
struct Echo {
    written: String,
    typed: Option<String>,
    generation: u32,
}

impl Echo {
    fn new(value: &str) -> Self {
        Echo { written: value.to_string(), typed: None, generation: 0 }
    }

    /// The element and its value for the state's `value`: unchanged while `value` is what the person typed (the
    /// page already shows it, and newer keys maybe), a new element holding `value` when it changed from outside.
    fn render(&mut self, value: &str) -> (u32, String) {
        let echo = match &self.typed {
            Some(typed) => typed == value,
            None => self.written == value,
        };
        if !echo {
            self.generation += 1;
            self.written = value.to_string();
            self.typed = None;
        }
        (self.generation, self.written.clone())
    }

    fn typed(&mut self, value: &str) {
        self.typed = Some(value.to_string());
    }
}

/// A text input with its `id` (for its label), at most `maxlength` characters, nothing suggested by the browser;
/// `numeric` shows a phone's number pad. `on_input` gets every change.
#[component]
pub fn TypedInput(
    id: String,
    value: String,
    maxlength: u32,
    #[props(default)] numeric: bool,
    on_input: EventHandler<String>,
) -> Element {
    let echo = use_hook(|| Rc::new(RefCell::new(Echo::new(&value))));
    let (generation, shown) = echo.borrow_mut().render(&value);
    let typed = echo.clone();
    rsx! {
        // A list of one, keyed by generation: a change from outside replaces the element instead of writing into it.
        for g in std::iter::once(generation) {
            input {
                key: "{g}",
                id: "{id}",
                r#type: "text",
                inputmode: if numeric { "numeric" } else { "text" },
                autocomplete: "off",
                maxlength: "{maxlength}",
                initial_value: "{shown}",
                oninput: {
                    let typed = typed.clone();
                    move |e: FormEvent| {
                        let value = e.value();
                        typed.borrow_mut().typed(&value);
                        on_input.call(value);
                    }
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Echo;

    /// The desktop's order of things: the page has taken "2", "20", "202", "2025" before Rust sees the first
    /// event; each event's re-render must leave the page's text alone.
    #[test]
    fn echoes_of_what_was_typed_are_never_written_back_into_the_page() {
        let mut echo = Echo::new("");
        let first = echo.render("");
        for typed in ["2", "20", "202", "2025"] {
            echo.typed(typed);
            assert_eq!(echo.render(typed), first, "after {typed}: nothing written, same element");
        }
    }

    #[test]
    fn a_change_from_outside_is_shown_in_a_new_element_even_back_to_the_first_value() {
        let mut echo = Echo::new("");
        echo.typed("2025");
        echo.render("2025");
        let (cleared, shown) = echo.render("");
        assert_eq!(shown, "", "the form was cleared");
        assert_ne!(cleared, 0, "a new element, so the typed 2025 cannot stay on screen");
        assert_eq!(echo.render(""), (cleared, String::new()), "and then it stays");
        let (loaded, shown) = echo.render("2024");
        assert_eq!(shown, "2024");
        assert_ne!(loaded, cleared);
    }
}
