//! Directory notes that once said more than their sources (content audit, December 2026) stay fixed in all four
//! languages.

const LANGS: [(&str, &str, &str); 4] = [
    ("es", include_str!("../locales/es/directory.ftl"), include_str!("../locales/es/directory-entries.ftl")),
    ("en", include_str!("../locales/en/directory.ftl"), include_str!("../locales/en/directory-entries.ftl")),
    ("ht", include_str!("../locales/ht/directory.ftl"), include_str!("../locales/ht/directory-entries.ftl")),
    ("ru", include_str!("../locales/ru/directory.ftl"), include_str!("../locales/ru/directory-entries.ftl")),
];

fn message<'a>(file: &'a str, id: &str) -> &'a str {
    let prefix = format!("{id} = ");
    file.lines().find_map(|l| l.strip_prefix(&prefix)).unwrap_or_else(|| panic!("{id} is missing"))
}

#[test]
fn the_kreyol_inm_note_says_turned_away_not_sent_back() {
    let (_, _, entries) = LANGS[2];
    let note = message(entries, "dir-inm-note");
    assert!(note.contains("voye moun ale san li pa pran demann yo"), "the guide's wording (H2): {note}");
    assert!(!entries.contains("voye moun tounen"), "'voye tounen' reads as sending people back");
}

#[test]
fn the_911_line_says_only_what_a_source_gives() {
    for (lang, screen, _) in LANGS {
        let line = message(screen, "help-lines-911").to_lowercase();
        for unsourced in ["gratis", "free", "бесплат", "todo el día", "day and night", "круглосуточно", "lannwit"]
        {
            assert!(!line.contains(unsourced), "{lang}: “{unsourced}” has no source (U1): {line}");
        }
    }
}

#[test]
fn dated_and_attributed_statements_stay_so() {
    for (lang, _, entries) in LANGS {
        let aol = message(entries, "dir-al-otro-lado-note");
        assert!(
            aol.contains("2025") && aol.contains("20"),
            "{lang}: the end of asylum at the US border is dated (W11)"
        );
        let clinic = message(entries, "dir-espacio-migrante-note");
        assert!(clinic.contains("2021"), "{lang}: the legal clinic is dated by its 2021 report (U3)");
        for id in ["dir-embajadores-de-jesus-note", "dir-refugio-salesiano-don-bosco-note"] {
            assert!(message(entries, id).contains("2019"), "{lang}: {id} says its sources are various (U4)");
        }
    }
    let (_, _, es) = LANGS[0];
    assert!(!message(es, "dir-ciam-note").contains("no contacte"), "no imperative without a source (U2)");
    assert!(message(es, "dir-ciam-note").contains("pregunte a una organización"));
    assert!(!message(es, "dir-casa-de-los-pobres-note").contains("no dice qué días"), "the breakfast is daily (W8)");
}

#[test]
fn a_card_with_an_address_never_says_no_address_was_found() {
    let (_, _, es) = LANGS[0];
    for entry in rumbo::directory::Directory::shipped().entries.iter().filter(|e| e.address.is_some()) {
        let Some(id) = &entry.note_id else { continue };
        let note = message(es, id);
        for denial in ["No se encontraron dirección", "No se encontró la dirección", "No se encontró dirección"] {
            assert!(
                !note.contains(denial),
                "{}: the card shows an address but the note says “{denial}” (U4)",
                entry.id
            );
        }
    }
}
