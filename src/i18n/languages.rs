//! The languages Rumbo speaks. To add one: create `locales/<code>/` with the same files as `locales/es/`,
//! then add its code to `LANGUAGES`. Its name, as its speakers write it, is the message `language-name`.

use std::fmt;

/// In the order the language choice shows them. Spanish comes first: it is the fallback for every message.
pub const LANGUAGES: &[&str] = &["es", "en", "ht", "ru"];

/// Device languages with no locale of their own that map to one Rumbo has. No phone offers a Kreyòl
/// interface, and most Haitian phones run in French, so French pre-selects Haitian Creole.
pub const ALIASES: &[(&str, &str)] = &[("fr", "ht")];

/// One of `LANGUAGES`, by position. Copy and cheap to compare, so views can hold it in a signal.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Lang(u8);

impl Lang {
    pub const ES: Lang = Lang(0);
    pub const EN: Lang = Lang(1);

    /// Every message falls back along this chain after the chosen language.
    pub const FALLBACK: [Lang; 2] = [Lang::ES, Lang::EN];

    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len() as u8).map(Lang)
    }

    /// The BCP 47 code, e.g. `ht`.
    pub fn code(self) -> &'static str {
        LANGUAGES[self.0 as usize]
    }

    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        LANGUAGES.iter().position(|c| c.eq_ignore_ascii_case(code)).map(|i| Lang(i as u8))
    }
}

/// `rumbo-cli export html --lang`: the codes of `LANGUAGES`, with each language's name as its help.
#[cfg(not(target_arch = "wasm32"))]
impl clap::ValueEnum for Lang {
    fn value_variants<'a>() -> &'a [Lang] {
        static ALL: std::sync::LazyLock<Vec<Lang>> = std::sync::LazyLock::new(|| Lang::all().collect());
        &ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let name = super::Localizer::embedded().native_name(*self);
        Some(clap::builder::PossibleValue::new(self.code()).help(name))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_spanish_and_english_are_the_fallbacks() {
        for lang in Lang::all() {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::ES.code(), "es");
        assert_eq!(Lang::EN.code(), "en");
        assert_eq!(Lang::from_code("RU").map(Lang::code), Some("ru"));
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn every_alias_points_at_a_language_we_have() {
        for (_, target) in ALIASES {
            assert!(Lang::from_code(target).is_some(), "alias target {target} is not in LANGUAGES");
        }
    }
}
