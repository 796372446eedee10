//! The procedure's terms, each with its length, its article and the plausible readings of when its count
//! starts: one table for the engine, the screen and the command line.

use serde::{Deserialize, Serialize};

/// Serialised by its id (a test holds the two together).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Term {
    /// Asking for asylum: 30 working days from entry (or from when filing became materially possible, or,
    /// for sur place claims, from the day after learning the facts). LRPCAP art. 18.
    Asylum,
    /// The recurso de revisión: 15 working days from notification. LRPCAP art. 25; LFPA art. 85.
    Appeal,
    /// COMAR's decision: 45 working days from the day after filing, extendable once by up to 45.
    /// LRPCAP art. 24.
    Decision,
    /// Ratifying an application filed by someone else: 3 working days. LRPCAP art. 11, Reglamento art. 20
    /// (the sources do not say from when it runs).
    Ratify,
}

/// Which day is day 1 of a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StartReading {
    /// The start day itself, when the office was open that day: a day that is only uncertainly non-working
    /// counts, because the office received or notified something on it. On a certain non-working day, the
    /// next working day.
    SameDay,
    /// The first working day after the start day.
    NextDay,
    /// The notification takes effect on the first working day after it is made, and the count starts on the
    /// working day after that: day 1 is the second working day after the start day.
    AfterEffect,
}

impl StartReading {
    pub fn id(self) -> &'static str {
        match self {
            StartReading::SameDay => "same-day",
            StartReading::NextDay => "next-day",
            StartReading::AfterEffect => "after-effect",
        }
    }
}

/// One way of reading when a term's count starts, with the text it rests on.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Reading {
    pub start: StartReading,
    /// What this reading rests on: the law's words as the facts file quotes them, or why the law allows it
    /// (Spanish, the law's language).
    pub source: &'static str,
}

pub struct TermRule {
    pub term: Term,
    /// Stable id, used on the command line and in saved results.
    pub id: &'static str,
    pub working_days: u32,
    /// A possible extension, in working days (the decision term only).
    pub extension: Option<u32>,
    /// Every plausible reading of when the count starts. The safe last day is the earliest date over these
    /// readings and both readings of the calendar; the latest possible day the latest.
    pub readings: &'static [Reading],
    pub basis: &'static str,
}

pub const TERMS: &[TermRule] = &[
    TermRule {
        term: Term::Asylum,
        id: "asylum",
        working_days: 30,
        extension: None,
        readings: &[Reading {
            start: StartReading::NextDay,
            source: "LRPCAP art. 18: «contados a partir del día hábil siguiente al que haya ingresado al país»",
        }],
        basis: "LRPCAP art. 18",
    },
    TermRule {
        term: Term::Appeal,
        id: "appeal",
        working_days: 15,
        extension: None,
        readings: &[
            Reading {
                start: StartReading::SameDay,
                source: "LRPCAP art. 25: «dentro de los 15 días hábiles contados a partir de la notificación respectiva»",
            },
            Reading {
                start: StartReading::NextDay,
                source: "LFPA art. 85: «a partir del día siguiente a aquél en que hubiere surtido efectos la notificación», si surte efectos el mismo día",
            },
            Reading {
                start: StartReading::AfterEffect,
                source: "LFPA art. 85: «a partir del día siguiente a aquél en que hubiere surtido efectos la notificación», si surte efectos el día hábil siguiente",
            },
        ],
        basis: "LRPCAP art. 25; LFPA art. 85",
    },
    TermRule {
        term: Term::Decision,
        id: "decision",
        working_days: 45,
        extension: Some(45),
        readings: &[Reading {
            start: StartReading::NextDay,
            source: "LRPCAP art. 24: «dentro de los 45 días hábiles contados a partir del día siguiente a la presentación de la solicitud»",
        }],
        basis: "LRPCAP art. 24",
    },
    TermRule {
        term: Term::Ratify,
        id: "ratify",
        working_days: 3,
        extension: None,
        readings: &[
            Reading {
                start: StartReading::SameDay,
                source: "LRPCAP art. 11; Reglamento de la LRPCAP art. 20: 3 días hábiles, sin decir desde qué día corren",
            },
            Reading {
                start: StartReading::NextDay,
                source: "LRPCAP arts. 18 y 24: los otros plazos de la ley corren desde el día siguiente",
            },
        ],
        basis: "LRPCAP art. 11; Reglamento de la LRPCAP art. 20",
    },
];

/// `rumbo-cli deadline --term`: the values, their help and the error for any other value come from the table.
#[cfg(not(target_arch = "wasm32"))]
impl clap::ValueEnum for Term {
    fn value_variants<'a>() -> &'a [Term] {
        &Term::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let rule = self.rule();
        let length = match rule.extension {
            Some(more) => format!("{} working days, +{more} if extended", rule.working_days),
            None => format!("{} working days", rule.working_days),
        };
        Some(clap::builder::PossibleValue::new(rule.id).help(length))
    }
}

impl TermRule {
    /// The message that explains a reading of this term's start, in the person's language.
    pub fn reading_message_id(&self, start: StartReading) -> String {
        format!("deadline-why-{}-{}", self.id, start.id())
    }
}

impl Term {
    pub const ALL: [Term; 4] = [Term::Asylum, Term::Appeal, Term::Decision, Term::Ratify];

    /// Stable id, used on the command line and in saved results (the rule's).
    pub fn id(self) -> &'static str {
        self.rule().id
    }

    /// The message that names the term ("deadline-term-asylum").
    pub fn label_id(self) -> String {
        format!("deadline-term-{}", self.id())
    }

    /// The message that names the term's start day, as a question to the person.
    pub fn start_id(self) -> String {
        format!("deadline-start-{}", self.id())
    }

    /// The help under the start day's fields.
    pub fn help_id(self) -> String {
        format!("deadline-help-{}", self.id())
    }

    /// Every message the term's screen names it by.
    pub fn message_ids(self) -> [String; 3] {
        [self.label_id(), self.start_id(), self.help_id()]
    }

    pub fn rule(self) -> &'static TermRule {
        TERMS.iter().find(|r| r.term == self).expect("every term has a rule")
    }

    pub fn from_id(id: &str) -> Option<Term> {
        TERMS.iter().find(|r| r.id == id).map(|r| r.term)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Saved results name the term by serde, the command line and the messages by its id: one spelling.
    #[test]
    fn every_term_is_written_by_its_id_everywhere() {
        for term in Term::ALL {
            assert_eq!(serde_json::to_value(term).unwrap(), term.id());
            assert_eq!(serde_json::from_value::<Term>(term.id().into()).unwrap(), term);
            assert_eq!(Term::from_id(term.id()), Some(term));
            assert_eq!(term.label_id(), format!("deadline-term-{}", term.id()));
        }
        assert_eq!(Term::ALL.len(), TERMS.len());
    }
}
