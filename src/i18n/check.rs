//! The translators' check (`rumbo-cli l10n check`): every locale parses and has exactly Spanish's messages
//! with the same variables, every plural selector has the categories its language needs, no message is
//! empty or carries broken guide markup, and every id the app takes from its data files exists. Findings
//! name the file, line, column and message id. Errors fail the check; warnings (a message identical to
//! Spanish) do not.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    fmt, fs,
    path::{Path, PathBuf},
};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use fluent_syntax::parser;

use super::languages::{Lang, LANGUAGES};
use super::nesting;
use crate::content::{markup, Guides};

/// What the locales must provide beyond matching Spanish: ids that data files and code build at run time,
/// and the guide sections that `[text](guide:ID)` links may point at.
#[derive(Default)]
pub struct Expectations {
    pub required_ids: Vec<String>,
    pub sections: Vec<String>,
}

impl Expectations {
    /// What the shipped app needs: the guides' and the directory's messages, dates in words, the deadline's terms.
    pub fn shipped() -> Expectations {
        let guides = Guides::shipped();
        let mut required_ids = guides.message_ids();
        required_ids.extend(super::dates::message_ids());
        required_ids.extend(crate::deadline::TERMS.iter().map(|t| format!("deadline-term-{}", t.id)));
        required_ids.extend(crate::directory::Directory::shipped().message_ids());
        required_ids.extend(crate::case::message_ids());
        Expectations { required_ids, sections: guides.sections.iter().map(|s| s.id.clone()).collect() }
    }
}

/// Languages CLDR has no plural rules for, with the categories they use. Haitian Creole marks the plural with
/// a word ("yo"), never on the noun, so one form serves every number.
const PLURALS_WITHOUT_CLDR: &[(&str, &[&str])] = &[("ht", &["other"])];

/// The plural categories a selector on a whole number must offer in `lang`.
pub fn plural_categories(lang: &str) -> Vec<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    if let Some((_, categories)) = PLURALS_WITHOUT_CLDR.iter().find(|(code, _)| *code == lang) {
        return categories.to_vec();
    }
    let id: Result<unic_langid::LanguageIdentifier, _> = lang.parse();
    let Some(rules) = id.ok().and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok()) else {
        return vec!["other"];
    };
    let name = |c: PluralCategory| match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    };
    let mut found: Vec<&str> = (0..=1000u32).filter_map(|n| rules.select(n).ok()).map(name).collect();
    found.push("other");
    let order = ["zero", "one", "two", "few", "many", "other"];
    order.into_iter().filter(|c| found.contains(c)).collect()
}

const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

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

/// A message as the checker sees it: where it is, which variables it uses, and its text.
pub(super) struct MessageInfo {
    line: usize,
    variables: BTreeSet<String>,
    /// The variant keys of each plural selector.
    plurals: Vec<BTreeSet<String>>,
    /// The literal text, for empty messages, markup and the identical-to-Spanish warning.
    pub(super) text: String,
    has_placeables: bool,
}

/// One parsed locale file.
pub(super) struct FileInfo {
    path: PathBuf,
    pub(super) messages: BTreeMap<String, MessageInfo>,
}

/// Checks `root/<lang>/*.ftl` for every language in `LANGUAGES`, against Spanish and `expect`.
pub fn check_dir(root: &Path, expect: &Expectations) -> Vec<Finding> {
    let mut findings = Vec::new();
    let reference = Lang::ES.code();
    let es_files = ftl_files(&root.join(reference));
    if es_files.is_empty() {
        findings.push(error(root.join(reference), 1, 1, None, "no .ftl files in the reference locale".into()));
        return findings;
    }
    let mut defined = BTreeSet::new();
    for name in &es_files {
        let es = parse_file(&root.join(reference).join(name), &mut findings);
        check_messages(reference, &es, expect, &mut findings);
        defined.extend(es.messages.keys().cloned());
        for lang in LANGUAGES.iter().filter(|l| **l != reference) {
            let path = root.join(lang).join(name);
            // Anything there that is not a regular file is refused by parse_file, with the reason.
            if !path.exists() {
                findings.push(error(path, 1, 1, None, format!("missing: every locale needs the file {name}")));
                continue;
            }
            let other = parse_file(&path, &mut findings);
            check_messages(lang, &other, expect, &mut findings);
            compare(&es, &other, &mut findings);
        }
    }
    for id in expect.required_ids.iter().filter(|id| !defined.contains(*id)) {
        findings.push(error(
            root.join(reference),
            1,
            1,
            Some(id),
            "used by the app or its data files, but no locale defines it".into(),
        ));
    }
    for folder in folders(root).iter().filter(|f| !LANGUAGES.contains(&f.as_str())) {
        findings.push(error(
            root.join(folder),
            1,
            1,
            None,
            format!("the app ignores this locale: add \"{folder}\" to LANGUAGES in src/i18n/languages.rs"),
        ));
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

/// Checks that need only one file: plural categories, empty messages, guide markup.
fn check_messages(lang: &str, file: &FileInfo, expect: &Expectations, findings: &mut Vec<Finding>) {
    let needed = plural_categories(lang);
    for (id, message) in &file.messages {
        let at = |text: String| error(file.path.clone(), message.line, 1, Some(id), text);
        for keys in &message.plurals {
            let missing: Vec<&str> = needed.iter().copied().filter(|c| !keys.contains(*c)).collect();
            if !missing.is_empty() {
                findings.push(at(format!("plural selector lacks [{}], which {lang} needs", missing.join("], ["))));
            }
        }
        if message.text.trim().is_empty() && !message.has_placeables {
            findings.push(at("empty message".into()));
        }
        for problem in markup::problems(&message.text) {
            findings.push(at(format!("markup: {problem}")));
        }
        for target in markup::targets(&markup::parse(&message.text)) {
            if let markup::Target::Guide(section) = target {
                if !expect.sections.is_empty() && !expect.sections.contains(section) {
                    findings.push(at(format!("link to unknown guide section “{section}”")));
                }
            }
        }
    }
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
            Some(message) if message.text == reference.text && message.text.chars().any(char::is_alphabetic) => {
                findings.push(Finding {
                    severity: Severity::Warning,
                    ..error(
                        other.path.clone(),
                        message.line,
                        1,
                        Some(id),
                        "identical to Spanish: not translated?".into(),
                    )
                })
            }
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

pub(super) fn parse_file(path: &Path, findings: &mut Vec<Finding>) -> FileInfo {
    let mut info = FileInfo { path: path.to_path_buf(), messages: BTreeMap::new() };
    let source = match read_source(path) {
        Ok(source) => source,
        Err(e) => {
            findings.push(error(path.to_path_buf(), 1, 1, None, format!("cannot read: {e}")));
            return info;
        }
    };
    let source = crate::text::strip_bom(&source);
    let lines = Lines::new(source);
    let (guarded, too_deep) = nesting::guard(source);
    for at in too_deep {
        let (line, col) = lines.line_col(at);
        let text = format!(
            "nested more than {} levels deep (placeables, selects or calls): refused without parsing",
            nesting::MAX_DEPTH
        );
        findings.push(error(path.to_path_buf(), line, col, lines.message_id_at(at), text));
    }
    let resource = parser::parse(guarded.as_ref()).unwrap_or_else(|(resource, errors)| {
        for e in errors {
            // The junk slice starts where the broken message starts: point there, not at end of input.
            let at = e.slice.as_ref().map_or(e.pos.start, |slice| slice.start);
            let (line, col) = lines.line_col(at);
            findings.push(error(path.to_path_buf(), line, col, lines.message_id_at(at), format!("syntax error: {e}")));
        }
        resource
    });
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let id = message.id.name.to_string();
            let mut variables = BTreeSet::new();
            let mut plurals = Vec::new();
            for pattern in message.value.iter().chain(message.attributes.iter().map(|a| &a.value)) {
                collect_variables(pattern, &mut variables);
                collect_plurals(pattern, &mut plurals);
            }
            // What a person sees is the value; a string literal such as `{ "" }` counts as text.
            let mut text = String::new();
            let mut has_placeables = false;
            for element in message.value.iter().flat_map(|p| &p.elements) {
                match element {
                    PatternElement::TextElement { value } => text.push_str(value),
                    PatternElement::Placeable {
                        expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                    } => text.push_str(value),
                    PatternElement::Placeable { .. } => has_placeables = true,
                }
            }
            let line = lines.definition_line(&id);
            let info_entry = MessageInfo { line, variables, plurals, text, has_placeables };
            if info.messages.insert(id.clone(), info_entry).is_some() {
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

/// The variant keys of every select whose keys are plural categories (`[one]`, `[few]`...).
fn collect_plurals(pattern: &Pattern<&str>, out: &mut Vec<BTreeSet<String>>) {
    for element in &pattern.elements {
        let PatternElement::Placeable { expression: Expression::Select { variants, .. } } = element else { continue };
        let keys: BTreeSet<String> = variants
            .iter()
            .filter_map(|v| match &v.key {
                VariantKey::Identifier { name } => Some(name.to_string()),
                VariantKey::NumberLiteral { .. } => None,
            })
            .collect();
        if keys.iter().any(|k| PLURAL_KEYS.contains(&k.as_str())) {
            out.push(keys);
        }
        for variant in variants {
            collect_plurals(&variant.value, out);
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

/// The locale folders under `root`: those that hold at least one .ftl file.
fn folders(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.retain(|name| !ftl_files(&root.join(name)).is_empty());
    names.sort();
    names
}

pub(super) fn ftl_files(dir: &Path) -> Vec<String> {
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

/// A locale file's text. Only regular files are opened: a FIFO would block the check for ever and a device
/// such as /dev/zero would fill memory.
fn read_source(path: &Path) -> Result<String, String> {
    let metadata = fs::metadata(path).map_err(|e| e.to_string())?;
    if !metadata.is_file() {
        return Err("not a regular file (a folder, a pipe or a device)".into());
    }
    fs::read_to_string(path).map_err(|e| e.to_string())
}

/// Where each line of a source starts and which ids are defined where, built in one pass, so every lookup is a
/// binary search or a hash lookup. (Scanning from the top for each message or error made a 10 MB file take
/// many minutes.)
struct Lines<'a> {
    source: &'a str,
    /// Byte offset of each line's start.
    starts: Vec<usize>,
    /// For each line, the nearest line at or above it that starts `id =`, with that id.
    owner: Vec<Option<&'a str>>,
    /// The first line (1-based) where each id is defined.
    first: HashMap<&'a str, usize>,
}

impl<'a> Lines<'a> {
    fn new(source: &'a str) -> Lines<'a> {
        let mut lines = Lines { source, starts: Vec::new(), owner: Vec::new(), first: HashMap::new() };
        let mut start = 0;
        let mut owner = None;
        for (index, line) in source.split('\n').enumerate() {
            if let Some(id) = defined_id(line) {
                owner = Some(id);
                lines.first.entry(id).or_insert(index + 1);
            }
            lines.starts.push(start);
            lines.owner.push(owner);
            start += line.len() + 1;
        }
        lines
    }

    /// The 0-based line that holds a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset).saturating_sub(1)
    }

    /// 1-based line and column (in characters) of a byte offset.
    fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.source.len());
        let line = self.line_of(offset);
        // Counting the bytes that start a character never panics, even off a character boundary.
        let col = self.source.as_bytes()[self.starts[line]..offset].iter().filter(|b| (**b as i8) >= -0x40).count();
        (line + 1, col + 1)
    }

    /// The line where `id = ...` starts (the AST carries no positions).
    fn definition_line(&self, id: &str) -> usize {
        self.first.get(id).copied().unwrap_or(1)
    }

    /// The id of the message whose definition holds a byte offset: the nearest `id =` at or above its line.
    fn message_id_at(&self, offset: usize) -> Option<&'a str> {
        self.owner[self.line_of(offset.min(self.source.len()))]
    }
}

/// The id a line defines, if it starts `id =`.
fn defined_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let valid = id.chars().next()?.is_ascii_alphabetic()
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then_some(id)
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
        let expect = Expectations { required_ids: vec![], sections: vec!["rights".into()] };
        check_dir(&root, &expect).iter().map(|f| f.to_string().replace(&root.display().to_string(), "")).collect()
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
    fn plural_selectors_need_every_category_of_their_language() {
        let es = "n = { $n ->\n    [one] un día\n   *[other] { $n } días\n}\n";
        let mut files = whole(es, es);
        files[3].2 = "n = { $n ->\n    [one] { $n } день\n   *[other] { $n } дня\n}\n".to_string();
        files[2].2 = "n = { $n ->\n   *[other] { $n } jou\n}\n".to_string();
        let out = run("plural", files);
        assert!(
            out.iter().any(|f| f.contains("/ru/rumbo.ftl:1:1: error: [n] plural selector lacks [few], [many]")),
            "{out:?}"
        );
        assert!(!out.iter().any(|f| f.contains("/ht/")), "Kreyòl needs only [other]: {out:?}");
        assert_eq!(plural_categories("ru"), ["one", "few", "many", "other"]);
        assert_eq!(plural_categories("es"), ["one", "other"]);
        assert_eq!(plural_categories("ht"), ["other"]);
    }

    #[test]
    fn empty_messages_and_broken_markup_are_errors() {
        let mut files =
            whole("a = uno\nb = **dos** y [tres](guide:rights)\n", "a = one\nb = **two** [three](guide:rights)\n");
        files[1].2 = "a = one\nb = **two [three](guide:nowhere)\n".to_string();
        files[2].2 = "a = { \"\" }\n    .attr = x\nb = **de** [twa](guide:rights)\n".to_string();
        let out = run("empty", files);
        assert!(out.iter().any(|f| f.contains("/en/rumbo.ftl:2:1: error: [b] markup: unbalanced **")), "{out:?}");
        assert!(
            out.iter().any(|f| f.contains("/en/rumbo.ftl:2:1: error: [b] link to unknown guide section “nowhere”")),
            "{out:?}"
        );
        assert!(out.iter().any(|f| f.contains("/ht/rumbo.ftl:1:1: error: [a] empty message")), "{out:?}");
    }

    #[test]
    fn ids_the_data_files_use_must_exist_and_identical_text_only_warns() {
        let files = whole("a = uno\n", "a = uno\n");
        let borrowed: Vec<(&str, &str, &str)> = files.iter().map(|(l, f, s)| (*l, *f, s.as_str())).collect();
        let root = tree("required", &borrowed);
        let expect = Expectations { required_ids: vec!["guide-x-title".into()], sections: vec![] };
        let findings = check_dir(&root, &expect);
        let text: Vec<String> = findings.iter().map(|f| f.to_string()).collect();
        assert!(text.iter().any(|f| f.contains("[guide-x-title] used by the app")), "{text:?}");
        let warnings = findings.iter().filter(|f| f.severity == Severity::Warning).count();
        assert_eq!(warnings, 3, "{text:?}");
    }

    #[test]
    fn a_new_language_folder_needs_only_its_code_in_languages() {
        let mut files = whole("a = uno\n", "a = one\n");
        files.push(("pt", "rumbo.ftl", "a = um\n".to_string()));
        let out = run("fifth", files);
        assert_eq!(
            out,
            ["/pt:1:1: error: the app ignores this locale: add \"pt\" to LANGUAGES in src/i18n/languages.rs"]
        );
    }

    #[test]
    fn the_shipped_locales_pass() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let findings = check_dir(&root, &Expectations::shipped());
        let errors: Vec<String> =
            findings.iter().filter(|f| f.severity == Severity::Error).map(|f| f.to_string()).collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }
}
