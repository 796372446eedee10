//! One file per screen.

mod case;
mod deadline;
pub mod directory;
pub mod guides;
mod home;
mod not_found;
mod saved;
mod settings;

#[cfg(feature = "export")]
pub use case::PocketCard;
pub use case::{CaseCard, MyCase};
pub use deadline::Deadline;
pub use directory::{Directory, Entry};
pub use guides::{Guide, Guides, Official, SearchBox};
pub use home::Home;
pub use not_found::NotFound;
pub use saved::Saved;
pub use settings::Settings;
