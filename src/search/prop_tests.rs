//! The index against the plainest reading of the rule it implements: a document is found when every term
//! starts a word somewhere in it, found by reading every sentence (what the search did before its index).

use proptest::prelude::*;

use super::index::{split_sentences, terms};
use super::{Document, Index, Target};
use crate::text::fold;

/// Whether `term` starts a word of `folded`: at the start, or after a character that is not a letter or digit.
fn starts_word(folded: &str, term: &str) -> bool {
    folded.char_indices().any(|(i, _)| {
        folded[i..].starts_with(term) && !folded[..i].chars().next_back().is_some_and(char::is_alphanumeric)
    })
}

/// Targets in order, with the sentence shown for each, by reading every text.
fn reference(docs: &[Document], query: &str) -> Vec<(Target, String)> {
    let Some(terms) = terms(query) else { return Vec::new() };
    let count = |text: &str| terms.iter().filter(|t| starts_word(&fold(text), t)).count();
    let mut found: Vec<(u8, usize, Target, String)> = Vec::new();
    for (order, doc) in docs.iter().enumerate() {
        let mut sentences = vec![doc.summary.clone()];
        sentences.extend(split_sentences(&doc.body));
        if !terms
            .iter()
            .all(|t| starts_word(&fold(&doc.title), t) || sentences.iter().any(|s| starts_word(&fold(s), t)))
        {
            continue;
        }
        let (rank, snippet) = if count(&doc.title) == terms.len() {
            (0, sentences[0].clone())
        } else {
            let best = sentences.iter().max_by_key(|s| (count(s), std::cmp::Reverse(s.len()))).unwrap();
            (if count(best) == terms.len() { 1 } else { 2 }, best.clone())
        };
        found.push((rank, order, doc.target.clone(), snippet));
    }
    found.sort_by_key(|(rank, order, ..)| (*rank, *order));
    found.into_iter().map(|(_, _, target, snippet)| (target, snippet)).collect()
}

/// Short texts from a small alphabet with accents, capitals, punctuation and Cyrillic, so that terms often
/// start, end or sit inside words, and sentences split.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("a"),
            Just("á"),
            Just("B"),
            Just("ab"),
            Just("ba"),
            Just("ñ"),
            Just("ж"),
            Just("Ж"),
            Just("1"),
            Just(" "),
            Just(" "),
            Just(". "),
            Just("-"),
            Just("'"),
            Just("("),
            Just("\n"),
            Just("art. 18"),
        ],
        0..24,
    )
    .prop_map(|parts| parts.concat())
}

fn documents() -> impl Strategy<Value = Vec<Document>> {
    proptest::collection::vec((text(), text(), text()), 1..6).prop_map(|docs| {
        docs.into_iter()
            .enumerate()
            .map(|(i, (title, summary, body))| Document { target: Target::Guide(i.to_string()), title, summary, body })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_index_finds_what_reading_every_sentence_finds(docs in documents(), query in text(), limit in 0usize..4) {
        let expected = reference(&docs, &query);
        let index = Index::new(docs);
        let found = index.find(&query, limit);
        prop_assert_eq!(found.total, expected.len());
        let got: Vec<(Target, String)> = found.hits.into_iter().map(|h| (h.target, h.snippet)).collect();
        prop_assert_eq!(got, expected.into_iter().take(limit).collect::<Vec<_>>());
    }
}
