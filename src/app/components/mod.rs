//! Small pieces shared by several views.

mod button;
mod checkbox;
mod copy;
mod date_field;
mod file_picker;
mod icon;
mod language;
mod page;
mod screen_link;
mod source_date;
mod title;
mod typed_input;

pub use button::{Button, ButtonLink, DownloadButton, Variant};
pub use checkbox::Checkbox;
pub use copy::CopyButton;
pub use date_field::DateField;
pub use file_picker::FilePickerHelp;
pub use icon::{Icon, IconName};
pub use language::{
    LanguageButtons, LanguageChoice, LanguageLinks, LanguageLoading, LanguageSwitch, LanguageUnavailable,
};
pub use page::Page;
pub use screen_link::{NeedsApp, ScreenLink};
pub use source_date::source_date;
pub use title::DocumentTitle;
pub use typed_input::TypedInput;
