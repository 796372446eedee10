//! Timelines worked by hand (each count checked day by day on the calendar of facts §2.4), the rules the issue
//! sets for what may be said, and property tests: every date shown comes from the deadline engine, no term
//! starts before its cause, impossible orders are refused.

use chrono::{NaiveDate, Weekday};
use proptest::prelude::*;

use super::*;
use crate::deadline::{compute, Calendar, Term};
use crate::i18n::{Lang, Localizer, MISSING_TEXT};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn day(s: &str) -> Option<EntryDate> {
    Some(EntryDate::Day { date: d(s) })
}

fn run(facts: &CaseFacts, today: &str) -> Timeline {
    validate(facts, d(today)).expect("the facts are valid");
    timeline(facts, d(today), Calendar::shipped())
}

/// Every message of the timeline, in the order a reader meets them.
fn messages(t: &Timeline) -> Vec<&Message> {
    let sign_in = t.sign_in.iter().flat_map(|s| s.notes.iter().chain(&s.advice));
    let steps = t.steps.iter().flat_map(|s| {
        std::iter::once(&s.title).chain(std::iter::once(&s.status)).chain(s.next.iter()).chain(s.notes.iter())
    });
    sign_in.chain(steps).collect()
}

fn all_text(t: &Timeline, lang: Lang) -> String {
    summary(t, Localizer::embedded(), lang)
}

/// Entered Mon 3 March 2025, not filed by 20 August. Day 1 is Tue 4 March; with Mon 17 March (uncertain)
/// counted and Fri 21 March (certain) skipped, day 30 is Tue 15 April; with 17 March skipped too, Wed 16 April.
#[test]
fn a_late_filer_is_told_to_apply_anyway_never_that_it_is_missed() {
    let facts = CaseFacts { entry: day("2025-03-03"), ..CaseFacts::default() };
    let t = run(&facts, "2025-08-20");
    let step = t.step(StepKind::AsylumTerm).unwrap();
    assert_eq!((step.safe_day(), step.latest_day()), (Some(d("2025-04-15")), Some(d("2025-04-16"))));
    assert_eq!(step.state, StepState::Current, "still the thing to do");
    assert_eq!(step.status.id, "case-asylum-past-latest");
    assert_eq!(step.next.as_ref().unwrap().id, "case-next-apply-anyway");
    assert!(step.notes.iter().any(|n| n.id == "case-note-late-application"));
    assert_eq!(step.link, Some(Link::Guide("deadline")));
    assert_eq!(step.article, Some("LRPCAP art. 18"));
    for (lang, words) in [("es", ["perdi", "venci"]), ("en", ["missed", "too late"]), ("ru", ["пропу", "опозд"])]
    {
        let text = all_text(&t, Lang::from_code(lang).unwrap()).to_lowercase();
        for word in words {
            assert!(!text.contains(word), "{lang}: {word} in {text}");
        }
    }
    assert!(all_text(&t, Lang::ES).contains("Todavía puedes pedir asilo"));

    // Before the safe day the same count says how many days are left and what to do before it.
    let early = run(&facts, "2025-03-10");
    let step = early.step(StepKind::AsylumTerm).unwrap();
    assert_eq!(step.status.id, "case-asylum-open");
    assert!(step.status.args.contains(&("left", Arg::Number(25))), "{:?}", step.status.args);
    assert_eq!(step.next.as_ref().unwrap(), &Message::new("case-next-apply-before").date("safe", d("2025-04-15")));
}

/// Filed by a third person on Fri 14 November 2025. Strictly the filing day is day 1: 14, Mon 17 (uncertain,
/// counted), Tue 18. From the next day with 17 November skipped: 18, 19, and (20 November is certain) Fri 21.
#[test]
fn a_third_party_filing_brings_the_ratification_term() {
    let facts = CaseFacts {
        entry: day("2025-11-03"),
        filed: Some(d("2025-11-14")),
        filed_by_third_party: true,
        ..CaseFacts::default()
    };
    let t = run(&facts, "2025-11-17");
    let step = t.step(StepKind::Ratification).unwrap();
    assert_eq!((step.safe_day(), step.latest_day()), (Some(d("2025-11-18")), Some(d("2025-11-21"))));
    assert_eq!(step.state, StepState::Current);
    assert_eq!(step.next.as_ref().unwrap(), &Message::new("case-next-ratify").date("safe", d("2025-11-18")));
    assert!(step.notes.iter().any(|n| n.id == "case-note-ratify-start"), "the sources do not say from when");
    // Filed within the 30 days: the asylum step is past and says so.
    let asylum = t.step(StepKind::AsylumTerm).unwrap();
    assert_eq!((asylum.state, asylum.status.id), (StepState::Past, "case-asylum-filed-in-time"));

    let between = run(&facts, "2025-11-20");
    assert_eq!(between.step(StepKind::Ratification).unwrap().status.id, "case-ratify-past-safe");
    // Past its latest day Rumbo cannot know whether the person went: it says what the law says follows if not.
    let after = run(&facts, "2025-11-24");
    let step = after.step(StepKind::Ratification).unwrap();
    assert_eq!((step.state, step.status.id), (StepState::Past, "case-ratify-past"));
    assert!(all_text(&after, Lang::EN).contains("Rumbo does not know whether you ratified"));

    // Without a third person, no ratification step.
    let own = CaseFacts { filed_by_third_party: false, ..facts };
    assert!(run(&own, "2025-11-17").step(StepKind::Ratification).is_none());
}

/// Refused, notified Mon 10 November 2025 (worked by hand in src/deadline/tests.rs): safe Mon 1 December,
/// latest Thu 4 December.
#[test]
fn a_refusal_brings_the_appeal_and_after_its_last_day_other_remedies() {
    let facts = CaseFacts {
        entry: day("2025-05-20"),
        filed: Some(d("2025-06-02")),
        decision: Some(Decision { outcome: Outcome::Refused, notified: Some(d("2025-11-10")) }),
        ..CaseFacts::default()
    };
    let t = run(&facts, "2025-11-10");
    let appeal = t.step(StepKind::AppealTerm).unwrap();
    assert_eq!((appeal.safe_day(), appeal.latest_day()), (Some(d("2025-12-01")), Some(d("2025-12-04"))));
    assert_eq!((appeal.state, appeal.status.id), (StepState::Current, "case-appeal-open"));
    assert_eq!(appeal.next.as_ref().unwrap(), &Message::new("case-next-appeal-before").date("safe", d("2025-12-01")));
    // The decision term is over: a decision was entered.
    assert_eq!(t.step(StepKind::DecisionTerm).unwrap().state, StepState::Past);

    assert_eq!(run(&facts, "2025-12-02").step(StepKind::AppealTerm).unwrap().status.id, "case-appeal-past-safe");
    let after = run(&facts, "2025-12-05");
    let appeal = after.step(StepKind::AppealTerm).unwrap();
    assert_eq!((appeal.state, appeal.status.id), (StepState::Past, "case-appeal-past-latest"));
    assert_eq!(appeal.next.as_ref().unwrap().id, "case-next-see-organization");
    assert_eq!(appeal.link, Some(Link::Screen("directory")));
    assert!(all_text(&after, Lang::ES).contains("los medios de defensa que estime pertinentes"));
}

#[test]
fn complementary_protection_says_the_facts_do_not_tell_whether_the_appeal_applies() {
    let facts = CaseFacts {
        filed: Some(d("2025-06-02")),
        decision: Some(Decision { outcome: Outcome::Complementary, notified: Some(d("2025-11-10")) }),
        ..CaseFacts::default()
    };
    let t = run(&facts, "2025-11-12");
    let appeal = t.step(StepKind::AppealTerm).unwrap();
    assert_eq!((appeal.state, appeal.status.id), (StepState::Unknown, "case-appeal-complementary"));
    assert_eq!(appeal.next.as_ref().unwrap().id, "case-next-see-organization-now");
    // The count is shown only as "if it applies".
    let note = appeal.notes.iter().find(|n| n.id == "case-appeal-complementary-if").unwrap();
    assert_eq!(
        note,
        &Message::new("case-appeal-complementary-if").date("safe", d("2025-12-01")).date("latest", d("2025-12-04"))
    );
    assert!(all_text(&t, Lang::EN).contains("The sources do not say whether the appeal"));

    // Refugee status granted: no appeal step at all.
    let granted =
        CaseFacts { decision: Some(Decision { outcome: Outcome::Granted, notified: Some(d("2025-11-10")) }), ..facts };
    let t = run(&granted, "2025-11-12");
    assert!(t.step(StepKind::AppealTerm).is_none());
    assert_eq!(t.step(StepKind::Decision).unwrap().next.as_ref().unwrap().id, "case-next-granted");
}

/// "Some day in March 2025": the count starts from Sat 1 March, so day 1 is Mon 3 March and day 30, with Mon
/// 17 March counted and Fri 21 March skipped, is Mon 14 April (Tue 15 April with 17 March skipped too): a day
/// earlier than for an entry on 3 March itself. The timeline says it used the earliest day.
#[test]
fn an_approximate_entry_counts_from_the_earliest_day_and_says_so() {
    let facts = CaseFacts { entry: Some(EntryDate::Month { year: 2025, month: 3 }), ..CaseFacts::default() };
    let t = run(&facts, "2025-03-20");
    let entry = t.step(StepKind::Entry).unwrap();
    assert_eq!(
        entry.status,
        Message::new("case-entry-between").date("earliest", d("2025-03-01")).date("latest", d("2025-03-31"))
    );
    let step = t.step(StepKind::AsylumTerm).unwrap();
    assert_eq!((step.safe_day(), step.latest_day()), (Some(d("2025-04-14")), Some(d("2025-04-15"))));
    assert!(step.notes.contains(&Message::new("case-note-count-from-earliest").date("earliest", d("2025-03-01"))));
    assert!(
        all_text(&t, Lang::EN).contains("Rumbo counts from the earliest day it may have been, Saturday 1 March 2025")
    );

    // Late March: from Fri 21 March (certain holiday) day 1 is Mon 24 March.
    let late = CaseFacts { entry: EntryDate::parse("2025-03-late"), ..CaseFacts::default() };
    let step = run(&late, "2025-03-25").step(StepKind::AsylumTerm).cloned().unwrap();
    assert_eq!(step.deadline.unwrap().earliest_reading.first, d("2025-03-24"));
    // An exact day carries no such note.
    let exact = run(&CaseFacts { entry: day("2025-03-03"), ..CaseFacts::default() }, "2025-03-20");
    assert!(exact.step(StepKind::AsylumTerm).unwrap().notes.is_empty());
}

#[test]
fn entry_spellings_on_the_command_line() {
    assert_eq!(EntryDate::parse("2025-03-14"), day("2025-03-14"));
    assert_eq!(EntryDate::parse("2025-03"), Some(EntryDate::Month { year: 2025, month: 3 }));
    assert_eq!(EntryDate::parse("2025-03-mid"), Some(EntryDate::Part { year: 2025, month: 3, part: MonthPart::Mid }));
    for bad in ["2025-3", "2025-03-30x", "2025-02-30", "march", "", "2025-03-middle", "+025-03"] {
        assert_eq!(EntryDate::parse(bad), None, "{bad}");
    }
    let mid = EntryDate::Part { year: 2025, month: 2, part: MonthPart::Late };
    assert_eq!((mid.earliest(), mid.latest()), (Some(d("2025-02-21")), Some(d("2025-02-28"))));
}

/// 45 working days without a decision: silence is not a decision, keep signing in; what Rumbo cannot know
/// (an extension, an interview's date) it says.
#[test]
fn no_decision_after_the_term_is_not_a_decision() {
    let facts = CaseFacts { filed: Some(d("2025-06-02")), ..CaseFacts::default() };
    let deadline = compute(Calendar::shipped(), Term::Decision, d("2025-06-02")).unwrap();
    let during = run(&facts, "2025-06-10");
    let step = during.step(StepKind::DecisionTerm).unwrap();
    assert_eq!(step.status.id, "case-decision-waiting");
    assert!(step.notes.iter().any(|n| n.id == "case-note-extension-unknown"));
    assert!(step.notes.iter().any(|n| n.id == "case-note-interview-unknown"));
    let after = deadline.latest.succ_opt().unwrap().to_string();
    let t = run(&facts, &after);
    let step = t.step(StepKind::DecisionTerm).unwrap();
    assert_eq!((step.state, step.status.id), (StepState::Current, "case-decision-silence"));
    assert_eq!(step.next.as_ref().unwrap().id, "case-next-keep-signing-in");
    assert!(all_text(&t, Lang::EN).contains("COMAR not answering is not a decision"));
    let long_after = run(&facts, "2026-06-01");
    assert!(long_after.step(StepKind::DecisionTerm).unwrap().notes.iter().any(|n| n.id == "case-note-past-extension"));
    // An appointment ahead: Rumbo no longer says it cannot know of one.
    let booked = CaseFacts { appointments: vec![Appointment { date: d("2025-07-01"), note: String::new() }], ..facts };
    assert!(!run(&booked, "2025-06-10")
        .step(StepKind::DecisionTerm)
        .unwrap()
        .notes
        .iter()
        .any(|n| n.id == "case-note-interview-unknown"));
}

#[test]
fn a_tvrh_has_no_computed_expiry() {
    let facts = CaseFacts { tvrh: Some(Tvrh { issued: Some(d("2025-01-10")) }), ..CaseFacts::default() };
    let t = run(&facts, "2026-03-01");
    let step = t.step(StepKind::Tvrh).unwrap();
    assert_eq!(
        (step.state, step.deadline.is_none(), step.status.id),
        (StepState::Unknown, true, "case-tvrh-no-expiry")
    );
    assert_eq!(step.dates().collect::<Vec<_>>(), vec![d("2025-01-10")], "only the day it was issued");
}

/// Wed 31 December 2025 lies in COMAR's vacation (reopened 5 January 2026): no attendance was registered then.
/// Thu 20 November 2025 is a holiday by law: nobody has said whether sign-ins move.
#[test]
fn the_next_sign_in_says_what_the_sources_say_on_non_working_days() {
    let sign_in = |weekday| CaseFacts { sign_in: Some(SignIn { weekday, place: None }), ..CaseFacts::default() };
    let t = run(&sign_in(Weekday::Wed), "2025-12-29");
    let next = t.sign_in.as_ref().unwrap();
    assert_eq!(next.date, d("2025-12-31"));
    assert_eq!(next.non_working.as_ref().unwrap().period.as_deref(), Some(SUSPENSION_2025));
    assert_eq!(next.notes, vec![Message::new("case-sign-in-suspension-2025")]);
    assert!(all_text(&t, Lang::EN).contains("no attendance was registered during the suspension"));

    let t = run(&sign_in(Weekday::Thu), "2025-11-17");
    let next = t.sign_in.as_ref().unwrap();
    assert_eq!(next.date, d("2025-11-20"));
    assert_eq!(next.notes[0].id, "case-sign-in-non-working");
    // An ordinary day: only the advice. Today itself is the day when it is the weekday.
    let t = run(&sign_in(Weekday::Mon), "2025-11-24");
    let next = t.sign_in.as_ref().unwrap();
    assert_eq!((next.date, next.notes.is_empty()), (d("2025-11-24"), true));
    assert_eq!(
        next.advice.iter().map(|m| m.id).collect::<Vec<_>>(),
        ["case-sign-in-advice-constancia", "case-sign-in-advice-go"]
    );
    assert!(run(&CaseFacts::default(), "2025-11-24").sign_in.is_none());
}

#[test]
fn impossible_facts_are_refused_with_a_message() {
    let today = d("2025-11-24");
    let refused = |facts: CaseFacts| validate(&facts, today).unwrap_err();
    let base = CaseFacts { entry: day("2025-06-10"), ..CaseFacts::default() };
    assert_eq!(
        refused(CaseFacts { filed: Some(d("2025-06-09")), ..base.clone() }),
        CaseError::FiledBeforeEntry { filed: d("2025-06-09"), entry: d("2025-06-10") }
    );
    let notified = |date| Some(Decision { outcome: Outcome::Refused, notified: Some(d(date)) });
    assert_eq!(
        refused(CaseFacts { filed: Some(d("2025-07-01")), decision: notified("2025-06-30"), ..base.clone() }),
        CaseError::NotifiedBeforeFiled { notified: d("2025-06-30"), filed: d("2025-07-01") }
    );
    assert!(matches!(
        refused(CaseFacts { decision: notified("2025-06-01"), ..base.clone() }),
        CaseError::NotifiedBeforeEntry { .. }
    ));
    assert!(matches!(
        refused(CaseFacts { entry: day("2025-11-25"), ..base.clone() }),
        CaseError::Future { field: Field::Entry, .. }
    ));
    assert!(matches!(
        refused(CaseFacts { filed: Some(d("2026-01-01")), ..base.clone() }),
        CaseError::Future { field: Field::Filed, .. }
    ));
    assert_eq!(
        refused(CaseFacts { entry: Some(EntryDate::Month { year: 2025, month: 13 }), ..base.clone() }),
        CaseError::Impossible(Field::Entry)
    );
    assert_eq!(refused(CaseFacts { entry: day("2010-05-01"), ..base.clone() }), CaseError::BeforeLaw(Field::Entry));
    // The month of entry may be this month; not next month.
    assert!(
        validate(&CaseFacts { entry: Some(EntryDate::Month { year: 2025, month: 11 }), ..base.clone() }, today).is_ok()
    );
    assert!(matches!(
        refused(CaseFacts { entry: Some(EntryDate::Month { year: 2025, month: 12 }), ..base.clone() }),
        CaseError::Future { .. }
    ));
    // Appointments may be ahead, but not before the entry; free text is bounded.
    assert!(validate(
        &CaseFacts {
            appointments: vec![Appointment { date: d("2026-02-01"), note: "entrevista".into() }],
            ..base.clone()
        },
        today
    )
    .is_ok());
    assert!(matches!(
        refused(CaseFacts {
            appointments: vec![Appointment { date: d("2025-01-01"), note: String::new() }],
            ..base.clone()
        }),
        CaseError::AppointmentBeforeEntry { .. }
    ));
    assert_eq!(
        refused(CaseFacts {
            appointments: vec![Appointment { date: d("2025-12-01"), note: "x".repeat(MAX_TEXT + 1) }],
            ..base.clone()
        }),
        CaseError::Text(Field::Appointment)
    );
    assert_eq!(
        refused(CaseFacts {
            filed_at: Some(Place { office: Office::Comar, city: "Tijuana\nx".into() }),
            ..base.clone()
        }),
        CaseError::Text(Field::FiledAt)
    );
    // Every error has its message in every language, with its dates in words.
    let error = CaseError::FiledBeforeEntry { filed: d("2025-06-09"), entry: d("2025-06-10") };
    assert_eq!(
        error.message().render(Localizer::embedded(), Lang::EN),
        "The filing (Monday 9 June 2025) cannot be before your entry (Tuesday 10 June 2025). Nothing was saved."
    );
}

#[test]
fn stored_facts_read_back_and_a_newer_version_is_refused() {
    let facts = CaseFacts {
        entry: EntryDate::parse("2025-03-early"),
        filed: Some(d("2025-04-01")),
        filed_at: Some(Place { office: Office::Inm, city: "Mexicali".into() }),
        filed_by_third_party: true,
        sign_in: Some(SignIn { weekday: Weekday::Tue, place: None }),
        appointments: vec![Appointment { date: d("2025-05-05"), note: "entrevista".into() }],
        decision: Some(Decision { outcome: Outcome::Complementary, notified: None }),
        tvrh: Some(Tvrh { issued: None }),
        ..CaseFacts::default()
    };
    assert_eq!(CaseFacts::from_json(&facts.to_json()), Ok(facts));
    assert_eq!(CaseFacts::from_json(r#"{"version":2,"anything":1}"#), Err(CaseError::Version(2)));
    assert!(matches!(
        CaseFacts::from_json(r#"{"version":1,"entry":{"precision":"week"}}"#),
        Err(CaseError::Unreadable(_))
    ));
    assert!(matches!(CaseFacts::from_json("[]"), Err(CaseError::Unreadable(_))));
    assert_eq!(CaseFacts::from_json(r#"{"version":1}"#), Ok(CaseFacts::default()));
}

fn arb_facts() -> impl Strategy<Value = (CaseFacts, NaiveDate)> {
    let start = d("2012-01-01");
    (
        0u64..30_000,
        proptest::option::of(0u32..3),
        proptest::option::of(0u64..400),
        any::<bool>(),
        proptest::option::of((0u64..400, 0usize..3)),
        0u64..400,
        proptest::option::of(0u8..7),
    )
        .prop_map(move |(entry_at, approx, filed_after, third, decision, today_after, weekday)| {
            let entry_day = start + chrono::Days::new(entry_at);
            let entry = match approx {
                None => EntryDate::Day { date: entry_day },
                Some(0) => EntryDate::Month {
                    year: chrono::Datelike::year(&entry_day),
                    month: chrono::Datelike::month(&entry_day),
                },
                Some(p) => EntryDate::Part {
                    year: chrono::Datelike::year(&entry_day),
                    month: chrono::Datelike::month(&entry_day),
                    part: MonthPart::ALL[p as usize],
                },
            };
            let earliest = entry.earliest().unwrap();
            let filed = filed_after.map(|n| earliest + chrono::Days::new(n));
            let decision = decision.map(|(n, o)| Decision {
                outcome: Outcome::ALL[o],
                notified: Some(filed.unwrap_or(earliest) + chrono::Days::new(n)),
            });
            let last = [Some(entry.latest().unwrap()), filed, decision.and_then(|x| x.notified)]
                .into_iter()
                .flatten()
                .max()
                .unwrap();
            let facts = CaseFacts {
                entry: Some(entry),
                filed,
                filed_by_third_party: third,
                sign_in: weekday.map(|w| SignIn { weekday: Weekday::try_from(w).unwrap(), place: None }),
                decision,
                ..CaseFacts::default()
            };
            (facts, last + chrono::Days::new(today_after))
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Every date a step shows is an entered fact or the deadline engine's count from that step's cause, and
    /// no count starts before its cause.
    #[test]
    fn every_date_comes_from_the_engine_and_no_term_starts_before_its_cause((facts, today) in arb_facts()) {
        prop_assume!(validate(&facts, today).is_ok());
        let calendar = Calendar::shipped();
        let t = timeline(&facts, today, calendar);
        let entry = facts.entry.and_then(|e| e.earliest());
        for step in &t.steps {
            let cause = match step.kind {
                StepKind::AsylumTerm => entry,
                StepKind::Ratification | StepKind::DecisionTerm => facts.filed,
                StepKind::AppealTerm => facts.decision.and_then(|x| x.notified),
                _ => None,
            };
            if let Some(deadline) = &step.deadline {
                let term = deadline.term;
                let cause = cause.expect("a count has a cause");
                prop_assert_eq!(deadline, &compute(calendar, term, cause).unwrap());
                prop_assert!(deadline.readings.iter().all(|r| r.first >= cause && r.last >= r.first));
                prop_assert!(deadline.earliest <= deadline.latest);
            }
            let facts_dates: Vec<NaiveDate> = [entry, facts.filed, facts.decision.and_then(|x| x.notified)].into_iter().flatten().collect();
            if let Some(date) = step.date {
                prop_assert!(facts_dates.contains(&date), "{:?} shows {} that is no fact", step.kind, date);
            }
            for message in std::iter::once(&step.status).chain(step.next.iter()).chain(&step.notes) {
                for (_, arg) in &message.args {
                    if let Arg::Date(date) = arg {
                        let engine = step.deadline.iter().flat_map(|x| [Some(x.earliest), Some(x.latest), x.extended_latest, Some(x.start)]).flatten();
                        let known: Vec<NaiveDate> = engine.chain(facts_dates.iter().copied()).chain(facts.entry.and_then(|e| e.latest())).collect();
                        prop_assert!(known.contains(date), "{} in {} is neither a fact nor the engine's", date, message.id);
                    }
                }
            }
        }
        // Every message exists in every language, and is one the module declares.
        for message in messages(&t) {
            prop_assert!(MESSAGE_IDS.contains(&message.id), "{} is not in MESSAGE_IDS", message.id);
        }
        let missing = Localizer::embedded().text(Lang::EN, MISSING_TEXT);
        for lang in Lang::all() {
            prop_assert!(!all_text(&t, lang).contains(&missing));
        }
    }

    /// A filing before the entry, or a notification before the filing, is always refused.
    #[test]
    fn validation_refuses_impossible_orders(entry in 0u64..20_000, before in 1u64..300, which in any::<bool>()) {
        let entry = d("2012-01-01") + chrono::Days::new(entry);
        let earlier = entry - chrono::Days::new(before);
        let today = entry + chrono::Days::new(10);
        let facts = if which {
            CaseFacts { entry: Some(EntryDate::Day { date: entry }), filed: Some(earlier), ..CaseFacts::default() }
        } else {
            CaseFacts { filed: Some(entry), decision: Some(Decision { outcome: Outcome::Refused, notified: Some(earlier) }), ..CaseFacts::default() }
        };
        let error = validate(&facts, today);
        prop_assert!(matches!(error, Err(CaseError::FiledBeforeEntry { .. }) | Err(CaseError::NotifiedBeforeFiled { .. }) | Err(CaseError::BeforeLaw(_))), "{:?}", error);
    }
}

#[test]
fn every_declared_message_exists_in_every_locale() {
    let l = Localizer::embedded();
    for lang in Lang::all() {
        for id in MESSAGE_IDS {
            assert!(l.has(lang, id), "{lang} lacks {id}");
        }
    }
    for office in Office::ALL {
        assert!(MESSAGE_IDS.contains(&office.label_id()));
    }
    let l = Localizer::embedded();
    for lang in Lang::all() {
        let ids = MonthPart::ALL.map(MonthPart::label_id).into_iter().chain(Outcome::ALL.map(Outcome::label_id));
        for id in ids {
            assert!(l.has(lang, id), "{lang} lacks {id}, which the form offers");
        }
    }
}
