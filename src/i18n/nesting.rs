//! Fluent sources nested deeper than any real message are refused before they reach fluent-syntax: its
//! recursive-descent parser overflows the stack (an abort, not an error) at about 10,000 levels of
//! placeables, selects or calls, which a 20 KB file can hold.
//!
//! The scan follows just enough of Fluent's grammar to count what the parser would nest: placeables `{`,
//! call arguments `(`, string literals (whose braces do not count), and a select's variant keys `[key]`
//! (after which comes text, where quotes and parentheses are plain characters). It restarts at every line
//! that starts an entry (`id =`, `-term =`, a `#` comment at column 0): the parser never carries nesting
//! across one, because it either ends the pattern or is a syntax error there.

use std::borrow::Cow;

/// Far deeper than any message needs (Rumbo's deepest is three), far shallower than a stack allows.
pub const MAX_DEPTH: usize = 50;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// A pattern's text: only `{` and `}` mean anything, and `[`/`*` at a line's start begin a variant key.
    Text,
    /// Inside a placeable or call: strings, references, numbers, keys.
    Expr,
}

#[derive(Clone, Copy, PartialEq)]
enum Open {
    Brace,
    Paren,
}

/// The source with every entry nested deeper than `MAX_DEPTH` blanked out (each byte but a newline becomes a
/// space, so lines and byte offsets elsewhere stay as they were), and for each such entry the byte offset where
/// it passed the limit.
pub fn guard(source: &str) -> (Cow<'_, str>, Vec<usize>) {
    let bytes = source.as_bytes();
    // (start of the entry, where it passed the limit, where the next entry starts)
    let mut refused: Vec<(usize, usize, usize)> = Vec::new();
    let mut stack: Vec<(Open, Mode)> = Vec::new();
    let (mut mode, mut in_string, mut escaped, mut line_start, mut blank_so_far) =
        (Mode::Text, false, false, true, true);
    let mut entry_start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if line_start {
            line_start = false;
            if starts_entry(&bytes[i..]) {
                if let Some(last) = refused.last_mut().filter(|r| r.2 == usize::MAX) {
                    last.2 = i;
                }
                (entry_start, mode, in_string) = (i, Mode::Text, false);
                stack.clear();
            }
        }
        if b == b'\n' {
            (line_start, blank_so_far, in_string, escaped) = (true, true, false, false);
            continue;
        }
        if refused.last().is_some_and(|r| r.2 == usize::MAX) {
            continue; // already refused: skip to the next entry
        }
        let first_on_line = blank_so_far && b != b' ' && b != b'\t' && b != b'\r';
        if first_on_line {
            blank_so_far = false;
        }
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        let close = |stack: &mut Vec<(Open, Mode)>, mode: &mut Mode, kind: Open| {
            if stack.last().is_some_and(|(open, _)| *open == kind) {
                *mode = stack.pop().expect("checked").1;
            }
        };
        match (mode, b) {
            (Mode::Text, b'{') => {
                stack.push((Open::Brace, Mode::Text));
                mode = Mode::Expr;
            }
            (Mode::Text, b'}') => close(&mut stack, &mut mode, Open::Brace),
            (Mode::Text, b'[' | b'*') if first_on_line && !stack.is_empty() => mode = Mode::Expr,
            (Mode::Text, _) => {}
            (Mode::Expr, b'"') => in_string = true,
            (Mode::Expr, b'{') => stack.push((Open::Brace, Mode::Expr)),
            (Mode::Expr, b'(') => stack.push((Open::Paren, Mode::Expr)),
            (Mode::Expr, b'}') => close(&mut stack, &mut mode, Open::Brace),
            (Mode::Expr, b')') => close(&mut stack, &mut mode, Open::Paren),
            (Mode::Expr, b']') => mode = Mode::Text,
            (Mode::Expr, _) => {}
        }
        if stack.len() > MAX_DEPTH {
            refused.push((entry_start, i, usize::MAX));
        }
    }
    if refused.is_empty() {
        return (Cow::Borrowed(source), Vec::new());
    }
    let mut blanked = bytes.to_vec();
    for &(start, _, end) in &refused {
        for b in &mut blanked[start..end.min(bytes.len())] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }
    let blanked = String::from_utf8(blanked).expect("whole lines of UTF-8 replaced by ASCII spaces");
    (Cow::Owned(blanked), refused.iter().map(|r| r.1).collect())
}

/// Whether a line starts an entry: a comment, or a message or term id followed by `=`.
fn starts_entry(line: &[u8]) -> bool {
    if line.first() == Some(&b'#') {
        return true;
    }
    let id = line.strip_prefix(b"-").unwrap_or(line);
    if !id.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let rest = &id[id.iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b'_').count()..];
    rest.iter().find(|b| **b != b' ' && **b != b'\t') == Some(&b'=')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(source: &str) -> Vec<usize> {
        guard(source).1
    }

    #[test]
    fn real_messages_pass_untouched() {
        let source =
            "a = { $n ->\n    [one] { $n } día (\"hábil\")\n   *[other] { NUMBER($n, style: \"x{\") } días\n}\n\
                      -t = { -u(case: \"x\") }\n# { { {\nb = ) ) ] \" { { {\n    } } }\n";
        let (text, deep) = guard(source);
        assert!(deep.is_empty());
        assert!(matches!(text, Cow::Borrowed(_)));
    }

    #[test]
    fn deep_placeables_selects_and_calls_are_refused_and_blanked_to_the_next_entry() {
        let deep = |open: &str, close: &str| {
            format!("ok = x\nbad = {}{}\n  more\nnext = y\n", open.repeat(60), close.repeat(60))
        };
        for source in [deep("{", "}"), deep("{ $x -> *[a] ", "}"), deep("{ F(", ")}"), deep("{ $x -> *[a] ) \" ", "}")]
        {
            let (text, offsets) = guard(&source);
            assert_eq!(offsets.len(), 1, "{source}");
            assert!(offsets[0] > source.find("bad").unwrap());
            assert!(text.starts_with("ok = x\n") && text.ends_with("\nnext = y\n"), "{text}");
            assert_eq!(text.len(), source.len());
            assert!(!text.contains("bad") && !text.contains("more"));
        }
    }

    #[test]
    fn nesting_does_not_carry_over_from_one_entry_to_the_next() {
        let source: String = (0..100).map(|i| format!("m{i} = {{ unclosed\n")).collect();
        assert!(refused(&source).is_empty());
    }

    #[test]
    fn braces_inside_string_literals_do_not_count() {
        assert!(refused(&format!("a = {{ \"{}\" }}\n", "{".repeat(100))).is_empty());
        assert_eq!(refused(&format!("a = \" {}\n", "{".repeat(100))).len(), 1, "a quote in text is text");
    }
}
