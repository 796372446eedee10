//! Small pieces shared by several views.

mod coming;
mod copy;
mod icon;
mod language;
mod page;
mod screen_link;
mod source_date;
mod title;

pub use coming::Coming;
pub use copy::CopyButton;
pub use icon::{Icon, IconName};
pub use language::{LanguageButtons, LanguageChoice, LanguageLinks, LanguageSwitch};
pub use page::Page;
pub use screen_link::{NeedsApp, ScreenLink};
pub use source_date::source_date;
pub use title::DocumentTitle;
