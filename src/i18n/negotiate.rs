//! Which language to pre-select on the first run, from the device's own list (`navigator.languages` on the
//! web, `sys-locale` on desktop). It only pre-selects: the person always chooses.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use super::languages::{Lang, ALIASES};

/// The best of Rumbo's languages for a device's preferred languages, most preferred first.
/// Unknown or unparsable tags are skipped; with no match the answer is Spanish.
pub fn preselect<S: AsRef<str>>(device: &[S]) -> Lang {
    let requested: Vec<LanguageIdentifier> =
        device.iter().filter_map(|tag| tag.as_ref().parse::<LanguageIdentifier>().ok()).map(apply_alias).collect();
    let available: Vec<LanguageIdentifier> =
        Lang::all().map(|l| l.code().parse().expect("LANGUAGES holds valid tags")).collect();
    let default: LanguageIdentifier = Lang::ES.code().parse().expect("valid tag");
    negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Lookup)
        .first()
        .and_then(|id| Lang::from_code(id.language.as_str()))
        .unwrap_or(Lang::ES)
}

fn apply_alias(id: LanguageIdentifier) -> LanguageIdentifier {
    ALIASES.iter().find(|(from, _)| id.language.as_str() == *from).and_then(|(_, to)| to.parse().ok()).unwrap_or(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(tags: &[&str]) -> &'static str {
        preselect(tags).code()
    }

    #[test]
    fn device_languages_preselect_rumbo_languages() {
        assert_eq!(pick(&["ht-HT"]), "ht");
        assert_eq!(pick(&["ru-RU"]), "ru");
        assert_eq!(pick(&["en-US", "es"]), "en");
        assert_eq!(pick(&["es-MX"]), "es");
    }

    #[test]
    fn french_phones_preselect_haitian_creole() {
        assert_eq!(pick(&["fr-FR"]), "ht");
        assert_eq!(pick(&["fr"]), "ht");
        assert_eq!(pick(&["fr-HT", "en"]), "ht");
    }

    #[test]
    fn unknown_or_no_language_preselects_spanish() {
        assert_eq!(pick(&["de"]), "es");
        assert_eq!(pick(&[]), "es");
        assert_eq!(pick(&["not a tag!", "zh-CN"]), "es");
    }

    #[test]
    fn the_first_language_rumbo_has_wins() {
        assert_eq!(pick(&["de-DE", "ru", "en"]), "ru");
    }
}
