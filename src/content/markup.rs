//! The small markup guide texts use, parsed here so locale text is never injected as HTML.
//!
//! - a line starting with `## ` is a sub-heading; a blank line starts a new paragraph;
//! - lines starting with `- ` are list items;
//! - `**strong**` for the key action, `_término_` for an official Spanish term;
//! - `[text](guide:ID)`, `[text](screen:NAME)`, `[911](tel:911)` for links.
//!
//! Anything malformed is kept as plain text (a person still reads it) and reported by `problems`.

/// A screen a guide may link to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Screen {
    Deadline,
    Directory,
    Official,
    Guides,
    Settings,
}

impl Screen {
    pub const ALL: [Screen; 5] =
        [Screen::Deadline, Screen::Directory, Screen::Official, Screen::Guides, Screen::Settings];

    /// How guide text names it: `[text](screen:NAME)`.
    pub fn name(self) -> &'static str {
        match self {
            Screen::Deadline => "deadline",
            Screen::Directory => "directory",
            Screen::Official => "official",
            Screen::Guides => "guides",
            Screen::Settings => "settings",
        }
    }

    fn from_name(name: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|s| s.name() == name)
    }
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Target {
    Guide(String),
    Screen(Screen),
    /// A phone number of digits (and a leading `+`), for `tel:` links.
    Tel(String),
}

impl Target {
    fn parse(text: &str) -> Option<Target> {
        let (scheme, rest) = text.split_once(':')?;
        match scheme {
            "guide" if is_id(rest) => Some(Target::Guide(rest.to_string())),
            "screen" => Screen::from_name(rest).map(Target::Screen),
            "tel" if is_phone(rest) => Some(Target::Tel(rest.to_string())),
            _ => None,
        }
    }
}

fn is_id(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn is_phone(text: &str) -> bool {
    let digits = text.strip_prefix('+').unwrap_or(text);
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Inline {
    Text(String),
    Strong(String),
    /// An official Spanish term, shown in italics and marked as Spanish for screen readers.
    Term(String),
    Link {
        text: String,
        target: Target,
    },
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Block {
    Heading(String),
    Paragraph(Vec<Inline>),
    List(Vec<Vec<Inline>>),
}

/// Parses a message's text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut items: Vec<Vec<Inline>> = Vec::new();
    let flush_paragraph = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(inlines(&paragraph.join(" "))));
            paragraph.clear();
        }
    };
    let flush_list = |items: &mut Vec<Vec<Inline>>, blocks: &mut Vec<Block>| {
        if !items.is_empty() {
            blocks.push(Block::List(std::mem::take(items)));
        }
    };
    for line in text.lines().map(str::trim) {
        if let Some(item) = line.strip_prefix("- ") {
            flush_paragraph(&mut paragraph, &mut blocks);
            items.push(inlines(item.trim()));
            continue;
        }
        flush_list(&mut items, &mut blocks);
        if let Some(heading) = line.strip_prefix("## ") {
            flush_paragraph(&mut paragraph, &mut blocks);
            blocks.push(Block::Heading(heading.trim().to_string()));
        } else if line.is_empty() {
            flush_paragraph(&mut paragraph, &mut blocks);
        } else {
            paragraph.push(line);
        }
    }
    flush_paragraph(&mut paragraph, &mut blocks);
    flush_list(&mut items, &mut blocks);
    blocks
}

/// Parses the inline markup of one paragraph or list item.
pub fn inlines(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    // A closing `_` not found after one opening is not found after any later one either: remembering that keeps
    // a text full of unclosed terms linear (searching again from each one was quadratic).
    let mut no_closing_underscore = false;
    while let Some(c) = rest.chars().next() {
        let after_word = plain.chars().last().is_some_and(char::is_alphanumeric);
        let found = match c {
            '*' if rest.starts_with("**") => {
                rest[2..].find("**").map(|end| (Inline::Strong(strip_terms(&rest[2..2 + end])), 4 + end))
            }
            '_' if !after_word && !no_closing_underscore => {
                let found = closing_underscore(&rest[1..]).map(|end| (Inline::Term(rest[1..1 + end].into()), end + 2));
                no_closing_underscore = found.is_none();
                found
            }
            '[' => link(rest),
            _ => None,
        };
        match found {
            Some((inline, len)) => {
                if !plain.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut plain)));
                }
                out.push(inline);
                rest = &rest[len..];
            }
            None => {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    out
}

/// The end of a `_term_`: an underscore not followed by a letter or digit, with something before it.
fn closing_underscore(text: &str) -> Option<usize> {
    text.char_indices()
        .filter(|&(i, c)| c == '_' && i > 0)
        .find(|&(i, _)| !text[i + 1..].chars().next().is_some_and(char::is_alphanumeric))
        .map(|(i, _)| i)
}

fn link(text: &str) -> Option<(Inline, usize)> {
    // Neither a label nor a valid target holds a `[`, so the search stops at the next one: each `[` then looks
    // only as far as the next, and a text of a million `[` takes linear time (searching to the end from each
    // one was quadratic).
    let text = &text[..text[1..].find('[').map_or(text.len(), |i| i + 1)];
    let close = text.find("](")?;
    let end = close + text[close..].find(')')?;
    let label = &text[1..close];
    let target = Target::parse(&text[close + 2..end])?;
    (!label.is_empty()).then(|| (Inline::Link { text: label.to_string(), target }, end + 1))
}

fn strip_terms(text: &str) -> String {
    inlines(text).iter().map(inline_text).collect()
}

fn inline_text(inline: &Inline) -> &str {
    match inline {
        Inline::Text(t) | Inline::Strong(t) | Inline::Term(t) => t,
        Inline::Link { text, .. } => text,
    }
}

/// The text a person reads, without markup: for search, reading aloud and sharing.
pub fn plain_text(blocks: &[Block]) -> String {
    let line = |parts: &[Inline]| parts.iter().map(inline_text).collect::<String>();
    let lines: Vec<String> = blocks
        .iter()
        .map(|block| match block {
            Block::Heading(text) => text.clone(),
            Block::Paragraph(parts) => line(parts),
            Block::List(items) => items.iter().map(|i| format!("- {}", line(i))).collect::<Vec<_>>().join("\n"),
        })
        .collect();
    lines.join("\n\n")
}

/// Every link target in the text, for checks that guide links point at real sections.
pub fn targets(blocks: &[Block]) -> Vec<&Target> {
    blocks
        .iter()
        .flat_map(|block| match block {
            Block::Heading(_) => Vec::new(),
            Block::Paragraph(parts) => vec![parts],
            Block::List(items) => items.iter().collect(),
        })
        .flatten()
        .filter_map(|part| match part {
            Inline::Link { target, .. } => Some(target),
            _ => None,
        })
        .collect()
}

/// What a translator should fix: markers left in the text after parsing (unbalanced `**` or `_`, a link
/// with an unknown target).
pub fn problems(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for block in parse(text) {
        let parts: Vec<Inline> = match block {
            Block::Heading(_) => continue,
            Block::Paragraph(parts) => parts,
            Block::List(items) => items.into_iter().flatten().collect(),
        };
        for part in parts {
            let Inline::Text(text) = part else { continue };
            if text.contains("**") {
                found.push(format!("unbalanced ** in “{}”", excerpt(&text)));
            }
            if text.contains("](") {
                found.push(format!("link with an unknown target in “{}”", excerpt(&text)));
            }
            if text.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|w| w.starts_with('_') || w.ends_with('_'))
            {
                found.push(format!("unbalanced _ in “{}”", excerpt(&text)));
            }
        }
    }
    found
}

fn excerpt(text: &str) -> String {
    let short: String = text.trim().chars().take(40).collect();
    if short.len() < text.trim().len() {
        format!("{short}…")
    } else {
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Inline {
        Inline::Text(t.into())
    }

    #[test]
    fn paragraphs_headings_and_lists_become_blocks() {
        let blocks = parse("## Qué hacer\nPrimera línea\nsigue aquí.\n\nOtro párrafo.\n- uno\n- dos\nFin.");
        assert_eq!(
            blocks,
            vec![
                Block::Heading("Qué hacer".into()),
                Block::Paragraph(vec![text("Primera línea sigue aquí.")]),
                Block::Paragraph(vec![text("Otro párrafo.")]),
                Block::List(vec![vec![text("uno")], vec![text("dos")]]),
                Block::Paragraph(vec![text("Fin.")]),
            ]
        );
    }

    #[test]
    fn strong_terms_and_links_are_parsed_inline() {
        let parts = inlines("Pide asilo **en 30 días** con tu _constancia de trámite_; ver [la calculadora](screen:deadline) o [911](tel:911).");
        assert_eq!(
            parts,
            vec![
                text("Pide asilo "),
                Inline::Strong("en 30 días".into()),
                text(" con tu "),
                Inline::Term("constancia de trámite".into()),
                text("; ver "),
                Inline::Link { text: "la calculadora".into(), target: Target::Screen(Screen::Deadline) },
                text(" o "),
                Inline::Link { text: "911".into(), target: Target::Tel("911".into()) },
                text("."),
            ]
        );
        assert_eq!(
            inlines("[Apelar](guide:decision-appeal)"),
            vec![Inline::Link { text: "Apelar".into(), target: Target::Guide("decision-appeal".into()) }]
        );
    }

    #[test]
    fn html_and_unknown_links_stay_plain_text() {
        let parts = inlines("<script>alert(1)</script> [x](https://example.org) [y](javascript:alert(1))");
        assert_eq!(parts, vec![text("<script>alert(1)</script> [x](https://example.org) [y](javascript:alert(1))")]);
    }

    #[test]
    fn underscores_inside_words_are_not_markers() {
        assert_eq!(inlines("snake_case_name"), vec![text("snake_case_name")]);
    }

    #[test]
    fn problems_name_unbalanced_markers_and_bad_links() {
        assert!(problems("Todo **bien** y _bien_. [ok](guide:rights)").is_empty());
        let found = problems("Falta **cerrar\n\nFalta _cerrar\n\n[mal](http://x.org)");
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].contains("**") && found[1].contains('_') && found[2].contains("link"));
    }

    #[test]
    fn a_link_label_or_target_never_holds_a_bracket() {
        assert_eq!(
            inlines("[[a](guide:x)"),
            vec![text("["), Inline::Link { text: "a".into(), target: Target::Guide("x".into()) }]
        );
        assert_eq!(inlines("[a](guide:[x)"), vec![text("[a](guide:[x)")]);
    }

    /// Each of these took minutes (quadratic searches from every marker); a bound of seconds leaves room for a
    /// slow debug build on a busy machine.
    #[test]
    fn a_megabyte_of_unclosed_markers_parses_in_linear_time() {
        for (unit, n) in [("[", 1_000_000), ("[a](", 250_000), ("[a](guide:x ", 80_000), (" _x", 330_000)] {
            let text = unit.repeat(n);
            let started = std::time::Instant::now();
            let blocks = parse(&text);
            problems(&text);
            assert_eq!(plain_text(&blocks).len(), text.trim().len(), "{unit}: kept as text");
            assert!(started.elapsed().as_secs() < 10, "{unit}: {:?}", started.elapsed());
        }
    }

    #[test]
    fn plain_text_drops_markup_and_keeps_words() {
        let blocks = parse("## Título\nUsa la [calculadora](screen:deadline) **hoy**.\n- _CURP_ temporal");
        assert_eq!(plain_text(&blocks), "Título\n\nUsa la calculadora hoy.\n\n- CURP temporal");
    }
}
