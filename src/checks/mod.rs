//! Checks of the shipped files against each other, for `rumbo-cli` and the tests: what the app's data (the guides,
//! the directory, the deadline's terms) needs of the locales. It sits above i18n, content, directory and
//! deadline, so that i18n's checker knows nothing of them.

pub mod l10n;
