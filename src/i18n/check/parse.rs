//! Reading one locale file as the checker sees it: its messages with their lines, variables, plural selectors
//! and text, and every syntax error with its line, column and message id.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use fluent_syntax::parser;

use super::finding::{error, Finding};
use super::lines::Lines;
use super::plurals::PLURAL_KEYS;
use crate::i18n::nesting;
use crate::text::strip_bom;

/// A message as the checker sees it: where it is, which variables it uses, and its text.
pub(crate) struct MessageInfo {
    pub(super) line: usize,
    pub(super) variables: BTreeSet<String>,
    /// The variant keys of each plural selector.
    pub(super) plurals: Vec<BTreeSet<String>>,
    /// The literal text, for empty messages, markup and the identical-to-Spanish warning.
    pub(crate) text: String,
    pub(super) has_placeables: bool,
}

/// One parsed locale file.
pub(crate) struct FileInfo {
    pub(super) path: PathBuf,
    pub(crate) messages: BTreeMap<String, MessageInfo>,
}

pub(crate) fn parse_file(path: &Path, findings: &mut Vec<Finding>) -> FileInfo {
    let mut info = FileInfo { path: path.to_path_buf(), messages: BTreeMap::new() };
    let source = match read_source(path) {
        Ok(source) => source,
        Err(e) => {
            findings.push(error(path.to_path_buf(), 1, 1, None, format!("cannot read: {e}")));
            return info;
        }
    };
    let source = strip_bom(&source);
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

/// A locale file's text. Only regular files are opened: a FIFO would block the check for ever and a device
/// such as /dev/zero would fill memory.
fn read_source(path: &Path) -> Result<String, String> {
    let metadata = fs::metadata(path).map_err(|e| e.to_string())?;
    if !metadata.is_file() {
        return Err("not a regular file (a folder, a pipe or a device)".into());
    }
    fs::read_to_string(path).map_err(|e| e.to_string())
}
