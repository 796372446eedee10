//! `rumbo-cli l10n` as a translator uses it: on the shipped locales, and on a copy with mistakes in it.

use std::{
    fs,
    path::Path,
    process::{Command, Stdio},
    thread::sleep,
    time::{Duration, Instant},
};

mod common;

use common::cli;
use tempfile::TempDir;

fn copy_locales(to: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for lang in fs::read_dir(&from).unwrap().map(|e| e.unwrap().path()) {
        let target = to.join(lang.file_name().unwrap());
        fs::create_dir_all(&target).unwrap();
        for file in fs::read_dir(&lang).unwrap().map(|e| e.unwrap().path()) {
            fs::copy(&file, target.join(file.file_name().unwrap())).unwrap();
        }
    }
}

/// A throwaway copy of the shipped locales, removed when dropped.
fn scratch() -> TempDir {
    let root = common::scratch();
    copy_locales(root.path());
    root
}

struct Run {
    /// None if a signal ended it (an abort, a stack overflow).
    code: Option<i32>,
    out: String,
    err: String,
    took: Duration,
}

/// Runs rumbo-cli with its output in files (so a large output never blocks it), killed if still running after
/// `limit`: a hang fails the test instead of hanging it.
fn cli_within(args: &[&str], limit: Duration) -> Run {
    let files = common::scratch();
    let (out_path, err_path) = (files.path().join("out"), files.path().join("err"));
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_rumbo-cli"))
        .args(args)
        .stdout(Stdio::from(fs::File::create(&out_path).unwrap()))
        .stderr(Stdio::from(fs::File::create(&err_path).unwrap()))
        .spawn()
        .expect("rumbo-cli runs");
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("rumbo-cli {args:?} still running after {limit:?}");
        }
        sleep(Duration::from_millis(20));
    };
    let took = started.elapsed();
    Run {
        code: status.code(),
        out: fs::read_to_string(&out_path).unwrap(),
        err: fs::read_to_string(&err_path).unwrap(),
        took,
    }
}

fn append(path: &Path, text: &str) -> usize {
    let mut old = fs::read_to_string(path).unwrap();
    if !old.ends_with('\n') {
        old.push('\n');
    }
    let first_new_line = old.lines().count() + 1;
    fs::write(path, old + text).unwrap();
    first_new_line
}

#[test]
fn the_shipped_locales_pass_the_check() {
    let (ok, out, err) = cli(&["l10n", "check"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("every locale is complete"), "{out}");
}

#[test]
fn an_injected_syntax_error_and_a_missing_id_are_both_named_with_file_and_line() {
    let scratch = scratch();
    let root = scratch.path();
    // A Russian message that loses its closing brace, and a Kreyòl guide title that disappears.
    let ru = root.join("ru/guides.ftl");
    let text = fs::read_to_string(&ru).unwrap().replace("{ $date }, больше", "{ $date , больше");
    fs::write(&ru, text).unwrap();
    let ht = root.join("ht/guide-tvrh.ftl");
    let text = fs::read_to_string(&ht).unwrap();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("guide-tvrh-title")).collect();
    fs::write(&ht, kept.join("\n")).unwrap();

    let (ok, out, err) = cli(&["l10n", "check", "--locales", root.to_str().unwrap()]);
    assert!(!ok, "the check fails");
    assert!(err.contains("errors"), "{err}");
    let stale_line = fs::read_to_string(&ru).unwrap().lines().position(|l| l.starts_with("guide-stale")).unwrap() + 1;
    assert!(
        out.lines()
            .any(|l| l.contains(&format!("ru/guides.ftl:{stale_line}:")) && l.contains("[guide-stale] syntax error")),
        "{out}"
    );
    assert!(out.lines().any(|l| l.contains("ht/guide-tvrh.ftl:1:1: error: [guide-tvrh-title] missing")), "{out}");
}

#[test]
fn status_counts_every_locale_against_spanish() {
    let (ok, out, _) = cli(&["l10n", "status"]);
    assert!(ok);
    let line = |lang: &str| out.lines().find(|l| l.starts_with(lang)).unwrap_or_else(|| panic!("{lang} in {out}"));
    assert!(line("es").ends_with("source"), "{out}");
    assert!(line("ht").ends_with("draft") && line("ru").ends_with("draft"), "{out}");
    let missing: Vec<u32> =
        ["en", "ht", "ru"].iter().map(|lang| line(lang).split_whitespace().nth(3).unwrap().parse().unwrap()).collect();
    assert_eq!(missing, [0, 0, 0], "{out}");
}

/// Each step of the check used to scan from the top of the file for every message and every error, so 10 MB
/// took about 15 minutes: the 120 s kill catches a return of that. How long it took is printed, not asserted (a
/// debug build took 36 s on a loaded 2-core machine, where CI's idle one is well inside the bound).
#[test]
fn a_ten_megabyte_locale_is_checked_without_hanging_with_every_line_right() {
    let scratch = scratch();
    let root = scratch.path();
    let mut es = String::new();
    let mut others = String::new();
    for i in 0..140_000 {
        es += &format!("big-{i} = Mensaje número {i}: ver [la guía](guide:rights), **ahora** y _trámite_.\n");
        others += &format!("big-{i} = m {i}\n");
    }
    // A megabyte of `[` (each one searched to the end for its `](`) and 40,000 syntax errors.
    es += &format!("brackets = {}\n", "[".repeat(1_000_000));
    assert!(es.len() > 10_000_000);
    fs::write(root.join("es/big.ftl"), &es).unwrap();
    for lang in ["ht", "ru"] {
        fs::write(root.join(lang).join("big.ftl"), &others).unwrap();
    }
    let broken: String = (0..40_000).map(|i| format!("broken-{i} = }}\n")).collect();
    fs::write(root.join("en/big.ftl"), others + &broken).unwrap();

    let run = cli_within(&["l10n", "check", "--locales", root.to_str().unwrap()], Duration::from_secs(120));
    eprintln!("l10n check of 10 MB: {:?}", run.took);
    assert_eq!(run.code, Some(1), "{}", run.err);
    assert_eq!(run.out.matches("syntax error").count(), 40_000);
    assert!(run.out.contains("en/big.ftl:180000:1: error: [broken-39999] syntax error"), "{}", &run.out[..2000]);
    assert!(run.out.contains("ru/big.ftl:1:1: error: [brackets] missing"), "{}", &run.out[..2000]);
    let status = cli_within(&["l10n", "status", "--locales", root.to_str().unwrap()], Duration::from_secs(120));
    eprintln!("l10n status of 10 MB: {:?}", status.took);
    assert_eq!(status.code, Some(0), "{}", status.err);
}

/// fluent-syntax's parser overflowed the stack (an abort) at 10,000 levels, even inside a term the checker
/// never looks into.
#[test]
fn nesting_beyond_a_fixed_depth_is_refused_with_file_and_line_not_a_crash() {
    let scratch = scratch();
    let root = scratch.path();
    let n = 20_000;
    let braces = format!("deep-braces = {}x{}\n", "{ ".repeat(n), " }".repeat(n));
    let selects = format!("deep-selects = {}x{}\n", "{ $n ->\n   *[other] ".repeat(n), "\n}".repeat(n));
    let braces_at = append(&root.join("en/rumbo.ftl"), &braces);
    let selects_at = append(&root.join("en/rumbo.ftl"), &selects);
    let after_at = append(&root.join("en/rumbo.ftl"), "deep-after = still read\n");
    append(&root.join("ru/rumbo.ftl"), &format!("-deep-term = {}x{}\n", "{ ".repeat(n), " }".repeat(n)));

    let run = cli_within(&["l10n", "check", "--locales", root.to_str().unwrap()], Duration::from_secs(60));
    assert_eq!(run.code, Some(1), "{}", run.err);
    let refused = |line: usize, id: &str| {
        run.out.lines().any(|l| {
            l.contains(&format!("/en/rumbo.ftl:{line}:")) && l.contains(&format!("[{id}] nested more than 50 levels"))
        })
    };
    assert!(refused(braces_at, "deep-braces"), "{}", run.out);
    // One select a line: the 51st passes the limit.
    assert!(refused(selects_at + 50, "deep-selects"), "{}", run.out);
    assert!(
        run.out.contains(&format!("/en/rumbo.ftl:{after_at}:1: error: [deep-after] not in Spanish")),
        "{}",
        run.out
    );
    assert!(run.out.lines().any(|l| l.contains("/ru/rumbo.ftl:") && l.contains("nested more than 50")), "{}", run.out);
    let status = cli_within(&["l10n", "status", "--locales", root.to_str().unwrap()], Duration::from_secs(60));
    assert_eq!(status.code, Some(0), "{}", status.err);
}

/// A FIFO blocked the check for ever (nobody writes to it); a device could fill memory.
#[test]
fn a_fifo_where_a_locale_file_should_be_is_refused_at_once() {
    let scratch = scratch();
    let root = scratch.path();
    fs::remove_file(root.join("en/rumbo.ftl")).unwrap();
    for fifo in ["es/pipe.ftl", "en/rumbo.ftl"] {
        let made = Command::new("mkfifo").arg(root.join(fifo)).status().expect("mkfifo runs");
        assert!(made.success());
    }
    let run = cli_within(&["l10n", "check", "--locales", root.to_str().unwrap()], Duration::from_secs(30));
    assert_eq!(run.code, Some(1), "{}", run.err);
    for fifo in ["es/pipe.ftl", "en/rumbo.ftl"] {
        assert!(
            run.out.contains(&format!("{fifo}:1:1: error: cannot read: not a regular file")),
            "{fifo}: {}",
            run.out
        );
    }
    let status = cli_within(&["l10n", "status", "--locales", root.to_str().unwrap()], Duration::from_secs(30));
    assert_eq!(status.code, Some(0), "{}", status.err);
}

/// Windows Notepad starts a file with a byte-order mark; it was a syntax error at 1:1.
#[test]
fn a_byte_order_mark_at_the_start_of_a_locale_file_is_accepted() {
    let scratch = scratch();
    let root = scratch.path();
    for file in ["es/rumbo.ftl", "ht/rumbo.ftl"] {
        let path = root.join(file);
        fs::write(&path, format!("\u{feff}{}", fs::read_to_string(&path).unwrap())).unwrap();
    }
    let run = cli_within(&["l10n", "check", "--locales", root.to_str().unwrap()], Duration::from_secs(30));
    assert_eq!(run.code, Some(0), "{}{}", run.out, run.err);
    assert!(run.out.contains("every locale is complete"), "{}", run.out);
}
