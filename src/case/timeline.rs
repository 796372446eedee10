//! One timeline from the person's own facts: every term that follows from them, each counted by the deadline
//! engine (`deadline::compute`, never a date worked out here), where it stands today, and the one next thing to
//! do. It says only what the facts support, and says what Rumbo cannot know.

use chrono::NaiveDate;
use serde::Serialize;

use super::facts::{CaseFacts, Outcome, Place};
use super::message::{Arg, Message};
use super::sign_in::{next_sign_in, SignInDay};
use crate::deadline::{compute, Calendar, Deadline, Progress, Status, Term};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// The day of entry into Mexico.
    Entry,
    /// The 30 working days to ask for asylum (LRPCAP art. 18).
    AsylumTerm,
    /// The day the application was filed.
    Filing,
    /// The 3 working days to ratify an application a third person filed (LRPCAP art. 11).
    Ratification,
    /// COMAR's 45 working days to decide, extendable once (LRPCAP art. 24).
    DecisionTerm,
    /// An interview or appointment the person was given.
    Appointment,
    /// The decision, as notified.
    Decision,
    /// The 15 working days to appeal a refusal (LRPCAP art. 25).
    AppealTerm,
    /// A TVRH the person holds: no expiry is computed.
    Tvrh,
}

/// Where a step stands today. Past steps stay in the timeline (the screen greys them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepState {
    Past,
    /// Running today, or the thing to do now.
    Current,
    Upcoming,
    /// It depends on a fact the person has not entered, or one nobody can know.
    Unknown,
}

/// Where "read more" goes: a guide section (`guide:ID` in the guides' markup) or a screen (`screen:NAME`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "target")]
pub enum Link {
    Guide(&'static str),
    Screen(&'static str),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Step {
    pub kind: StepKind,
    pub state: StepState,
    /// The event's day (entry, filing, appointment, notification); for an approximate entry, the earliest day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The term's count from the deadline engine, on every reading: its safe and latest days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Deadline>,
    /// Where that count stands today.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<Progress>,
    /// The law the step rests on ("LRPCAP art. 18"), in Spanish as the law is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<&'static str>,
    pub title: Message,
    /// Where it stands, in words.
    pub status: Message,
    /// The one next thing to do, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<Message>,
    /// What the count assumes, and what Rumbo cannot know.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Message>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<Link>,
}

impl Step {
    fn new(kind: StepKind, state: StepState, title: &'static str, status: Message) -> Step {
        Step {
            kind,
            state,
            date: None,
            deadline: None,
            progress: None,
            article: None,
            title: Message::new(title),
            status,
            next: None,
            notes: Vec::new(),
            link: None,
        }
    }

    /// The safe last day (act before it), from the engine.
    pub fn safe_day(&self) -> Option<NaiveDate> {
        self.deadline.as_ref().map(|d| d.earliest)
    }

    /// The latest possible last day, from the engine.
    pub fn latest_day(&self) -> Option<NaiveDate> {
        self.deadline.as_ref().map(|d| d.latest)
    }

    /// For COMAR's decision: the latest day if it extended the term once by the longest it may.
    pub fn extended_day(&self) -> Option<NaiveDate> {
        self.deadline.as_ref().and_then(|d| d.extended_latest)
    }

    /// Every date the step shows: its event, and its count's safe, latest and extended days.
    pub fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.date.into_iter().chain(self.safe_day()).chain(self.latest_day()).chain(self.extended_day())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timeline {
    pub today: NaiveDate,
    /// The next weekly sign-in, shown on top.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sign_in: Option<SignInDay>,
    /// In the order of their causes: entry, its term, filing, ratification, decision term, appointments by
    /// date, decision, appeal, TVRH.
    pub steps: Vec<Step>,
    /// When the calendar of non-working days was compiled.
    pub calendar_reviewed: NaiveDate,
}

impl Timeline {
    pub fn step(&self, kind: StepKind) -> Option<&Step> {
        self.steps.iter().find(|s| s.kind == kind)
    }
}

/// The timeline of `facts` on `today`. Facts should have passed `validate`; a count that still cannot be made
/// (a date beyond the calendar) leaves its step `Unknown`, never a panic.
pub fn timeline(facts: &CaseFacts, today: NaiveDate, calendar: &Calendar) -> Timeline {
    let count = |term: Term, start: NaiveDate| compute(calendar, term, start).ok();
    let mut steps = Vec::new();
    let entry = facts.entry.as_ref().and_then(|e| e.earliest().map(|day| (e, day)));

    // Entry, and the 30 working days from it.
    if let Some((entry, day)) = entry {
        let mut step = Step::new(
            StepKind::Entry,
            StepState::Past,
            "case-step-entry",
            Message::new("case-entry-on").date("date", day),
        );
        step.date = Some(day);
        if !entry.is_exact() {
            let latest = entry.latest().unwrap_or(day);
            step.status = Message::new("case-entry-between").date("earliest", day).date("latest", latest);
        }
        steps.push(step);
    }
    steps.push(asylum_step(facts, entry.map(|(e, day)| (e.is_exact(), day)), today, calendar));

    if let Some(filed) = facts.filed {
        let status = match &facts.filed_at {
            Some(place) => place_message("case-filed-at", place).date("date", filed),
            None => Message::new("case-filed-on").date("date", filed),
        };
        let mut step = Step::new(StepKind::Filing, StepState::Past, "case-step-filing", status);
        step.date = Some(filed);
        step.next = Some(Message::new("case-next-keep-constancia"));
        step.link = Some(Link::Guide("while-waiting"));
        steps.push(step);
    }

    if facts.filed_by_third_party {
        steps.push(ratify_step(facts.filed.and_then(|f| count(Term::Ratify, f)), today, calendar));
    }

    if let Some(deadline) = facts.filed.and_then(|f| count(Term::Decision, f)) {
        let upcoming_appointment = facts.appointments.iter().any(|a| a.date >= today);
        steps.push(decision_term_step(deadline, facts.decision.is_some(), upcoming_appointment, today, calendar));
    }

    let mut appointments: Vec<_> = facts.appointments.iter().collect();
    appointments.sort_by_key(|a| a.date);
    for appointment in appointments {
        let state = match appointment.date.cmp(&today) {
            std::cmp::Ordering::Less => StepState::Past,
            std::cmp::Ordering::Equal => StepState::Current,
            std::cmp::Ordering::Greater => StepState::Upcoming,
        };
        let status = if appointment.note.trim().is_empty() {
            Message::new("case-appointment-on").date("date", appointment.date)
        } else {
            Message::new("case-appointment-note")
                .date("date", appointment.date)
                .with("note", Arg::Text(appointment.note.trim().to_string()))
        };
        let mut step = Step::new(StepKind::Appointment, state, "case-step-appointment", status);
        step.date = Some(appointment.date);
        if state != StepState::Past {
            step.next = Some(Message::new("case-next-appointment"));
        }
        step.link = Some(Link::Guide("while-waiting"));
        steps.push(step);
    }

    if let Some(decision) = facts.decision {
        let status = Message::new(match decision.outcome {
            Outcome::Refused => "case-decision-refused",
            Outcome::Complementary => "case-decision-complementary",
            Outcome::Granted => "case-decision-granted",
        });
        let mut step = Step::new(StepKind::Decision, StepState::Past, "case-step-decision", status);
        step.date = decision.notified;
        step.article = Some(match decision.outcome {
            Outcome::Complementary => "LRPCAP arts. 29–31",
            _ => "LRPCAP art. 25",
        });
        if let Some(notified) = decision.notified {
            step.notes.push(Message::new("case-notified-on").date("date", notified));
        }
        if decision.outcome == Outcome::Granted {
            step.next = Some(Message::new("case-next-granted"));
        }
        step.link = Some(Link::Guide("decision-appeal"));
        steps.push(step);
        if decision.outcome != Outcome::Granted {
            let deadline = decision.notified.and_then(|n| count(Term::Appeal, n));
            steps.push(appeal_step(decision.outcome, deadline, today, calendar));
        }
    }

    if let Some(tvrh) = facts.tvrh {
        let mut step =
            Step::new(StepKind::Tvrh, StepState::Unknown, "case-step-tvrh", Message::new("case-tvrh-no-expiry"));
        step.date = tvrh.issued;
        step.article = Some("Ley de Migración art. 52 fr. V");
        if let Some(issued) = tvrh.issued {
            step.notes.push(Message::new("case-tvrh-issued").date("date", issued));
        }
        step.notes.push(Message::new("case-tvrh-sources"));
        step.next = Some(Message::new("case-next-tvrh"));
        step.link = Some(Link::Guide("tvrh"));
        steps.push(step);
    }

    Timeline { today, sign_in: next_sign_in(facts, today, calendar), steps, calendar_reviewed: calendar.reviewed }
}

/// "Office, city" in a message: `$office` names the office, `$city` is as typed (may be empty).
pub(super) fn place_message(id: &'static str, place: &Place) -> Message {
    Message::new(id)
        .with("office", Arg::Id(place.office.label_id().into()))
        .with("city", Arg::Text(place.city.trim().to_string()))
}

fn counted(mut step: Step, deadline: Deadline, today: NaiveDate, calendar: &Calendar) -> Step {
    step.article = Some(deadline.term.rule().basis);
    step.progress = Some(deadline.progress(calendar, today));
    step.deadline = Some(deadline);
    step
}

/// The two last days of a count as message variables.
fn days(id: &'static str, deadline: &Deadline) -> Message {
    Message::new(id).date("safe", deadline.earliest).date("latest", deadline.latest)
}

fn asylum_step(facts: &CaseFacts, entry: Option<(bool, NaiveDate)>, today: NaiveDate, calendar: &Calendar) -> Step {
    let title = "case-step-asylum";
    let deadline = entry.and_then(|(_, day)| compute(calendar, Term::Asylum, day).ok());
    let Some(deadline) = deadline else {
        // Without an entry date nothing is counted; once filed, the term no longer matters here.
        let (state, status) = match facts.filed {
            Some(_) => (StepState::Past, Message::new("case-asylum-filed-no-entry")),
            None => (StepState::Unknown, Message::new("case-asylum-no-entry")),
        };
        let mut step = Step::new(StepKind::AsylumTerm, state, title, status);
        step.article = Some(Term::Asylum.rule().basis);
        if facts.filed.is_none() {
            step.next = Some(Message::new("case-next-apply-soon"));
        }
        step.link = Some(Link::Guide("deadline"));
        return step;
    };
    let approximate = entry.is_some_and(|(exact, _)| !exact);
    let mut step = Step::new(StepKind::AsylumTerm, StepState::Current, title, days("case-asylum-open", &deadline));
    step.link = Some(Link::Guide("deadline"));
    if approximate {
        step.notes.push(Message::new("case-note-count-from-earliest").date("earliest", deadline.start));
    }
    let progress = deadline.progress(calendar, today);
    match facts.filed {
        Some(filed) => {
            step.state = StepState::Past;
            step.status = if filed <= deadline.earliest {
                days("case-asylum-filed-in-time", &deadline).date("filed", filed)
            } else if filed <= deadline.latest {
                days("case-asylum-filed-between", &deadline).date("filed", filed)
            } else {
                days("case-asylum-filed-late", &deadline).date("filed", filed)
            };
        }
        None => match progress.status {
            Status::Open | Status::LastDays => {
                step.status = days("case-asylum-open", &deadline).with("left", Arg::Number(progress.left));
                step.next = Some(Message::new("case-next-apply-before").date("safe", deadline.earliest));
            }
            Status::PastEarliest => {
                step.status = days("case-asylum-past-safe", &deadline);
                step.next = Some(Message::new("case-next-apply-today"));
            }
            // Never "missed": most people are past the 30 days, and a late application is still possible.
            Status::PastLatest => {
                step.status = days("case-asylum-past-latest", &deadline);
                step.next = Some(Message::new("case-next-apply-anyway"));
                step.notes.push(Message::new("case-note-late-application"));
            }
        },
    }
    counted(step, deadline, today, calendar)
}

fn ratify_step(deadline: Option<Deadline>, today: NaiveDate, calendar: &Calendar) -> Step {
    let title = "case-step-ratify";
    let Some(deadline) = deadline else {
        let mut step =
            Step::new(StepKind::Ratification, StepState::Unknown, title, Message::new("case-ratify-no-filing"));
        step.article = Some(Term::Ratify.rule().basis);
        step.next = Some(Message::new("case-next-ratify-soon"));
        step.link = Some(Link::Screen("deadline"));
        return step;
    };
    let mut step = Step::new(StepKind::Ratification, StepState::Current, title, days("case-ratify-open", &deadline));
    step.link = Some(Link::Screen("deadline"));
    step.notes.push(Message::new("case-note-ratify-start"));
    if today > deadline.latest {
        // Rumbo cannot know whether the person went: it says what the law says would follow if not.
        step.state = StepState::Past;
        step.status = days("case-ratify-past", &deadline);
        step.next = Some(Message::new("case-next-see-organization"));
    } else if today > deadline.earliest {
        step.status = days("case-ratify-past-safe", &deadline);
        step.next = Some(Message::new("case-next-ratify-today"));
    } else {
        step.next = Some(Message::new("case-next-ratify").date("safe", deadline.earliest));
    }
    counted(step, deadline, today, calendar)
}

fn decision_term_step(
    deadline: Deadline,
    decided: bool,
    upcoming_appointment: bool,
    today: NaiveDate,
    calendar: &Calendar,
) -> Step {
    let mut step = Step::new(
        StepKind::DecisionTerm,
        StepState::Current,
        "case-step-decision-term",
        days("case-decision-waiting", &deadline),
    );
    step.link = Some(Link::Guide("decision-appeal"));
    let extended = deadline.extended_latest.unwrap_or(deadline.latest);
    if decided {
        step.state = StepState::Past;
        step.status = days("case-decision-term-decided", &deadline);
        return counted(step, deadline, today, calendar);
    }
    step.next = Some(Message::new("case-next-keep-signing-in"));
    if today > deadline.latest {
        // Silence is not a decision: the application is still open, and the sign-ins go on.
        step.status = days("case-decision-silence", &deadline);
        if today > extended {
            step.notes.push(Message::new("case-note-past-extension").date("extended", extended));
        } else {
            step.notes.push(Message::new("case-note-extension-unknown").date("extended", extended));
        }
        step.notes.push(Message::new("case-note-delays"));
    } else {
        step.notes.push(Message::new("case-note-extension-unknown").date("extended", extended));
    }
    if !upcoming_appointment {
        step.notes.push(Message::new("case-note-interview-unknown"));
    }
    counted(step, deadline, today, calendar)
}

fn appeal_step(outcome: Outcome, deadline: Option<Deadline>, today: NaiveDate, calendar: &Calendar) -> Step {
    let title = "case-step-appeal";
    if outcome == Outcome::Complementary {
        // The facts do not say whether the appeal term applies here: say so, show the count only as "if".
        let mut step =
            Step::new(StepKind::AppealTerm, StepState::Unknown, title, Message::new("case-appeal-complementary"));
        step.article = Some(Term::Appeal.rule().basis);
        step.next = Some(Message::new("case-next-see-organization-now"));
        step.link = Some(Link::Screen("directory"));
        if let Some(deadline) = deadline {
            step.notes.push(days("case-appeal-complementary-if", &deadline));
            step.progress = Some(deadline.progress(calendar, today));
            step.deadline = Some(deadline);
        }
        return step;
    }
    let Some(deadline) = deadline else {
        let mut step = Step::new(StepKind::AppealTerm, StepState::Unknown, title, Message::new("case-appeal-no-date"));
        step.article = Some(Term::Appeal.rule().basis);
        step.next = Some(Message::new("case-next-appeal-now"));
        step.link = Some(Link::Guide("decision-appeal"));
        return step;
    };
    let mut step = Step::new(StepKind::AppealTerm, StepState::Current, title, days("case-appeal-open", &deadline));
    step.link = Some(Link::Guide("decision-appeal"));
    if today > deadline.latest {
        // After the latest day: other legal remedies may exist (art. 25, «medios de defensa»).
        step.state = StepState::Past;
        step.status = days("case-appeal-past-latest", &deadline);
        step.next = Some(Message::new("case-next-see-organization"));
        step.link = Some(Link::Screen("directory"));
    } else if today > deadline.earliest {
        step.status = days("case-appeal-past-safe", &deadline);
        step.next = Some(Message::new("case-next-appeal-today"));
    } else {
        step.next = Some(Message::new("case-next-appeal-before").date("safe", deadline.earliest));
    }
    step.notes.push(Message::new("case-note-appeal-start"));
    counted(step, deadline, today, calendar)
}
