//! The layers of `src/` (docs/architecture.md), as a guarantee: a module imports only modules of a lower layer,
//! never one beside it or above it. It reads every `src/**/*.rs` as text and finds `crate::…`, `rumbo::…` and
//! `super::…` paths that leave the file's own top-level module.

use std::{
    fs,
    path::{Path, PathBuf},
};

/// Lowest first. Modules of one layer know nothing of each other.
const LAYERS: &[(&str, &[&str])] = &[
    ("shared: text helpers, sources and their dates", &["text", "sources", "active", "file_picker"]),
    ("languages and messages; reading the data files", &["i18n", "data"]),
    ("the calendar and its terms", &["deadline"]),
    ("what Rumbo knows: the guides, the places, a person's case", &["content", "directory", "case"]),
    (
        "across them: search, the edition stamp, saved items, content packs, checks",
        &["search", "edition", "storage", "pack", "checks"],
    ),
    ("for outreach: the built bundle and the Wi-Fi share", &["offline", "share"]),
    ("the Dioxus app", &["app"]),
    ("the programs", &["main", "rumbo-cli"]),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, modules)| modules.contains(&module))
}

/// Where a file sits: its top-level module, its module path, and whether `crate::` in it means the library.
struct Place {
    top: String,
    path: Vec<String>,
    library: bool,
}

/// None for `src/lib.rs`, the crate root, which only declares the modules.
fn place(relative: &Path) -> Option<Place> {
    let parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    match parts.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["lib.rs"] => None,
        ["main.rs"] => Some(Place { top: "main".into(), path: vec![], library: false }),
        ["bin", name, ..] => Some(Place { top: name.trim_end_matches(".rs").into(), path: vec![], library: false }),
        _ => {
            let mut path: Vec<String> = parts.iter().map(|p| p.trim_end_matches(".rs").to_string()).collect();
            if path.last().is_some_and(|last| last == "mod") {
                path.pop();
            }
            Some(Place { top: path[0].clone(), path, library: true })
        }
    }
}

/// The line without a `//` comment (one outside a string literal).
fn code(line: &str) -> &str {
    let mut quotes = 0;
    let bytes = line.as_bytes();
    for (i, byte) in bytes.iter().enumerate() {
        match byte {
            // A quote that is escaped, or the character literal '"', opens no string.
            b'"' if i > 0 && (bytes[i - 1] == b'\\' || bytes[i - 1] == b'\'' && bytes.get(i + 1) == Some(&b'\'')) => {}
            b'"' => quotes += 1,
            b'/' if quotes % 2 == 0 && bytes.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
    }
    line
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The first path segments a path continues with after `rest`, with their offsets in `rest`: one identifier, or
/// each item of a `{...}` group.
fn heads(rest: &str) -> Vec<(usize, String)> {
    let ident = |at: usize| (at, rest[at..].chars().take_while(|c| is_ident(*c)).collect::<String>());
    let start = rest.len() - rest.trim_start().len();
    if !rest[start..].starts_with('{') {
        return vec![ident(start)];
    }
    let (mut depth, mut items, mut item_start) = (0, Vec::new(), start + 1);
    for (at, c) in rest.char_indices().skip_while(|(at, _)| *at <= start) {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(item_start);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(item_start);
                item_start = at + 1;
            }
            _ => {}
        }
    }
    items.into_iter().map(|at| ident(at + (rest[at..].len() - rest[at..].trim_start().len()))).collect()
}

/// The top-level modules a file names, with the 1-based line of each mention. Only names in `LAYERS` count.
fn imports(source: &str, place: &Place) -> Vec<(usize, String)> {
    // Join the lines (without comments) so that a `use crate::{...}` group over several lines is read whole.
    let mut text = String::new();
    let mut line_starts = Vec::new();
    for line in source.lines() {
        line_starts.push(text.len());
        text.push_str(code(line));
        text.push('\n');
    }
    let line_of = |offset: usize| line_starts.partition_point(|&start| start <= offset);
    let mut found = Vec::new();
    let starts_token = |at: usize| !text[..at].chars().next_back().is_some_and(is_ident);
    let mut roots = vec!["rumbo::"];
    if place.library {
        roots.push("crate::");
    }
    for root in roots {
        for (at, _) in text.match_indices(root).filter(|(at, _)| starts_token(*at)) {
            let from = at + root.len();
            found.extend(heads(&text[from..]).into_iter().map(|(offset, m)| (line_of(from + offset), m)));
        }
    }
    if place.library {
        for (at, _) in text.match_indices("super::").filter(|(at, _)| starts_token(*at)) {
            if text[..at].ends_with("super::") {
                continue; // counted from the first `super` of the chain
            }
            let mut rest = &text[at..];
            let mut ups = 0;
            while let Some(next) = rest.strip_prefix("super::") {
                ups += 1;
                rest = next;
            }
            // Inline modules (`mod tests`) only make the real path deeper, so reaching the root here is the
            // earliest it can be reached.
            if ups >= place.path.len() {
                let from = text.len() - rest.len();
                found.extend(heads(rest).into_iter().map(|(offset, m)| (line_of(from + offset), m)));
            }
        }
    }
    found.retain(|(_, module)| layer_of(module).is_some());
    found
}

/// Every import that runs up or sideways, as "file:line: a (layer) imports b (layer)".
fn violations(files: &[(PathBuf, String)]) -> Vec<String> {
    let mut found = Vec::new();
    for (relative, source) in files {
        let Some(place) = place(relative) else { continue };
        let Some(own) = layer_of(&place.top) else { continue };
        for (line, module) in imports(source, &place) {
            let theirs = layer_of(&module).expect("imports keeps only modules with a layer");
            if module != place.top && theirs >= own {
                let side = if theirs == own { "beside it" } else { "above it" };
                found.push(format!(
                    "src/{}:{line}: `{}` (layer {own}) imports `{module}`, {side} (layer {theirs})",
                    relative.display(),
                    place.top
                ));
            }
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn shipped_files() -> Vec<(PathBuf, String)> {
    let mut paths = Vec::new();
    rust_files(&src(), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let source = fs::read_to_string(&path).unwrap();
            (path.strip_prefix(src()).unwrap().to_path_buf(), source)
        })
        .collect()
}

#[test]
fn no_module_imports_one_beside_or_above_it() {
    let files = shipped_files();
    assert!(files.len() > 100, "the sources were found");
    let found = violations(&files);
    assert!(found.is_empty(), "imports against the layers (docs/architecture.md):\n{}", found.join("\n"));
}

#[test]
fn every_top_level_module_has_a_layer() {
    let mut missing: Vec<String> = shipped_files()
        .iter()
        .filter_map(|(relative, _)| place(relative))
        .map(|p| p.top)
        .filter(|top| layer_of(top).is_none())
        .collect();
    missing.dedup();
    assert!(missing.is_empty(), "give these a layer in tests/layers.rs and docs/architecture.md: {missing:?}");
}

#[test]
fn the_picture_in_the_docs_names_every_module() {
    let doc = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/architecture.md")).unwrap();
    for module in LAYERS.iter().flat_map(|(_, modules)| modules.iter()) {
        assert!(doc.contains(&format!("`{module}`")), "docs/architecture.md does not name `{module}`");
    }
}

#[test]
fn every_form_of_import_is_seen() {
    let file = |path: &str, source: &str| (PathBuf::from(path), source.to_string());
    let files = [
        file("text/fold.rs", "use crate::content::Guides;\n"),
        file("i18n/check/mod.rs", "use crate::{\n    text::strip_bom,\n    directory::{Directory, Kind},\n};\n"),
        file("deadline/report.rs", "fn f() { let g = rumbo::search::Index::new(vec![]); }\n"),
        file("content/model.rs", "use super::super::directory::Entry;\n"),
        file("directory/mod.rs", "use super::content::fold;\n"),
        file("bin/rumbo-cli/main.rs", "use crate::output::Out;\nuse rumbo::{i18n::check, app::export};\n"),
    ];
    let found = violations(&files);
    let expected = [
        "src/text/fold.rs:1: `text` (layer 0) imports `content`, above it (layer 3)",
        "src/i18n/check/mod.rs:3: `i18n` (layer 1) imports `directory`, above it (layer 3)",
        "src/deadline/report.rs:1: `deadline` (layer 2) imports `search`, above it (layer 4)",
        "src/content/model.rs:1: `content` (layer 3) imports `directory`, beside it (layer 3)",
        "src/directory/mod.rs:1: `directory` (layer 3) imports `content`, beside it (layer 3)",
    ];
    assert_eq!(found, expected);
}

#[test]
fn downward_imports_comments_and_the_files_own_module_pass() {
    let file = |path: &str, source: &str| (PathBuf::from(path), source.to_string());
    let files = [
        file("search/index.rs", "use crate::text::fold;\nuse crate::search::Hit;\n// crate::app is named here\n"),
        file("content/model.rs", "use super::markup;\nlet url = \"https://x\"; // rumbo::app\n"),
        file("search/index.rs", "let quote = matches!(c, '\"' | ','); // crate::app\n"),
        file("directory/hours.rs", "mod tests { use super::super::Calendar; }\nuse crate::deadline::Calendar;\n"),
        file("app/views/mod.rs", "use rumbo::{content::Guides, share};\nuse crate::app::Route;\n"),
        file("main.rs", "use rumbo::app;\nuse crate::storage;\n"),
        file("lib.rs", "pub mod app;\n"),
    ];
    assert_eq!(violations(&files), Vec::<String>::new());
}
