//! `rumbo-cli deadline` as an outreach worker or another program uses it.

mod common;

use common::cli;

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

/// Notified Mon 10 Nov 2025 (worked by hand in src/deadline/tests.rs): the strict reading of "a partir de la
/// notificación" with doubtful days counted gives Mon 1 Dec; LFPA art. 85 with the notification taking
/// effect the next working day, doubtful days skipped, gives Thu 4 Dec.
#[test]
fn the_appeal_term_is_chosen_by_name_and_each_date_names_its_reading() {
    let (ok, out, _) =
        cli(&["deadline", "--entry", "2025-11-10", "--term", "appeal", "--today", "2025-11-10", "--json"]);
    assert!(ok);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((json["earliest"].as_str(), json["latest"].as_str()), (Some("2025-12-01"), Some("2025-12-04")));
    let safe = &json["earliest_reading"];
    assert_eq!((safe["start_reading"].as_str(), safe["calendar"].as_str()), (Some("same-day"), Some("certain-only")));
    assert!(safe["source"].as_str().unwrap().starts_with("LRPCAP art. 25"));
    let latest = &json["latest_reading"];
    assert_eq!(
        (latest["start_reading"].as_str(), latest["calendar"].as_str(), latest["last"].as_str()),
        (Some("after-effect"), Some("certain-and-uncertain"), Some("2025-12-04"))
    );
    assert!(latest["source"].as_str().unwrap().starts_with("LFPA art. 85"));
    assert_eq!(json["readings"].as_array().unwrap().len(), 6, "3 start readings × 2 calendars");
}

/// The audit's case: filed by a third party on Fri 14 Nov 2025, the strict safe day is Tue 18 Nov.
#[test]
fn ratification_counts_the_filing_day_on_the_strict_reading() {
    let (ok, out, _) =
        cli(&["deadline", "--entry", "2025-11-14", "--term", "ratify", "--today", "2025-11-14", "--json"]);
    assert!(ok);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((json["earliest"].as_str(), json["latest"].as_str()), (Some("2025-11-18"), Some("2025-11-21")));
    assert_eq!(json["earliest_reading"]["first"], "2025-11-14", "the filing day is day 1");
    let (ok, text, _) = cli(&["deadline", "--entry", "2025-11-14", "--term", "ratify", "--today", "2025-11-14"]);
    assert!(ok);
    assert!(text.contains("Safe last day:     Tuesday 18 November 2025"), "{text}");
    assert!(text.contains("the start day itself is day 1"), "{text}");
}

#[test]
fn bad_input_exits_non_zero_with_one_line_that_says_why() {
    for (args, reason) in [
        (vec!["deadline", "--entry", "2025-06-02", "--today", "2025-06-01"], "after today"),
        // I2: the last days would fall in 2100, where the calendar knows nothing.
        (vec!["deadline", "--entry", "2099-12-31", "--today", "2099-12-31"], "after 2099"),
        (vec!["deadline", "--entry", "2099-11-02", "--term", "decision", "--today", "2099-12-31"], "after 2099"),
    ] {
        let (ok, out, err) = cli(&args);
        assert!(!ok, "{args:?} must fail");
        assert!(out.is_empty(), "{args:?} prints no result");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(reason), "{args:?}: {err}");
    }
}

/// A value the command cannot take is refused by the argument parser, on its first line, with the date's own
/// reason or the values allowed, and a pointer to --help.
#[test]
fn a_bad_value_is_refused_with_its_reason_or_the_values_allowed() {
    for (args, reason) in [
        (vec!["deadline", "--entry", "2025-02-30"], "does not exist"),
        (vec!["deadline", "--entry", "03/04/2025"], "YYYY-MM-DD"),
        (vec!["deadline", "--entry", "2010-05-01"], "before the refugee law"),
        // I1: no sign characters in a date.
        (vec!["deadline", "--entry", "2025-+3-03", "--today", "2025-06-01"], "YYYY-MM-DD"),
        (vec!["deadline", "--entry", "2025-06-02", "--today", "1/6/2025"], "YYYY-MM-DD"),
        (
            vec!["deadline", "--entry", "2025-06-02", "--term", "visa"],
            "[possible values: asylum, appeal, decision, ratify]",
        ),
    ] {
        let (ok, out, err) = cli(&args);
        assert!(!ok, "{args:?} must fail");
        assert!(out.is_empty(), "{args:?} prints no result");
        assert!(err.starts_with("error: invalid value"), "{args:?}: {err}");
        assert!(err.contains(reason), "{args:?}: {err}");
        assert!(err.contains("--help"), "{args:?}: {err}");
    }
}
