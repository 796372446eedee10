//! The reminders as one iCalendar file (RFC 5545): the weekly sign-in as a repeating all-day event, and an
//! all-day event for each term still ahead and each appointment, each with an alarm. In neutral mode nothing in
//! the file names Rumbo or the case: not the summary, description, location, UID, PRODID or file name.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};

use super::message::{Arg, Message};
use super::timeline::{place_message, Step, StepKind, StepState, Timeline};
use crate::deadline::{ics_escape, ics_fold, reminder_trigger, Calendar};
use crate::i18n::{Lang, Localizer};

/// Without a decision, the weekly sign-in repeats for this many weeks (then the person makes a new file).
pub const SIGN_IN_WEEKS: u32 = 26;

/// SEQUENCE counts minutes from here.
const SEQUENCE_EPOCH: NaiveDateTime = match NaiveDate::from_ymd_opt(2025, 1, 1) {
    Some(day) => day.and_time(chrono::NaiveTime::MIN),
    None => NaiveDateTime::MIN,
};

#[derive(Clone, Copy, Debug)]
pub struct ReminderOptions {
    /// No "Rumbo" and no case detail anywhere in the file or its name.
    pub neutral: bool,
    pub lang: Lang,
    /// When the file is made, in UTC (DTSTAMP).
    pub stamp: NaiveDateTime,
    /// How many weekly sign-ins the repeating event holds when no decision is entered.
    pub sign_in_weeks: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminders {
    /// The name to suggest when saving it.
    pub file_name: &'static str,
    /// The file itself, CRLF lines folded at 75 octets.
    pub text: String,
    /// How many events it holds (0: nothing ahead to remind of).
    pub events: usize,
    /// The last weekly sign-in it holds, if any.
    pub sign_in_until: Option<NaiveDate>,
}

struct Event {
    /// What the event is, for a named UID; never written in neutral mode.
    uid: String,
    day: NaiveDate,
    summary: String,
    description: Option<String>,
    location: Option<String>,
    rrule: Option<String>,
    trigger: String,
}

/// The file for `timeline`. The sign-in repeats weekly from the next one until `sign_in_weeks` have passed,
/// and not at all once a decision is entered (whether sign-ins go on after one, the sources do not say).
pub fn reminders(
    timeline: &Timeline,
    calendar: &Calendar,
    localizer: &Localizer,
    options: &ReminderOptions,
) -> Reminders {
    let text = |m: &Message| m.render(localizer, options.lang);
    let neutral = options.neutral;
    let decided = timeline.step(StepKind::Decision).is_some();
    let mut events = Vec::new();
    let mut sign_in_until = None;

    if let (Some(sign_in), false, true) = (&timeline.sign_in, decided, options.sign_in_weeks > 0) {
        let until = sign_in.date.checked_add_days(Days::new(7 * u64::from(options.sign_in_weeks - 1)));
        let until = until.unwrap_or(sign_in.date);
        sign_in_until = Some(until);
        let description = sign_in
            .advice
            .iter()
            .map(text)
            .chain(std::iter::once(Message::new("case-ics-sign-in-why")).map(|m| text(&m)));
        events.push(Event {
            uid: "sign-in".into(),
            day: sign_in.date,
            summary: text(&Message::new(if neutral { "case-ics-neutral-weekly" } else { "case-ics-sign-in" })),
            description: (!neutral).then(|| description.collect::<Vec<_>>().join("\n")),
            location: if neutral {
                None
            } else {
                sign_in.place.as_ref().map(|p| text(&place_message("case-place", p)))
            },
            rrule: Some(format!("FREQ=WEEKLY;UNTIL={}", until.format("%Y%m%d"))),
            // 18:00 the evening before.
            trigger: "-PT6H".into(),
        });
    }

    for step in &timeline.steps {
        if let Some(event) = step_event(step, timeline.today, calendar, neutral, &text) {
            events.push(event);
        }
    }
    let count = events.len();

    // A calendar that imported an earlier file keeps its weekly series when a new file leaves it out. Calendars
    // that update events by UID replace it with this one: the same UID, ended at the last sign-in day before the
    // decision was notified. A neutral file's UIDs change from file to file, so the screen asks the person to
    // delete the old series by hand.
    if let (false, true, Some(sign_in), Some(notified)) =
        (neutral, decided, &timeline.sign_in, timeline.step(StepKind::Decision).and_then(|s| s.date))
    {
        let back = (7 + notified.weekday().num_days_from_monday() - sign_in.weekday.num_days_from_monday()) % 7;
        let last = notified.checked_sub_days(Days::new(back.into())).unwrap_or(notified);
        events.push(Event {
            uid: "sign-in".into(),
            day: last,
            summary: text(&Message::new("case-ics-sign-in")),
            description: Some(text(&Message::new("case-ics-sign-in-ended"))),
            location: None,
            rrule: Some(format!("FREQ=WEEKLY;UNTIL={}", last.format("%Y%m%d"))),
            trigger: "-PT6H".into(),
        });
    }

    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:{}", if neutral { "-//Calendar//EN" } else { "-//Rumbo//My case//ES" }),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    let stamp = options.stamp.format("%Y%m%dT%H%M%SZ").to_string();
    // A later file must carry a higher SEQUENCE for a calendar to take its events over the ones it has (RFC 5545
    // §3.8.7.4): the minutes since 2025 rise with every file. Neutral UIDs are never reused, so they need none.
    let sequence = (!neutral).then(|| (options.stamp - SEQUENCE_EPOCH).num_minutes().max(0));
    let mut named = Vec::new();
    for (n, event) in events.into_iter().enumerate() {
        // A named UID stays the same from one file to the next, so importing again updates the events (two
        // appointments on one day are told apart by their order); a neutral one says nothing of what it is, so
        // it changes with the file.
        let uid = if neutral {
            format!("{stamp}-{n}@localhost")
        } else {
            let same = named.iter().filter(|u| **u == event.uid).count();
            named.push(event.uid.clone());
            let suffix = if same == 0 { String::new() } else { format!("-{}", same + 1) };
            format!("rumbo-case-{}{suffix}@rumbo.invalid", event.uid)
        };
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{uid}"));
        lines.push(format!("DTSTAMP:{stamp}"));
        if let Some(sequence) = sequence {
            lines.push(format!("SEQUENCE:{sequence}"));
        }
        lines.push(format!("DTSTART;VALUE=DATE:{}", event.day.format("%Y%m%d")));
        lines.push(format!("DTEND;VALUE=DATE:{}", event.day.succ_opt().unwrap_or(event.day).format("%Y%m%d")));
        if let Some(rule) = &event.rrule {
            lines.push(format!("RRULE:{rule}"));
        }
        lines.push(format!("SUMMARY:{}", ics_escape(&event.summary)));
        if let Some(description) = &event.description {
            lines.push(format!("DESCRIPTION:{}", ics_escape(description)));
        }
        if let Some(location) = &event.location {
            lines.push(format!("LOCATION:{}", ics_escape(location)));
        }
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("BEGIN:VALARM".into());
        lines.push("ACTION:DISPLAY".into());
        lines.push(format!("DESCRIPTION:{}", ics_escape(&event.summary)));
        lines.push(format!("TRIGGER:{}", event.trigger));
        lines.push("END:VALARM".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    Reminders {
        file_name: if neutral { "calendar.ics" } else { "rumbo-case.ics" },
        text: lines.iter().map(|line| ics_fold(line)).collect(),
        events: count,
        sign_in_until,
    }
}

/// An event for a step still ahead: an appointment on its day, a term on its safe day (or, once that has
/// passed, its latest day); COMAR's decision term on its latest day (after which its silence is still not a
/// decision), or once that has passed, on the last day of the longest extension.
fn step_event(
    step: &Step,
    today: NaiveDate,
    calendar: &Calendar,
    neutral: bool,
    text: &dyn Fn(&Message) -> String,
) -> Option<Event> {
    if step.state == StepState::Past {
        return None;
    }
    // The same facts give the same UID in every file: a term by its cause's day, an appointment by its own.
    let uid = match (&step.deadline, step.date) {
        (Some(deadline), _) => format!("{}-{}", step_uid(step.kind), deadline.start.format("%Y%m%d")),
        (None, date) => {
            format!("{}-{}", step_uid(step.kind), date.map(|d| d.format("%Y%m%d").to_string()).unwrap_or_default())
        }
    };
    let (day, trigger) = match (&step.deadline, step.date) {
        (Some(deadline), _) => {
            // The person acts before the safe day; COMAR's term matters from its latest day, then its extension.
            let candidates = if step.kind == StepKind::DecisionTerm {
                [Some(deadline.latest), deadline.extended_latest]
            } else {
                [Some(deadline.earliest), Some(deadline.latest)]
            };
            let day = candidates.into_iter().flatten().find(|day| *day >= today)?;
            (day, reminder_trigger(calendar, deadline, day))
        }
        (None, Some(day)) if step.kind == StepKind::Appointment && day >= today => (day, "-PT6H".to_string()),
        _ => return None,
    };
    let summary = if neutral {
        text(&Message::new(if step.kind == StepKind::Appointment {
            "case-ics-neutral-appointment"
        } else {
            "case-ics-neutral-term"
        }))
    } else {
        let title = text(&step.title);
        match step.article {
            Some(article) => text(
                &Message::new("case-ics-term")
                    .with("title", Arg::Text(title))
                    .with("article", Arg::Text(article.into())),
            ),
            None => title,
        }
    };
    let description = (!neutral).then(|| {
        std::iter::once(&step.status)
            .chain(step.next.iter())
            .chain(step.notes.iter())
            .map(text)
            .collect::<Vec<_>>()
            .join("\n")
    });
    Some(Event { uid, day, summary, description, location: None, rrule: None, trigger })
}

fn step_uid(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Entry => "entry",
        StepKind::AsylumTerm => "asylum",
        StepKind::Filing => "filing",
        StepKind::Ratification => "ratify",
        StepKind::DecisionTerm => "decision",
        StepKind::Appointment => "appointment",
        StepKind::Decision => "notified",
        StepKind::AppealTerm => "appeal",
        StepKind::Tvrh => "tvrh",
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Datelike, Weekday};
    use icalendar::parser::{read_calendar, unfold, Component};

    use super::*;
    use crate::case::{
        timeline, Appointment, CaseFacts, Decision, EntryDate, Office, Outcome, Place, SignIn, Timeline,
    };

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A case with every kind of detail: a place, a city, a note, a third person's filing.
    fn detailed() -> CaseFacts {
        CaseFacts {
            entry: Some(EntryDate::Day { date: d("2025-11-03") }),
            filed: Some(d("2025-11-14")),
            filed_at: Some(Place { office: Office::Comar, city: "Tijuana".into() }),
            filed_by_third_party: true,
            sign_in: Some(SignIn {
                weekday: Weekday::Wed,
                place: Some(Place { office: Office::Comar, city: "Tijuana".into() }),
            }),
            appointments: vec![
                Appointment { date: d("2025-12-10"), note: "entrevista de elegibilidad".into() },
                Appointment { date: d("2025-12-10"), note: "entrevista".into() },
            ],
            ..CaseFacts::default()
        }
    }

    fn make(facts: &CaseFacts, today: &str, neutral: bool, lang: Lang) -> (Timeline, Reminders) {
        let calendar = Calendar::shipped();
        let timeline = timeline(facts, d(today), calendar);
        let options = ReminderOptions {
            neutral,
            lang,
            stamp: "2025-11-17T15:04:05".parse().unwrap(),
            sign_in_weeks: SIGN_IN_WEEKS,
        };
        let file = reminders(&timeline, calendar, Localizer::embedded(), &options);
        (timeline, file)
    }

    fn prop(c: &Component, name: &str) -> Option<String> {
        c.find_prop(name).map(|p| p.val.as_str().to_string())
    }

    fn events<'a>(components: &'a [Component<'a>]) -> Vec<&'a Component<'a>> {
        components.iter().filter(|c| c.name == "VEVENT").collect()
    }

    #[test]
    fn the_weekly_sign_in_repeats_until_a_stated_day_and_every_event_has_an_alarm() {
        let (timeline, file) = make(&detailed(), "2025-11-17", false, Lang::ES);
        let unfolded = unfold(&file.text);
        let calendar = read_calendar(&unfolded).expect("a real parser reads it");
        let events = events(&calendar.components);
        // Sign-in, ratification (safe Tue 18 Nov), COMAR's term, two appointments; the asylum term is past.
        assert_eq!(events.len(), 5, "{}", file.text);
        assert_eq!(file.events, 5);
        let sign_in = events[0];
        assert_eq!(prop(sign_in, "DTSTART").as_deref(), Some("20251119"), "the next Wednesday");
        // 26 weekly sign-ins: the last is 25 weeks after the first.
        assert_eq!(prop(sign_in, "RRULE").as_deref(), Some("FREQ=WEEKLY;UNTIL=20260513"));
        assert_eq!(file.sign_in_until, Some(d("2026-05-13")));
        assert_eq!(d("2026-05-13").weekday(), Weekday::Wed);
        assert_eq!(prop(sign_in, "LOCATION").as_deref(), Some("la COMAR Tijuana"));
        let ratify = events[1];
        assert_eq!(prop(ratify, "DTSTART").as_deref(), Some("20251118"));
        assert_eq!(timeline.step(StepKind::Ratification).unwrap().safe_day(), Some(d("2025-11-18")));
        // The ratification's reminder cannot ring before its cause: 09:00 on the filing day, 4 days before.
        assert_eq!(prop(ratify, "TRIGGER"), None, "the trigger belongs to the alarm");
        let alarm = ratify.components.iter().find(|c| c.name == "VALARM").unwrap();
        assert_eq!(prop(alarm, "TRIGGER").as_deref(), Some("-P3DT15H"));
        for event in &events {
            let alarm = event.components.iter().find(|c| c.name == "VALARM").expect("every event has an alarm");
            assert_eq!(prop(alarm, "ACTION").as_deref(), Some("DISPLAY"));
            assert!(prop(event, "UID").is_some_and(|u| u.ends_with("@rumbo.invalid")));
        }
        assert!(file.text.lines().all(|l| l.len() <= 75));
        assert_eq!(file.file_name, "rumbo-case.ics");
        // A week later the same facts give the same UIDs, so importing the new file updates the old events.
        let uids =
            |text: &str| unfold(text).lines().filter(|l| l.starts_with("UID:")).map(String::from).collect::<Vec<_>>();
        let (_, later) = make(&detailed(), "2025-11-24", false, Lang::ES);
        let (now, next) = (uids(&file.text), uids(&later.text));
        assert!(next.iter().all(|uid| now.contains(uid)), "{now:?} {next:?}");
        assert!(now.contains(&"UID:rumbo-case-sign-in@rumbo.invalid".to_string()));
        let mut unique = now.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), now.len(), "two appointments on one day keep two UIDs: {now:?}");
    }

    #[test]
    fn neutral_mode_leaves_nothing_that_names_rumbo_or_the_case() {
        for lang in Lang::all() {
            let (_, named) = make(&detailed(), "2025-11-17", false, lang);
            let (_, file) = make(&detailed(), "2025-11-17", true, lang);
            assert_eq!(file.events, named.events, "the same reminders");
            let unfolded = unfold(&file.text);
            let calendar = read_calendar(&unfolded).expect("a real parser reads it");
            let lower = unfolded.to_lowercase();
            for word in [
                "rumbo",
                "comar",
                "inm",
                "tijuana",
                "entrevista",
                "asilo",
                "asylum",
                "lrpcap",
                "art.",
                "refug",
                "ratif",
            ] {
                assert!(!lower.contains(word), "{lang}: {word} in\n{unfolded}");
            }
            assert!(!file.file_name.to_lowercase().contains("rumbo"));
            assert_eq!(
                calendar.properties.iter().find(|p| p.name == "PRODID").unwrap().val.as_str(),
                "-//Calendar//EN"
            );
            for event in events(&calendar.components) {
                assert!(prop(event, "DESCRIPTION").is_none() && prop(event, "LOCATION").is_none());
                let summary = prop(event, "SUMMARY").unwrap();
                let neutral: Vec<String> =
                    ["case-ics-neutral-weekly", "case-ics-neutral-term", "case-ics-neutral-appointment"]
                        .iter()
                        .map(|id| Localizer::embedded().text(lang, id))
                        .collect();
                assert!(neutral.contains(&summary), "{lang}: {summary}");
                let uid = prop(event, "UID").unwrap();
                assert!(uid.starts_with("20251117T150405Z-") && uid.ends_with("@localhost"), "{uid}");
            }
            // The weekly rule survives neutral mode.
            assert!(unfolded.contains("RRULE:FREQ=WEEKLY;UNTIL=20260513"));
        }
    }

    #[test]
    fn a_decision_ends_the_weekly_sign_in_and_past_terms_make_no_event() {
        let facts = CaseFacts {
            decision: Some(Decision { outcome: Outcome::Refused, notified: Some(d("2026-01-12")) }),
            ..detailed()
        };
        let (_, file) = make(&facts, "2026-01-13", false, Lang::EN);
        let unfolded = unfold(&file.text);
        let calendar = read_calendar(&unfolded).unwrap();
        let events = events(&calendar.components);
        assert_eq!(file.sign_in_until, None, "no sign-ins after a decision");
        // Only the appeal remains ahead; the sign-in series comes back under its UID ended on the last Wednesday
        // before the notification (Mon 12 Jan 2026), so a calendar that has it stops it there.
        assert_eq!(file.events, 1, "{unfolded}");
        assert_eq!(events.len(), 2, "{unfolded}");
        assert!(prop(events[0], "SUMMARY").unwrap().contains("LRPCAP art. 25"));
        let ended = events[1];
        assert_eq!(prop(ended, "UID").as_deref(), Some("rumbo-case-sign-in@rumbo.invalid"));
        assert_eq!(prop(ended, "DTSTART").as_deref(), Some("20260107"));
        assert_eq!(prop(ended, "RRULE").as_deref(), Some("FREQ=WEEKLY;UNTIL=20260107"));
        // Made later than the file that started the series, so it carries a higher SEQUENCE.
        let sequence = |text: &str| {
            unfold(text).lines().find_map(|l| l.strip_prefix("SEQUENCE:").map(|n| n.parse::<i64>().unwrap()))
        };
        let (_, before) = make(&detailed(), "2025-11-17", false, Lang::EN);
        let later = ReminderOptions {
            neutral: false,
            lang: Lang::EN,
            stamp: "2026-01-13T09:00:00".parse().unwrap(),
            sign_in_weeks: SIGN_IN_WEEKS,
        };
        let calendar = Calendar::shipped();
        let after = reminders(&timeline(&facts, d("2026-01-13"), calendar), calendar, Localizer::embedded(), &later);
        assert!(sequence(&after.text) > sequence(&before.text), "{}", after.text);
        // Neutral files never reuse a UID, so they cannot end an old series: no past sign-in, no rule.
        let (_, neutral) = make(&facts, "2026-01-13", true, Lang::EN);
        assert!(!unfold(&neutral.text).contains("RRULE"), "{}", neutral.text);
        assert!(!neutral.text.contains("SEQUENCE"));
        // Nothing ahead at all: a valid file with no event.
        let (_, empty) = make(&CaseFacts { entry: facts.entry, ..CaseFacts::default() }, "2026-06-01", false, Lang::EN);
        assert_eq!(empty.events, 0);
        assert!(read_calendar(&unfold(&empty.text)).is_ok());
    }
}
