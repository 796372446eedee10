//! Small pieces shared by several views.

mod copy;
mod icon;
mod language;
mod page;
mod source_date;
mod title;

pub use copy::CopyButton;
pub use icon::{Icon, IconName};
pub use language::{LanguageButtons, LanguageChoice, LanguageSwitch};
pub use page::Page;
pub use source_date::source_date;
pub use title::DocumentTitle;
