//! `rumbo-cli deadline` as an outreach worker or another program uses it.

use std::process::Command;

fn cli(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rumbo-cli")).args(args).output().expect("rumbo-cli runs");
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn json_has_the_dates_the_counts_and_the_skipped_days_with_their_basis() {
    let (ok, out, _) = cli(&["deadline", "--entry", "2025-03-03", "--today", "2025-03-10", "--json"]);
    assert!(ok);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["entry"], "2025-03-03");
    assert_eq!(json["earliest"], "2025-04-15");
    assert_eq!(json["latest"], "2025-04-16");
    assert_eq!(json["working_days_elapsed"], 5);
    assert_eq!(json["working_days_left"], 25);
    assert_eq!(json["status"], "open");
    let skipped = json["skipped"].as_array().unwrap();
    assert!(skipped.iter().any(|d| d["date"] == "2025-03-21" && d["certainty"] == "certain"));
    assert!(skipped.iter().all(|d| d["basis"].as_str().is_some_and(|b| !b.is_empty())));
}

#[test]
fn the_appeal_term_is_chosen_by_name() {
    let (ok, out, _) =
        cli(&["deadline", "--entry", "2025-11-10", "--term", "appeal", "--today", "2025-11-10", "--json"]);
    assert!(ok);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((json["earliest"].as_str(), json["latest"].as_str()), (Some("2025-12-02"), Some("2025-12-04")));
}

#[test]
fn bad_input_exits_non_zero_with_one_line_that_says_why() {
    for (args, reason) in [
        (vec!["deadline", "--entry", "2025-02-30"], "does not exist"),
        (vec!["deadline", "--entry", "03/04/2025"], "YYYY-MM-DD"),
        (vec!["deadline", "--entry", "2010-05-01"], "before the refugee law"),
        (vec!["deadline", "--entry", "2025-06-02", "--today", "2025-06-01"], "after today"),
        (vec!["deadline", "--entry", "2025-06-02", "--term", "visa"], "unknown term"),
    ] {
        let (ok, out, err) = cli(&args);
        assert!(!ok, "{args:?} must fail");
        assert!(out.is_empty(), "{args:?} prints no result");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(reason), "{args:?}: {err}");
    }
}
