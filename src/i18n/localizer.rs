//! Fluent bundles for every language, with per-message fallback at run time: the chosen language, then
//! Spanish, then English. Message ids also come from data files, so a missing id is handled here rather than
//! at compile time; a person never sees a raw id.

use std::sync::LazyLock;

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::languages::Lang;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// Shown, in the person's language, in place of a message that no locale has.
pub const MISSING_TEXT: &str = "missing-text";
/// Per locale: `source` (written by the team), `reviewed` (by a native speaker) or `draft`.
pub const STATUS_ID: &str = "translation-status";

pub struct Localizer {
    /// One bundle per language, indexed like `LANGUAGES`.
    bundles: Vec<FluentBundle<FluentResource>>,
    /// Syntax errors and duplicate ids met while loading, as `lang/file: message`. The bad messages are
    /// skipped, so they fall back; `rumbo-cli l10n check` reports them with line numbers.
    problems: Vec<String>,
}

/// `(language code, file name, Fluent source)` of every locale file built into the program: the content pack
/// compiled in (`rumbo::pack::Content::embedded`) is made from them.
pub fn embedded_sources() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::EMBEDDED
}

impl Localizer {
    /// The locale files built into the program.
    pub fn embedded() -> &'static Localizer {
        static EMBEDDED: LazyLock<Localizer> = LazyLock::new(|| Localizer::from_sources(embedded::EMBEDDED));
        &EMBEDDED
    }

    /// Builds bundles from `(language code, file name, Fluent source)`; files of unknown languages are ignored.
    pub fn from_sources(files: &[(&str, &str, &str)]) -> Localizer {
        let mut problems = Vec::new();
        let bundles = Lang::all()
            .map(|lang| {
                let id: LanguageIdentifier = lang.code().parse().expect("LANGUAGES holds valid tags");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // All four languages are left to right; isolation marks would leak into copied text.
                bundle.set_use_isolating(false);
                for (_, file, source) in files.iter().filter(|(code, _, _)| *code == lang.code()) {
                    let source = crate::text::strip_bom(source).to_string();
                    let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, errors)| {
                        problems.extend(errors.iter().map(|e| format!("{lang}/{file}: {e}")));
                        partial
                    });
                    if let Err(errors) = bundle.add_resource(resource) {
                        problems.extend(errors.iter().map(|e| format!("{lang}/{file}: {e}")));
                    }
                }
                bundle
            })
            .collect();
        Localizer { bundles, problems }
    }

    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// The text of message `id` in `lang`, or in the first fallback language that has it.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// Like `text`, with variables. A message that no language has becomes a neutral notice, never its id.
    pub fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        fallback_chain(lang)
            .find_map(|l| self.format_in(l, id, args))
            .or_else(|| fallback_chain(lang).find_map(|l| self.format_in(l, MISSING_TEXT, None)))
            .unwrap_or_else(|| String::from("…"))
    }

    /// The text of `id` in exactly `lang`, without fallback.
    pub fn format_in(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = &self.bundles[lang.index()];
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        Some(text)
    }

    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles[lang.index()].has_message(id)
    }

    /// What the locale says of itself in `translation-status`; anything else counts as a draft.
    pub fn status(&self, lang: Lang) -> TranslationStatus {
        match self.format_in(lang, STATUS_ID, None).as_deref() {
            Some("source") => TranslationStatus::Source,
            Some("reviewed") => TranslationStatus::Reviewed,
            _ => TranslationStatus::Draft,
        }
    }
}

/// Whether a person can trust a locale's wording: translations no native speaker has reviewed are drafts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TranslationStatus {
    /// Written by the team: the text the others are translated from.
    Source,
    /// Checked by a native speaker.
    Reviewed,
    Draft,
}

impl TranslationStatus {
    /// The message that explains this status to a person.
    pub fn message_id(self) -> &'static str {
        match self {
            TranslationStatus::Source => "translation-source",
            TranslationStatus::Reviewed => "translation-reviewed",
            TranslationStatus::Draft => "translation-draft",
        }
    }
}

/// `lang`, then Spanish, then English, each once.
fn fallback_chain(lang: Lang) -> impl Iterator<Item = Lang> {
    let mut seen = Vec::with_capacity(3);
    std::iter::once(lang).chain(Lang::FALLBACK).filter(move |l| {
        let new = !seen.contains(l);
        seen.push(*l);
        new
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ES: &str = "greeting = Hola\nonly-es = Solo en español\nmissing-text = (texto no disponible)\n";
    const EN: &str = "greeting = Hello\nonly-en = Only in English\nmissing-text = (text not available)\n";
    const HT: &str = "greeting = Bonjou\ndays = { $n } jou\nbroken = { \n";

    fn fixture() -> Localizer {
        Localizer::from_sources(&[("es", "rumbo.ftl", ES), ("en", "rumbo.ftl", EN), ("ht", "rumbo.ftl", HT)])
    }

    fn ht() -> Lang {
        Lang::from_code("ht").unwrap()
    }

    #[test]
    fn a_message_comes_in_the_chosen_language() {
        assert_eq!(fixture().text(ht(), "greeting"), "Bonjou");
        assert_eq!(fixture().text(Lang::EN, "greeting"), "Hello");
    }

    #[test]
    fn a_missing_message_falls_back_to_spanish_then_english() {
        let l = fixture();
        assert_eq!(l.text(ht(), "only-es"), "Solo en español");
        assert_eq!(l.text(ht(), "only-en"), "Only in English");
        assert_eq!(l.text(Lang::ES, "only-en"), "Only in English");
    }

    #[test]
    fn an_unknown_id_never_shows_the_id() {
        let l = fixture();
        let shown = l.text(ht(), "greting-typo");
        assert_eq!(shown, "(texto no disponible)");
        assert!(!shown.contains("greting"));
        assert_eq!(l.text(Lang::EN, "greting-typo"), "(text not available)");
        let bare = Localizer::from_sources(&[]);
        assert_eq!(bare.text(Lang::ES, "anything"), "…");
    }

    #[test]
    fn variables_are_not_wrapped_in_isolation_marks() {
        let mut args = FluentArgs::new();
        args.set("n", 30);
        let text = fixture().format(ht(), "days", Some(&args));
        assert_eq!(text, "30 jou");
    }

    #[test]
    fn a_syntax_error_skips_only_the_bad_message_and_is_reported() {
        let l = fixture();
        assert_eq!(l.text(ht(), "greeting"), "Bonjou");
        assert!(!l.has(ht(), "broken"));
        assert!(l.problems().iter().any(|p| p.starts_with("ht/rumbo.ftl")), "{:?}", l.problems());
    }

    #[test]
    fn a_byte_order_mark_at_the_start_of_a_file_is_not_a_syntax_error() {
        let l = Localizer::from_sources(&[("es", "rumbo.ftl", "\u{feff}greeting = Hola\n")]);
        assert!(l.problems().is_empty(), "{:?}", l.problems());
        assert_eq!(l.text(Lang::ES, "greeting"), "Hola");
    }

    #[test]
    fn a_locale_is_a_draft_until_it_says_otherwise() {
        let l = Localizer::from_sources(&[
            ("es", "rumbo.ftl", "translation-status = source\n"),
            ("en", "rumbo.ftl", "translation-status = reviewed\n"),
            ("ru", "rumbo.ftl", "translation-status = typo\n"),
        ]);
        assert_eq!(l.status(Lang::ES), TranslationStatus::Source);
        assert_eq!(l.status(Lang::EN), TranslationStatus::Reviewed);
        assert_eq!(l.status(Lang::from_code("ru").unwrap()), TranslationStatus::Draft);
        assert_eq!(l.status(Lang::from_code("ht").unwrap()), TranslationStatus::Draft);
    }

    #[test]
    fn the_fallback_chain_has_no_repeats() {
        assert_eq!(fallback_chain(Lang::ES).collect::<Vec<_>>(), vec![Lang::ES, Lang::EN]);
        assert_eq!(fallback_chain(ht()).collect::<Vec<_>>(), vec![ht(), Lang::ES, Lang::EN]);
    }
}
