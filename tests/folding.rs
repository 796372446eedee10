//! The search's accent folding is a hand table (no Unicode tables in the phone's download). This checks it
//! against Unicode itself for every character the shipped texts contain: a translator who writes a letter the
//! table lacks ("ś", "ľ") gets a failing test instead of a search that silently misses the word.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Folded on purpose beyond what decomposition does, each to what a person types for it.
const BEYOND_UNICODE: &[(char, char)] =
    &[('ø', 'o'), ('’', '\''), ('‘', '\''), ('ʼ', '\''), ('\u{a0}', ' '), ('\n', ' '), ('\t', ' ')];

/// What `c` should fold to: lower case, decomposed (NFD), without its combining marks.
fn unicode_fold(c: char) -> String {
    let lower = c.to_lowercase().next().unwrap_or(c);
    lower.to_string().nfd().filter(|m| !is_combining_mark(*m)).collect()
}

/// Where the app's folding of `c` differs from Unicode's: (the app's, Unicode's); None when they agree.
fn disagreement(c: char) -> Option<(String, String)> {
    let ours = rumbo::text::fold(&c.to_string());
    let expected = match BEYOND_UNICODE.iter().find(|(from, _)| *from == c) {
        Some((_, to)) => to.to_string(),
        None => unicode_fold(c),
    };
    (ours != expected).then_some((ours, expected))
}

/// Every character of every locale file and of the shipped data files.
fn shipped_characters() -> BTreeSet<char> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for locale in fs::read_dir(root.join("locales")).unwrap() {
        for file in fs::read_dir(locale.unwrap().path()).unwrap() {
            files.push(file.unwrap().path());
        }
    }
    for data in ["guides.json", "directory.json", "calendar.json"] {
        files.push(root.join("assets").join(data));
    }
    let ftl = files.iter().filter(|f| f.extension().is_some_and(|e| e == "ftl")).count();
    assert!(ftl >= 4 * 17, "the scan found the locale files ({ftl})");
    files.iter().flat_map(|f| fs::read_to_string(f).unwrap().chars().collect::<Vec<_>>()).collect()
}

#[test]
fn every_character_of_the_shipped_texts_folds_as_unicode_decomposes_it() {
    let characters = shipped_characters();
    assert!(characters.contains(&'á') && characters.contains(&'ё'), "Spanish and Russian letters are scanned");
    let wrong: Vec<_> = characters
        .iter()
        .filter_map(|&c| {
            disagreement(c).map(|(ours, expected)| format!("{c:?} (U+{:04X}): {ours:?}, not {expected:?}", c as u32))
        })
        .collect();
    assert!(wrong.is_empty(), "add these to the table in src/content/fold.rs:\n{}", wrong.join("\n"));
}

#[test]
fn a_letter_outside_the_table_is_caught() {
    // Polish "ś" and Slovak "ľ" are in no shipped text and not in the table: the check must notice.
    assert_eq!(disagreement('ś'), Some(("ś".into(), "s".into())));
    assert_eq!(disagreement('Ľ'), Some(("ľ".into(), "l".into())));
    // Letters the table has, in either case, and deliberate extras agree.
    for c in ['Á', 'ñ', 'Ё', 'й', 'ò', 'ø', '’', 'x', 'Ж'] {
        assert_eq!(disagreement(c), None, "{c}");
    }
}
