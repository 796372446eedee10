//! A crash in the middle of a write (power, the OOM killer, `kill -9`) loses nothing committed: a child process
//! writing a large transaction is killed with SIGKILL while its journal is hot, and the database is reopened.
#![cfg(unix)]

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use rumbo::storage::{open_file, Bookmark, Kind, StoredCase};

const COMMITTED: usize = 2_000;

fn guide(target: String, created: i64) -> Bookmark {
    Bookmark { kind: Kind::Guide, target, data: None, created }
}

/// Run only as the child below: commits the first items, then writes a transaction too large to finish before
/// the parent kills it (it never ends by itself quickly enough).
#[test]
fn child_writes_until_killed() {
    let Ok(db) = std::env::var("RUMBO_CRASH_DB") else { return };
    let mut store = open_file(Path::new(&db)).unwrap().store;
    store.add_all(&(0..COMMITTED).map(|i| guide(format!("kept-{i}"), i as i64)).collect::<Vec<_>>()).unwrap();
    store.save_case(&case("2025-03-03")).unwrap();
    std::fs::write(format!("{db}.committed"), "").unwrap();
    loop {
        let torn: Vec<Bookmark> = (0..300_000).map(|i| guide(format!("torn-{i:07}-{}", "x".repeat(150)), i)).collect();
        store.add_all_with_case(&torn, Some(&case("2026-01-01"))).unwrap();
    }
}

/// The person's case as committed before the crash, and the one the torn transaction tries to put in its place.
fn case(entry: &str) -> StoredCase {
    StoredCase { version: 1, facts: format!(r#"{{"entry":"{entry}"}}"#), updated: 1 }
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

#[test]
fn a_write_killed_with_sigkill_loses_nothing_committed_and_sets_nothing_aside() {
    let dir = std::env::temp_dir().join(format!("rumbo-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("rumbo.sqlite");
    let journal = PathBuf::from(format!("{}-journal", db.display()));
    let child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_writes_until_killed", "--nocapture", "--test-threads=1"])
        .env("RUMBO_CRASH_DB", &db)
        .spawn()
        .unwrap();
    // Killed however this test ends, so a failed assertion never leaves the writer running.
    struct Killed(std::process::Child);
    impl Drop for Killed {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let mut child = Killed(child);
    // Killed once the big transaction has spilled pages into the database file: the journal is then hot and the
    // file torn, which only a rollback can repair. (SIGKILL: std's `Child::kill` on Unix.)
    let started = Instant::now();
    let mut committed_size = 0;
    loop {
        assert!(started.elapsed() < Duration::from_secs(120), "the child never reached the middle of its write");
        assert!(child.0.try_wait().unwrap().is_none(), "the child ended by itself");
        if committed_size == 0 && dir.join("rumbo.sqlite.committed").exists() {
            committed_size = size(&db);
        }
        // Only pages that existed before the transaction go to the journal, so it stays small; the database
        // growing past its committed size shows the transaction's pages were spilled into it.
        if committed_size > 0 && size(&journal) > 0 && size(&db) > committed_size + 1024 * 1024 {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.0.kill().unwrap();
    assert_eq!(child.0.wait().unwrap().signal(), Some(9), "killed with SIGKILL");
    assert!(journal.exists(), "a hot journal was left");

    let opened = open_file(&db).unwrap();
    assert_eq!(opened.notice, None, "not judged damaged");
    let list = opened.store.list().unwrap();
    assert_eq!(list.len(), COMMITTED, "every committed item, none of the torn transaction");
    assert!(list.iter().all(|b| b.target.starts_with("kept-")));
    assert_eq!(opened.store.case().unwrap(), Some(case("2025-03-03")), "the committed case, not the torn one");
    drop(opened);
    let mut left: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    left.sort();
    assert_eq!(left, ["rumbo.sqlite", "rumbo.sqlite.committed"], "nothing set aside");
    std::fs::remove_dir_all(&dir).unwrap();
}
