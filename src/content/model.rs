//! The structure of the guides: section order, blocks, sources, review dates, related sections and tools.
//! Structure is data (`assets/guides.json`); the words are Fluent messages, so translators never touch it.

use std::{collections::HashSet, sync::LazyLock};

use chrono::{Months, NaiveDate};
use serde::Deserialize;

use super::markup;
use crate::data::{self, DataError, DataFile};
use crate::sources::{self, Source};

/// Offline copies never update themselves: after this many months a calm notice suggests checking.
pub const STALE_AFTER_MONTHS: u32 = 6;

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Guides {
    /// When the team compiled the content from its sources.
    pub compiled: NaiveDate,
    /// When a lawyer last reviewed it; none yet.
    pub lawyer_reviewed: Option<NaiveDate>,
    #[serde(deserialize_with = "sources::without_read")]
    pub sources: Vec<Source>,
    pub sections: Vec<Section>,
    /// Articles shown, in Spanish, on the "show this to an official" screen.
    pub official: Vec<OfficialText>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable: links and bookmarks point at it.
    pub id: String,
    /// When this section was compiled from its sources (nobody has reviewed it yet: see `lawyer_reviewed`).
    pub compiled: NaiveDate,
    pub blocks: Vec<BlockRef>,
    pub sources: Vec<Citation>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub tools: Vec<Tool>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct BlockRef {
    pub id: String,
    pub kind: BlockKind,
}

/// How a block is labelled, so that law, practice and a court's rulings are never confused.
#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Text,
    Law,
    /// What a court said in the cases it decided: not the law, and not known to bind the office in others.
    CaseLaw,
    Practice,
    Unknown,
    Warning,
}

impl BlockKind {
    pub const ALL: [BlockKind; 6] = [
        BlockKind::Text,
        BlockKind::Law,
        BlockKind::CaseLaw,
        BlockKind::Practice,
        BlockKind::Unknown,
        BlockKind::Warning,
    ];

    /// The label shown above the block, if it has one.
    pub fn label_id(self) -> Option<&'static str> {
        match self {
            BlockKind::Text => None,
            BlockKind::Law => Some("guide-kind-law"),
            BlockKind::CaseLaw => Some("guide-kind-case-law"),
            BlockKind::Practice => Some("guide-kind-practice"),
            BlockKind::Unknown => Some("guide-kind-unknown"),
            BlockKind::Warning => Some("guide-kind-warning"),
        }
    }
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub source: String,
    /// e.g. "art. 18", "p. 15, nota 86".
    pub cite: String,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "lowercase")]
pub enum Tool {
    Deadline,
    Directory,
    Official,
    /// 911 and 089, on every section that talks about danger.
    Helplines,
    /// The consular line for Mexican citizens: only with the deportees' guide.
    Consular,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct OfficialText {
    pub id: String,
    pub source: String,
    pub article: String,
    /// The law's words, in Spanish, whatever the interface language; "[...]" wherever words are left out.
    pub text: String,
    /// Where the quotation leaves out words of the provision `article` names, so the check can demand a
    /// "[...]" there: a cut that is not marked makes an official read less than the law says.
    pub cut: Cut,
}

/// Which ends of a provision a quotation leaves out.
#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "lowercase")]
pub enum Cut {
    /// The whole provision, from its first word to its last.
    None,
    Start,
    End,
    Both,
}

/// How a quotation marks the words it leaves out.
pub const ELLIPSIS: &str = "[...]";

impl OfficialText {
    /// A cut end without "[...]", or a "[...]" at an end that is not cut.
    pub fn cut_problems(&self) -> Vec<String> {
        let text = self.text.trim();
        let starts = text.starts_with(ELLIPSIS);
        let ends = text.trim_end_matches('.').ends_with(ELLIPSIS);
        let (cut_start, cut_end) = match self.cut {
            Cut::None => (false, false),
            Cut::Start => (true, false),
            Cut::End => (false, true),
            Cut::Both => (true, true),
        };
        let mut found = Vec::new();
        let id = &self.id;
        match (cut_start, starts) {
            (true, false) => {
                found.push(format!("official text “{id}” is cut at the start but does not begin with {ELLIPSIS}"))
            }
            (false, true) => found
                .push(format!("official text “{id}” begins with {ELLIPSIS} but its data says the start is not cut")),
            _ => {}
        }
        match (cut_end, ends) {
            (true, false) => {
                found.push(format!("official text “{id}” is cut at the end but does not end with {ELLIPSIS}"))
            }
            (false, true) => {
                found.push(format!("official text “{id}” ends with {ELLIPSIS} but its data says the end is not cut"))
            }
            _ => {}
        }
        found
    }
}

impl OfficialText {
    pub fn meaning_id(&self) -> String {
        format!("official-{}-meaning", self.id)
    }
}

impl Section {
    pub fn title_id(&self) -> String {
        Section::title_id_of(&self.id)
    }

    /// The title's message for a section known by its id alone (a link to a related section).
    pub fn title_id_of(id: &str) -> String {
        format!("guide-{id}-title")
    }

    pub fn summary_id(&self) -> String {
        format!("guide-{}-summary", self.id)
    }

    pub fn block_id(&self, block: &BlockRef) -> String {
        format!("guide-{}-{}", self.id, block.id)
    }

    /// Every message this section needs, in reading order.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.title_id(), self.summary_id()];
        ids.extend(self.blocks.iter().map(|b| self.block_id(b)));
        ids
    }
}

impl Guides {
    /// The content built into the program.
    pub fn shipped() -> &'static Guides {
        static SHIPPED: LazyLock<Guides> = LazyLock::new(|| {
            Guides::from_json(include_str!("../../assets/guides.json")).expect("assets/guides.json is checked by tests")
        });
        &SHIPPED
    }

    pub fn from_json(text: &str) -> Result<Guides, DataError> {
        data::from_json(DataFile::Guides, text)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Every message id the guides and the official screen take from the locales, plus the block labels.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.sections.iter().flat_map(Section::message_ids).collect();
        ids.extend(self.official.iter().map(OfficialText::meaning_id));
        ids.extend(BlockKind::ALL.iter().filter_map(|k| k.label_id()).map(String::from));
        ids
    }

    /// Broken structure: duplicate or unknown ids, a section without sources or blocks.
    pub fn problems(&self) -> Vec<String> {
        let mut found = Vec::new();
        let (mut sections, mut sources) = (HashSet::new(), HashSet::new());
        let duplicates = self.sections.iter().filter(|s| !sections.insert(&s.id)).map(|s| &s.id);
        found.extend(duplicates.map(|id| format!("duplicate section id “{id}”")));
        let duplicates = self.sources.iter().filter(|s| !sources.insert(&s.id)).map(|s| &s.id);
        found.extend(duplicates.map(|id| format!("duplicate source id “{id}”")));
        for section in &self.sections {
            let here = &section.id;
            if section.blocks.is_empty() {
                found.push(format!("section “{here}” has no blocks"));
            }
            if section.sources.is_empty() {
                found.push(format!("section “{here}” names no source"));
            }
            for cite in section.sources.iter().filter(|c| self.source(&c.source).is_none()) {
                found.push(format!("section “{here}” cites unknown source “{}”", cite.source));
            }
            for related in section.related.iter().filter(|r| self.section(r).is_none()) {
                found.push(format!("section “{here}” relates to unknown section “{related}”"));
            }
            let mut blocks = HashSet::new();
            for block in section.blocks.iter().filter(|b| !blocks.insert(&b.id)) {
                found.push(format!("section “{here}” repeats block “{}”", block.id));
            }
        }
        for text in self.official.iter().filter(|o| self.source(&o.source).is_none()) {
            found.push(format!("official text “{}” cites unknown source “{}”", text.id, text.source));
        }
        found.extend(self.official.iter().flat_map(OfficialText::cut_problems));
        found
    }

    /// Problems in one message's text: markup a person would see raw, links to sections that do not exist.
    pub fn text_problems(&self, text: &str) -> Vec<String> {
        let mut found = markup::problems(text);
        for target in markup::targets(&markup::parse(text)) {
            if let markup::Target::Guide(id) = target {
                if self.section(id).is_none() {
                    found.push(format!("link to unknown section “{id}”"));
                }
            }
        }
        found
    }
}

/// Whether content compiled on `compiled` is old enough, by the device's clock, to suggest checking it.
pub fn is_stale(compiled: NaiveDate, today: NaiveDate) -> bool {
    compiled.checked_add_months(Months::new(STALE_AFTER_MONTHS)).is_some_and(|limit| today > limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_stale_six_months_after_review() {
        let reviewed = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        assert!(!is_stale(reviewed, NaiveDate::from_ymd_opt(2027, 5, 27).unwrap()));
        assert!(is_stale(reviewed, NaiveDate::from_ymd_opt(2027, 5, 28).unwrap()));
        // A phone whose clock is wrong and behind never sees the notice.
        assert!(!is_stale(reviewed, NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()));
    }

    #[test]
    fn broken_structure_is_named() {
        let json = r#"{"compiled": "2026-11-27", "lawyer_reviewed": null,
            "sources": [{"id": "lm", "title": "Ley de Migración", "publisher": null, "date": null, "url": null}],
            "sections": [
              {"id": "a", "compiled": "2026-11-27", "blocks": [{"id": "x", "kind": "law"}, {"id": "x", "kind": "text"}],
               "sources": [{"source": "nope", "cite": "art. 1"}], "related": ["b"]},
              {"id": "a", "compiled": "2026-11-27", "blocks": [], "sources": []}],
            "official": [{"id": "o", "source": "lm", "article": "Artículo 7", "text": "…", "cut": "end"},
              {"id": "p", "source": "lm", "article": "Artículo 9", "text": "[...] no podrán negar", "cut": "none"}]}"#;
        let guides = Guides::from_json(json).unwrap();
        let problems = guides.problems().join("\n");
        for expected in [
            "duplicate section id “a”",
            "unknown source “nope”",
            "unknown section “b”",
            "repeats block “x”",
            "no blocks",
            "names no source",
            "“o” is cut at the end but does not end with [...]",
            "“p” begins with [...] but its data says the start is not cut",
        ] {
            assert!(problems.contains(expected), "{expected} not in:\n{problems}");
        }
        assert!(guides.text_problems("Ver [esto](guide:zzz).")[0].contains("zzz"));
    }

    #[test]
    fn the_shipped_guides_have_no_broken_structure() {
        let problems = Guides::shipped().problems();
        assert!(problems.is_empty(), "assets/guides.json:\n{}", problems.join("\n"));
    }

    #[test]
    fn every_cut_end_of_an_official_quotation_is_marked_and_only_those() {
        let official = &Guides::shipped().official;
        assert!(official.len() >= 15, "the official texts are there");
        for text in official {
            assert_eq!(text.cut_problems(), Vec::<String>::new(), "{}", text.id);
        }
        // The quotations the review found cut short now say the rest, or mark where words are left out.
        let text = |id: &str| official.iter().find(|o| o.id == id).map(|o| o.text.as_str()).unwrap();
        assert!(text("lm-76").ends_with("de asistencia o de protección a los migrantes."));
        assert!(text("lrpcap-20").contains("en estaciones migratorias o lugares habilitados"));
        assert!(text("lrpcap-20").contains("independientemente de que viajen o no en compañía de una persona adulta"));
        assert!(text("lm-9").starts_with("Los jueces u oficiales del Registro Civil no podrán negar"));
        assert!(text("lrpcap-22").ends_with("respecto de la solicitud de reconocimiento de la condición de refugiado."));
    }

    #[test]
    fn a_bad_date_is_reported_with_its_line() {
        let err = Guides::from_json("{\n\"compiled\": \"2026-02-30\"}").unwrap_err();
        assert!(matches!(err, DataError::Schema { file: DataFile::Guides, line: 2, .. }), "{err}");
        assert!(err.to_string().starts_with("guides.json: line 2"), "{err}");
    }
}
