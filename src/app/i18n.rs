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
    /// A language the person chose whose texts could not be fetched (the web app, offline without its worker).
    unavailable: Signal<Option<Lang>>,
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
                unavailable: Signal::new((!here).then_some(start.lang)),
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
            unavailable: Signal::new(None),
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

    /// The language last chosen whose texts could not be had, if the current one is still another.
    pub fn unavailable(&self) -> Option<Lang> {
        (self.unavailable)()
    }

    /// Switches the language without a reload, and remembers it on this device. Where its texts are not here
    /// yet (the web app), once they have been fetched; if they cannot be, `unavailable` says so.
    pub fn choose(mut self, lang: Lang) {
        if Localizer::embedded().has_texts(lang) {
            return self.switch(lang);
        }
        spawn(async move {
            if platform::texts::load(lang).await {
                self.switch(lang);
            } else {
                self.unavailable.set(Some(lang));
            }
        });
    }

    fn switch(mut self, lang: Lang) {
        self.unavailable.set(None);
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
