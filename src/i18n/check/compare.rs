//! Each locale against Spanish: the same messages with the same variables; identical text only warns.

use std::collections::BTreeSet;

use super::finding::{error, Finding, Severity};
use super::parse::FileInfo;

pub(super) fn compare(es: &FileInfo, other: &FileInfo, findings: &mut Vec<Finding>) {
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

fn list(variables: &BTreeSet<String>) -> String {
    let names: Vec<String> = variables.iter().map(|v| format!("${v}")).collect();
    format!("[{}]", names.join(", "))
}
