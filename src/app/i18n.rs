//! The current language as a signal in context: every view that reads it re-renders when it changes.

use dioxus::prelude::*;
use rumbo::i18n::{preselect, FluentArgs, FluentValue, Lang, Localizer};

use super::platform;

#[derive(Clone, Copy, PartialEq)]
pub struct I18n {
    lang: Signal<Lang>,
    /// False until the person has picked a language: the first run shows the choice before anything else.
    chosen: Signal<bool>,
    /// A first visit over the root page's static home: until a language is picked, the app shows that home, in
    /// its language, with the languages in a row at the top where the page has them, instead of a choice screen
    /// that would replace what the person was reading.
    inline: Signal<bool>,
    /// A choice of a language whose texts had to be fetched (the web app): under way, or refused.
    fetching: Signal<Fetching>,
}

#[derive(Clone, Copy, PartialEq, Default)]
struct Fetching {
    /// The language last chosen, while its texts are on their way: only it is switched to when they come.
    pending: Option<Lang>,
    /// The language last chosen whose texts could not be had (offline without the worker, a stalled network).
    unavailable: Option<Lang>,
    /// How many choices were refused so far: redraws the language switch, so it shows the language in use.
    refused: u32,
}

/// The language a start shows first, and why.
pub struct Start {
    pub lang: Lang,
    /// The person picked it before (false: pre-selected, the first run still asks).
    pub saved: bool,
    /// A first visit over the root page's static home (see `I18n::inline`).
    pub over_page: bool,
}

impl Start {
    /// The saved language, or on a first run one pre-selected from the device's languages.
    pub fn from_device() -> Start {
        let saved = platform::load_lang().as_deref().and_then(Lang::from_code);
        let over_page = saved.is_none() && platform::static_home_shown();
        let lang = match saved {
            Some(lang) => lang,
            // The static home is in Spanish: the text stays what the person was reading.
            None if over_page => Lang::ES,
            None => preselect(&platform::device_languages()),
        };
        Start { lang, saved: saved.is_some(), over_page }
    }
}

impl I18n {
    /// Provides the start's language (`Start`). If its texts could not be had (the web app fetches every
    /// language's but Spanish's), the app starts in Spanish and says so in that language.
    pub fn provide_from_device() -> I18n {
        use_context_provider(|| {
            let start = Start::from_device();
            let here = Localizer::embedded().has_texts(start.lang);
            let lang = if here { start.lang } else { Lang::ES };
            platform::set_document_lang(lang.code());
            I18n {
                lang: Signal::new(lang),
                chosen: Signal::new(start.saved),
                inline: Signal::new(start.over_page),
                fetching: Signal::new(Fetching { unavailable: (!here).then_some(start.lang), ..Fetching::default() }),
            }
        })
    }

    /// Provides a fixed, already chosen language (render tests, the one-file export).
    #[cfg(any(test, feature = "export"))]
    pub fn provide(lang: Lang) -> I18n {
        use_context_provider(|| I18n {
            lang: Signal::new(lang),
            chosen: Signal::new(true),
            inline: Signal::new(false),
            fetching: Signal::new(Fetching::default()),
        })
    }

    /// A first visit over the root page's static home (for the render tests of that visit).
    #[cfg(test)]
    pub fn forget_choice_over_page(mut self) {
        self.chosen.set(false);
        self.inline.set(true);
    }

    /// Back to the first-run state, as after "delete my data" (and for the render tests of a first visit).
    pub fn forget_choice(mut self) {
        self.chosen.set(false);
        self.inline.set(false);
        self.fetching.set(Fetching::default());
    }

    pub fn lang(&self) -> Lang {
        (self.lang)()
    }

    pub fn chosen(&self) -> bool {
        (self.chosen)()
    }

    /// No language picked yet, and the languages are offered in a row over the screen (see `inline`).
    pub fn offers_inline(&self) -> bool {
        !self.chosen() && (self.inline)()
    }

    /// The language last chosen whose texts could not be had, while the current one is another.
    pub fn unavailable(&self) -> Option<Lang> {
        self.fetching.read().unavailable
    }

    /// The language chosen whose texts are on their way (the web app), while the current one is another.
    pub fn pending(&self) -> Option<Lang> {
        self.fetching.read().pending
    }

    /// How many choices could not be made so far (see `Fetching::refused`).
    pub fn refused(&self) -> u32 {
        self.fetching.read().refused
    }

    /// Switches the language without a reload, and remembers it on this device. Where its texts are not here
    /// yet (the web app), once they have been fetched, unless the person chose another meanwhile; if they cannot
    /// be had, `unavailable` says so. A second tap while they are on their way fetches nothing more.
    pub fn choose(mut self, lang: Lang) {
        if Localizer::embedded().has_texts(lang) {
            self.switch(lang);
            // A content pack in use has every language: the program's own texts are wanted too, for the day
            // the person goes back to them.
            if !Localizer::compiled().has_texts(lang) {
                dioxus::core::spawn_forever(async move {
                    platform::texts::load(lang).await;
                });
            }
            return;
        }
        if self.fetching.read().pending == Some(lang) {
            return;
        }
        self.fetching.write().pending = Some(lang);
        // In the root scope: a screen redrawn meanwhile (other content put in use) must not drop the choice.
        dioxus::core::spawn_forever(async move {
            let here = platform::texts::load(lang).await;
            if self.fetching.read().pending != Some(lang) {
                return;
            }
            if here {
                self.switch(lang);
            } else {
                let mut fetching = self.fetching.write();
                fetching.pending = None;
                fetching.unavailable = Some(lang);
                fetching.refused += 1;
            }
        });
    }

    fn switch(mut self, lang: Lang) {
        let refused = self.fetching.read().refused;
        self.fetching.set(Fetching { refused, ..Fetching::default() });
        self.lang.set(lang);
        self.chosen.set(true);
        platform::save_lang(lang.code());
        platform::set_document_lang(lang.code());
    }

    /// The message `id` in the current language, with fallback; never the raw id.
    pub fn t(&self, id: &str) -> String {
        Localizer::embedded().text(self.lang(), id)
    }

    pub fn t_args(&self, id: &str, args: &FluentArgs) -> String {
        Localizer::embedded().format(self.lang(), id, Some(args))
    }

    /// The message `id` with its variables, e.g. `i18n.t_with("search-more", [("count", n)])`. Variables of
    /// different types go in as `FluentValue`s.
    pub fn t_with<'a, V: Into<FluentValue<'a>>>(
        &self,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, V)>,
    ) -> String {
        self.t_args(id, &args.into_iter().collect())
    }
}

/// Marks a message id written in a table rather than passed straight to `t`, so the test that checks
/// every id the code uses exists in Spanish can find it.
pub const fn msg(id: &'static str) -> &'static str {
    id
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>()
}
