use dioxus::prelude::*;

use super::shell::Shell;
use super::views::{
    CaseCard, Deadline, Directory, Entry, Guide, Guides, Home, MyCase, NotFound, Official, Saved, Settings,
};

/// Every screen. Paths are part of the app's interface: bookmarks and shared links point at them.
#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
#[allow(clippy::empty_line_after_outer_attr)]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Home {},
        #[route("/guides")]
        Guides {},
        #[route("/guide/:id")]
        Guide { id: String },
        #[route("/official")]
        Official {},
        #[route("/deadline")]
        Deadline {},
        #[route("/directory")]
        Directory {},
        #[route("/directory/:id")]
        Entry { id: String },
        #[route("/case")]
        MyCase {},
        #[route("/case/card")]
        CaseCard {},
        #[route("/saved")]
        Saved {},
        #[route("/settings")]
        Settings {},
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
}
