//! `rumbo-cli directory`: the data's rules for whoever edits it, and a printable list for outreach workers.

use std::{io::Write, path::Path};

use chrono::NaiveDate;
use rumbo::directory::{check, City, Directory, Kind, Severity};
use rumbo::i18n::{Lang, Localizer};

use crate::output::CliResult;

pub fn run_check(out: &mut dyn Write, file: Option<&Path>, today: Option<&str>) -> CliResult {
    let (dir, name) = load(file)?;
    let today = match today {
        Some(text) => {
            NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("--today {text}: not YYYY-MM-DD"))?
        }
        None => chrono::Local::now().date_naive(),
    };
    let problems = check(&dir, today);
    let printed = problems.iter().try_for_each(|p| {
        let level = if p.severity == Severity::Error { "error" } else { "warning" };
        writeln!(out, "{name}: {level}: [{}] {}", p.id, p.message)
    });
    let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
    let warnings = problems.len() - errors;
    // The verdict stands even if the reader stopped early (`directory check | head` with pipefail).
    if errors > 0 {
        return Err(format!("{errors} errors and {warnings} warnings in {name}").into());
    }
    printed?;
    writeln!(
        out,
        "{name}: {} entries, {} sources, no errors ({warnings} warnings)",
        dir.entries.len(),
        dir.sources.len()
    )?;
    Ok(())
}

pub fn run_list(out: &mut dyn Write, city: Option<&str>, kind: Option<&str>, json: bool) -> CliResult {
    let dir = Directory::shipped();
    let city = city
        .map(|c| {
            City::from_id(c)
                .ok_or_else(|| format!("unknown city {c}: one of {}", ids(City::ALL.iter().map(|c| c.id()))))
        })
        .transpose()?;
    let kind = kind
        .map(|k| {
            Kind::from_id(k)
                .ok_or_else(|| format!("unknown kind {k}: one of {}", ids(Kind::ALL.iter().map(|k| k.id()))))
        })
        .transpose()?;
    let filter = rumbo::directory::Filter { city, kind, ..Default::default() };
    let entries = filter.apply(&dir.entries);
    if json {
        let list = rumbo::directory::list_json(dir, &entries, chrono::Local::now().date_naive());
        writeln!(out, "{}", serde_json::to_string_pretty(&list).expect("plain values"))?;
        return Ok(());
    }
    let l = Localizer::embedded();
    for e in entries {
        writeln!(
            out,
            "{}  ({}, {})",
            e.name,
            l.text(Lang::ES, &e.kind.message_id()),
            l.text(Lang::ES, &e.city.message_id())
        )?;
        if let Some(address) = &e.address {
            writeln!(out, "  {}", address.text)?;
        }
        for phone in &e.phones {
            writeln!(out, "  tel. {}", phone.display)?;
        }
        if let Some(note) = &e.note_id {
            writeln!(out, "  {}", l.text(Lang::ES, note))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn load(file: Option<&Path>) -> Result<(Directory, String), String> {
    match file {
        None => {
            Ok((Directory::from_json(include_str!("../../../assets/directory.json"))?, "assets/directory.json".into()))
        }
        Some(path) => {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
            Ok((Directory::from_json(&text).map_err(|e| format!("{name}: {e}"))?, name))
        }
    }
}

fn ids<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    ids.collect::<Vec<_>>().join(", ")
}
