//! Positions in a locale file: line and column of a byte offset, and which message a line belongs to.

use std::collections::HashMap;

/// Where each line of a source starts and which ids are defined where, built in one pass, so every lookup is a
/// binary search or a hash lookup. (Scanning from the top for each message or error made a 10 MB file take
/// many minutes.)
pub(super) struct Lines<'a> {
    source: &'a str,
    /// Byte offset of each line's start.
    starts: Vec<usize>,
    /// For each line, the nearest line at or above it that starts `id =`, with that id.
    owner: Vec<Option<&'a str>>,
    /// The first line (1-based) where each id is defined.
    first: HashMap<&'a str, usize>,
}

impl<'a> Lines<'a> {
    pub(super) fn new(source: &'a str) -> Lines<'a> {
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
    pub(super) fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.source.len());
        let line = self.line_of(offset);
        // Counting the bytes that start a character never panics, even off a character boundary.
        let col = self.source.as_bytes()[self.starts[line]..offset].iter().filter(|b| (**b as i8) >= -0x40).count();
        (line + 1, col + 1)
    }

    /// The line where `id = ...` starts (the AST carries no positions).
    pub(super) fn definition_line(&self, id: &str) -> usize {
        self.first.get(id).copied().unwrap_or(1)
    }

    /// The id of the message whose definition holds a byte offset: the nearest `id =` at or above its line.
    pub(super) fn message_id_at(&self, offset: usize) -> Option<&'a str> {
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
