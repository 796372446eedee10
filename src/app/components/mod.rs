//! Small pieces shared by several views.

mod coming;
mod icon;
mod language;
mod page;

pub use coming::Coming;
pub use icon::{Icon, IconName};
pub use language::{LanguageButtons, LanguageChoice, LanguageSwitch};
pub use page::Page;
