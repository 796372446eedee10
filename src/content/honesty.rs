//! Checks on the guides' words that keep two classes of error from coming back:
//! - a court's ruling shown as "what the law says": two amparos decided one case each, and nobody knows
//!   whether COMAR follows them in others;
//! - advice to apply, or to explain a late application, "in writing" without the oral route that LRPCAP
//!   art. 18 gives to anyone who cannot write: a person who cannot write would read that the door is shut.

use super::{markup, BlockKind, Guides};
use crate::i18n::{Lang, Localizer};

/// Words by which a Spanish text cites a court's ruling.
const RULING_MARKERS: &[&str] =
    &["suprema corte", "scjn", "amparo en revisión", "amparos en revisión", "sentencia", "jueces", "tesis", "tribunal"];

/// Whether a Spanish text cites a court's ruling.
pub fn cites_a_ruling(spanish: &str) -> bool {
    let text = spanish.to_lowercase();
    RULING_MARKERS.iter().any(|marker| text.contains(marker))
}

/// How each language says "in writing", and how it names the oral route.
fn phrases(lang: Lang) -> (&'static [&'static str], &'static [&'static str]) {
    match lang.code() {
        "es" => (&["por escrito"], &["de palabra", "de forma oral", "oralmente", "verbalmente"]),
        "en" => (&["in writing"], &["orally"]),
        "ht" => (&["alekri"], &["ak bouch"]),
        "ru" => (&["письменно", "в письменной форме"], &["устно"]),
        _ => (&[], &[]),
    }
}

/// Whether `phrase` is in `text` as whole words (so Russian "письменного переводчика" is not "письменно").
fn has_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Messages whose "in writing" is what an authority must do, or a route the sources give only in writing
/// (LRPCAP arts. 21, 24 and 25; LM art. 68): there the oral route would be wrong.
const WRITTEN_BY_LAW: &[&str] = &[
    "guide-decision-appeal-decision",
    "guide-how-to-apply-law",
    "guide-rights-papers",
    "official-lm-68-meaning",
    "official-lrpcap-21-meaning",
    "official-lrpcap-24-meaning",
];

/// The paragraphs and list items of `text` that say "in writing" and not the oral route. A quotation of the
/// law is left alone: it is the law's words, and the text around it must explain it.
pub fn written_without_oral(lang: Lang, text: &str) -> Vec<String> {
    let (written, oral) = phrases(lang);
    let mut found = Vec::new();
    for block in markup::parse(text) {
        let pieces = match &block {
            markup::Block::Heading(_) => continue,
            markup::Block::Paragraph(parts) => vec![parts.clone()],
            markup::Block::List(items) => items.clone(),
        };
        for parts in pieces {
            let plain = markup::plain_text(&[markup::Block::Paragraph(parts)]);
            let lower = plain.to_lowercase();
            if lower.trim_start().starts_with(['"', '«', '“']) {
                continue;
            }
            let says_written = written.iter().any(|p| has_phrase(&lower, p));
            let says_oral = oral.iter().any(|p| has_phrase(&lower, p));
            if says_written && !says_oral {
                found.push(plain);
            }
        }
    }
    found
}

/// Every block that cites a ruling but is not labelled as one, and every piece of advice that says
/// "in writing" without the oral route, in every language.
pub fn problems(guides: &Guides, localizer: &Localizer) -> Vec<String> {
    let mut found = Vec::new();
    for section in &guides.sections {
        for block in &section.blocks {
            let id = section.block_id(block);
            let spanish = localizer.text(Lang::ES, &id);
            if cites_a_ruling(&spanish) && !matches!(block.kind, BlockKind::CaseLaw | BlockKind::Unknown) {
                found.push(format!("{id} cites a court's ruling but is labelled {:?}, not case-law", block.kind));
            }
        }
    }
    let mut ids: Vec<String> = guides.sections.iter().flat_map(|s| s.message_ids()).collect();
    ids.extend(guides.official.iter().map(|o| o.meaning_id()));
    for lang in Lang::all() {
        for id in ids.iter().filter(|id| !WRITTEN_BY_LAW.contains(&id.as_str())) {
            for piece in written_without_oral(lang, &localizer.text(lang, id)) {
                found.push(format!("{id} in {lang}: says “in writing” without the oral route: {piece}"));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_guides_label_rulings_and_never_hide_the_oral_route() {
        let problems = problems(Guides::shipped(), Localizer::embedded());
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        let deadline = Guides::shipped().section("deadline").unwrap();
        let late = deadline.blocks.iter().find(|b| b.id == "late").unwrap();
        assert_eq!(late.kind, BlockKind::CaseLaw, "the 2019 amparos are shown as what the court said");
    }

    #[test]
    fn a_ruling_is_recognised() {
        assert!(cites_a_ruling("En 2019, la Suprema Corte (amparos en revisión 353/2019 y 399/2019) dijo"));
        assert!(cites_a_ruling("La SCJN resolvió"));
        assert!(!cites_a_ruling("Ley sobre Refugiados, artículo 18"));
    }

    #[test]
    fn writing_without_the_oral_route_is_found_in_every_language() {
        let es = Lang::ES;
        let bad = "## Si ya pasó\n- **Pide asilo igual.**\n- Explica por escrito por qué no pudiste antes.";
        assert_eq!(written_without_oral(es, bad), ["Explica por escrito por qué no pudiste antes."]);
        let good = "- Explica por escrito, o de palabra si no puedes escribir, por qué no pudiste antes.";
        assert!(written_without_oral(es, good).is_empty());
        assert!(written_without_oral(es, "\"deberá presentar por escrito su solicitud\"").is_empty(), "a quotation");
        for (code, bad) in [
            ("en", "Explain in writing why you could not apply earlier."),
            ("ht", "Esplike alekri poukisa ou pa t ka fè l anvan."),
            ("ru", "Письменно объясните, почему не смогли подать раньше."),
        ] {
            let lang = Lang::from_code(code).unwrap();
            assert_eq!(written_without_oral(lang, bad).len(), 1, "{code}");
        }
        let ru = Lang::from_code("ru").unwrap();
        assert!(written_without_oral(ru, "вам предоставят устного или письменного переводчика").is_empty());
    }
}
