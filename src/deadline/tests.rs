//! Known answers worked out by hand from the facts file's tables (§2.4), for every term and every reading,
//! and properties checked on every start day from the law's publication to the end of 2040 (exhaustive
//! rather than sampled) and on random calendars.
//!
//! The calendar used by hand: weekends and the LFPA art. 28 days are certain (C); the LFT Mondays, Holy
//! Thursday and Good Friday, the May 2024 closure and COMAR's Dec 2025 vacation (27 Dec – 2 Jan, start not
//! known) are uncertain (U). In 2025: 17 Mar U, 21 Mar C, 17–18 Apr U, 1 and 5 May C, 17 Nov U, 20 Nov C,
//! 25 Dec C, 29–31 Dec U; in 2026: 1 Jan C, 2 Jan U, 2 Feb U, 5 Feb C, 16 Mar U, 2–3 Apr U.
//! "C" below is the calendar that skips certain days only, "C+U" the one that skips uncertain days too.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn deadline(term: Term, start: &str) -> Deadline {
    compute(Calendar::shipped(), term, d(start)).unwrap()
}

/// The date of one (start reading × calendar) pair.
fn reading(result: &Deadline, start: StartReading, calendar: CalendarReading) -> NaiveDate {
    result.readings.iter().find(|r| (r.start_reading, r.calendar) == (start, calendar)).unwrap().last
}

use CalendarReading::{CertainAndUncertain as CU, CertainOnly as C};
use StartReading::{AfterEffect, NextDay, SameDay};

/// Asylum (one start reading, "a partir del día hábil siguiente"). Entry Mon 3 Mar 2025. Day 1 is Tue 4 Mar.
/// C: 4–7 Mar (1–4), 10–14 (5–9), 17 (10, U counts), 18–20 (11–13), 21 skipped, 24–28 (14–18), 31 (19), 1–4
/// Apr (20–23), 7–11 (24–28), 14 (29), 15 (30): Tue 15 Apr. C+U: without 17 Mar, day 30 is Wed 16 Apr.
#[test]
fn asylum_from_3_march_2025() {
    let result = deadline(Term::Asylum, "2025-03-03");
    assert_eq!((result.earliest, result.latest), (d("2025-04-15"), d("2025-04-16")));
    assert_eq!(result.readings.len(), 2, "one start reading on two calendars");
    assert_eq!((result.earliest_reading.start_reading, result.earliest_reading.calendar), (NextDay, C));
    assert_eq!((result.latest_reading.start_reading, result.latest_reading.calendar), (NextDay, CU));
    assert!(result.no_declared_closures);
    let skipped: Vec<_> =
        result.skipped.iter().filter(|s| s.certainty == Certainty::Uncertain).map(|s| s.date).collect();
    assert_eq!(skipped, vec![d("2025-03-17")]);
}

/// Asylum, entry on an uncertain day (Mon 17 Mar 2025): day 1 is still the next working day, Tue 18 Mar.
/// C: 18–20 (1–3), 24–28 (4–8), 31 (9), 1–4 Apr (10–13), 7–11 (14–18), 14–16 (19–21), 17–18 (22–23, U
/// count), 21–25 (24–28), 28–29 (29–30): Tue 29 Apr. C+U: 14–16 Apr (19–21), 17–18 skipped, 21–25 (22–26),
/// 28–30 (27–29), 1 May skipped, Fri 2 May (30).
#[test]
fn asylum_from_an_uncertain_day() {
    let result = deadline(Term::Asylum, "2025-03-17");
    assert_eq!((result.earliest, result.latest), (d("2025-04-29"), d("2025-05-02")));
    assert!(!result.start_may_count(), "asylum has no strict reading");
}

/// Asylum, entry on Sat 15 Nov 2025. C: 17 Nov (1), 18–19 (2–3), 21 (4), 24–28 (5–9), 1–5 Dec (10–14),
/// 8–12 (15–19), 15–19 (20–24), 22–24 (25–27), 26 (28), 29–30 (29–30): Tue 30 Dec. C+U: 18–19 (1–2), 21 (3),
/// 24–28 (4–8), 1–5 Dec (9–13), 8–12 (14–18), 15–19 (19–23), 22–24 (24–26), 26 (27), 29 Dec – 2 Jan skipped,
/// 5–7 Jan (28–30): Wed 7 Jan 2026.
#[test]
fn asylum_from_a_weekend() {
    let result = deadline(Term::Asylum, "2025-11-15");
    assert_eq!((result.earliest, result.latest), (d("2025-12-30"), d("2026-01-07")));
}

/// Entry Fri 19 Dec 2025, across COMAR's vacation (known only from 27 Dec to 2 Jan, uncertain).
/// C: 22, 23, 24 Dec (1–3), 25 skipped, 26 (4), 29–31 (5–7), 1 Jan skipped, 2 Jan (8), 5–9 (9–13), 12–16
/// (14–18), 19–23 (19–23), 26–30 (24–28), Mon 2 Feb (29, U), 3 Feb (30). C+U (also skipping 29–31 Dec,
/// 2 Jan and 2 Feb): 22, 23, 24, 26 Dec (1–4), 5–9 Jan (5–9), 12–16 (10–14), 19–23 (15–19), 26–30 (20–24),
/// 3–4 Feb (25–26), 5 Feb skipped, 6 (27), 9–11 (28–30): Wed 11 Feb.
#[test]
fn asylum_across_the_december_2025_vacation() {
    let result = deadline(Term::Asylum, "2025-12-19");
    assert_eq!((result.earliest, result.latest), (d("2026-02-03"), d("2026-02-11")));
    assert_eq!(result.unbounded_periods, vec!["comar-vacation-2025-12".to_string()], "the real date may be later");
    assert!(!result.no_declared_closures);
}

/// W9: the 29–31 May 2024 closure is known from the press only, so it is uncertain. Entry Mon 27 May 2024.
/// C: 28 May (1), 29–31 (2–4, counted), 3–7 Jun (5–9), 10–14 (10–14), 17–21 (15–19), 24–28 (20–24), 1–5 Jul
/// (25–29), Mon 8 Jul (30). C+U: 28 May (1), 3–7 Jun (2–6), … 1–5 Jul (22–26), 8–11 (27–30): Thu 11 Jul.
#[test]
fn asylum_across_the_may_2024_closure() {
    let result = deadline(Term::Asylum, "2024-05-27");
    assert_eq!((result.earliest, result.latest), (d("2024-07-08"), d("2024-07-11")));
    let may = result.skipped.iter().find(|s| s.period.as_deref() == Some("comar-closure-2024-05")).unwrap();
    assert_eq!(may.certainty, Certainty::Uncertain);
}

/// Appeal: "contados a partir de la notificación" (LRPCAP art. 25) read strictly, and LFPA art. 85's "día
/// siguiente a aquél en que hubiere surtido efectos" if the notification takes effect that day or the next
/// working day. Notified Mon 10 Nov 2025.
/// same-day C: 10 (1), 11–14 (2–5), 17 (6, U), 18–19 (7–8), 20 skipped, 21 (9), 24–28 (10–14), Mon 1 Dec (15).
/// same-day C+U: 10 (1), 11–14 (2–5), 18–19 (6–7), 21 (8), 24–28 (9–13), 1–2 Dec (14–15): Tue 2 Dec.
/// next-day C: 11–14 (1–4), 17 (5), 18–19 (6–7), 21 (8), 24–28 (9–13), 1–2 Dec (14–15): Tue 2 Dec.
/// next-day C+U: 11–14 (1–4), 18–19 (5–6), 21 (7), 24–28 (8–12), 1–3 Dec (13–15): Wed 3 Dec.
/// after-effect (takes effect Tue 11, day 1 Wed 12) C: 12–14 (1–3), 17 (4), 18–19 (5–6), 21 (7), 24–28
/// (8–12), 1–3 Dec (13–15): Wed 3 Dec. C+U: 12–14 (1–3), 18–19 (4–5), 21 (6), 24–28 (7–11), 1–4 Dec (12–15):
/// Thu 4 Dec.
#[test]
fn appeal_from_10_november_2025_on_every_reading() {
    let result = deadline(Term::Appeal, "2025-11-10");
    let expected = [
        (SameDay, C, "2025-12-01"),
        (SameDay, CU, "2025-12-02"),
        (NextDay, C, "2025-12-02"),
        (NextDay, CU, "2025-12-03"),
        (AfterEffect, C, "2025-12-03"),
        (AfterEffect, CU, "2025-12-04"),
    ];
    for (start, calendar, date) in expected {
        assert_eq!(reading(&result, start, calendar), d(date), "{start:?} {calendar:?}");
    }
    assert_eq!((result.earliest, result.latest), (d("2025-12-01"), d("2025-12-04")));
    assert_eq!((result.earliest_reading.start_reading, result.earliest_reading.calendar), (SameDay, C));
    assert_eq!((result.latest_reading.start_reading, result.latest_reading.calendar), (AfterEffect, CU));
    assert!(result.start_may_count());
}

/// Appeal notified on an uncertain day, Mon 17 Nov 2025: on the strict reading it counts as worked (the
/// office notified that day), on both calendars.
/// same-day (C and C+U): 17 (1), 18–19 (2–3), 21 (4), 24–28 (5–9), 1–5 Dec (10–14), Mon 8 Dec (15).
/// next-day: 18–19 (1–2), 21 (3), 24–28 (4–8), 1–5 (9–13), 8–9 (14–15): Tue 9 Dec.
/// after-effect (takes effect 18, day 1 Wed 19): 19 (1), 21 (2), 24–28 (3–7), 1–5 (8–12), 8–10: Wed 10 Dec.
#[test]
fn appeal_notified_on_an_uncertain_day() {
    let result = deadline(Term::Appeal, "2025-11-17");
    assert_eq!(reading(&result, SameDay, CU), d("2025-12-08"));
    assert_eq!((result.earliest, result.latest), (d("2025-12-08"), d("2025-12-10")));
}

/// Appeal notified on Sat 13 Dec 2025, across the vacation: the strict reading starts on Mon 15 Dec.
/// same-day = next-day C: 15–19 (1–5), 22–24 (6–8), 26 (9), 29–31 (10–12), 2 Jan (13), 5–6 (14–15): Tue 6 Jan.
/// next-day C+U: 15–19 (1–5), 22–24 (6–8), 26 (9), 5–9 Jan (10–14), Mon 12 Jan (15).
/// after-effect (takes effect Mon 15, day 1 Tue 16) C: 16–19 (1–4), 22–24 (5–7), 26 (8), 29–31 (9–11), 2 Jan
/// (12), 5–7 (13–15): Wed 7 Jan. C+U: 16–19 (1–4), 22–24 (5–7), 26 (8), 5–9 Jan (9–13), 12–13 (14–15): Tue 13 Jan.
#[test]
fn appeal_notified_on_a_weekend_across_the_vacation() {
    let result = deadline(Term::Appeal, "2025-12-13");
    assert_eq!(reading(&result, SameDay, C), reading(&result, NextDay, C));
    assert_eq!(reading(&result, NextDay, CU), d("2026-01-12"));
    assert_eq!(reading(&result, AfterEffect, C), d("2026-01-07"));
    assert_eq!((result.earliest, result.latest), (d("2026-01-06"), d("2026-01-13")));
    assert!(!result.start_may_count(), "a Saturday is never day 1");
}

/// Ratification (the law is silent on the start). Filed by a third party on Fri 14 Nov 2025 (the audit's
/// case). same-day C: 14 (1), Mon 17 (2, U), Tue 18 (3). same-day C+U: 14 (1), 18–19 (2–3): Wed 19.
/// next-day C: 17–19: Wed 19. next-day C+U: 18–19 (1–2), 20 skipped, 21 (3): Fri 21 Nov.
#[test]
fn ratification_filed_on_14_november_2025() {
    let result = deadline(Term::Ratify, "2025-11-14");
    assert_eq!(reading(&result, SameDay, CU), d("2025-11-19"));
    assert_eq!(reading(&result, NextDay, C), d("2025-11-19"));
    assert_eq!((result.earliest, result.latest), (d("2025-11-18"), d("2025-11-21")));
    assert_eq!(result.earliest_reading.start_reading, SameDay, "the strict reading gives the safe day");
    assert_eq!(result.latest_reading.start_reading, NextDay);
}

/// Ratification filed on an uncertain day, Mon 17 Nov 2025: same-day (both calendars) 17, 18, 19: Wed 19;
/// next-day (both): 18, 19, 21: Fri 21.
#[test]
fn ratification_filed_on_an_uncertain_day() {
    let result = deadline(Term::Ratify, "2025-11-17");
    assert_eq!(reading(&result, SameDay, CU), d("2025-11-19"));
    assert_eq!((result.earliest, result.latest), (d("2025-11-19"), d("2025-11-21")));
}

/// Ratification filed on Sat 15 Nov 2025: the strict reading cannot count a Saturday, so both start
/// readings agree. C: 17, 18, 19: Wed 19. C+U: 18, 19, 21: Fri 21.
#[test]
fn ratification_filed_on_a_weekend() {
    let result = deadline(Term::Ratify, "2025-11-15");
    assert_eq!((result.earliest, result.latest), (d("2025-11-19"), d("2025-11-21")));
}

/// Ratification filed on Wed 24 Dec 2025, into the vacation. same-day C: 24 (1), 26 (2), Mon 29 (3, U).
/// same-day C+U: 24 (1), 26 (2), 29 Dec – 2 Jan skipped, Mon 5 Jan (3). next-day C: 26, 29, 30: Tue 30 Dec.
/// next-day C+U: 26, 5 Jan, 6 Jan: Tue 6 Jan 2026.
#[test]
fn ratification_across_the_december_2025_vacation() {
    let result = deadline(Term::Ratify, "2025-12-24");
    assert_eq!(reading(&result, SameDay, CU), d("2026-01-05"));
    assert_eq!(reading(&result, NextDay, C), d("2025-12-30"));
    assert_eq!((result.earliest, result.latest), (d("2025-12-29"), d("2026-01-06")));
}

/// Decision (one start reading, "a partir del día siguiente a la presentación"), filed Mon 3 Mar 2025.
/// C: day 30 is Tue 15 Apr (as for asylum), 16 (31), 17–18 (32–33, U), 21–25 (34–38), 28–30 (39–41), 1 May
/// skipped, 2 (42), 5 skipped, 6–8 (43–45): Thu 8 May. C+U: day 30 Wed 16 Apr, 21–25 (31–35), 28–30
/// (36–38), 2 May (39), 6–9 (40–43), 12–13 (44–45): Tue 13 May. Extended by 45 on C+U: 14–16 May (46–48),
/// 19 May – 27 Jun (49–78), 30 Jun – 4 Jul (79–83), 7–11 (84–88), 14–15 (89–90): Tue 15 Jul 2025.
#[test]
fn the_decision_term_and_its_extension() {
    let result = deadline(Term::Decision, "2025-03-03");
    assert_eq!((result.earliest, result.latest), (d("2025-05-08"), d("2025-05-13")));
    assert_eq!(result.extended_latest, Some(d("2025-07-15")));
    let rule = Term::Decision.rule();
    assert_eq!((rule.working_days, rule.extension), (45, Some(45)));
}

/// Decision filed Mon 1 Dec 2025, across the vacation. C: 2–5 Dec (1–4), 8–12 (5–9), 15–19 (10–14), 22–24
/// (15–17), 26 (18), 29–31 (19–21), 2 Jan (22), 5 Jan – 30 Jan (23–42), 2 Feb (43, U), 3–4 (44–45): Wed 4 Feb.
/// C+U: 26 Dec (18), 5 Jan – 30 Jan (19–38), 3–4 Feb (39–40), 6 (41), 9–12 (42–45): Thu 12 Feb. Extended on
/// C+U: 13 (46), 16–20 (47–51), 23–27 (52–56), 2–6 Mar (57–61), 9–13 (62–66), 16 skipped, 17–20 (67–70),
/// 23–27 (71–75), 30 Mar – 1 Apr (76–78), 2–3 skipped, 6–10 (79–83), 13–17 (84–88), 20–21 (89–90): Tue 21 Apr.
#[test]
fn the_decision_term_across_the_vacation() {
    let result = deadline(Term::Decision, "2025-12-01");
    assert_eq!((result.earliest, result.latest), (d("2026-02-04"), d("2026-02-12")));
    assert_eq!(result.extended_latest, Some(d("2026-04-21")));
}

/// I2: a count whose last days fall after the calendar's last year is refused, not shown as if known.
#[test]
fn last_days_after_the_calendar_are_refused() {
    let calendar = Calendar::shipped();
    let refused = compute(calendar, Term::Asylum, d("2099-12-31"));
    assert_eq!(refused, Err(DateError::EndsBeyondCalendar(d("2099-12-31"))));
    assert!(compute(calendar, Term::Decision, d("2099-09-01")).is_err(), "its extension ends in 2100");
    assert!(compute(calendar, Term::Ratify, d("2099-12-01")).is_ok());
    // D8: dates chrono can hold but the law cannot are refused before any walk.
    assert!(compute(calendar, Term::Asylum, NaiveDate::MAX).is_err());
    assert!(compute(calendar, Term::Asylum, NaiveDate::MIN).is_err());
}

#[test]
fn progress_never_says_passed_while_the_latest_date_is_ahead() {
    let calendar = Calendar::shipped();
    let result = deadline(Term::Asylum, "2025-03-03");
    let at = |today: &str| result.progress(calendar, d(today));
    assert_eq!(at("2025-03-03"), Progress { elapsed: 0, left: 30, status: Status::Open });
    assert_eq!(at("2025-03-10"), Progress { elapsed: 5, left: 25, status: Status::Open });
    assert_eq!(at("2025-04-14"), Progress { elapsed: 29, left: 1, status: Status::LastDays });
    assert_eq!(at("2025-04-15").status, Status::LastDays, "the last day itself");
    assert_eq!(at("2025-04-16").status, Status::PastEarliest);
    assert_eq!(at("2025-04-17").status, Status::PastLatest);
}

/// On the strict reading the filing day is day 1: filed Fri 14 Nov, on that day 1 is counted and 2 are left.
#[test]
fn progress_follows_the_reading_of_the_safe_day() {
    let calendar = Calendar::shipped();
    let result = deadline(Term::Ratify, "2025-11-14");
    assert_eq!(result.progress(calendar, d("2025-11-14")), Progress { elapsed: 1, left: 2, status: Status::LastDays });
    assert_eq!(result.progress(calendar, d("2025-11-18")).left, 0);
    assert_eq!(result.progress(calendar, d("2025-11-19")).status, Status::PastEarliest);
}

#[test]
fn terms_are_found_by_their_stable_ids_and_every_reading_has_a_source() {
    for rule in TERMS {
        assert_eq!(Term::from_id(rule.id), Some(rule.term));
        assert!(!rule.readings.is_empty());
        for reading in rule.readings {
            assert!(reading.source.contains("art"), "{} {:?}", rule.id, reading.start);
        }
    }
    assert_eq!(Term::from_id("nope"), None);
}

/// The screen says which reading gave each date in the person's language: every reading has its message.
#[test]
fn every_reading_has_its_message_in_every_language() {
    let l = crate::i18n::Localizer::embedded();
    for lang in crate::i18n::Lang::all() {
        for id in message_ids() {
            assert!(l.has(lang, &id), "{lang}: {id}");
        }
    }
}

/// The facts file's wording decides the readings: "a partir del día siguiente" has one; "a partir de la
/// notificación" and silence also have the strict one.
#[test]
fn the_readings_follow_the_wording_of_each_article() {
    let starts = |term: Term| term.rule().readings.iter().map(|r| r.start).collect::<Vec<_>>();
    assert_eq!(starts(Term::Asylum), vec![NextDay]);
    assert_eq!(starts(Term::Decision), vec![NextDay]);
    assert_eq!(starts(Term::Appeal), vec![SameDay, NextDay, AfterEffect]);
    assert_eq!(starts(Term::Ratify), vec![SameDay, NextDay]);
}

/// The properties every count must have, on `calendar` from `start`.
fn check(calendar: &Calendar, term: Term, start: NaiveDate, result: &Deadline) -> Result<(), TestCaseError> {
    let rule = term.rule();
    prop_assert!(result.earliest <= result.latest, "{} {start}", rule.id);
    prop_assert_eq!(result.readings.len(), rule.readings.len() * 2);
    for r in &result.readings {
        prop_assert!(result.earliest <= r.last && r.last <= result.latest, "{} {start} {:?}", rule.id, r);
        prop_assert!(r.first >= start && r.first <= r.last);
        // Exactly N days count from day 1 to the last day, on the reading's own calendar.
        let skip = r.calendar == CalendarReading::CertainAndUncertain;
        let counted =
            1 + r.first.iter_days().skip(1).take_while(|d| *d <= r.last).filter(|d| calendar.counts(*d, skip)).count();
        prop_assert_eq!(counted as u32, rule.working_days, "{} {} {:?}", rule.id, start, r);
        prop_assert!(calendar.counts(r.last, skip));
    }
    prop_assert!(
        result.readings.contains(&result.earliest_reading) && result.readings.contains(&result.latest_reading)
    );
    Ok(())
}

/// For every start day from 27 Jan 2011 to 31 Dec 2040 and every term: the properties above, and a later
/// start never gives an earlier safe or latest day.
#[test]
fn properties_hold_for_every_start_day_2011_to_2040() {
    let calendar = Calendar::shipped();
    for rule in TERMS {
        let mut previous: Option<Deadline> = None;
        for start in LAW_PUBLISHED.iter_days().take_while(|d| *d <= NaiveDate::from_ymd_opt(2040, 12, 31).unwrap()) {
            let result = compute(calendar, rule.term, start).unwrap();
            check(calendar, rule.term, start, &result).unwrap();
            if let Some(before) = previous {
                assert!(before.earliest <= result.earliest && before.latest <= result.latest, "{start} {}", rule.id);
            }
            previous = Some(result);
        }
    }
}

/// A calendar with random declared periods, certain or not, in 2025–2026.
fn calendar_with(periods: &[(u32, u32, bool)]) -> Calendar {
    let base = d("2025-01-01");
    let entries: Vec<String> = periods
        .iter()
        .enumerate()
        .map(|(i, (from, len, certain))| {
            let from = base + chrono::Days::new(u64::from(*from));
            let to = from + chrono::Days::new(u64::from(*len));
            let certainty = if *certain { "certain" } else { "uncertain" };
            format!(
                r#"{{"id":"p{i}","from":"{from}","to":"{to}","certainty":"{certainty}","basis":"b","source":"s",
                "url":null,"source_date":null,"read":"2026-01-01","start_known":true,"end_known":true}}"#
            )
        })
        .collect();
    let json = format!(r#"{{"about":"","reviewed":"2026-01-01","periods":[{}]}}"#, entries.join(","));
    Calendar::from_json(&json).unwrap()
}

fn any_term() -> impl Strategy<Value = Term> {
    prop::sample::select(TERMS.iter().map(|r| r.term).collect::<Vec<_>>())
}

proptest! {
    /// Any start the law allows (27 Jan 2011 + 32,480 days is 31 Dec 2099), on the shipped calendar: a count,
    /// or a refusal when its last days pass the calendar's end.
    #[test]
    fn safe_is_never_later_than_any_reading(term in any_term(), offset in 0u64..=32_480) {
        let calendar = Calendar::shipped();
        let start = LAW_PUBLISHED + chrono::Days::new(offset);
        match compute(calendar, term, start) {
            Ok(result) => check(calendar, term, start, &result)?,
            Err(error) => prop_assert_eq!(error, DateError::EndsBeyondCalendar(start)),
        }
    }

    /// The same on calendars with random closures, certain or uncertain.
    #[test]
    fn safe_is_never_later_than_any_reading_on_any_calendar(
        term in any_term(),
        offset in 0u64..700,
        periods in prop::collection::vec((0u32..700, 0u32..20, any::<bool>()), 0..6),
    ) {
        let calendar = calendar_with(&periods);
        let start = d("2025-01-01") + chrono::Days::new(offset);
        let result = compute(&calendar, term, start).unwrap();
        check(&calendar, term, start, &result)?;
    }
}

/// H5, H6, W13, M5: the late-filing advice says what the sources say, with the certainty they give: the
/// oral route of art. 18, the Supreme Court's two cases as two cases, what is unknown, and the Tijuana
/// practice as what organizations told Amnesty.
#[test]
fn the_late_filing_advice_keeps_each_statement_as_certain_as_its_source() {
    let l = crate::i18n::Localizer::embedded();
    let must = [
        ("es", ["de palabra", "en dos casos", "No se sabe si la COMAR", "Según organizaciones citadas por Amnistía"]),
        (
            "en",
            [
                "by speaking",
                "in two cases",
                "It is not known whether COMAR",
                "According to organizations cited by Amnesty",
            ],
        ),
        ("ht", ["ak bouch", "nan de ka", "Nou pa konnen si COMAR", "Dapre òganizasyon Amnesty International site"]),
        ("ru", ["устно", "в двух делах", "Неизвестно, всегда ли COMAR", "По словам организаций, на которые ссылается"]),
    ];
    for (code, phrases) in must {
        let lang = crate::i18n::Lang::from_code(code).unwrap();
        let text = l.text(lang, "deadline-next-late");
        for phrase in phrases {
            assert!(text.contains(phrase), "{code}: {phrase}");
        }
        assert!(l.text(lang, "deadline-next-late-source").contains("LRPCAP"), "{code}: art. 18 is a source");
    }
    let ru = l.text(crate::i18n::Lang::from_code("ru").unwrap(), "deadline-next-late");
    assert!(ru.contains("до отмены CBP One") && ru.contains("рассказа, согласующегося с вашей ситуацией"));
}

/// W10: the calendar's date is when it was compiled; nobody reviewed it. M9: the Kreyòl safe day is "sèten",
/// never "san danje" (without danger).
#[test]
fn the_calculator_never_claims_a_review_or_safety_from_danger() {
    let l = crate::i18n::Localizer::embedded();
    for lang in crate::i18n::Lang::all() {
        let source = l.text(lang, "deadline-calendar-source").to_lowercase();
        for word in ["revisado", "reviewed", "revize", "проверен"] {
            assert!(!source.contains(word), "{lang}: {source}");
        }
    }
    for file in [include_str!("../../locales/ht/rumbo.ftl"), include_str!("../../locales/ht/deadline-readings.ftl")] {
        assert!(!file.contains("san danje"));
    }
}
