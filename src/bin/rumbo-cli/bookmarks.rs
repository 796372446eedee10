//! `rumbo-cli bookmarks`: an outreach worker preparing a phone, or a person moving to a new one.

use std::{io::Write, path::Path};

use anyhow::Context;
use rumbo::storage::{export_json_with_case, import_file, open_file, CaseImport, Notice, OpenError};

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

/// The saved items as a file; the person's case goes in only with `with_case`, as in the app, because anyone who
/// sees the file can read its dates.
pub fn export(out: &mut dyn Write, db: &Path, with_case: bool) -> CliResult {
    let store = open(db)?;
    let case = if with_case { store.case()? } else { None };
    if with_case && case.is_none() {
        note(format_args!("{}: has no case; the file holds the bookmarks only", db.display()));
    }
    writeln!(out, "{}", export_json_with_case(&store.list()?, case.as_ref()))?;
    Ok(())
}

pub fn import(out: &mut dyn Write, db: &Path, file: &Path) -> CliResult {
    let text = std::fs::read_to_string(file).with_context(|| file.display().to_string())?;
    let mut store = open(db)?;
    let today = chrono::Local::now().date_naive();
    let now = chrono::Utc::now().timestamp();
    let imported = import_file(&mut store, &text, today, now).with_context(|| file.display().to_string())?;
    writeln!(out, "{}: {} new bookmarks", db.display(), imported.added)?;
    match imported.case {
        CaseImport::None => {}
        CaseImport::Added => writeln!(out, "{}: the file's case was added", db.display())?,
        CaseImport::Same => writeln!(out, "{}: the same case was already there", db.display())?,
        CaseImport::KeptOwn => {
            writeln!(out, "{}: a different case is already there and was kept; the file's was not added", db.display())?
        }
    }
    Ok(())
}
