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
pub struct Document {
    pub target: Target,
    pub title: String,
    pub summary: String,
    pub body: String,
}

struct Indexed {
    target: Target,
    title: Folded,
    /// The summary first, then the body's sentences.
    sentences: Vec<Folded>,
    all: String,
}

struct Folded {
    text: String,
    folded: String,
}

impl Folded {
    fn new(text: String) -> Folded {
        Folded { folded: fold(&text), text }
    }

    fn contains_all(&self, terms: &[String]) -> bool {
        terms.iter().all(|t| has_word_starting(&self.folded, t))
    }

    fn count(&self, terms: &[String]) -> usize {
        terms.iter().filter(|t| has_word_starting(&self.folded, t)).count()
    }
}

/// Where `term` starts a word of `folded`: "tram" finds "trámite", "de" does not light up inside "depende".
fn word_starts<'a>(folded: &'a str, term: &'a str) -> impl Iterator<Item = usize> + 'a {
    folded
        .match_indices(term)
        .map(|(i, _)| i)
        .filter(move |&i| !folded[..i].chars().next_back().is_some_and(char::is_alphanumeric))
}

fn has_word_starting(folded: &str, term: &str) -> bool {
    word_starts(folded, term).next().is_some()
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

pub struct Index {
    docs: Vec<Indexed>,
}

/// Queries shorter than this (after folding) return nothing: one letter matches everything.
pub const MIN_QUERY_CHARS: usize = 2;

impl Index {
    pub fn new(docs: Vec<Document>) -> Index {
        let docs = docs
            .into_iter()
            .map(|doc| {
                let mut sentences = vec![Folded::new(doc.summary)];
                sentences.extend(split_sentences(&doc.body).into_iter().map(Folded::new));
                let title = Folded::new(doc.title);
                let all = std::iter::once(&title).chain(&sentences).map(|s| s.folded.as_str()).collect::<Vec<_>>();
                Indexed { target: doc.target, all: all.join("\n"), title, sentences }
            })
            .collect();
        Index { docs }
    }

    /// Hits in order: the title matches, then a sentence with every word, then words spread over a section;
    /// ties keep the guides' own order.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let Some(terms) = terms(query) else { return Vec::new() };
        let mut hits: Vec<(u8, usize, Hit)> = self
            .docs
            .iter()
            .enumerate()
            .filter(|(_, doc)| terms.iter().all(|t| has_word_starting(&doc.all, t)))
            .map(|(order, doc)| {
                let best = doc.sentences.iter().max_by_key(|s| (s.count(&terms), std::cmp::Reverse(s.text.len())));
                let (rank, snippet) = if doc.title.contains_all(&terms) {
                    (0, &doc.sentences[0])
                } else {
                    let best = best.expect("every document has a summary");
                    (if best.contains_all(&terms) { 1 } else { 2 }, best)
                };
                let hit = Hit {
                    target: doc.target.clone(),
                    title: doc.title.text.clone(),
                    title_marks: marks(&doc.title, &terms),
                    marks: marks(snippet, &terms),
                    snippet: snippet.text.clone(),
                };
                (rank, order, hit)
            })
            .collect();
        hits.sort_by_key(|(rank, order, _)| (*rank, *order));
        hits.into_iter().map(|(_, _, hit)| hit).collect()
    }
}

/// The folded words of `query`, or `None` while it is too short to search.
fn terms(query: &str) -> Option<Vec<String>> {
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
fn split_sentences(text: &str) -> Vec<String> {
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
fn marks(sentence: &Folded, terms: &[String]) -> Vec<(usize, usize)> {
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
