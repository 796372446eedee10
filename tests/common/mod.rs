//! Helpers the command-line test suites share.
#![allow(dead_code)] // Each suite compiles its own copy and uses only some of these.

use std::process::Command;

/// Runs rumbo-cli with `args`: whether it succeeded, its standard output and its standard error.
pub fn cli(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rumbo-cli")).args(args).output().expect("rumbo-cli runs");
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// A folder of the test's own, removed when it is dropped, also when the test fails.
pub fn scratch() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("rumbo-test-").tempdir().expect("a temporary folder")
}
