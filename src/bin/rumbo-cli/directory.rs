//! `rumbo-cli directory`: the data's rules for whoever edits it, and a printable list for outreach workers.

use std::{io::Write, path::Path};

use anyhow::Context;
use chrono::NaiveDate;
use rumbo::directory::{check, City, Directory, Kind, Severity};
use rumbo::i18n::{Lang, Localizer};

use crate::output::{fail, CliResult};

pub fn run_check(out: &mut dyn Write, file: Option<&Path>, today: Option<NaiveDate>) -> CliResult {
    let (dir, name) = load(file)?;
    let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let problems = check(&dir, today);
    let printed = problems.iter().try_for_each(|p| {
        let level = if p.severity == Severity::Error { "error" } else { "warning" };
        writeln!(out, "{name}: {level}: [{}] {}", p.id, p.message)
    });
    let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
    let warnings = problems.len() - errors;
    // The verdict stands even if the reader stopped early (`directory check | head` with pipefail).
    if errors > 0 {
        return Err(fail!("{errors} errors and {warnings} warnings in {name}"));
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

pub fn run_list(out: &mut dyn Write, city: Option<City>, kind: Option<Kind>, json: bool) -> CliResult {
    let dir = Directory::shipped();
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

fn load(file: Option<&Path>) -> anyhow::Result<(Directory, String)> {
    match file {
        None => {
            Ok((Directory::from_json(include_str!("../../../assets/directory.json"))?, "assets/directory.json".into()))
        }
        Some(path) => {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(path).with_context(|| name.clone())?;
            Ok((Directory::from_json(&text).with_context(|| name.clone())?, name))
        }
    }
}
