//! Every command that prints, when its reader stops early (`rumbo-cli … | head -c1`) and when the disk is full
//! (`>/dev/full`): the first ends quietly with success, the second with one line saying why. Neither panics.

use std::{
    fs,
    path::Path,
    process::{Command, Output, Stdio},
};

mod common;

/// A pipe whose only reader has already exited, so the command's first write meets a closed pipe (EPIPE).
fn closed_pipe() -> Stdio {
    let mut reader = Command::new("true").stdin(Stdio::piped()).spawn().expect("true runs");
    let writer = reader.stdin.take().expect("piped stdin");
    reader.wait().expect("true exits");
    Stdio::from(writer)
}

fn full_disk() -> Stdio {
    Stdio::from(fs::File::create("/dev/full").expect("/dev/full exists on Linux"))
}

fn run(args: &[String], stdout: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rumbo-cli"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("rumbo-cli runs")
}

/// A scratch folder for this test run: a bookmarks database with one item, and a small web bundle.
fn scratch() -> tempfile::TempDir {
    let scratch = common::scratch();
    let dir = scratch.path();
    fs::create_dir_all(dir.join("web/assets")).unwrap();
    fs::write(dir.join("web/index.html"), "<!doctype html>").unwrap();
    fs::write(
        dir.join("saved.json"),
        r#"{"format": "rumbo-bookmarks", "version": 1, "bookmarks": [{"kind": "guide", "target": "tvrh", "created": 1}]}"#,
    )
    .unwrap();
    let ok = Command::new(env!("CARGO_BIN_EXE_rumbo-cli"))
        .args(["bookmarks", "import", "--db"])
        .arg(dir.join("db.sqlite"))
        .arg(dir.join("saved.json"))
        .output()
        .unwrap();
    assert!(ok.status.success(), "{ok:?}");
    scratch
}

/// Every command that writes to standard output, with arguments that make it print.
fn commands(dir: &Path) -> Vec<Vec<String>> {
    let db = dir.join("db.sqlite").display().to_string();
    let list = [
        "--help",
        "--version",
        "deadline --entry 2025-03-03 --today 2025-04-01",
        "deadline --entry 2025-03-03 --today 2025-04-01 --json",
        "directory list",
        "directory list --json",
        "directory check --today 2026-11-27",
        "l10n check",
        "l10n status",
        "bookmarks list --db DB",
        "bookmarks export --db DB",
        "bookmarks import --db DB JSON",
        "precache WEB",
    ];
    let mut commands: Vec<Vec<String>> = list
        .iter()
        .map(|line| {
            line.split(' ')
                .map(|word| match word {
                    "DB" => db.clone(),
                    "JSON" => dir.join("saved.json").display().to_string(),
                    "WEB" => dir.join("web").display().to_string(),
                    word => word.to_string(),
                })
                .collect()
        })
        .collect();
    if cfg!(feature = "export") {
        commands.push(["export", "html", "--lang", "es"].map(String::from).to_vec());
    }
    commands
}

#[test]
fn a_reader_that_stops_early_ends_every_command_quietly_with_success() {
    let scratch = scratch();
    let dir = scratch.path();
    for args in commands(dir) {
        let out = run(&args, closed_pipe());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[test]
fn a_full_disk_fails_every_command_with_one_line() {
    let scratch = scratch();
    let dir = scratch.path();
    for args in commands(dir) {
        let out = run(&args, full_disk());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("rumbo-cli: standard output: No space left on device"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_failing_check_still_fails_when_its_reader_stops_early() {
    let scratch = scratch();
    let dir = scratch.path();
    let file = dir.join("directory.json");
    fs::write(&file, r#"{"checked": "2026-11-27", "sources": [], "entries": [{"id": "a", "name": "Casa", "kind": "shelter", "city": "tijuana", "address": {"text": "x", "source": "gone"}, "sources": []}]}"#).unwrap();
    let args = ["directory", "check", "--today", "2026-11-27", "--file"].map(String::from);
    let args = [&args[..], &[file.display().to_string()]].concat();
    let out = run(&args, closed_pipe());
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
}
