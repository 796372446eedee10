//! The index and the matching: every word of the query must start a word of the document, case and accents do
//! not matter, and each hit carries the sentence that matched, with the matched words marked.

use crate::text::fold;

/// What a hit opens.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Target {
    Guide(String),
    Entry(String),
}

/// A searchable text: a guide section or a directory entry.
#[derive(Clone, Debug)]
pub struct Document {
    pub target: Target,
    pub title: String,
    pub summary: String,
    pub body: String,
}

/// A title or a sentence, as written and folded.
pub(super) struct Folded {
    pub(super) text: String,
    pub(super) folded: String,
}

impl Folded {
    fn new(text: String) -> Folded {
        Folded { folded: fold(&text), text }
    }
}

/// Where `term` starts a word of `folded`: "tram" finds "trámite", "de" does not light up inside "depende".
fn word_starts<'a>(folded: &'a str, term: &'a str) -> impl Iterator<Item = usize> + 'a {
    starts(folded).filter(move |&i| folded[i..].starts_with(term))
}

/// Every place a term could start: each character after one that is not a letter or digit (or the first),
/// except spaces, which no term begins with.
fn starts(folded: &str) -> impl Iterator<Item = usize> + '_ {
    let mut before_alnum = false;
    folded.char_indices().filter_map(move |(i, c)| {
        let start = !before_alnum && !c.is_whitespace();
        before_alnum = c.is_alphanumeric();
        start.then_some(i)
    })
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Hit {
    pub target: Target,
    pub title: String,
    /// Byte ranges of the matched words in the title.
    pub title_marks: Vec<(usize, usize)>,
    /// The sentence that matched best, with the byte ranges of the matched words in it.
    pub snippet: String,
    pub marks: Vec<(usize, usize)>,
}

/// A search's answer: how many documents matched, and the first of them as hits.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Found {
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// One document's texts: `texts[first]` is its title, then its summary and its body's sentences.
struct Indexed {
    target: Target,
    first: usize,
    end: usize,
}

/// A place a term could start: in which text, at which byte of its folded form.
#[derive(Clone, Copy)]
struct Start {
    text: u32,
    at: u32,
}

/// The documents' texts, and every place a word starts in them sorted by what follows it (a suffix array of
/// word starts): the places where a term starts a word are then one contiguous run, found by binary search,
/// so a keystroke no longer reads every sentence of every guide.
pub struct Index {
    docs: Vec<Indexed>,
    texts: Vec<Folded>,
    /// Which document each text belongs to.
    owner: Vec<u32>,
    starts: Vec<Start>,
}

/// Queries shorter than this (after folding) return nothing: one letter matches everything.
pub const MIN_QUERY_CHARS: usize = 2;

impl Index {
    pub fn new(documents: Vec<Document>) -> Index {
        let (mut docs, mut texts, mut owner) = (Vec::new(), Vec::new(), Vec::new());
        for (d, doc) in documents.into_iter().enumerate() {
            let first = texts.len();
            texts.push(Folded::new(doc.title));
            texts.push(Folded::new(doc.summary));
            texts.extend(split_sentences(&doc.body).into_iter().map(Folded::new));
            owner.resize(texts.len(), d as u32);
            docs.push(Indexed { target: doc.target, first, end: texts.len() });
        }
        let mut starts: Vec<Start> = texts
            .iter()
            .enumerate()
            .flat_map(|(t, text)| starts(&text.folded).map(move |at| Start { text: t as u32, at: at as u32 }))
            .collect();
        let suffix = |s: &Start| &texts[s.text as usize].folded[s.at as usize..];
        starts.sort_unstable_by(|a, b| suffix(a).cmp(suffix(b)));
        Index { docs, texts, owner, starts }
    }

    fn suffix(&self, s: &Start) -> &str {
        &self.texts[s.text as usize].folded[s.at as usize..]
    }

    /// The places where `term` starts a word.
    fn occurrences(&self, term: &str) -> &[Start] {
        let from = self.starts.partition_point(|s| self.suffix(s) < term);
        let len = self.starts[from..].partition_point(|s| self.suffix(s).starts_with(term));
        &self.starts[from..from + len]
    }

    /// Every hit in order (see `find`).
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.find(query, usize::MAX).hits
    }

    /// How many documents have every word of `query`, and the first `limit` of them as hits, in order: the
    /// title matches, then a sentence with every word, then words spread over a section; ties keep the guides'
    /// own order. Only the hits asked for are written out (their sentence chosen, their words marked).
    pub fn find(&self, query: &str, limit: usize) -> Found {
        let Some(terms) = terms(query) else { return Found::default() };
        // How many of the terms each text and each document has, counting a term once per text.
        let (mut in_text, mut in_doc) = (vec![0usize; self.texts.len()], vec![0usize; self.docs.len()]);
        let (mut text_seen, mut doc_seen) = (vec![usize::MAX; self.texts.len()], vec![usize::MAX; self.docs.len()]);
        for (k, term) in terms.iter().enumerate() {
            for s in self.occurrences(term) {
                let (t, d) = (s.text as usize, self.owner[s.text as usize] as usize);
                if text_seen[t] != k {
                    text_seen[t] = k;
                    in_text[t] += 1;
                }
                if doc_seen[d] != k {
                    doc_seen[d] = k;
                    in_doc[d] += 1;
                }
            }
        }
        let all = terms.len();
        let mut ranked: Vec<(u8, usize, usize)> = (0..self.docs.len())
            .filter(|&d| in_doc[d] == all)
            .map(|d| {
                let doc = &self.docs[d];
                let summary = doc.first + 1;
                if in_text[doc.first] == all {
                    return (0, d, summary);
                }
                // The sentence with the most terms, the shortest of those (the last one on a tie, as before).
                let best = (summary..doc.end)
                    .max_by_key(|&t| (in_text[t], std::cmp::Reverse(self.texts[t].text.len())))
                    .expect("every document has a summary");
                (if in_text[best] == all { 1 } else { 2 }, d, best)
            })
            .collect();
        ranked.sort_by_key(|&(rank, order, _)| (rank, order));
        let hits = ranked
            .iter()
            .take(limit)
            .map(|&(_, d, snippet)| {
                let (doc, snippet) = (&self.docs[d], &self.texts[snippet]);
                let title = &self.texts[doc.first];
                Hit {
                    target: doc.target.clone(),
                    title: title.text.clone(),
                    title_marks: marks(title, &terms),
                    marks: marks(snippet, &terms),
                    snippet: snippet.text.clone(),
                }
            })
            .collect();
        Found { total: ranked.len(), hits }
    }
}

/// The folded words of `query`, or `None` while it is too short to search.
pub(super) fn terms(query: &str) -> Option<Vec<String>> {
    let terms: Vec<String> = fold(query)
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '¿' | '?' | '¡' | '!' | '"'))
        .filter(|t| !t.is_empty())
        .map(String::from)
        .collect();
    (terms.iter().map(|t| t.chars().count()).sum::<usize>() >= MIN_QUERY_CHARS).then_some(terms)
}

/// Whether `query` is long enough to search: until it is, the box shows neither results nor "nothing found".
pub fn searchable(query: &str) -> bool {
    terms(query).is_some()
}

/// Lines, then sentences: a full stop ends a sentence only before a capital letter or an opening quote, so
/// "art. 18" stays whole.
pub(super) fn split_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines().map(|l| l.trim_start_matches("- ").trim()).filter(|l| !l.is_empty()) {
        let mut start = 0;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        for w in chars.windows(3) {
            let [(_, end), (_, space), (next_at, next)] = w else { continue };
            if matches!(end, '.' | '?' | '!')
                && *space == ' '
                && (next.is_uppercase() || matches!(next, '«' | '"' | '¿' | '¡'))
            {
                out.push(line[start..*next_at].trim().to_string());
                start = *next_at;
            }
        }
        out.push(line[start..].trim().to_string());
    }
    out
}

/// Byte ranges in `sentence.text` of every occurrence of every term, merged where they overlap.
pub(super) fn marks(sentence: &Folded, terms: &[String]) -> Vec<(usize, usize)> {
    // Folding keeps one character for one, so a character index in the folded text is one in the original.
    let starts: Vec<usize> = sentence.text.char_indices().map(|(i, _)| i).chain([sentence.text.len()]).collect();
    let char_at = |byte: usize| sentence.folded[..byte].chars().count();
    let mut ranges: Vec<(usize, usize)> = terms
        .iter()
        .flat_map(|t| word_starts(&sentence.folded, t).map(|i| (char_at(i), char_at(i + t.len()))))
        .map(|(a, b)| (starts[a], starts[b]))
        .collect();
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, title: &str, summary: &str, body: &str) -> Document {
        Document { target: Target::Guide(id.into()), title: title.into(), summary: summary.into(), body: body.into() }
    }

    fn index() -> Index {
        Index::new(vec![
            doc(
                "a",
                "Cómo pedir asilo",
                "Dónde y cómo.",
                "Ve a la COMAR. Te darán una constancia de trámite.\n- Es gratis.",
            ),
            doc("b", "El plazo", "Treinta días hábiles.", "Según el art. 18 hay un plazo. Después pide la constancia."),
        ])
    }

    #[test]
    fn accents_and_case_do_not_matter_and_the_sentence_is_shown() {
        let hits = index().search("TRAMITE");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].snippet, "Te darán una constancia de trámite.");
        let (a, b) = hits[0].marks[0];
        assert_eq!(&hits[0].snippet[a..b], "trámite");
    }

    #[test]
    fn every_word_must_appear_and_title_hits_come_first() {
        let hits = index().search("constancia plazo");
        assert_eq!(hits.iter().map(|h| &h.target).collect::<Vec<_>>(), [&Target::Guide("b".into())]);
        let hits = index().search("constancia");
        assert_eq!(hits.len(), 2);
        let hits = index().search("plazo");
        assert_eq!(hits[0].title, "El plazo");
        assert_eq!(hits[0].title_marks, [(3, 8)]);
        assert_eq!(hits[0].snippet, "Treinta días hábiles.");
    }

    #[test]
    fn abbreviations_do_not_split_sentences() {
        let hits = index().search("art. 18");
        assert_eq!(hits[0].snippet, "Según el art. 18 hay un plazo.");
    }

    #[test]
    fn words_match_from_their_start_only() {
        let hits = index().search("tram");
        assert_eq!(hits[0].snippet, "Te darán una constancia de trámite.");
        assert!(index().search("amite").is_empty(), "not from the middle of a word");
        let hits = index().search("de");
        let (a, b) = hits[0].marks[0];
        assert_eq!(&hits[0].snippet[a..b], "de");
    }

    #[test]
    fn one_letter_and_unknown_words_find_nothing() {
        assert!(index().search("a").is_empty());
        assert!(index().search("  ").is_empty());
        assert!(index().search("zanahoria").is_empty());
    }

    #[test]
    fn a_query_is_searchable_from_two_letters_across_its_words() {
        assert!(!searchable("a"));
        assert!(!searchable(" é. "));
        assert!(searchable("ab"));
        assert!(searchable("a b"), "two one-letter words");
    }
}
