//! A message id with its variables: how the case module tells the screen, the summary and the command line what
//! to say, so every one of them says it in the person's language from the same locale files (`case.ftl`).

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::i18n::{dates::long_date, Lang, Localizer};

/// A variable of a message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    /// Shown as a long date in the person's language ("lunes 3 de marzo de 2025").
    Date(NaiveDate),
    /// A message id whose text is the value (a weekday's name, an office's name).
    Id(String),
    /// Shown as typed (a city the person wrote).
    Text(String),
    Number(u32),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Message {
    pub id: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message { id, args: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, arg: Arg) -> Message {
        self.args.push((name, arg));
        self
    }

    pub fn date(self, name: &'static str, date: NaiveDate) -> Message {
        self.with(name, Arg::Date(date))
    }

    /// The text in `lang`, with its dates in words.
    pub fn render(&self, localizer: &Localizer, lang: Lang) -> String {
        if self.args.is_empty() {
            return localizer.text(lang, self.id);
        }
        let mut args = FluentArgs::new();
        for (name, arg) in &self.args {
            match arg {
                Arg::Date(date) => args.set(*name, long_date(localizer, lang, *date)),
                Arg::Id(id) => args.set(*name, localizer.text(lang, id)),
                Arg::Text(text) => args.set(*name, text.clone()),
                Arg::Number(n) => args.set(*name, *n),
            }
        }
        localizer.format(lang, self.id, Some(&args))
    }
}
