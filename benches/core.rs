//! `make bench`, natively: Rumbo's core on this machine, as median and spread over repeated runs. Figures, not
//! pass or fail. Prints a table and writes target/bench/core.json.

use std::{hint::black_box, path::Path, time::Instant};

use chrono::NaiveDate;
use rumbo::content::Guides;
use rumbo::deadline::{compute, Calendar, Term};
use rumbo::directory::Directory;
use rumbo::i18n::{check, Lang, Localizer, LANGUAGES};
use rumbo::search::{entry_documents, guide_documents, Index};
use rumbo::storage::{open_bytes, open_in_memory, Bookmark, Kind};

/// Runs `f` `runs` times (after one warm-up) and returns (median, min, max) in microseconds.
fn measure(runs: usize, mut f: impl FnMut()) -> (f64, f64, f64) {
    f();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[0], times[times.len() - 1])
}

/// Queries a person might type, per language, one keystroke at a time.
const QUERIES: &[(&str, &[&str])] = &[
    ("es", &["asilo", "comar", "plazo", "albergue", "tarjeta"]),
    ("en", &["asylum", "comar", "deadline", "shelter", "card"]),
    ("ht", &["azil", "comar", "dat limit", "refij", "kat"]),
    ("ru", &["убежище", "comar", "срок", "приют", "карта"]),
];

fn main() {
    let localizer = Localizer::embedded();
    let mut rows: Vec<(String, (f64, f64, f64), usize)> = Vec::new();

    for lang in Lang::all() {
        let runs = 20;
        let build = measure(runs, || {
            let mut docs = guide_documents(Guides::shipped(), localizer, lang);
            docs.extend(entry_documents(Directory::shipped(), localizer, lang));
            black_box(Index::new(docs));
        });
        rows.push((format!("search index build ({lang})"), build, runs));
    }
    for (code, queries) in QUERIES {
        let index = Index::shipped(Lang::from_code(code).expect("shipped language"));
        // Every prefix, as typed: "a", "as", "asi"...
        let prefixes: Vec<String> =
            queries.iter().flat_map(|q| (1..=q.chars().count()).map(move |n| q.chars().take(n).collect())).collect();
        let runs = 50;
        let per_keystroke = measure(runs, || {
            for prefix in &prefixes {
                // As the screen asks: the count and the first results it draws.
                black_box(index.find(prefix, 12));
            }
        });
        let n = prefixes.len() as f64;
        rows.push((
            format!("search, per keystroke ({code})"),
            (per_keystroke.0 / n, per_keystroke.1 / n, per_keystroke.2 / n),
            runs,
        ));
    }

    let calendar = Calendar::shipped();
    let year: Vec<NaiveDate> = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date").iter_days().take(365).collect();
    let runs = 20;
    rows.push((
        "deadline, every day of 2026 (365 counts)".into(),
        measure(runs, || {
            for day in &year {
                let _ = black_box(compute(calendar, Term::Asylum, *day));
            }
        }),
        runs,
    ));

    // The texts: every language's locale files parsed into Fluent bundles (what a content pack's check does),
    // and what a start in one language parses: its own files and every language's name for the switch.
    let runs = 20;
    rows.push((
        format!("texts: parse the {} languages' locale files", LANGUAGES.len()),
        measure(runs, || {
            black_box(Localizer::from_sources(rumbo::i18n::embedded_sources()).problems());
        }),
        runs,
    ));
    rows.push((
        "texts: a start in Spanish (its own, 4 names)".into(),
        measure(runs, || {
            let l = Localizer::from_sources(rumbo::i18n::embedded_sources());
            black_box(l.text(Lang::ES, "home-title"));
            black_box(Lang::all().map(|lang| l.native_name(lang)).collect::<Vec<_>>());
        }),
        runs,
    ));

    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let expectations = rumbo::checks::l10n::expectations();
    let runs = 5;
    rows.push((
        format!("l10n check, {} shipped locales", LANGUAGES.len()),
        measure(runs, || {
            black_box(check::check_dir(&locales, &expectations));
        }),
        runs,
    ));

    let store = open_in_memory();
    for i in 0..50 {
        let bookmark = Bookmark { kind: Kind::Guide, target: format!("section-{i}"), data: None, created: i };
        store.add(&bookmark).expect("added");
    }
    let bytes = store.to_bytes().expect("serialised");
    let runs = 50;
    rows.push((
        "open + migrate a new database".into(),
        measure(runs, || {
            black_box(open_bytes(None, "bench").expect("opened"));
        }),
        runs,
    ));
    rows.push((
        "open a database of 50 bookmarks and list them".into(),
        measure(runs, || {
            black_box(open_bytes(Some(&bytes), "bench").expect("opened").store.list().expect("listed"));
        }),
        runs,
    ));

    println!(
        "{:<48} {:>12} {:>12} {:>12} {:>5}",
        "core (native, this machine)", "median µs", "min µs", "max µs", "runs"
    );
    for (name, (median, min, max), runs) in &rows {
        println!("{name:<48} {median:>12.1} {min:>12.1} {max:>12.1} {runs:>5}");
    }
    let json: Vec<_> = rows
        .iter()
        .map(|(name, (median, min, max), runs)| {
            serde_json::json!({ "name": name, "median_us": median, "min_us": min, "max_us": max, "runs": runs })
        })
        .collect();
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&out).expect("target/bench");
    std::fs::write(out.join("core.json"), serde_json::to_string_pretty(&json).expect("json")).expect("written");
}
