//! One file per screen.

mod deadline;
pub mod directory;
mod guides;
mod home;
mod not_found;
mod saved;
mod settings;

pub use deadline::Deadline;
pub use directory::{Directory, Entry};
pub use guides::{Guide, Guides, Official, SearchBox};
pub use home::Home;
pub use not_found::NotFound;
pub use saved::Saved;
pub use settings::Settings;
