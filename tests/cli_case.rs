//! `rumbo-cli case` as an outreach worker uses it: the timeline in the person's language, JSON for programs,
//! the reminders file, and a clear refusal of impossible facts.

use std::process::Command;

fn cli(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rumbo-cli")).args(args).output().expect("rumbo-cli runs");
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// Entered 3 March 2025, not filed by 20 August: the safe day was Tue 15 April (worked by hand in
/// src/case/tests.rs); the person is told to apply anyway.
#[test]
fn a_late_filer_gets_the_timeline_in_their_language() {
    let (ok, out, err) = cli(&["case", "--entry", "2025-03-03", "--today", "2025-08-20", "--lang", "en"]);
    assert!(ok, "{err}");
    assert!(out.starts_with("My case\nToday: Wednesday 20 August 2025\n"), "{out}");
    assert!(out.contains("latest possible day: Wednesday 16 April 2025"), "{out}");
    assert!(out.contains("What to do: Apply anyway"), "{out}");
    assert!(!out.to_lowercase().contains("missed"));
    let (ok, es, _) = cli(&["case", "--entry", "2025-03-03", "--today", "2025-08-20"]);
    assert!(ok && es.starts_with("Mi caso\n") && es.contains("Pide asilo igual"), "Spanish by default: {es}");
}

#[test]
fn json_has_the_facts_the_steps_with_their_days_and_the_text() {
    let (ok, out, err) = cli(&[
        "case",
        "--entry",
        "2025-03",
        "--filed",
        "2025-11-14",
        "--third-party",
        "--sign-in",
        "wed",
        "--today",
        "2025-11-17",
        "--json",
    ]);
    assert!(ok, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["facts"]["entry"]["precision"], "month");
    let steps = json["timeline"]["steps"].as_array().unwrap();
    let ratify = steps.iter().find(|s| s["kind"] == "ratification").unwrap();
    assert_eq!(
        (ratify["deadline"]["earliest"].as_str(), ratify["deadline"]["latest"].as_str()),
        (Some("2025-11-18"), Some("2025-11-21"))
    );
    assert_eq!(ratify["state"], "current");
    assert_eq!(ratify["next"]["id"], "case-next-ratify");
    // A month of entry: counted from 1 March, and said.
    let asylum = steps.iter().find(|s| s["kind"] == "asylum-term").unwrap();
    assert_eq!(asylum["deadline"]["start"], "2025-03-01");
    assert!(json["text"].as_str().unwrap().contains("Rumbo cuenta desde el primer día posible"));
    assert_eq!(json["timeline"]["sign_in"]["date"], "2025-11-19");
}

#[test]
fn the_reminders_file_is_written_and_neutral_mode_names_nothing() {
    let dir = std::env::temp_dir().join(format!("rumbo-cli-case-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("r.ics");
    let args = |neutral: bool| {
        let mut a = vec![
            "case",
            "--entry",
            "2025-11-03",
            "--filed",
            "2025-11-14",
            "--office",
            "comar",
            "--city",
            "Tijuana",
            "--sign-in",
            "monday",
            "--sign-in-office",
            "comar",
            "--sign-in-city",
            "Tijuana",
            "--appointment",
            "2025-12-10=entrevista",
            "--today",
            "2025-11-17",
            "--ics",
        ];
        a.push(path.to_str().unwrap());
        if neutral {
            a.push("--neutral");
        }
        a
    };
    let (ok, _, err) = cli(&args(false));
    assert!(ok, "{err}");
    let ics = std::fs::read_to_string(&path).unwrap();
    assert!(ics.contains("RRULE:FREQ=WEEKLY;UNTIL=20260511\r\n") && ics.contains("LOCATION:la COMAR Tijuana"), "{ics}");
    assert!(err.contains("borrar los datos de Rumbo no los borra"), "the person is told: {err}");
    let (ok, _, _) = cli(&args(true));
    assert!(ok);
    let neutral = std::fs::read_to_string(&path).unwrap().to_lowercase();
    for word in ["rumbo", "comar", "tijuana", "entrevista", "location"] {
        assert!(!neutral.contains(word), "{word} in {neutral}");
    }
    assert!(neutral.contains("rrule:freq=weekly;until=20260511"));
    // The only descriptions are the alarms' own, which repeat the neutral title.
    assert_eq!(neutral.matches("\ndescription:").count(), neutral.matches("begin:valarm").count());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn impossible_facts_are_refused_in_the_persons_language_and_nothing_is_written() {
    let path = std::env::temp_dir().join(format!("rumbo-cli-case-refused-{}.ics", std::process::id()));
    let (ok, out, err) = cli(&[
        "case",
        "--entry",
        "2025-06-10",
        "--filed",
        "2025-06-09",
        "--today",
        "2025-07-01",
        "--lang",
        "en",
        "--ics",
        path.to_str().unwrap(),
    ]);
    assert!(!ok && out.is_empty());
    assert!(
        err.contains("The filing (Monday 9 June 2025) cannot be before your entry (Tuesday 10 June 2025)"),
        "{err}"
    );
    assert!(!path.exists());
    let (ok, _, err) = cli(&["case", "--entry", "2025-13", "--today", "2025-07-01", "--lang", "en"]);
    assert!(!ok && err.contains("that date does not exist"), "{err}");
    let (ok, _, err) = cli(&["case", "--entry", "March", "--today", "2025-07-01"]);
    assert!(!ok && err.contains("YYYY-MM-early|mid|late"), "{err}");
    let (ok, _, err) = cli(&["case", "--notified", "2025-07-01", "--today", "2025-07-01"]);
    assert!(!ok && err.contains("--decision"), "{err}");
    let (ok, _, err) = cli(&["case", "--decision", "maybe", "--today", "2025-07-01"]);
    assert!(!ok && err.contains("refused, complementary or granted"), "{err}");
}
