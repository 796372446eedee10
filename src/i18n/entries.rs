//! Finding single entries in Fluent source without parsing it. Std only: `build.rs` includes this file too
//! (`#[path]`), to pick out what the web build keeps of the languages whose texts it leaves outside the wasm.

/// The language whose texts are always in the program: the source every message falls back to.
pub const INSIDE: &str = "es";

/// What a language must say before its texts have arrived: its name and the lines the language choice, the
/// switch and Settings' list of translations show in every language at once (`src/app/components/language.rs`),
/// and the two lines that say its texts are on their way, or could not be loaded.
pub const ESSENTIAL_IDS: &[&str] = &[
    "language-name",
    "language-continue",
    "first-run-title",
    "translation-status",
    "language-loading",
    "language-unavailable",
];

/// Where the message `id` starts in a Fluent file: a line that begins with the id, then `=`.
pub fn message_start(source: &str, id: &str) -> Option<usize> {
    let mut at = 0;
    for line in source.split_inclusive('\n') {
        if line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')) {
            return Some(at);
        }
        at += line.len();
    }
    None
}

/// The length of the entry that starts `text`: its first line and the indented lines that continue it.
pub fn entry_len(text: &str) -> usize {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().map_or(0, str::len);
    first + lines.take_while(|l| l.starts_with(' ') || l.trim().is_empty()).map(str::len).sum::<usize>()
}

/// The entry of `id` in `source`, as written (ending in a line break), if the source has it.
pub fn entry<'a>(source: &'a str, id: &str) -> Option<&'a str> {
    let start = message_start(source, id)?;
    Some(&source[start..start + entry_len(&source[start..])])
}

/// The entries of `ids` found in `sources`, each once (the first file that has it), as one Fluent source.
pub fn entries<'a>(sources: impl IntoIterator<Item = &'a str> + Clone, ids: &[&str]) -> String {
    let mut out = String::new();
    for id in ids {
        if let Some(found) = sources.clone().into_iter().find_map(|source| entry(source, id)) {
            out.push_str(found);
            if !found.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    out
}
