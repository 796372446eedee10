use dioxus::prelude::*;

/// Line icons drawn in a 24×24 box with the text colour. They always sit beside a text label, so they are
/// hidden from screen readers.
#[derive(Clone, Copy, PartialEq)]
pub enum IconName {
    Home,
    Book,
    Calendar,
    Pin,
    Bookmark,
    Sliders,
    Globe,
    Case,
}

impl IconName {
    fn path(self) -> &'static str {
        match self {
            IconName::Home => "M3 11 12 3l9 8M5 9.5V21h5v-6h4v6h5V9.5",
            IconName::Book => "M4 4h6a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4zM20 4h-6a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h6z",
            IconName::Calendar => "M4 6h16v15H4zM4 10h16M8 3v5M16 3v5M8 14h2M14 14h2M8 17h2",
            IconName::Pin => "M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12zM12 11.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z",
            IconName::Bookmark => "M6 3h12v18l-6-4.5L6 21z",
            IconName::Sliders => "M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1M15 4v4M9 10v4M17 16v4",
            IconName::Globe => "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3c2.5 2.7 3.5 5.7 3.5 9s-1 6.3-3.5 9c-2.5-2.7-3.5-5.7-3.5-9s1-6.3 3.5-9z",
            IconName::Case => "M4 8h16v12H4zM9 8V5h6v3M4 13h16M11 13v2h2v-2",
        }
    }
}

#[component]
pub fn Icon(name: IconName) -> Element {
    rsx! {
        svg {
            class: "icon",
            view_box: "0 0 24 24",
            width: "24",
            height: "24",
            fill: "none",
            stroke: "currentColor",
            stroke_width: "2",
            stroke_linecap: "round",
            stroke_linejoin: "round",
            "aria-hidden": "true",
            "focusable": "false",
            path { d: name.path() }
        }
    }
}
