//! The procedure's terms, each with its length and its article: one table for the engine, the screen and
//! the command line.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
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
    /// Ratifying an application filed by someone else: 3 working days. LRPCAP art. 11, Reglamento art. 20 (the sources do
    /// not say from when it runs).
    Ratify,
}

pub struct TermRule {
    pub term: Term,
    /// Stable id, used on the command line and in saved results.
    pub id: &'static str,
    pub working_days: u32,
    /// A possible extension, in working days (the decision term only).
    pub extension: Option<u32>,
    /// Working days the latest date adds for doubt about when the count starts (LFPA art. 85: an appeal
    /// runs from the day after the notification takes effect, which can be a day later).
    pub latest_extra: u32,
    pub basis: &'static str,
}

pub const TERMS: &[TermRule] = &[
    TermRule {
        term: Term::Asylum,
        id: "asylum",
        working_days: 30,
        extension: None,
        latest_extra: 0,
        basis: "LRPCAP art. 18",
    },
    TermRule {
        term: Term::Appeal,
        id: "appeal",
        working_days: 15,
        extension: None,
        latest_extra: 1,
        basis: "LRPCAP art. 25; LFPA art. 85",
    },
    TermRule {
        term: Term::Decision,
        id: "decision",
        working_days: 45,
        extension: Some(45),
        latest_extra: 0,
        basis: "LRPCAP art. 24",
    },
    TermRule {
        term: Term::Ratify,
        id: "ratify",
        working_days: 3,
        extension: None,
        latest_extra: 0,
        basis: "LRPCAP art. 11; Reglamento de la LRPCAP art. 20",
    },
];

impl Term {
    pub fn rule(self) -> &'static TermRule {
        TERMS.iter().find(|r| r.term == self).expect("every term has a rule")
    }

    pub fn from_id(id: &str) -> Option<Term> {
        TERMS.iter().find(|r| r.id == id).map(|r| r.term)
    }
}
