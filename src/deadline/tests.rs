//! Known answers worked out by hand from the facts file's tables (§2.4), and properties checked on every
//! start day from the law's publication to the end of 2040 (exhaustive rather than sampled).

use chrono::NaiveDate;

use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn deadline(term: Term, start: &str) -> Deadline {
    compute(Calendar::shipped(), term, d(start))
}

/// Entry Mon 3 Mar 2025. Day 1 is Tue 4 Mar. Counting weekdays: 4–7 Mar (1–4), 10–14 (5–9), 17 (10: the
/// third Monday of March, uncertain, counts for the earliest date), 18–20 (11–13), 21 Mar skipped (certain),
/// 24–28 (14–18), 31 (19), 1–4 Apr (20–23), 7–11 (24–28), 14 (29), 15 (30). Earliest: Tue 15 Apr. Skipping
/// 17 Mar too moves day 30 to Wed 16 Apr; Holy Thursday (17 Apr) comes after it. Latest: 16 Apr.
#[test]
fn asylum_from_3_march_2025() {
    let result = deadline(Term::Asylum, "2025-03-03");
    assert_eq!((result.earliest, result.latest), (d("2025-04-15"), d("2025-04-16")));
    assert!(result.no_declared_closures);
    let skipped: Vec<_> =
        result.skipped.iter().filter(|s| s.certainty == Certainty::Uncertain).map(|s| s.date).collect();
    assert_eq!(skipped, vec![d("2025-03-17")]);
}

/// Entry Fri 19 Dec 2025, across COMAR's vacation (known only from 27 Dec to 2 Jan, uncertain).
/// Earliest (certain days only): 22, 23, 24 Dec (1–3), 25 skipped, 26 (4), 29–31 (5–7), 1 Jan skipped, 2 Jan
/// (8), 5–9 (9–13), 12–16 (14–18), 19–23 (19–23), 26–30 (24–28), Mon 2 Feb (29, uncertain), 3 Feb (30).
/// Latest (also skipping 29–31 Dec, 2 Jan and 2 Feb): 22, 23, 24, 26 Dec (1–4), 5–9 Jan (5–9), 12–16 (10–14),
/// 19–23 (15–19), 26–30 (20–24), 3–4 Feb (25–26), 5 Feb skipped, 6 (27), 9–11 (28–30): Wed 11 Feb.
#[test]
fn asylum_across_the_december_2025_vacation() {
    let result = deadline(Term::Asylum, "2025-12-19");
    assert_eq!((result.earliest, result.latest), (d("2026-02-03"), d("2026-02-11")));
    assert_eq!(result.unbounded_periods, vec!["comar-vacation-2025-12".to_string()], "the real date may be later");
    assert!(!result.no_declared_closures);
}

/// Notified Mon 10 Nov 2025; 15 working days. Earliest: 11–14 Nov (1–4), 17 (5, uncertain Monday),
/// 18–19 (6–7), 20 skipped, 21 (8), 24–28 (9–13), 1–2 Dec (14–15): Tue 2 Dec. Latest: 16 working days
/// (LFPA art. 85 may add one) without 17 Nov: 11–14 (1–4), 18–19 (5–6), 21 (7), 24–28 (8–12), 1–4 Dec
/// (13–16): Thu 4 Dec.
#[test]
fn appeal_from_10_november_2025() {
    let result = deadline(Term::Appeal, "2025-11-10");
    assert_eq!((result.earliest, result.latest), (d("2025-12-02"), d("2025-12-04")));
}

/// Entry Mon 27 May 2024, before the declared closure of 29–31 May (certain): 28 May (1), 3–7 Jun (2–6),
/// 10–14 (7–11), 17–21 (12–16), 24–28 (17–21), 1–5 Jul (22–26), 8–11 (27–30): Thu 11 Jul, both dates.
#[test]
fn asylum_across_the_may_2024_closure() {
    let result = deadline(Term::Asylum, "2024-05-27");
    assert_eq!((result.earliest, result.latest), (d("2024-07-11"), d("2024-07-11")));
    assert!(result.skipped.iter().any(|s| s.period.as_deref() == Some("comar-closure-2024-05")));
}

#[test]
fn the_decision_term_can_be_extended_once() {
    let result = deadline(Term::Decision, "2025-03-03");
    let extended = result.extended_latest.unwrap();
    assert!(extended > result.latest);
    let rule = Term::Decision.rule();
    assert_eq!((rule.working_days, rule.extension), (45, Some(45)));
}

#[test]
fn progress_never_says_passed_while_the_latest_date_is_ahead() {
    let calendar = Calendar::shipped();
    let result = deadline(Term::Asylum, "2025-03-03");
    let at = |today: &str| result.progress(calendar, d(today));
    assert_eq!(at("2025-03-10"), Progress { elapsed: 5, left: 25, status: Status::Open });
    assert_eq!(at("2025-04-14"), Progress { elapsed: 29, left: 1, status: Status::LastDays });
    assert_eq!(at("2025-04-15").status, Status::LastDays, "the last day itself");
    assert_eq!(at("2025-04-16").status, Status::PastEarliest);
    assert_eq!(at("2025-04-17").status, Status::PastLatest);
}

#[test]
fn terms_are_found_by_their_stable_ids() {
    for rule in TERMS {
        assert_eq!(Term::from_id(rule.id), Some(rule.term));
    }
    assert_eq!(Term::from_id("nope"), None);
}

/// For every start day from 27 Jan 2011 to 31 Dec 2040 and every term: the last days are working days,
/// exactly N working days lie after the start up to the earliest date, earliest ≤ latest, and a later
/// start never gives an earlier deadline.
#[test]
fn properties_hold_for_every_start_day_2011_to_2040() {
    let calendar = Calendar::shipped();
    for rule in TERMS {
        let mut previous: Option<Deadline> = None;
        for start in LAW_PUBLISHED.iter_days().take_while(|d| *d <= NaiveDate::from_ymd_opt(2040, 12, 31).unwrap()) {
            let result = compute(calendar, rule.term, start);
            assert!(calendar.counts(result.earliest, false), "{start} {}: earliest is a working day", rule.id);
            assert!(calendar.counts(result.latest, true), "{start} {}: latest is a working day", rule.id);
            let counted = start
                .iter_days()
                .skip(1)
                .take_while(|d| *d <= result.earliest)
                .filter(|d| calendar.counts(*d, false))
                .count();
            assert_eq!(counted as u32, rule.working_days, "{start} {}", rule.id);
            assert!(result.earliest <= result.latest, "{start} {}", rule.id);
            if let Some(before) = previous {
                assert!(before.earliest <= result.earliest && before.latest <= result.latest, "{start} {}", rule.id);
            }
            previous = Some(result);
        }
    }
}
