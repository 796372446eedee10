//! `rumbo-cli bookmarks`: an outreach worker preparing a phone, or a person moving to a new one.

use std::{io::Write, path::Path};

use anyhow::Context;
use rumbo::storage::{export_json, import_json, open_file, Notice, OpenError};

use crate::output::{note, CliResult};

fn open(db: &Path) -> Result<rumbo::storage::Store, OpenError> {
    let opened = open_file(db)?;
    match &opened.notice {
        Some(Notice::SetAside(aside)) => note(format_args!(
            "{}: was damaged; kept as {} (with its journal, if any) and a new database was made",
            db.display(),
            aside.display()
        )),
        Some(Notice::Newer { found }) => {
            note(format_args!("{}: written by a newer Rumbo (schema {found}); opened read-only", db.display()))
        }
        None => {}
    }
    Ok(opened.store)
}

pub fn list(out: &mut dyn Write, db: &Path) -> CliResult {
    for b in open(db)?.list()? {
        writeln!(out, "{}\t{}", b.kind_id(), b.target)?;
    }
    Ok(())
}

pub fn export(out: &mut dyn Write, db: &Path) -> CliResult {
    writeln!(out, "{}", export_json(&open(db)?)?)?;
    Ok(())
}

pub fn import(out: &mut dyn Write, db: &Path, file: &Path) -> CliResult {
    let text = std::fs::read_to_string(file).with_context(|| file.display().to_string())?;
    let mut store = open(db)?;
    let added = import_json(&mut store, &text).with_context(|| file.display().to_string())?;
    writeln!(out, "{}: {added} new bookmarks", db.display())?;
    Ok(())
}
