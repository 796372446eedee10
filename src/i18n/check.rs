//! The translators' check (`rumbo-cli l10n check`): every locale parses, and has exactly Spanish's messages
//! with the same variables. Findings name the file, line, column and message id.

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt, fs,
    path::{Path, PathBuf},
};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::languages::{Lang, LANGUAGES};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub severity: Severity,
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub id: Option<String>,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}:{}: {level}: ", self.file.display(), self.line, self.col)?;
        if let Some(id) = &self.id {
            write!(f, "[{id}] ")?;
        }
        f.write_str(&self.message)
    }
}

/// A message as the checker sees it: where it is, and which variables it uses.
struct MessageInfo {
    line: usize,
    variables: BTreeSet<String>,
}

/// One parsed locale file.
struct FileInfo {
    path: PathBuf,
    messages: BTreeMap<String, MessageInfo>,
}

/// Checks `root/<lang>/*.ftl` for every language in `LANGUAGES`, against Spanish.
pub fn check_dir(root: &Path) -> Vec<Finding> {
    let mut findings = Vec::new();
    let reference = Lang::ES.code();
    let es_files = ftl_files(&root.join(reference));
    if es_files.is_empty() {
        findings.push(error(root.join(reference), 1, 1, None, "no .ftl files in the reference locale".into()));
        return findings;
    }
    for name in &es_files {
        let es = parse_file(&root.join(reference).join(name), &mut findings);
        for lang in LANGUAGES.iter().filter(|l| **l != reference) {
            let path = root.join(lang).join(name);
            if !path.is_file() {
                findings.push(error(path, 1, 1, None, format!("missing: every locale needs the file {name}")));
                continue;
            }
            let other = parse_file(&path, &mut findings);
            compare(&es, &other, &mut findings);
        }
    }
    for lang in LANGUAGES {
        for name in ftl_files(&root.join(lang)) {
            if !es_files.contains(&name) {
                let path = root.join(lang).join(&name);
                findings.push(error(path, 1, 1, None, format!("extra file: {reference} has no {name}")));
            }
        }
    }
    findings.sort();
    findings
}

fn compare(es: &FileInfo, other: &FileInfo, findings: &mut Vec<Finding>) {
    for (id, reference) in &es.messages {
        match other.messages.get(id) {
            None => findings.push(error(
                other.path.clone(),
                1,
                1,
                Some(id),
                format!("missing (defined in {}:{}); Spanish is shown instead", es.path.display(), reference.line),
            )),
            Some(message) if message.variables != reference.variables => findings.push(error(
                other.path.clone(),
                message.line,
                1,
                Some(id),
                format!("variables {} differ from Spanish {}", list(&message.variables), list(&reference.variables)),
            )),
            Some(_) => {}
        }
    }
    for (id, message) in &other.messages {
        if !es.messages.contains_key(id) {
            findings.push(error(
                other.path.clone(),
                message.line,
                1,
                Some(id),
                "not in Spanish: the app never shows it".into(),
            ));
        }
    }
}

fn parse_file(path: &Path, findings: &mut Vec<Finding>) -> FileInfo {
    let mut info = FileInfo { path: path.to_path_buf(), messages: BTreeMap::new() };
    let source = match fs::read_to_string(path) {
        Ok(source) => source,
        Err(e) => {
            findings.push(error(path.to_path_buf(), 1, 1, None, format!("cannot read: {e}")));
            return info;
        }
    };
    let resource = parser::parse(source.as_str()).unwrap_or_else(|(resource, errors)| {
        for e in errors {
            // The junk slice starts where the broken message starts: point there, not at end of input.
            let at = e.slice.as_ref().map_or(e.pos.start, |slice| slice.start);
            let (line, col) = line_col(&source, at);
            let id = message_id_at(&source, at);
            findings.push(error(path.to_path_buf(), line, col, id.as_deref(), format!("syntax error: {e}")));
        }
        resource
    });
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let id = message.id.name.to_string();
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                collect_variables(pattern, &mut variables);
            }
            for attribute in &message.attributes {
                collect_variables(&attribute.value, &mut variables);
            }
            let line = definition_line(&source, &id);
            if info.messages.insert(id.clone(), MessageInfo { line, variables }).is_some() {
                findings.push(error(path.to_path_buf(), line, 1, Some(&id), "defined twice".into()));
            }
        }
    }
    info
}

fn collect_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, out);
        }
    }
}

fn collect_in_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_in_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => collect_in_inline(inline, out),
    }
}

fn collect_in_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for positional in &arguments.positional {
                collect_in_inline(positional, out);
            }
        }
        InlineExpression::Placeable { expression } => collect_in_expression(expression, out),
        _ => {}
    }
}

fn ftl_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".ftl"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn error(file: PathBuf, line: usize, col: usize, id: Option<&str>, message: String) -> Finding {
    Finding { severity: Severity::Error, file, line, col, id: id.map(str::to_string), message }
}

fn list(variables: &BTreeSet<String>) -> String {
    let names: Vec<String> = variables.iter().map(|v| format!("${v}")).collect();
    format!("[{}]", names.join(", "))
}

/// 1-based line and column of a byte offset.
fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.chars().rev().take_while(|c| *c != '\n').count() + 1;
    (line, col)
}

/// The line where `id = ...` starts (the AST carries no positions).
fn definition_line(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|line| line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map_or(1, |i| i + 1)
}

/// The id of the message whose definition holds a byte offset: the nearest `id =` at or above its line.
fn message_id_at(source: &str, offset: usize) -> Option<String> {
    let line_end = source[offset.min(source.len())..].find('\n').map_or(source.len(), |i| offset + i);
    source[..line_end].lines().rev().find_map(|line| {
        let (id, _) = line.split_once('=')?;
        let id = id.trim_end();
        let valid = id.chars().next()?.is_ascii_alphabetic()
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        valid.then(|| id.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes a locale tree under the temp folder: `files` is (lang, file, source).
    fn tree(name: &str, files: &[(&str, &str, &str)]) -> PathBuf {
        let root = std::env::temp_dir().join(format!("rumbo-l10n-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for (lang, file, source) in files {
            fs::create_dir_all(root.join(lang)).unwrap();
            fs::write(root.join(lang).join(file), source).unwrap();
        }
        root
    }

    fn whole(es: &str, others: &str) -> Vec<(&'static str, &'static str, String)> {
        LANGUAGES
            .iter()
            .map(|lang| (*lang, "rumbo.ftl", if *lang == "es" { es.to_string() } else { others.to_string() }))
            .collect()
    }

    fn run(name: &str, files: Vec<(&str, &str, String)>) -> Vec<String> {
        let borrowed: Vec<(&str, &str, &str)> = files.iter().map(|(l, f, s)| (*l, *f, s.as_str())).collect();
        let root = tree(name, &borrowed);
        check_dir(&root).iter().map(|f| f.to_string().replace(&root.display().to_string(), "")).collect()
    }

    #[test]
    fn identical_locales_pass() {
        assert!(run("ok", whole("a = uno\nb = { $n } días\n", "a = one\nb = { $n } days\n")).is_empty());
    }

    #[test]
    fn a_missing_id_is_named_with_its_file() {
        let out = run("missing", whole("a = uno\nb = dos\n", "a = one\n"));
        assert!(out.iter().any(|f| f.contains("/ru/rumbo.ftl:1:1: error: [b] missing")), "{out:?}");
    }

    #[test]
    fn a_syntax_error_is_named_with_line_column_and_id() {
        let mut files = whole("a = uno\nb = dos\n", "a = one\nb = two\n");
        files[3].2 = "a = one\nb = { two\n".to_string();
        let out = run("syntax", files);
        assert!(out.iter().any(|f| f.starts_with("/ru/rumbo.ftl:2:") && f.contains("[b] syntax error")), "{out:?}");
    }

    #[test]
    fn a_dropped_variable_is_an_error() {
        let mut files = whole("days = { $days } días\n", "days = { $days } days\n");
        files[3].2 = "days = дней\n".to_string();
        let out = run("vars", files);
        assert!(
            out.iter().any(|f| f.contains("/ru/rumbo.ftl:1:1: error: [days] variables [] differ from Spanish [$days]")),
            "{out:?}"
        );
    }

    #[test]
    fn extra_ids_and_files_are_errors() {
        let mut files = whole("a = uno\n", "a = one\n");
        files[1].2 = "a = one\nz = extra\n".to_string();
        files.push(("ht", "other.ftl", "x = y\n".to_string()));
        let out = run("extra", files);
        assert!(out.iter().any(|f| f.contains("/en/rumbo.ftl:2:1: error: [z] not in Spanish")), "{out:?}");
        assert!(out.iter().any(|f| f.contains("/ht/other.ftl:1:1: error: extra file")), "{out:?}");
    }

    #[test]
    fn the_shipped_locales_pass() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let findings = check_dir(&root);
        assert!(findings.is_empty(), "{}", findings.iter().map(|f| f.to_string()).collect::<Vec<_>>().join("\n"));
    }
}
