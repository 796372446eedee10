//! `rumbo-cli bookmarks`: an outreach worker preparing a phone, or a person moving to a new one.

use std::path::Path;

use rumbo::storage::{export_json, import_json, open_file, Notice};

fn open(db: &Path) -> Result<rumbo::storage::Store, String> {
    let opened = open_file(db).map_err(|e| e.to_string())?;
    match &opened.notice {
        Some(Notice::SetAside(aside)) => {
            eprintln!(
                "{}: was damaged; kept as {} (with its journal, if any) and a new database was made",
                db.display(),
                aside.display()
            )
        }
        Some(Notice::Newer { found }) => {
            eprintln!("{}: written by a newer Rumbo (schema {found}); opened read-only", db.display())
        }
        None => {}
    }
    Ok(opened.store)
}

pub fn list(db: &Path) -> Result<(), String> {
    for b in open(db)?.list()? {
        println!("{}\t{}", b.kind_id(), b.target);
    }
    Ok(())
}

pub fn export(db: &Path) -> Result<(), String> {
    println!("{}", export_json(&open(db)?)?);
    Ok(())
}

pub fn import(db: &Path, file: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut store = open(db)?;
    let added = import_json(&mut store, &text).map_err(|e| format!("{}: {e}", file.display()))?;
    println!("{}: {added} new bookmarks", db.display());
    Ok(())
}
