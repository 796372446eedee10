//! Every phone, e-mail and web address of the facts file is either on a card or withheld with a reason
//! (`tests/facts-contacts.tsv`), so a card can never say "no phone found" for a number the facts give, and no
//! value ships that the facts file does not hold.

use std::path::{Path, PathBuf};

use rumbo::directory::{Directory, Entry};

#[derive(Debug)]
struct Row {
    kind: String,
    value: String,
    lines: Vec<usize>,
    status: String,
    entries: Vec<String>,
    reason: String,
}

fn rows() -> Vec<Row> {
    let text = include_str!("facts-contacts.tsv");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 6, "six tab-separated columns: {line}");
            Row {
                kind: cols[0].into(),
                value: cols[1].into(),
                lines: cols[2].split(',').map(|n| n.trim().parse().expect("a line number")).collect(),
                status: cols[3].into(),
                entries: cols[4].split(',').filter(|e| *e != "-").map(String::from).collect(),
                reason: cols[5].into(),
            }
        })
        .collect()
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// The phone-like runs of a line (digits with spaces, dashes, parentheses and a leading +) holding at least
/// seven digits, leaving out web addresses and dates (YYYY-MM-DD, DD-MM-YYYY).
fn phone_like(line: &str) -> Vec<String> {
    // A word with a slash is a web address or a path (or "24/7"), never part of a phone number here.
    let words: Vec<&str> = line.split(' ').map(|w| if w.contains('/') { "|" } else { w }).collect();
    let line = words.join(" ");
    let mut runs = vec![String::new()];
    for c in line.chars() {
        if c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '+') {
            runs.last_mut().unwrap().push(c);
        } else {
            runs.push(String::new());
        }
    }
    runs.iter()
        .flat_map(|run| run.replace(" (", "\0(").split('\0').map(String::from).collect::<Vec<_>>())
        .map(|piece| piece.trim_matches(|c: char| !c.is_ascii_digit() && c != '+' && c != '(').trim().to_string())
        .filter(|piece| digits(piece).len() >= 7 && !is_date(piece))
        .collect()
}

fn is_date(piece: &str) -> bool {
    let shape: String = piece
        .trim_matches(|c| c == '(' || c == ')')
        .chars()
        .map(|c| if c.is_ascii_digit() { 'd' } else { c })
        .collect();
    shape == "dddd-dd-dd" || shape == "dd-dd-dddd"
}

fn emails(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    for (at, _) in chars.iter().enumerate().filter(|(_, c)| **c == '@') {
        let local = |c: &char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '+' | '-');
        let start = (0..at).rev().take_while(|i| local(&chars[*i])).last().unwrap_or(at);
        let end = (at + 1..chars.len())
            .take_while(|i| chars[*i].is_ascii_alphanumeric() || matches!(chars[*i], '.' | '-'))
            .last();
        if let Some(end) = end {
            out.push(chars[start..=end].iter().collect::<String>().trim_end_matches('.').to_string());
        }
    }
    out
}

/// Whether phone text `shown` (as a card shows it, or its dialable number) is the listed `value`.
fn same_phone(value: &str, shown: &str) -> bool {
    shown.contains(value) || (digits(value).len() >= 7 && digits(shown).ends_with(&digits(value)))
}

fn values_of<'a>(entry: &'a Entry, kind: &str) -> Vec<&'a str> {
    match kind {
        "phone" => {
            entry.phones.iter().flat_map(|p| [Some(p.display.as_str()), p.number.as_deref()]).flatten().collect()
        }
        "email" => entry.email.iter().map(|e| e.text.as_str()).collect(),
        "web" => entry.web.iter().map(|w| w.text.as_str()).collect(),
        _ => Vec::new(),
    }
}

fn matches(kind: &str, value: &str, shown: &str) -> bool {
    if kind == "phone" {
        same_phone(value, shown)
    } else {
        shown == value
    }
}

fn spanish_notes() -> &'static str {
    include_str!("../locales/es/directory-entries.ftl")
}

fn note_of(entry: &Entry) -> String {
    let id = entry.note_id.as_deref().expect("a note");
    let prefix = format!("{id} = ");
    spanish_notes().lines().find_map(|l| l.strip_prefix(&prefix)).unwrap_or_default().to_string()
}

#[test]
fn every_listed_value_is_shipped_noted_or_withheld_with_a_reason() {
    let dir = Directory::shipped();
    let rows = rows();
    assert!(rows.len() > 30, "the list was read");
    for row in &rows {
        assert!(["phone", "email", "web", "ignore"].contains(&row.kind.as_str()), "{row:?}");
        for id in &row.entries {
            assert!(dir.entry(id).is_some(), "{id}: no such entry ({row:?})");
        }
        let entries: Vec<&Entry> = row.entries.iter().filter_map(|id| dir.entry(id)).collect();
        match row.status.as_str() {
            "shipped" => {
                assert!(!entries.is_empty(), "{row:?}");
                for entry in entries {
                    assert!(
                        values_of(entry, &row.kind).iter().any(|shown| matches(&row.kind, &row.value, shown)),
                        "{}: the facts give {} “{}” (F:{:?}) but the card does not",
                        entry.id,
                        row.kind,
                        row.value,
                        row.lines
                    );
                }
            }
            "note" => {
                for entry in entries {
                    assert!(note_of(entry).contains(&row.value), "{}: the note lacks {}", entry.id, row.value);
                }
            }
            "withheld" | "ignore" => {
                assert!(row.reason.len() > 10, "say why {} is withheld", row.value);
                for entry in &dir.entries {
                    for shown in values_of(entry, &row.kind) {
                        assert!(!matches(&row.kind, &row.value, shown), "{}: ships withheld “{}”", entry.id, row.value);
                    }
                }
            }
            other => panic!("unknown status {other} in {row:?}"),
        }
    }
}

#[test]
fn withheld_numbers_appear_in_no_directory_text() {
    let rows = rows();
    let withheld: Vec<&Row> = rows.iter().filter(|r| r.kind == "phone" && r.status == "withheld").collect();
    for lang in ["es", "en", "ht", "ru"] {
        for file in ["directory.ftl", "directory-entries.ftl"] {
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang).join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                for piece in phone_like(line) {
                    let hit = withheld.iter().find(|r| digits(&piece).contains(&digits(&r.value)));
                    assert!(hit.is_none(), "{}:{}: withheld number {piece}", path.display(), n + 1);
                }
            }
        }
    }
}

#[test]
fn every_phone_web_and_email_on_a_card_is_in_the_list() {
    let dir = Directory::shipped();
    let rows = rows();
    for entry in &dir.entries {
        for kind in ["phone", "email", "web"] {
            let shipped: Vec<&Row> = rows
                .iter()
                .filter(|r| r.kind == kind && r.status == "shipped" && r.entries.contains(&entry.id))
                .collect();
            let shown: Vec<&str> = match kind {
                "phone" => entry.phones.iter().map(|p| p.display.as_str()).collect(),
                _ => values_of(entry, kind),
            };
            for value in shown {
                assert!(
                    shipped.iter().any(|r| matches(kind, &r.value, value)),
                    "{}: {kind} “{value}” is not in tests/facts-contacts.tsv: cite its line in the facts file",
                    entry.id
                );
            }
        }
    }
}

#[test]
fn a_card_with_a_phone_never_says_its_phone_was_not_found() {
    for entry in Directory::shipped().entries.iter().filter(|e| !e.phones.is_empty() && e.note_id.is_some()) {
        let note = note_of(entry);
        for denial in ["No se encontró teléfono", "ni teléfono", "ni su teléfono", "Su teléfono no se pudo"] {
            assert!(!note.contains(denial), "{}: the note says “{denial}” next to a phone", entry.id);
        }
    }
}

/// The facts file, which lives next to the repository (`../shared/research/`), or where RUMBO_FACTS says.
fn facts_file() -> Option<(PathBuf, Vec<String>)> {
    let path = std::env::var_os("RUMBO_FACTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/research/domain-facts.md"));
    let text = std::fs::read_to_string(&path).ok()?;
    Some((path, text.lines().map(String::from).collect()))
}

#[test]
fn each_value_is_on_its_cited_lines_and_the_list_holds_every_phone_and_email_of_the_facts_file() {
    let Some((path, lines)) = facts_file() else {
        eprintln!("facts file not found (set RUMBO_FACTS): only the data was checked against the list");
        return;
    };
    let rows = rows();
    for row in &rows {
        for &n in &row.lines {
            let line = lines.get(n - 1).unwrap_or_else(|| panic!("{} has no line {n}", path.display()));
            let on_line = line.contains(&row.value)
                || (row.kind == "phone" && phone_like(line).iter().any(|p| digits(p) == digits(&row.value)));
            assert!(on_line, "“{}” is not on line {n} of {}: {line}", row.value, path.display());
        }
    }
    for (i, line) in lines.iter().enumerate() {
        for piece in phone_like(line) {
            let listed = rows
                .iter()
                .any(|r| matches!(r.kind.as_str(), "phone" | "ignore") && digits(&r.value) == digits(&piece));
            assert!(listed, "line {}: phone “{piece}” is not in tests/facts-contacts.tsv", i + 1);
        }
        for email in emails(line) {
            let listed = rows.iter().any(|r| r.kind == "email" && r.value == email);
            assert!(listed, "line {}: e-mail “{email}” is not in tests/facts-contacts.tsv", i + 1);
        }
    }
}

#[test]
fn the_scanner_finds_phones_but_not_dates_or_addresses() {
    assert_eq!(phone_like("Tels. (55) 56818125 y (55) 54907400"), ["(55) 56818125", "(55) 54907400"]);
    assert_eq!(phone_like("+1 520 623 7874 (24/7) | 2025-11-02 | 18-02-2022"), ["+1 520 623 7874"]);
    assert_eq!(phone_like("capacity 2024 (140 people), https://x.org/1234567890"), Vec::<String>::new());
    assert_eq!(emails("write to casadeluztijuana@gmail.com."), ["casadeluztijuana@gmail.com"]);
}

#[test]
fn every_address_on_a_card_is_written_in_the_facts_file_word_for_word() {
    let Some((path, lines)) = facts_file() else {
        eprintln!("facts file not found (set RUMBO_FACTS): addresses not checked");
        return;
    };
    let facts = lines.join("\n");
    for entry in &Directory::shipped().entries {
        for address in entry.address.iter().chain(entry.address_conflict.iter()) {
            assert!(facts.contains(&address.text), "{}: “{}” is not in {}", entry.id, address.text, path.display());
        }
    }
}
