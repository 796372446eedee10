//! The schema, as an ordered list of migrations; `PRAGMA user_version` in the database records how far it is.

use std::sync::LazyLock;

use rusqlite_migration::{Migrations, M};

/// One entry per migration, never edited once released: a change is a new migration at the end.
pub(super) const STEPS: &[&str] = &[
    // 1: bookmarks. `target` is a stable id (a guide section, a directory entry, a deadline's term and start),
    // never a translated title, so saved items survive new versions and other languages.
    "CREATE TABLE bookmark (
        kind TEXT NOT NULL CHECK (kind IN ('guide', 'entry', 'deadline')),
        target TEXT NOT NULL CHECK (length(target) BETWEEN 1 AND 200),
        data TEXT CHECK (data IS NULL OR json_valid(data)),
        created INTEGER NOT NULL,
        PRIMARY KEY (kind, target)
    ) STRICT;",
    // 2: the person's own case, one per device (`id` is always 1). `facts` is the case module's JSON, `version`
    // its format's version, so a later Rumbo can convert an older case instead of guessing.
    "CREATE TABLE my_case (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL CHECK (version >= 1),
        facts TEXT NOT NULL CHECK (json_valid(facts) AND length(facts) <= 16384),
        updated INTEGER NOT NULL
    ) STRICT;",
];

pub const SCHEMA_VERSION: usize = STEPS.len();

/// `PRAGMA application_id` of every Rumbo database: the ASCII letters "Rmbo" (0x526D626F). It tells Rumbo's file
/// from another program's SQLite file, which is refused rather than migrated. Databases made before it was stamped
/// have 0; one of those is accepted (and stamped) only when its schema is Rumbo's own, or it is empty.
pub const APPLICATION_ID: i32 = 0x526D_626F;

pub fn migrations() -> &'static Migrations<'static> {
    static MIGRATIONS: LazyLock<Migrations<'static>> =
        LazyLock::new(|| Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect()));
    &MIGRATIONS
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::migrations().validate().unwrap();
    }
}
