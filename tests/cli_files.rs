//! Input files as editors and systems leave them: a byte-order mark at the start (Windows Notepad writes one),
//! or a FIFO where a file should be. Each is read or refused with a reason; nothing hangs.

use std::{
    fs,
    process::{Command, Stdio},
    thread::sleep,
    time::{Duration, Instant},
};

use rumbo::{deadline::Calendar, directory::Directory};

mod common;

const BOM: &str = "\u{feff}";

/// (exit code, stdout, stderr) of rumbo-cli, which is killed (and the test failed) if it runs over 30 s.
fn cli(args: &[&str]) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rumbo-cli"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rumbo-cli runs");
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(30) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("rumbo-cli {args:?} still running after 30 s");
        }
        sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn a_directory_file_with_a_byte_order_mark_is_checked_like_any_other() {
    let scratch = common::scratch();
    let dir = scratch.path();
    let file = dir.join("directory.json");
    fs::write(&file, format!("{BOM}{}", include_str!("../assets/directory.json"))).unwrap();
    let (code, out, err) = cli(&["directory", "check", "--file", file.to_str().unwrap(), "--today", "2026-11-27"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("no errors"), "{out}");
}

#[test]
fn the_calendar_and_directory_data_read_the_same_with_a_byte_order_mark() {
    let calendar = include_str!("../assets/calendar.json");
    let with_mark = Calendar::from_json(&format!("{BOM}{calendar}")).expect("a leading mark is accepted");
    assert_eq!(with_mark.reviewed, Calendar::from_json(calendar).unwrap().reviewed);
    let directory = include_str!("../assets/directory.json");
    let with_mark = Directory::from_json(&format!("{BOM}{directory}")).expect("a leading mark is accepted");
    assert_eq!(with_mark.entries.len(), Directory::from_json(directory).unwrap().entries.len());
    // Only at the start: anywhere else it is a character the JSON grammar refuses, as before.
    assert!(Directory::from_json(&format!("{BOM}{BOM}{directory}")).is_err());
}

#[test]
fn precache_refuses_a_fifo_in_the_bundle_at_once_and_names_it() {
    let scratch = common::scratch();
    let dir = scratch.path();
    fs::create_dir_all(dir.join("assets")).unwrap();
    fs::write(dir.join("index.html"), "<!doctype html>").unwrap();
    let fifo = dir.join("assets/stuck.wasm");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs").success());
    let (code, out, err) = cli(&["precache", dir.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(err.contains("stuck.wasm: not a regular file"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}
