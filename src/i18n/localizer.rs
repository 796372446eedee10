//! Fluent bundles for every language, with per-message fallback at run time: the chosen language, then
//! Spanish, then English. Message ids also come from data files, so a missing id is handled here rather than
//! at compile time; a person never sees a raw id.
//!
//! The release web app is built with Spanish's files only: another language's files arrive later
//! (`provide`, from `src/i18n/outside.rs`); until then it has only its essential entries (its name, and the lines
//! that show every language at once), and its other messages fall back.

use crate::active::Active;

use std::sync::OnceLock;

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::entries::{entries, ESSENTIAL_IDS};
use super::languages::Lang;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

static ACTIVE: Active<Localizer> = Active::new(|| Localizer::with_outside(embedded::EMBEDDED, embedded::ESSENTIALS));

/// Shown, in the person's language, in place of a message that no locale has.
pub const MISSING_TEXT: &str = "missing-text";
/// Per locale: `source` (written by the team), `reviewed` (by a native speaker) or `draft`.
pub const STATUS_ID: &str = "translation-status";

pub struct Localizer {
    /// Each language's locale files as `(file name, text)`, indexed like `LANGUAGES`; unset while a language's
    /// files have not arrived.
    sources: Vec<OnceLock<Vec<(String, String)>>>,
    /// The essential entries of a language whose files have not arrived.
    essentials: Vec<Option<String>>,
    /// Each language's bundle, parsed the first time one of its messages is asked for: a start in one language
    /// parses that language's files only (and Spanish or English only when a message falls back to them).
    bundles: Vec<OnceLock<Parsed>>,
    /// Each language's essential entries (its own name, the lines the language choice shows), parsed alone:
    /// the language switch names every language on every screen, which would otherwise parse every
    /// language's files at the first screen.
    alone: Vec<OnceLock<Option<Parsed>>>,
}

struct Parsed {
    bundle: FluentBundle<FluentResource>,
    /// Syntax errors and duplicate ids met while parsing, as `lang/file: message`. The bad messages are
    /// skipped, so they fall back; `rumbo-cli l10n check` reports them with line numbers.
    problems: Vec<String>,
}

/// The message that holds a language's own name (Español, Русский).
const NAME_ID: &str = "language-name";

/// `(language code, file name, Fluent source)` of every locale file built into the program: the content pack
/// compiled in (`rumbo::pack::Content::embedded`) is made from them. Natively, every language's.
pub fn embedded_sources() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::EMBEDDED
}

/// `(language code, digest)` of every language's files as this program was built: names their file.
pub(super) fn tags() -> &'static [(&'static str, &'static str)] {
    embedded::TAGS
}

impl Localizer {
    /// The texts in use: the locale files built into the program, or an applied content pack's (`install`).
    pub fn embedded() -> &'static Localizer {
        ACTIVE.get()
    }

    /// The texts built into the program, whatever pack is in use: where arriving files go (`provide`).
    pub fn compiled() -> &'static Localizer {
        ACTIVE.compiled()
    }

    /// Puts a content pack's texts in use (None: the compiled ones again).
    pub fn install(localizer: Option<Localizer>) {
        ACTIVE.install(localizer)
    }

    /// Takes `(language code, file name, Fluent source)`; files of unknown languages are ignored. Nothing is
    /// parsed until a language's messages are first asked for.
    pub fn from_sources(files: &[(&str, &str, &str)]) -> Localizer {
        Localizer::with_outside(files, &[])
    }

    /// Like `from_sources`, but the languages named in `outside`, as `(language code, essential entries)`,
    /// have only those entries until their files are provided.
    pub fn with_outside(files: &[(&str, &str, &str)], outside: &[(&str, &str)]) -> Localizer {
        let waiting = |lang: Lang| outside.iter().find(|(code, _)| *code == lang.code()).map(|(_, e)| e.to_string());
        let sources = Lang::all()
            .map(|lang| {
                let files = files
                    .iter()
                    .filter(|(code, _, _)| *code == lang.code())
                    .map(|(_, file, source)| (file.to_string(), crate::text::strip_bom(source).to_string()));
                let cell = OnceLock::new();
                if waiting(lang).is_none() {
                    let _ = cell.set(files.collect());
                }
                cell
            })
            .collect();
        Localizer {
            sources,
            essentials: Lang::all().map(waiting).collect(),
            bundles: Lang::all().map(|_| OnceLock::new()).collect(),
            alone: Lang::all().map(|_| OnceLock::new()).collect(),
        }
    }

    /// Whether `lang`'s own files are here (always, except in the release web app before they arrive).
    pub fn has_texts(&self, lang: Lang) -> bool {
        self.sources[lang.index()].get().is_some()
    }

    /// The files of a language that had only its essential entries; false if it had its files already.
    pub fn provide(&self, lang: Lang, files: Vec<(String, String)>) -> bool {
        let files = files.into_iter().map(|(name, text)| (name, crate::text::strip_bom(&text).to_string()));
        self.sources[lang.index()].set(files.collect()).is_ok()
    }

    /// Every problem met in the files of every language that has them (which parses them all).
    pub fn problems(&self) -> Vec<String> {
        Lang::all().filter_map(|lang| self.parsed(lang)).flat_map(|parsed| parsed.problems.iter().cloned()).collect()
    }

    /// A language's name as its speakers write it, without parsing the rest of its files.
    pub fn native_name(&self, lang: Lang) -> String {
        // Alone, a name that refers to another message cannot be resolved: then the whole language is read.
        let resolved = |bundle: &FluentBundle<FluentResource>| {
            let pattern = bundle.get_message(NAME_ID)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
            errors.is_empty().then_some(text)
        };
        match self.essential(lang) {
            Some(parsed) if parsed.problems.is_empty() => resolved(&parsed.bundle),
            _ => None,
        }
        .unwrap_or_else(|| self.text(lang, NAME_ID))
    }

    /// The essential entries of `lang` parsed alone: from its files if it has them, else as built in.
    fn essential(&self, lang: Lang) -> Option<&Parsed> {
        let alone = self.alone[lang.index()].get_or_init(|| {
            let text = match self.sources[lang.index()].get() {
                Some(files) => entries(files.iter().map(|(_, text)| text.as_str()), ESSENTIAL_IDS),
                None => self.essentials[lang.index()].clone()?,
            };
            (!text.is_empty()).then(|| parse(lang, &[("essentials".to_string(), text)]))
        });
        alone.as_ref()
    }

    fn parsed(&self, lang: Lang) -> Option<&Parsed> {
        let files = self.sources[lang.index()].get()?;
        Some(self.bundles[lang.index()].get_or_init(|| parse(lang, files)))
    }

    /// Where `lang`'s messages are read: its files, or, until they arrive, its essential entries.
    fn bundle(&self, lang: Lang) -> Option<&FluentBundle<FluentResource>> {
        match self.parsed(lang) {
            Some(parsed) => Some(&parsed.bundle),
            None => self.essential(lang).map(|parsed| &parsed.bundle),
        }
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
        format_with(self.bundle(lang)?, id, args)
    }

    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).is_some_and(|bundle| bundle.has_message(id))
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

fn parse(lang: Lang, files: &[(String, String)]) -> Parsed {
    let id: LanguageIdentifier = lang.code().parse().expect("LANGUAGES holds valid tags");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // All four languages are left to right; isolation marks would leak into copied text.
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    for (file, source) in files {
        let resource = FluentResource::try_new(source.clone()).unwrap_or_else(|(partial, errors)| {
            problems.extend(errors.iter().map(|e| format!("{lang}/{file}: {e}")));
            partial
        });
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| format!("{lang}/{file}: {e}")));
        }
    }
    Parsed { bundle, problems }
}

fn format_with(bundle: &FluentBundle<FluentResource>, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
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

    fn parsed(l: &Localizer) -> Vec<&'static str> {
        Lang::all().filter(|lang| l.bundles[lang.index()].get().is_some()).map(Lang::code).collect()
    }

    #[test]
    fn a_language_is_parsed_only_when_its_messages_are_asked_for() {
        let l = fixture();
        assert_eq!(parsed(&l), Vec::<&str>::new());
        assert_eq!(l.text(ht(), "greeting"), "Bonjou");
        assert_eq!(parsed(&l), ["ht"]);
        assert_eq!(l.text(ht(), "only-es"), "Solo en español");
        assert_eq!(parsed(&l), ["es", "ht"]);
        assert!(!l.problems().is_empty());
        assert_eq!(parsed(&l), ["es", "en", "ht", "ru"]);
    }

    #[test]
    fn a_language_name_is_read_without_parsing_the_rest_of_that_language() {
        let ru = Lang::from_code("ru").unwrap();
        let l = Localizer::from_sources(&[
            ("es", "a.ftl", "greeting = Hola\n"),
            ("es", "rumbo.ftl", "greeting-more = Más\nlanguage-name-note = no\nlanguage-name = Español\nafter = x\n"),
            ("en", "rumbo.ftl", "# English\nlanguage-name =\n    English\n    (UK)\n\nnext = y\n"),
            ("ht", "rumbo.ftl", "language-name = { $broken\n"),
            ("ru", "a.ftl", "-self = Русский\n"),
            ("ru", "rumbo.ftl", "language-name = { -self }\n"),
        ]);
        assert_eq!(l.native_name(Lang::ES), "Español");
        assert_eq!(l.native_name(Lang::EN), "English\n(UK)");
        assert_eq!(parsed(&l), Vec::<&str>::new(), "no whole language was parsed for its name");
        // A name that is broken or missing falls back like any message.
        assert_eq!(l.native_name(ht()), "Español");
        // A name made of another message is read with the rest of its language.
        assert_eq!(l.native_name(ru), "Русский");
    }

    #[test]
    fn every_shipped_language_name_reads_the_same_alone_as_with_its_whole_language() {
        let alone = Localizer::from_sources(embedded_sources());
        let whole = Localizer::from_sources(embedded_sources());
        for lang in Lang::all() {
            assert_eq!(alone.native_name(lang), whole.text(lang, NAME_ID), "{lang}");
        }
        assert_eq!(parsed(&alone), Vec::<&str>::new());
    }

    /// The release web app's start: Spanish's files, and of Russian only its essential entries.
    fn waiting_for_russian() -> Localizer {
        Localizer::with_outside(
            &[("es", "rumbo.ftl", "greeting = Hola\nlanguage-name = Español\ntranslation-status = source\n")],
            &[("ru", "language-name = Русский\nfirst-run-title = Выберите язык\ntranslation-status = draft\n")],
        )
    }

    #[test]
    fn a_language_whose_files_have_not_arrived_says_its_essentials_and_falls_back_for_the_rest() {
        let ru = Lang::from_code("ru").unwrap();
        let l = waiting_for_russian();
        assert!(l.has_texts(Lang::ES) && !l.has_texts(ru));
        assert_eq!(l.native_name(ru), "Русский");
        assert_eq!(l.text(ru, "first-run-title"), "Выберите язык");
        assert_eq!(l.status(ru), TranslationStatus::Draft);
        assert_eq!(l.text(ru, "greeting"), "Hola", "not yet here: Spanish");
        assert!(!l.has(ru, "greeting"));
        // Asking for it before it arrived changes nothing once it has.
        assert!(l.provide(ru, vec![("rumbo.ftl".into(), "\u{feff}greeting = Привет\n".into())]));
        assert!(l.has_texts(ru));
        assert_eq!(l.text(ru, "greeting"), "Привет");
        assert_eq!(l.native_name(ru), "Русский", "the essentials were kept: the new files lack the name");
        assert!(l.problems().is_empty(), "{:?}", l.problems());
        // A second delivery (two fetches at once) is ignored.
        assert!(!l.provide(ru, vec![("rumbo.ftl".into(), "greeting = Другое\n".into())]));
        assert_eq!(l.text(ru, "greeting"), "Привет");
    }

    #[test]
    fn a_language_with_no_essentials_and_no_files_falls_back_entirely() {
        let l = Localizer::with_outside(&[("es", "rumbo.ftl", "greeting = Hola\n")], &[("ht", "")]);
        assert!(!l.has_texts(ht()));
        assert_eq!(l.text(ht(), "greeting"), "Hola");
        assert_eq!(l.native_name(ht()), l.text(Lang::ES, "language-name"));
    }

    /// What build.rs keeps of each shipped language is enough for everything that shows all four at once.
    #[test]
    fn every_shipped_language_has_every_essential_entry() {
        for lang in Lang::all() {
            let files = embedded_sources().iter().filter(|(code, _, _)| *code == lang.code());
            let kept = entries(files.map(|(_, _, text)| *text), ESSENTIAL_IDS);
            let only = Localizer::with_outside(&[], &[(lang.code(), &kept)]);
            let whole = Localizer::from_sources(embedded_sources());
            for id in ESSENTIAL_IDS {
                assert_eq!(only.format_in(lang, id, None), whole.format_in(lang, id, None), "{lang}: {id}");
                assert!(only.format_in(lang, id, None).is_some(), "{lang} lacks {id}");
            }
        }
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
